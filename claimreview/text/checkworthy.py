"""Check-worthiness: how much a sentence asserts something a reviewer can check, and why.

Computed on the reported content only: the attribution ("US officials say", "he said on
Tuesday") is cut out first, so "Smith said on Tuesday" does not make a claim check-worthy by its
date. The score sums evidence (numbers, dates, named events, comparisons, causal claims, named
actors) with penalties for questions, opinions and very short sentences; boilerplate scores 0.

One tokenizing regex over the lower-cased sentence and set intersections with the vocabulary
(words and word pairs): the cost is linear in the text and Python only loops over the hits.
"""

import itertools
import re

THRESHOLD = 40
BASE = 15
WEIGHTS = {
    "number": 30,
    "date": 15,
    "named event": 25,
    "comparison": 25,
    "causal claim": 25,
    "named actor": 10,
}
OPINION_PENALTY = 35


def _words(kind: str, text: str) -> dict[str, str]:
    return dict.fromkeys(text.split(), kind)


_WORD_REASONS: dict[str, str] = {
    **_words(
        "number",
        """hundred hundreds thousand thousands million millions billion billions trillion
        trillions dozen dozens percent per-cent half twice triple tripled double doubled
        majority minority two three four five six seven eight nine ten eleven twelve twenty
        thirty forty fifty sixty seventy eighty ninety""",
    ),
    **_words(
        "date",
        """january february march april june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
        friday saturday sunday yesterday overnight decade""",
    ),
    **_words(
        "named event",
        """war election elections referendum summit attack attacks airstrike airstrikes bombing
        invasion ceasefire treaty sanctions crisis pandemic outbreak earthquake flood floods
        hurricane protest protests coup trial verdict vote olympics exercises operation
        operations campaign conference agreement deal killed died injured arrested charged
        convicted launched signed passed banned fine fined fines sued resign resigns resigned
        strike evacuated cancelled canceled closed approved elected won beat recorded""",
    ),
    **_words(
        "comparison",
        """more less fewer greater higher lower larger smaller bigger biggest largest highest
        lowest worst best most least record compared than increase increased increases
        decrease decreased decreases rose risen fell fallen grew grown declined halved surged
        plunged overtook outnumber outnumbered outnumbers first only improve improved improves
        widen widened widens narrowed narrows outperform outperformed outperforms worsen
        worsened worsens fastest slowest""",
    ),
    **_words(
        "causal claim",
        """because cause caused causes causing blamed blame blames blaming driven drove forced
        therefore triggered prompted melting destroyed damaged""",
    ),
}
_OPINION_WORDS = frozenset(
    """should must hopefully deserve deserves shameful disgraceful wonderful terrible outrageous
    beautiful let's""".split()
)


def _pairs(kind: str, text: str) -> dict[tuple[str, str], str]:
    return {tuple(pair.split("_")): kind for pair in text.split()}


# Two-word phrases, looked up as word pairs (a set operation, no regex scan).
_PAIR_REASONS: dict[tuple[str, str], str] = {
    **_pairs(
        "date",
        """last_week last_month last_year next_week next_month next_year this_week this_month
        this_year days_ago weeks_ago months_ago years_ago a_decade""",
    ),
    **_pairs("number", "a_third a_quarter a_fifth per_cent"),
    **_pairs("named event", "walk_out walked_out found_guilty world_cup air_strike air_strikes"),
    **_pairs(
        "comparison",
        """new_high new_low record_high record_low all-time_high all-time_low second_year
        third_year fourth_year fifth_year""",
    ),
    **_pairs(
        "causal claim",
        """led_to lead_to leads_to due_to a_result resulted_in results_in result_in thanks_to
        so_that responsible_for linked_to it_impossible it_harder it_easier to_blame
        because_of""",
    ),
    **_pairs(
        "opinion",
        """i_think i_believe we_believe my_view my_opinion ought_to is_important is_essential
        we_hope i_hope let_us our_guest all_means""",
    ),
}
# Day and month names count only capitalised ("may" is a verb, "march" a walk): checked apart.
_CAPITALISED_ONLY = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
_REASON_OF_WORD = {
    word: reason for word, reason in _WORD_REASONS.items() if word not in _CAPITALISED_ONLY
}
_REASON_OF_WORD.update(dict.fromkeys(_OPINION_WORDS, "opinion"))
_VOCABULARY = frozenset(_REASON_OF_WORD)
_PAIRS = frozenset(_PAIR_REASONS)
# Tokens of the lower-cased text, the way a reader splits words: "war-torn" is one token.
_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")
_CAPITALISED_DATE = re.compile(
    r"\b(?:"
    + "|".join(sorted((w.capitalize() for w in _CAPITALISED_ONLY), key=len, reverse=True))
    + r")(?![A-Za-z]|[-'’][A-Za-z])"
)
_CAPITALISED_DATES = frozenset(w.capitalize() for w in _CAPITALISED_ONLY)
_NUMERAL = re.compile(r"[0-9£$€¥%]")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A capitalised word after a lower-case word or a comma: a name inside the sentence.
_INNER_CAPITAL = re.compile(r"[a-z,;] ([A-Z][A-Za-z]*)")


def _content(text: str, attribution_spans) -> str:
    for start, end in sorted(attribution_spans, reverse=True):
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def score(text: str, *, attribution_spans=(), boilerplate: bool = False) -> tuple[int, list[str]]:
    """(score 0..100, reasons) for one sentence; `attribution_spans` are cut out first."""
    if boilerplate:
        return 0, []
    content = _content(text, attribution_spans) if attribution_spans else text
    # One tokenizing regex, then C-level set operations: Python only touches the hits.
    tokens = _WORD.findall(content.lower())
    words = set(tokens)
    hits = {_REASON_OF_WORD[word] for word in words & _VOCABULARY}
    if len(tokens) > 1:
        hits.update(_PAIR_REASONS[pair] for pair in _PAIRS.intersection(itertools.pairwise(tokens)))
    opinion = "opinion" in hits
    hits.discard("opinion")
    capitalised_date_possible = not words.isdisjoint(_CAPITALISED_ONLY)
    if "date" not in hits and capitalised_date_possible and _CAPITALISED_DATE.search(content):
        hits.add("date")
    if _NUMERAL.search(content):
        hits.add("number")
        if _YEAR.search(content):
            hits.add("date")
    for m in _INNER_CAPITAL.finditer(content):
        if m.group(1) not in _CAPITALISED_DATES:
            hits.add("named actor")
            break
    reasons = [name for name in WEIGHTS if name in hits]
    total = BASE + sum(WEIGHTS[name] for name in reasons)
    if content.rstrip(" \"'”’)").endswith("?"):
        total = min(total, 15)
        reasons.append("question")
    if opinion:
        total -= OPINION_PENALTY
        reasons.append("opinion")
    if content.count(" ", 0, 400) < 4 and len(content.split(None, 5)) < 5:
        total = min(total, 20)
    return max(0, min(100, total)), reasons
