"""Check-worthiness: how much a sentence asserts something a reviewer can check, and why.

Computed on the reported content only: the attribution ("US officials say", "he said on
Tuesday") is cut out first, so "Smith said on Tuesday" does not make a claim check-worthy by its
date. The rules find the evidence (numbers, dates, named events, comparisons, causal claims, named
actors, a source's account of events in indirect speech, opinions, hedges, first-person talk) and
cap what asserts nothing (questions, "declined to comment", captions, table rows, advice, short
sentences without a figure); a fitted pass weighs those findings with the sentence's wording, and
its odds in 100 are the score. Boilerplate scores 0. The reasons shown are the findings and the
words that weighed most.

Each pattern (the vocabulary of words and word pairs as one trie-shaped regex, numerals, years,
capitalised dates, inner capitals) runs once over the whole article and Python only walks the
hits: the cost is linear in the text and small per sentence.
"""

import bisect
import functools
import math
import re

from claimreview.text.checkworthy_weights import BIAS, WEIGHTS
from claimreview.text.patterns import (
    COUNT_ROW,
    FINITE_VERB,
    IMPERATIVE,
    LIST_MARKS,
    LIST_NUMBER,
    MONTHS,
    WEEKDAYS,
    content_wording,
    lower_keeping_offsets,
    whole_words,
    word_alternation,
)

# A sentence is check-worthy when the fitted pass (below) puts the odds that a reviewer would
# want it checked at 40 in 100 or more: a missed claim costs a reviewer more than a sentence
# closed with "no check needed", so the bar sits below even odds.
THRESHOLD = 40
# What the rules find in a sentence, each a reason shown to the reviewer and a feature of the
# fitted pass; the bits after these: "opinion", "number word".
FINDINGS = (
    "number",
    "date",
    "named event",
    "comparison",
    "causal claim",
    "named actor",
    "statement of record",
    "reported statement",
)

# What the rest of the engine knows about a sentence, as bits (`sentence_context` in
# claimreview.text builds them from its attributions):
QUOTED = 1  # direct speech: spelled-out numbers there are talk ("in ten minutes"), not figures
OFFICIAL = 2  # an official or an institution says it: a statement of record
DECLINED = 4  # "declined to comment": nothing was said
REPORTED = 128  # indirect speech: what a named source says happened, in the writer's words
PRIVATE = 1024  # a private person speaks (brought in with an age or a lay role): their account
CREDITED = 2048  # a line of its own over a photo's credit, no one's words: where captions sit
# Sources whose word is on the record: officials, bodies, courts, regulators.
OFFICIAL_WORDS = frozenset(
    """mayor minister ministry senator sen sen. rep rep. governor gov gov. president premier
    superintendent chief executive commissioner secretary spokesperson spokesman spokeswoman
    police government department council councillor cllr court judge prosecutor prosecutors
    regulator agency authority commission office officials official leader chair chairman
    chairwoman director inspector attorney sheriff coroner ambassador parliament congress
    senate committee army military ministry board""".split()
)


# Sources without a name or an office ("Critics say", "Residents said", "Experts warn"): what
# they say in indirect speech is mostly a view, not an account to check.
GENERIC_SOURCES = frozenset(
    """critics residents experts analysts observers campaigners opponents supporters locals
    villagers neighbours neighbors parents people others many some sources insiders
    economists commentators fans voters shoppers commuters motorists passengers traders
    lawmakers witnesses""".split()
)


# Lay roles a story brings a private person in with ("fisherman A Name", "A Name, a
# pensioner"): what such a person says is mostly their own account, seldom a record to check.
LAY_ROLES = frozenset(
    """resident residents villager villagers farmer farmers fisherman fishermen shopper shoppers
    commuter commuters passenger passengers parent parents mother father mum dad grandmother
    grandfather pensioner pensioners retiree widow widower student students pupil vendor
    vendors trader traders stallholder hawker hawkers shopkeeper motorist homeowner tenant
    tenants herder
    neighbour neighbor customer customers daughter son wife husband sister brother""".split()
)
_POSSESSIVE = re.compile(r"['’]s?$")
_AN_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*[,)]|\s*\(\d{1,3}\)")


