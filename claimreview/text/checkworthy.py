"""Check-worthiness: how much a sentence asserts something a reviewer can check, and why.

Computed on the reported content only: the attribution ("US officials say", "he said") is cut out
first, so "Smith said on Tuesday" does not make a claim check-worthy by its date. The score is a
sum of evidence (numbers, dates, named events, comparisons, causal claims, named actors) with
penalties for questions, opinions and very short sentences; boilerplate scores zero.
"""

import re

THRESHOLD = 40

_NUMBER_WORDS = (
    r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|per ?cent|percent|half|"
    r"one-third|two-thirds|a third|a quarter|a fifth|twice|tripled?|doubled?|majority|minority"
)
_REASONS: list[tuple[str, re.Pattern, int]] = [
    (
        "number",
        re.compile(
            rf"\d|[£$€¥%]|\b(?:{_NUMBER_WORDS}|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b",
            re.IGNORECASE,
        ),
        30,
    ),
    (
        "date",
        re.compile(
            r"\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|"
            r"december)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
            r"(?:1[89]|20)\d\d\b|(?:last|next|this) (?:week|month|year|decade|century)|"
            r"\d+ (?:days|weeks|months|years) ago|yesterday|since \d|in a (?:decade|year|month)|"
            r"overnight)",
            re.IGNORECASE,
        ),
        15,
    ),
    (
        "named event",
        re.compile(
            r"\b(?:war|election|elections|referendum|summit|attack|attacks|air ?strikes?|"
            r"bombing|invasion|ceasefire|treaty|sanctions|crisis|pandemic|outbreak|earthquake|"
            r"flood|hurricane|protests?|coup|trial|verdict|vote|olympics|world cup|exercises|"
            r"operations?|campaign|conference|agreement|deal|killed|died|injured|arrested|"
            r"charged|convicted|launched|signed|passed|banned|fined?|fines|sued|resign(?:s|ed)?|"
            r"strike|walk(?:ed)? out|evacuated|cancell?ed|closed|approved|elected|won|beat|"
            r"found guilty|recorded)\b",
            re.IGNORECASE,
        ),
        25,
    ),
    (
        "comparison",
        re.compile(
            r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|biggest|largest|"
            r"highest|lowest|worst|best|most|least|record|compared|than|increase[sd]?|"
            r"decrease[sd]?|rose|risen|fell|fallen|grew|grown|declined|doubled|tripled|halved|"
            r"surged|plunged|overtook|outnumber\w*|first|only|improve[sd]?|widen(?:ed|s)?|"
            r"narrow(?:ed|s)?|(?:new|record|all-time) (?:high|low)|outperform\w*|worsen\w*|"
            r"(?:second|third|fourth|fifth) year)\b"
            r"|\w+est\b(?= (?:in|since|ever))",
            re.IGNORECASE,
        ),
        25,
    ),
    (
        "causal claim",
        re.compile(
            r"\b(?:because|caused?|causing|led to|leads? to|due to|as a result|result(?:ed|s)? in|"
            r"blamed|driven|drove|forced|therefore|thanks to|so that|responsible for|"
            r"linked to|triggered|prompted|made it (?:impossible|possible|harder|easier)|"
            r"to blame|blames?|blaming|"
            r"because of|melting|destroyed|damaged)\b",
            re.IGNORECASE,
        ),
        25,
    ),
]
_NAMED_ACTOR = re.compile(
    r"(?<=[a-z,;] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:[A-Z][a-z]+|[A-Z]{2,})\b"
)
_OPINION = re.compile(
    r"\b(?:i think|i believe|we believe|in my (?:view|opinion)|should|ought to|must|hopefully|"
    r"it is (?:important|time|clear|essential)|deserves?|shameful|disgraceful|wonderful|"
    r"terrible|outrageous|beautiful|we hope|i hope|let us|let's|be our guest|by all means)\b",
    re.IGNORECASE,
)


def score(text: str, *, attribution_spans: list[tuple[int, int]] = (), boilerplate: bool = False):
    """(score 0..100, reasons) for one sentence; `attribution_spans` are cut out first."""
    if boilerplate:
        return 0, []
    content = text
    for start, end in sorted(attribution_spans, reverse=True):
        if 0 <= start < end <= len(content):
            content = content[:start] + " " + content[end:]
    words = content.split()
    reasons = [name for name, pattern, _ in _REASONS if pattern.search(content)]
    total = 15 + sum(weight for name, _, weight in _REASONS if name in reasons)
    if _NAMED_ACTOR.search(content):
        total += 10
        reasons.append("named actor")
    if content.rstrip(" \"'”’)").endswith("?"):
        total = min(total, 15)
        reasons.append("question")
    if _OPINION.search(content):
        total -= 35
        reasons.append("opinion")
    if len(words) < 5:
        total = min(total, 20)
    return max(0, min(100, total)), reasons
