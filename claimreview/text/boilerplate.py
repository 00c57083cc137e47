"""Boilerplate: the page furniture that comes along when an article is copied from the web.

Marked, never deleted: a boilerplate sentence stays in the body, greyed on screen and kept out of
the queue, and an editor can restore it. Precision matters more than recall (hiding a real claim is
the worse error), so every rule is anchored to a whole short sentence or line and a sentence that
reads like reporting (a said-verb, a long clause) is never boilerplate.
"""

import re

from claimreview.text.patterns import word_alternation

_MAX_WORDS = 16

_RULES: list[tuple[str, re.Pattern]] = [
    (
        "subscription prompt",
        re.compile(
            r"^(?:already a (?:subscriber|member)\b.*|subscribe(?: now| today| to \w+.*)?[.!]?"
            r"|(?:start|get) (?:your )?(?:free )?trial.*|become a (?:member|subscriber).*"
            r"|(?:you have|you've) reached (?:your|the) (?:free )?(?:article|story) limit.*"
            r"|this (?:article|story|content) is (?:for|available to|only available to) "
            r"(?:subscribers|members).*"
            r"|to (?:continue|keep) reading.*(?:subscribe|sign in|log in).*"
            r"|unlimited (?:digital )?access\b.*|cancel any ?time\.?|best value|most popular"
            r"|support (?:our|independent) journalism.*|(?:read|get) \d+ free articles.*"
            r"|(?:half|50%) (?:the|off the) price\.?|pay (?:based on use|as you go)\.?"
            r"|(?:standard|premium) digital\.?)$",
            re.IGNORECASE,
        ),
    ),
    (
        "sign-in prompt",
        re.compile(
            r"^(?:sign in|log ?in|sign up|register|create (?:an|a free) account)"
            r"(?: (?:to|for|now|here|with).*)?[.!]?$",
            re.IGNORECASE,
        ),
    ),
    (
        "price line",
        re.compile(
            r"^(?:(?:annual|monthly|weekly|yearly|digital|print)\s+)?"
            r"(?:[£$€¥]\s?\d[\d,.]*\s*)+(?:(?:/|per|a)\s*(?:month|week|year|day|mo|yr)\b.*)?$"
            r"|^(?:annual|monthly|weekly|yearly)\s+(?:[£$€¥]\s?\d[\d,.]*\s*)+.*$",
            re.IGNORECASE,
        ),
    ),
    (
        "cookie or legal footer",
        re.compile(
            r"^(?:.*\b(?:cookie policy|privacy policy|privacy notice|terms (?:and|&) conditions"
            r"|terms of (?:use|service))\b.*"
            r"|we use cookies\b.*|(?:accept|reject|manage) (?:all )?cookies.*"
            r"|(?:manage|cookie) (?:preferences|settings)\.?)$",
            re.IGNORECASE,
        ),
    ),
    (
        "related links",
        re.compile(
            r"^(?:more in this section|more (?:from|on) (?:this|the) (?:topic|section|story)"
            r"|related(?: (?:articles|stories|content|topics|coverage))?|read more(?::.*)?"
            r"|read next(?::.*)?|most (?:read|viewed|shared)|recommended(?: for you)?"
            r"|see also:.*|also read:.*|advertisement|sponsored(?: content)?"
            r"|skip to (?:main )?content"
            r"|(?:watch|listen): .*|top stories|latest news|trending(?: now)?)[.:]?$",
            re.IGNORECASE,
        ),
    ),
    (
        "share or follow line",
        re.compile(
            r"^(?:share(?: this (?:article|story|page))?(?: on \w+)?|share via .*|tweet|email"
            r"|copy link|print(?: this (?:article|page))?|follow us(?: on .*)?"
            r"|follow (?:@\w+|\w+ on (?:twitter|x|facebook|instagram|linkedin|threads)).*"
            r"|(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit)(?:[ ,|/]+\w+)*"
            r"|sign up (?:for|to) (?:our|the) \w+ newsletter.*|newsletter sign-?up.*)[.!]?$",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright line",
        re.compile(
            r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})).*$|^.*\ball rights reserved\.?$",
            re.IGNORECASE,
        ),
    ),
]
_MAX_CHARS = 160
# All rules as one alternation with a named group each: one match call per sentence.
_REASON_OF_GROUP = {f"rule{n}": reason for n, (reason, _) in enumerate(_RULES)}
_ANY_RULE = re.compile(
    "|".join(f"(?P<rule{n}>(?:{pattern.pattern}))" for n, (_, pattern) in enumerate(_RULES)),
    re.IGNORECASE,
)
# Every rule above opens with one of these words or signs, except the two that look anywhere in
# the line (legal footers, "all rights reserved"): _holds_an_anywhere_phrase. A sentence with
# neither cannot match and is not tried: two C-level checks instead of a 60-branch regex.
_OPENING_WORDS = re.compile(
    "(?:"
    + word_alternation(
        """already subscribe start get become you this to unlimited cancel best most support
        read half 50% pay standard premium sign log login register create annual monthly
        weekly yearly digital print we accept reject manage cookie more related recommended
        see also advertisement sponsored skip watch listen top latest trending share tweet
        email copy follow facebook twitter whatsapp linkedin pinterest reddit newsletter
        copyright""".split()
    )
    + r")(?![a-z])|[£$€¥©(]"
)


def _holds_an_anywhere_phrase(lowered: str) -> bool:
    # Spelled out rather than any(generator): this runs for every sentence of every article.
    return (
        "cookie" in lowered
        or "privacy" in lowered
        or "terms" in lowered
        or "rights reserved" in lowered
    )


_REPORTING = re.compile(r"\b(?:said|says|told|according to|announced|reported)\b", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).strip(" .!?").casefold()


def classify(text: str) -> str:
    """The reason `text` (one sentence or line) is boilerplate, or "" if it is not."""
    if len(text) > _MAX_CHARS:
        return ""  # cheap first: real sentences are mostly longer than any furniture line
    lowered = text.lower()
    if not _OPENING_WORDS.match(lowered.lstrip()) and not _holds_an_anywhere_phrase(lowered):
        return ""
    stripped = _SPACE.sub(" ", text).strip()
    if not stripped or stripped.count(" ") >= _MAX_WORDS:
        return ""
    is_copyright = stripped.startswith("©") or stripped.lower().startswith("copyright ©")
    if _REPORTING.search(stripped) and not is_copyright:
        return ""
    m = _ANY_RULE.match(stripped)
    return _REASON_OF_GROUP[m.lastgroup] if m else ""


def mark(sentences: list[str], *, title: str = "") -> list[str]:
    """A boilerplate reason (or "") for each sentence of an article, in order.

    Besides the per-sentence rules, a later copy of the headline (the title, or the article's
    first line when it reads as a headline) is marked "repeated headline".
    """
    reasons = [classify(text) for text in sentences]
    headlines = {_key(title)} if title.strip() else set()
    if sentences and len(sentences[0]) <= 300 and sentences[0].strip()[-1:] not in ".!?":
        headlines.add(_key(sentences[0]))
    headlines.discard("")
    seen_headline = False
    longest = max(map(len, headlines), default=0) + 8
    # A headline's key starts with the text's first character after spaces and ".!?".
    first_letters = {key[0] for key in headlines}
    for i, text in enumerate(sentences):
        if reasons[i] or len(text) > longest:
            continue
        first = text.lstrip(" \n.!?")[:1].casefold()[:1]
        if first not in first_letters or _key(text) not in headlines:
            continue
        if seen_headline:
            reasons[i] = "repeated headline"
        seen_headline = True
    return reasons