def is_private(text: str, source_start: int, source_end: int) -> bool:
    """Is the source at text[source_start:source_end] a private person: a lay role before or in
    the span ("fisherman A Name", "Residents"), or an age after it ("A Name, 63,")?"""
    source = text[source_start:source_end]
    if is_official(source):
        return False
    before = text[max(0, source_start - 24) : source_start].lower().split()
    # (a word's possessive and stops off, not its letters: "students", "son" and "shoppers"
    # open with the "s" a strip of "'s" would take)
    words = [_POSSESSIVE.sub("", w.strip(".,")).lower() for w in source.split()]
    return (
        bool(before and before[-1].strip(",") in LAY_ROLES)
        or any(w in LAY_ROLES or w.removesuffix("s") in LAY_ROLES for w in words)
        or _AN_AGE_AFTER.match(text, source_end) is not None
    )


def is_specific(source: str) -> bool:
    """Does the source span name someone, or an office, rather than a crowd ("Critics",
    "Tenants' groups", "Lawmakers from rural districts" are crowds)?"""
    words = source.split()
    if not words:
        return False
    named = any(w[:1].isupper() for w in words[1:]) or is_official(source)
    first = words[0].lower().strip(".,").removesuffix("'s").removesuffix("’s")
    return named or first not in GENERIC_SOURCES


def is_official(source: str) -> bool:
    """Does the source span name an official or an institution ("Mayor Denise Harlow", "the
    regulator", "Superintendent Luis Ferrer")?"""
    return any(word.strip(".,'’s").lower() in OFFICIAL_WORDS for word in source.split())


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
        strike evacuated cancelled canceled closed approved elected won beat recorded hurt
        injuries injury hospital hospitalised hospitalized dead death deaths missing rescued
        investigated agreed appointed hired dismissed sold bought acquired merged filed ruled
        ordered awarded granted rejected extended deposited joined jailed sentenced acquitted
        indicted suspended reopened opened shut demolished built""",
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
    """should hopefully deserve deserves shameful disgraceful wonderful terrible outrageous
    beautiful let's angry furious delighted thrilled proud upset frustrated disappointed
    pleased gutted heartbroken happy worried brilliant brilliantly lovely excellent superb
    fantastic amazing awful dreadful appalling unacceptable world-class""".split()
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
    **_pairs(
        "named event",
        "walk_out walked_out found_guilty world_cup air_strike air_strikes sent_off",
    ),
    **_pairs(
        "comparison",
        """new_high new_low record_high record_low all-time_high all-time_low second_year
        third_year fourth_year fifth_year second_consecutive third_consecutive
        fourth_consecutive fifth_consecutive sixth_consecutive second_straight third_straight
        fourth_straight fifth_straight second_successive third_successive fourth_successive""",
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
        we_hope i_hope let_us our_guest all_means world_class good_hands""",
    ),
}
# Day and month names count only capitalised ("may" is a verb, "march" a walk): checked apart.
_CAPITALISED_ONLY = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)
_REASON_OF_PHRASE = {
    word: reason for word, reason in _WORD_REASONS.items() if word not in _CAPITALISED_ONLY
}
# Small spelled-out numbers are figures in reporting but talk in direct speech ("in ten
# minutes", "four years of them"): a bit of their own. Scales ("thousand", "million") and
# shares ("percent", "a third") stay figures anywhere.
_SCALES = frozenset(
    """hundred hundreds thousand thousands million millions billion billions trillion
    trillions percent per-cent per_cent majority minority a_third a_quarter a_fifth""".split()
)
_REASON_OF_PHRASE.update(
    {
        word: "number word"
        for word, reason in _REASON_OF_PHRASE.items()
        if reason == "number" and word not in _SCALES
    }
)
_REASON_OF_PHRASE.update(dict.fromkeys(_OPINION_WORDS, "opinion"))
_REASON_OF_PHRASE.update({f"{first}_{second}": r for (first, second), r in _PAIR_REASONS.items()})
# Every word and pair of the vocabulary in one trie-shaped regex over the lower-cased text, as
# whole tokens ("war", not "warden" or "war-torn"); the two words of a pair may be apart by any
# whitespace. Longer phrases win, so "because of" is one hit.
_VOCABULARY = re.compile(whole_words(word_alternation(_REASON_OF_PHRASE).replace("_", r"\s+")))


VOCABULARY_PHRASES = frozenset(_REASON_OF_PHRASE)  # pairs spelled with "_" for the space


def phrase_bit(phrase: str) -> int:
    """The reason bit of a vocabulary phrase as found in text (any space between pair words)."""
    reason = _REASON_OF_PHRASE.get(phrase)
    if reason is None:
        reason = _REASON_OF_PHRASE.get("_".join(phrase.split()))
    return 0 if reason is None else _BIT[reason]


