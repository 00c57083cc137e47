"""Properties that hold for any text, checked with hypothesis."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimreview.text import analyze, checkworthy, normalize, segment, sentence_context, wordscan
from claimreview.text.attribution import attribute, reporting_spans
from claimreview.text.patterns import lower_keeping_offsets

PIECES = [
    *"abcXYZ .,!?;:'\"“”‘’()[]-—…\n\n  0123456789$€%@/#&•",
    *["Mr.", "U.S.", " said", "Dr. ", "a.m.", " . . . ", "http://x.org/a.b", "\u200b", "\r\n"],
    *["1. ", " 2) ", "“We ", " he said. ", "Subscribe now\n", "\n\n“", "x@y.org", "...."],
]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)
ANY = st.text(max_size=300)


def check_invariants(body: str) -> None:
    sentences = analyze(body)
    previous_end = 0
    covered = []
    for s in sentences:
        assert 0 <= s.start < s.end <= len(body)
        assert s.start >= previous_end
        assert body[s.start : s.end] == s.text
        assert 0 <= s.checkworthy_score <= 100
        previous_end = s.end
        covered.extend(range(s.start, s.end))
    inside = set(covered)
    assert len(inside) == len(covered)  # no character in two claims
    for i, ch in enumerate(body):
        if not ch.isspace():
            assert i in inside, (i, ch, body)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NEWSY)
def test_newsy_text_invariants(text):
    check_invariants(normalize(text))
    check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_any_text_invariants(text):
    check_invariants(normalize(text))
    check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


def check_whole_body_scores_match_one_by_one(body: str) -> None:
    """analyze() scores every sentence in passes over the whole body; a sentence scored on its
    own (checkworthy.score, used after an editor's merge or split) must get the same."""
    for s in analyze(body):
        alone = checkworthy.score(
            s.text,
            attribution_spans=reporting_spans(s.text, s.attributions),
            boilerplate=s.is_boilerplate,
            context=sentence_context(s.text, s.attributions),
        )
        assert alone == (s.checkworthy_score, s.checkworthy_reasons), (s.text, body)


WORDY_PIECES = [
    *PIECES,
    *[" war", " more than", " because of", " a third", " last week", " Monday", " May", " 1998"],
    *[" Smith", ", Jones said", " killed", " should", "-torn", " 2020s", " İstanbul", "?”"],
    *[" has also said", " according to", " we believe", " told reporters", " declined to comment"],
]
WORDY = st.lists(st.sampled_from(WORDY_PIECES), max_size=80).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(WORDY)
def test_whole_body_scores_match_one_by_one(text):
    check_whole_body_scores_match_one_by_one(normalize(text))
    check_whole_body_scores_match_one_by_one(text)


def check_word_scan_finds_what_attribution_finds_alone(body: str) -> None:
    """analyze() hands attribution the cue words of its one word scan; attribution looking for
    them itself must come to the same attributions."""
    spans = segment(body)
    sentences = [(body[s.start : s.end], s.paragraph) for s in spans]
    cue_words, _vocabulary = wordscan.scan(body)
    given_words = attribute(sentences, cue_words=wordscan.by_sentence(cue_words, spans))
    alone = attribute(sentences)
    assert [[a.as_dict() for a in found] for found in given_words] == [
        [a.as_dict() for a in found] for found in alone
    ], body


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(WORDY)
def test_word_scan_finds_what_attribution_finds_alone(text):
    check_word_scan_finds_what_attribution_finds_alone(normalize(text))
    check_word_scan_finds_what_attribution_finds_alone(text)


def check_word_scan_passes_find_what_one_search_finds(body: str) -> None:
    """wordscan runs its regex in three passes, by what stands before a word; together they must
    find exactly the phrases one left-to-right search finds (pairs across line breaks, words
    after hyphens and quotes, at the very start)."""
    lowered = lower_keeping_offsets(body)
    one_search = [(m.start(), m.end(), m.group(0)) for m in wordscan._WORDS.finditer(lowered)]
    assert wordscan._hits(lowered) == one_search, body


# Phrases and what can stand between them, glued without spaces too ("-said", "5war", "a\nthird").
SCAN_PIECES = [
    *"said war a third last week because of we believe according to per cent".split(),
    *[" ", "  ", "\n", "\t", "-", "'", "’", '"', "“", "(", "x", "5", "é", "."],
]
SCANNABLE = st.lists(st.sampled_from(SCAN_PIECES), max_size=60).map("".join)


@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(SCANNABLE)
def test_word_scan_passes_find_what_one_search_finds(text):
    check_word_scan_passes_find_what_one_search_finds(text)


def check_candidates_to_decide_skip_only_what_never_ends_a_sentence(body: str) -> None:
    """segment's _CANDIDATE_TO_DECIDE is _CANDIDATE without the matches the block loop would
    pass over anyway: followed by a space and a lower-case ASCII letter, or a title's single full
    stop before a space and a capital ("Mr. Smith", "MR. SMITH", "dr. Ruiz"; not "arc. Keeper":
    a title that is also a word counts only capitalised; nor "Dr." or "St.", which may end one
    and are decided in _decide)."""
    from claimreview.text.segment import _CANDIDATE, _CANDIDATE_TO_DECIDE, TITLES
    from claimreview.text.segment import _TITLES_IN_SMALL_LETTERS as SMALL
    from claimreview.text.segment import _TITLES_THAT_MAY_END as MAY_END

    def passed_over(m) -> bool:
        after = body[m.end() : m.end() + 2]
        if len(after) == 2 and after[0] == " " and "a" <= after[1] <= "z":
            return True
        word = body[: m.start()].rsplit(" ", 1)
        return (
            m.group(0) == "."
            and len(word) == 2
            and word[1].isascii()
            and word[1].isalpha()
            and word[1].lower() in TITLES - MAY_END
            and (word[1] in (word[1].capitalize(), word[1].upper()) or word[1] in SMALL)
            and len(after) == 2
            and after[0] == " "
            and "A" <= after[1] <= "Z"
        )

    expected = [m.span() for m in _CANDIDATE.finditer(body) if not passed_over(m)]
    assert [m.span() for m in _CANDIDATE_TO_DECIDE.finditer(body)] == expected, body


PUNCTUATION_PIECES = [
    *[".", ". ", " .", "?", "!", "…", "”", '"', ")", " ", "  ", "\n", "a", "A", "é", "É"],
    *["Mr", "MR", "mr", "Dr", "St", "Messrs", "Sen", "sec'y", "ſt", "Inc", "x"],
]


@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(PUNCTUATION_PIECES), max_size=40).map("".join))
def test_candidates_to_decide_skip_only_what_never_ends_a_sentence(text):
    check_candidates_to_decide_skip_only_what_never_ends_a_sentence(text)