_WORD_CHAR = re.compile(r"\w")
_AFTER_QUESTION_MARK = frozenset(" \"'”’)")
_BIT = {reason: 1 << n for n, reason in enumerate([*FINDINGS, "opinion", "number word"])}
_NUMBER_AND_DATE = _BIT["number"] | _BIT["date"]
_CAPITALISED_DATE = re.compile(
    r"(?:"
    + word_alternation(w.capitalize() for w in _CAPITALISED_ONLY)
    + r")(?![A-Za-z]|[-'’][A-Za-z])"
)
_CAPITALISED_DATES = frozenset(w.capitalize() for w in _CAPITALISED_ONLY)
_NUMERAL = re.compile(r"[0-9£$€¥%]+")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# The words before a number to ring, and the groups of that number before this one.
_PHONE_BEFORE = re.compile(
    r"\b(?:[Cc]all|[Tt]ext|[Dd]ial|[Rr]ing|[Pp]hone|[Tt]el)(?:\.|:)? (?:\+?\d{2,5} ){0,3}$"
)
# A capitalised word after a lower-case word or a comma: a name inside the sentence.
# It opens with the space (a literal the regex engine jumps to), the letter or comma before it
# looked behind for.
# The words a numeral names a place or a thing by (capitalised, before it): "No. 33".
_DESIGNATION_BEFORE = re.compile(
    r"\b(?:No|Nos|Nr|Ward|Gate|Route|Rte|Platform|Room|Unit|Block|Lot|Plot|Bay|Flat|Apartment"
    r"|Apt|Suite|Stand|Pier|Berth|Exit|Junction|Terminal|Highway|Hwy|Interstate)\.?\s?#?$"
)
_INNER_CAPITAL = re.compile(r" (?<=[a-z,;] )([A-Z][A-Za-z]*)")


def score(
    text: str, *, attribution_spans=(), boilerplate: bool = False, context: int = 0
) -> tuple[int, list[str]]:
    """(score 0..99, reasons) for one sentence; `attribution_spans` are cut out first;
    `context`: QUOTED, OFFICIAL, DECLINED, REPORTED bits."""
    return score_sentences(text, [(0, len(text), attribution_spans, boilerplate, context)])[0]


def score_sentences(body: str, sentences, *, vocabulary=None) -> list[tuple[int, list[str]]]:
    """score() for each of `sentences`, (start, end, attribution spans, boilerplate, context)
    in body order, with spans relative to the sentence.

    Each pattern runs once over the whole body (in C) and only its hits are walked in Python,
    assigned to the sentence they fall in; a hit that crosses a sentence's edge does not count.
    `vocabulary`: the (start, end, reason bit) hits of the vocabulary in the body, if the caller
    has them (analyze scans for these and for attribution's cue words in one pass).
    """
    return [
        (0, []) if found is None else judge(body[start:end], *found, weights=PASS)
        for (start, end, *_rest), found in zip(
            sentences, _findings(body, sentences, vocabulary), strict=True
        )
    ]


def pass_rows(body: str, sentences, *, vocabulary=None) -> list[tuple[list[str], int] | None]:
    """For the trainer: (the fitted pass's features, the rules' ceiling) of each sentence, as
    score_sentences would weigh them; None for boilerplate."""
    return [
        None if found is None else (features(body[start:end], found[2]), found[0])
        for (start, end, *_rest), found in zip(
            sentences, _findings(body, sentences, vocabulary), strict=True
        )
    ]


def _findings(body: str, sentences, vocabulary):
    """(ceiling, reasons, findings) of each sentence (`_verdict`), or None for boilerplate."""
    if vocabulary is None:
        lowered = lower_keeping_offsets(body)
        vocabulary = [
            (m.start(), m.end(), phrase_bit(m.group(0))) for m in _VOCABULARY.finditer(lowered)
        ]
    content, blanked = _blank_attributions(body, sentences)
    starts = [sentence[0] for sentence in sentences]
    ends = [sentence[1] for sentence in sentences]
    hits = [0] * len(sentences)  # a bit per reason (_BIT)
    # Words of the attribution ("said", "last week" in "said last week") do not count.
    _assign_hits(_outside_spans(vocabulary, blanked), starts, ends, hits)

    def numeral_bit(m: re.Match) -> int:
        start = m.start()
        if _PHONE_BEFORE.search(content, max(0, start - 30), start):
            return 0  # "call 999", "text 81123", "call 0800 123 456": a number to ring
        if len(m.group(0)) <= 2 and content[m.end() : m.end() + 2] in (". ", ") "):
            # "1. Main points": a list's or a heading's number, opening its sentence.
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and starts[index] == start and m.end() + 2 < ends[index]:
                return 0
        if _DESIGNATION_BEFORE.search(content, max(0, start - 16), start):
            return 0  # "Ward No. 14", "at No. 33", "Gate 4", "Route 9": a name, not a quantity
        # A year is a numeral run of its own ("1998", not "19984" or "2020s").
        year = len(m.group(0)) >= 4 and _YEAR.search(content, m.start(), m.end() + 1)
        return _NUMBER_AND_DATE if year else _BIT["number"]

    def date_bit(m: re.Match) -> int:
        # The regex starts at the names' capitals (so it skips ahead); the word boundary is here.
        return 0 if m.start() and _WORD_CHAR.match(content, m.start() - 1) else _BIT["date"]

    _assign(_NUMERAL.finditer(content), numeral_bit, starts, ends, hits)
    _assign(_CAPITALISED_DATE.finditer(content), date_bit, starts, ends, hits)
    _assign(_INNER_CAPITAL.finditer(content), _actor_bit, starts, ends, hits)
    # First-person words, found once over the body: bit 1 for the writer's own ("I", "my"),
    # bit 2 for a speaker's ("we", "our" too).
    first_person = [0] * len(sentences)
    _assign(_FIRST_PERSON.finditer(content), _person_bit, starts, ends, first_person)
    results = []
    for index, ((start, end, _spans, boilerplate, context), found) in enumerate(
        zip(sentences, hits, strict=True)
    ):
        if boilerplate:
            results.append(None)
            continue
        last = end - 1
        while last > start and content[last] in _AFTER_QUESTION_MARK:
            last -= 1
        question = content[last] == "?" if last >= start else False
        if not question and "?" in content[start:end]:
            # "“How much longer?” asked Mrs. A Name, 58.": a quoted question, then nothing
            # but its attribution (blanked in `content`) and an age
            closing = _QUESTION_THEN_ATTRIBUTION.search(content, start, end)
            question = closing is not None and closing.end() == end
        if not question and "asked" in body[start:end]:
            # "A reporter asked whether the city had ignored …": a question, reported (in the
            # text as written: "A reporter asked" is the attribution, blanked in `content`).
            question = _ASKED.search(body, start, end) is not None
        if found & _NUMBER_BIT and (
            _is_table_row(content[start:end])
            # Columns apart by runs of spaces, as written ("Civic Alliance   21   −7"; the
            # content has blanks where attributions were).
            or _SPACED_CELLS.search(body, start, end)
        ):
            context |= _TABLE
        short = (
            content.count(" ", start, min(end, start + 400)) < 4
            and len(content[start:end].split(None, 5)) < 5
        )
        dated_end = content[end - 1 : end] == "." and content[end - 2 : end - 1].isdigit()
        opening = start
        while opening < end and body[opening] in _BULLETS:
            opening += 1
        # (or its number: "1. Avoid the hill roads …", a list of orders)
        numbered = LIST_NUMBER.match(body, opening, end)
        opening = numbered.end() if numbered else opening
        advice = IMPERATIVE.match(body, opening, end)
        if advice and not _CLAIM_AFTER_ADVICE.search(body, advice.end(), end):
            # "Call 101 quoting incident 1187", "If you …, ring your provider"; but not "Take
            # the case of Dunmore, where rents rose 40%", "Check the figures: crime fell 12%".
            context |= _ADVICE
        if found & _DATE_BIT and dated_end and _CAPTION_DATE.search(content, end - 40, end):
            context |= _CAPTION  # "Dockworkers gather at the gate, May 3, 2026."
        elif found & _DATE_BIT and _is_scene(body, start, end):
            context |= _CAPTION  # "Smoke rises over the depot in Osterau on Wednesday."
        elif (
            context & CREDITED
            and not _A_FACT_IN_A_CAPTION.search(body, start, end)
            and (_SCENE_WHERE.search(body, start, end) or _SCENE_TIME.search(body, start, end))
        ):
            # A scene over its credit, a place named and nothing past or counted in it:
            # "Volunteers ferry food to flats above the shops on Bridge Street." (not "… where
            # sewage entered the river on 96 days last year": a caption's fact; nor a story's
            # line in the present over a picture's credit, "The province now spends more on
            # debt interest than on schools.", which names no place)
            context |= _CAPTION
        institution = context & OFFICIAL and context & QUOTED and not first_person[index] & 1
        if first_person[index] & (2 if context & QUOTED else 1) and not institution:
            # Direct speech in the first person; outside quotations, the writer's own story
            # ("I watch the same thing happen"). Not an official's "we": the institution's
            # own account ("“We have four nurses trained in obstetrics,” the director said"),
            # a statement of record (two outside reviews).
            context |= _FIRST_PERSON_BIT
        if found & _CAUSAL_BIT or context & OFFICIAL:
            tail = content[start:end]
            if " not say" in tail or "declined to say" in tail or " not confirm" in tail:
                context |= _NOT_SAID  # "She did not say what caused the fire."
        if context & REPORTED and _STATE_OF_MIND.search(content, start, end):
            context &= ~REPORTED  # "She said she would think about it": a mind, not a fact
        if found and _NO_ANSWER.search(content, start, end):
            context |= _NOT_SAID  # "The firm did not respond to seven requests for comment."
        if found and _HEDGE.search(content, start, end):
            context |= _HEDGED
        tag = body[start:end].strip()
        if _NAME_AGE_DETAILS.fullmatch(tag) and not FINITE_VERB.search(tag):
            context |= _NAME_TAG
        results.append(_verdict(found, question, short, context))
    return results


_DATE_BIT = _BIT["date"]
_NUMBER_BIT = _BIT["number"]
_NO_ANSWER = re.compile(
    r"\b(?:did not|didn't|didn’t|has not|hasn't|have not) (?:respond|reply|return)\w*"
    r"(?: to)? (?:\w+ )?(?:requests?|calls?|emails?|messages?|questions?) for comment"
    r"|\bdeclined to be interviewed\b|\bcould not be reached for comment\b"
)
# What someone thinks, feels or wants, reported: nothing a reviewer can check against a record.
_STATE_OF_MIND = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|feel|feels|felt|hope|hopes|hoped"
    r"|want|wants|wanted|wish|wishes|wished|understand|understands|understood|confident|sure"
    r"|sorry|saddened|committed|remember|remembered|too early"
    r"|consider|considering|looking forward|love|loves|loved|welcome)\b"
)
# A quoted question, then nothing but its attribution: blanked in `content` when the engine
# named the speaker, or a pronoun and a verb of saying when it did not ("…?” she said.")
_QUESTION_THEN_ATTRIBUTION = re.compile(
    r"\?[”\"’'][^A-Za-z?]*(?:(?:he|she|they|we|I|it) (?:said|says|asked|asks|added|wondered)"
    r"[^A-Za-z?]*)?$"
)
_ASKED = re.compile(r"\basked\b(?: [\w'’-]+){0,4}? (?:whether|if|why|how|what|when|who)\b")
_CAUSAL_BIT = _BIT["causal claim"]
# Context bits found here (beside QUOTED, OFFICIAL, DECLINED, REPORTED from the caller).
_CAPTION = 8
_NOT_SAID = 16
_FIRST_PERSON_BIT = 32
_TABLE = 64
_ADVICE = 256
_HEDGED = 512
_NAME_TAG = 4096
# A person's tag over their words, as a vox pop gives it: a name, an age and what they do or
# where they live, no verb ("A Name, 46, market vendor, Valelevu"; not "A Name, 78, has run the
# post office since 1979", "A Name, 34, of Marnach, is charged with:", nor a figure after the age,
# "A Name, 38, mother of three, among 14 dead in the floods").
_NAME_AGE_DETAILS = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}, \d{1,3}, [^.!?;:“”\"\d]{2,60}"
)
# Words that make a statement a likelihood, not a fact to check: "prices may rise", "the storm
# could bring 60mm", "is expected to close", "Economists doubt …" ("May" the month is no hedge;
# "could not" is no likelihood: "Police could not confirm …").
_HEDGE = re.compile(
    r"\b(?:may|might|likely|unlikely|possibly|perhaps|probably|expected to|expects?|doubts?"
    r"|could(?! not\b| n['’]t\b))\b"
)
_CLAIM_AFTER_ADVICE = re.compile(rf"{FINITE_VERB.pattern}|:")
_BULLETS = frozenset(LIST_MARKS)


def _is_table_row(text: str) -> bool:
    """A row of a table or a line-up, not a sentence: "3 Penhallow Town 15 9 3 3 +11 30",
    "Life Sciences  $241.8  $218.4  +11%", "Rovers (4-3-3): Abel; Quigley, Iyalla; Ekwe" —
    three figures or a list of names, and at most one lower-case word among them; or a barred
    row whose cells after its label each hold a figure ("Adult card | 99 cents to $2.37 | $1.07
    to $2.45")."""
    if text.count(" | ") >= 2 and _BARRED_ROW.fullmatch(text) and not FINITE_VERB.search(text):
        # (short cells, no clause: not a post's or a fact check's claims set out between bars,
        # "CLAIM | 40% of graduates are unemployed | 2 million jobs lost in 2024")
        _label, *cells = text.split(" | ")
        if all(any(c.isdigit() for c in cell) and len(cell.split()) <= 6 for cell in cells):
            return True
    if text.count(" | ") == 1 and _BARRED_ROW.fullmatch(text) and not FINITE_VERB.search(text):
        # (a two-column table's row, its value a short figure: "Al Hajri | 11", "Battery |
        # 5,500mAh, 45W"; not a kicker over its headline, "Courts | Driver jailed for six years")
        value = text.split(" | ")[1]
        if any(c.isdigit() for c in value) and len(value.split()) <= 3:
            return True
    words = _LOWER_WORD.finditer(text)
    if next(words, None) is not None and next(words, None) is not None:
        return False  # (most sentences, after two look-ups in C)
    if "!" in text and _CALLED_EVENT.search(text):
        return False  # live text's event, called out: "34' GOAL! Rovers 1-1 Athletic (Kinnaird)"
    if "(" in text and COUNT_ROW.fullmatch(text.strip()):
        return True  # a count's row: "A Name (Labour) 1,204"
    figures = len(_FIGURE.findall(text))
    # (or two figures between separators: "Possession 58% | 42%", "Corners 9 · 4")
    separated = figures == 2 and _CELL_SEPARATOR.search(text) is not None
    return figures >= 3 or text.count(";") >= 2 or separated


_LOWER_WORD = re.compile(r"(?<!\S)[a-z]{3,}(?!\S)")
# A barred row: a label of up to six words, then cells with no comma between words, and no
# full stop at its end ("Adult card | 99 cents to $2.37 | $1.07 to $2.45", "Annual wage growth
# (LCI, private sector) | 2.7% | 2.4%").
_BARRED_ROW = re.compile(r"(?:[^\s|]+ ){0,5}[^\s|]+(?: \| (?:[^|,]|,(?=\d))+)+(?<![.!?])")
_CALLED_EVENT = re.compile(
    r"\b(?:GOAL|OWN GOAL|TRY|WICKET|PENALTY|RED CARD|YELLOW CARD|SENT OFF|TOUCHDOWN|CONVERSION"
    r"|DROP GOAL|SIX|FOUR|OUT|SAVE|HAT-TRICK|FULL[- ]TIME|HALF[- ]TIME)!"
)
_CELL_SEPARATOR = re.compile(r" [|·•] ")
# Three cells or more apart by runs of spaces (a pasted table's row: normalize keeps them).
_SPACED_CELLS = re.compile(r"\S {2,}\S(?:.*\S)? {2,}\S")
# (from a word's start only: tried at each letter of a long token, it is quadratic)
_FIGURE = re.compile(r"(?<!\S)\S*\d\S*")


# The writer speaking for themselves outside quotations (columns, blogs, first-person features)
# is singular only: "we" and "our" in reporting are often an institution's.


def _person_bit(m: re.Match) -> int:
    word = m.group(0)
    return 3 if word.startswith(("I", "m", "M")) else 2


# "I", "I'm", "me", "my", "myself", "we", "we're", "our", "us" as whole words. It opens with the
# letters these start with (a character class the regex engine skips ahead to in C) and then
# looks back for a word boundary before that letter.
_FIRST_PERSON = re.compile(
    r"[IMmWwOoUu](?<!\w\w)(?:(?<=I)(?:['’](?:m|ve|d|ll))?|(?<=[Mm])(?:e|y|yself)"
    r"|(?<=[Ww])e(?:['’](?:re|ve|ll|d))?|(?<=[Oo])ur|(?<=[Uu])s)\b"
)
# A caption ends with where and when the picture was taken: ", Estrava, May 3, 2026."
_A_FACT_IN_A_CAPTION = re.compile(rf"{FINITE_VERB.pattern}|\d")
# When a caption's picture was taken: "on Thursday", "in January", "on Monday morning".
_SCENE_TIME = re.compile(
    rf"\b(?:(?:on|last|early|late) (?:{'|'.join(WEEKDAYS)})|in (?:{'|'.join(MONTHS)})"
    r"|(?:this|on \w+) (?:morning|afternoon|evening|night))\b"
)
_CAPTION_DATE = re.compile(
    r", (?:"
    + word_alternation(w.capitalize() for w in _CAPITALISED_ONLY)
    + r")\.? \d{1,2}(?:, \d{4})?\.$"
)


# A photograph's caption tells the scene in the present, where and when it was taken: "Crews
# repair a broken main under Ferris Avenue on Monday.", "Grey seal pups on the sandbar at
# Kelvaig Ness last week." Reporting has a past tense, an auxiliary, a figure, a source or a
# plan ("Results are expected on Thursday.", "The council will debate a rent cap on Monday.",
# "The library in Carrow reopens on Saturday.").
_SCENE_WHEN = re.compile(
    rf"\b(?:(?:on|early|late|last) (?:{'|'.join(WEEKDAYS)})"
    r"(?: morning| afternoon| evening| night)?|last (?:week|month|year|summer|winter|spring"
    r"|autumn))\.$"
)
_SCENE_WHERE = re.compile(
    r"\b(?:in|at|on|along|under|over|behind|near|outside|inside|from|during)\s+(?:the\s+)?"
    rf"(?!(?:{'|'.join(WEEKDAYS + MONTHS)})\b)[A-Z]"
)
_NOT_A_SCENE = re.compile(
    rf"{FINITE_VERB.pattern}|\b(?:says|been|being|not|no|who|which)\b|\d"
    # What is planned, in the present: "The museum in Carrow reopens on Saturday."
    r"|\b(?:re)?(?:opens?|closes?|starts?|begins?|ends?|resumes?|launch(?:es)?|returns?|meets?"
    r"|votes?|debates?|decides?|hears?|rules?|goes|go|takes? place|comes? into force)\b"
)


def _is_scene(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (as written, attributions and all) a caption's scene?"""
    return (
        _SCENE_WHEN.search(text, max(start, end - 40), end) is not None
        and _NOT_A_SCENE.search(text, start, end) is None
        and _SCENE_WHERE.search(text, start, end) is not None
    )


def _blank_attributions(body: str, sentences) -> tuple[str, list[tuple[int, int]]]:
    """`body` with each sentence's attribution spans replaced by spaces (same offsets), and the
    blanked stretches in body order."""
    pieces = []
    blanked = []
    position = 0
    for start, end, spans, _boilerplate, _context in sentences:
        if not spans:
            continue  # most sentences: no attribution to blank
        for span_start, span_end in sorted(spans):
            a, b = start + max(span_start, 0), start + span_end
            if span_start < 0 or b > end:
                continue
            a = max(a, position)
            if a < b:
                pieces.append(body[position:a])
                pieces.append(" " * (b - a))
                blanked.append((a, b))
                position = b
    if not pieces:
        return body, blanked
    pieces.append(body[position:])
    return "".join(pieces), blanked


def _outside_spans(hits, spans: list[tuple[int, int]]):
    """The (start, end, ...) hits, in body order, that overlap none of the sorted `spans`."""
    if not spans:
        return hits
    span_ends = [end for _start, end in spans]
    kept = []
    for hit in hits:
        index = bisect.bisect_right(span_ends, hit[0])
        if index == len(spans) or spans[index][0] >= hit[1]:
            kept.append(hit)
    return kept


def _assign_hits(hits, starts: list[int], ends: list[int], found: list[int]) -> None:
    """Add each (start, end, reason bit) hit to the sentence that holds it whole, found by
    bisection: no Python step per sentence, only per hit."""
    for hit_start, hit_end, bit in hits:
        index = bisect.bisect_right(ends, hit_start)
        if index < len(ends) and hit_start >= starts[index] and hit_end <= ends[index]:
            found[index] |= bit


def _assign(matches, bit_of, starts: list[int], ends: list[int], found: list[int]) -> None:
    """_assign_hits for regex matches, each worth `bit_of(match)` (0 for nothing)."""
    _assign_hits(((m.start(), m.end(), bit_of(m)) for m in matches), starts, ends, found)


def _actor_bit(m: re.Match) -> int:
    return 0 if m.group(1) in _CAPITALISED_DATES else _BIT["named actor"]


@functools.cache
def _verdict(found: int, question: bool, short: bool, context: int = 0):
    """(ceiling, reasons, findings) for a combination of findings (a few hundred at most).

    The reasons are what a reviewer is shown; the findings, the reasons and what else the
    pass weighs ("quoted", "short"); the ceiling is what the rules allow whatever the wording:
    a question, "declined to comment", a caption, a table row, advice and a short sentence
    without a figure or an event assert nothing to check.
    """
    if found & _BIT["number word"] and not context & QUOTED:
        found |= _BIT["number"]  # a spelled-out figure in reporting
    if context & OFFICIAL and not context & (DECLINED | _NOT_SAID):
        found |= _BIT["statement of record"]
    if context & REPORTED and not context & (DECLINED | _NOT_SAID | QUOTED):
        found |= _BIT["reported statement"]
    reasons = [name for name in FINDINGS if found & _BIT[name]]
    ceiling = 100
    if question:
        ceiling = 15
        reasons.append("question")
    if found & _BIT["opinion"]:
        reasons.append("opinion")
    if context & (DECLINED | _NOT_SAID):
        ceiling = min(ceiling, 15)  # nothing was asserted
        reasons.append("nothing asserted")
    if context & _FIRST_PERSON_BIT:
        reasons.append("speaker's own experience")
    for bit, reason in (
        (_CAPTION, "caption"),
        (_TABLE, "table row"),
        (_ADVICE, "advice to readers"),
        (_NAME_TAG, "a person's name and details"),
    ):
        if context & bit:
            ceiling = min(ceiling, 20)
            reasons.append(reason)
    if context & _HEDGED and not found & _BIT["number"]:
        reasons.append("hedged")
    factual = found & (_BIT["number"] | _BIT["named event"] | _BIT["comparison"])
    if short and not factual:
        ceiling = min(ceiling, 20)  # "It rained." — but "Its shares fell 1.8%." is a claim
    weighed = [*reasons]
    if context & QUOTED:
        weighed.append("quoted")
    if short:
        weighed.append("short")
    if found & _BIT["number word"]:
        weighed.append("number word")
    if context & _HEDGED and found & _BIT["number"]:
        weighed.append("hedged figure")
    if context & PRIVATE:
        weighed.append("private person")  # (weighed by the fit, not a reason of its own)
    return ceiling, tuple(reasons), tuple(weighed)


# --- the fitted pass ---------------------------------------------------------------------------
# What the rules find decides little on its own: "could cost $2m" and "cost $2m" find the same
# figure, "I'm so proud of them" and "They were fined" differ in a word. The last pass weighs
# the rules' findings with the sentence's wording (its words and pairs of words, figures as 0,
# style words and numbers in words left out: patterns.content_wording) in a logistic
# regression fitted on the labelled tuning sets (`python -m tests.text.train_wording`; weights
# in checkworthy_weights.py, never fitted on a held-out set). Its odds are the score; the
# rules' ceilings still hold over it.

# A word shown to the reviewer as a reason must weigh at least this much (log odds).
_WORDING_SHOWN = 0.5


def _telling(word: str) -> bool:
    """Is a word or a pair of the wording worth showing: a word of letters in it (figures and
    marks are the findings' to name; "s" is a piece of "São"), and no figure, which the
    wording holds as 0s ("000 people" is no phrase of the sentence a reviewer reads)?"""
    tokens = word.replace("’", "'").split()
    return any(t.isalpha() and len(t) > 1 for t in tokens) and not any(
        c.isdigit() for t in tokens for c in t
    )


def features(text: str, weighed) -> list[str]:
    """The fitted pass's features of a sentence: the rules' findings and its wording."""
    return [
        *(f"finding:{name}" for name in weighed),
        *(f"word:{w}" for w in content_wording(text)),
    ]


def odds_score(z: float, ceiling: int) -> int:
    """The score of log odds `z`: the odds in 100 (so THRESHOLD is odds of 0.4), at most the
    rules' ceiling."""
    odds = 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
    return min(ceiling, int(100 * odds))


def judge(text: str, ceiling: int, reasons, weighed, *, weights) -> tuple[int, list[str]]:
    """(score 0..99, reasons): the fitted pass's odds in 100 under the rules' ceiling, and the
    words that weighed most for the verdict among the reasons."""
    bias, table = weights
    z = bias + sum(table.get(f"finding:{name}", 0.0) for name in weighed)
    words = []
    for word in set(content_wording(text)):
        weight = table.get(f"word:{word}")
        if weight is not None:
            z += weight
            words.append((weight, word))
    total = odds_score(z, ceiling)
    reasons = list(reasons)
    worthy = total >= THRESHOLD
    # (where the findings do not explain the verdict, the words that decided it are shown
    # however light: a flag without a finding, no flag despite a figure, a date or an event)
    found = any(reason in FINDINGS for reason in reasons)
    least = 0.0 if found != worthy else _WORDING_SHOWN
    shown = sorted(
        (
            (abs(w), word)
            for w, word in words
            if (w > 0) == worthy and abs(w) > least and _telling(word)
        ),
        reverse=True,
    )[:2]
    if shown:
        side = "for" if worthy else "against"
        reasons.append(f"wording {side} a check: " + ", ".join(f"“{word}”" for _w, word in shown))
    return total, reasons


PASS = (BIAS, WEIGHTS)
