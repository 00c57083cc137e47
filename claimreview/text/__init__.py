"""The text engine: article text in, sentences with offsets and hints out. Imports no Django.

body = normalize(pasted_text)
for sentence in analyze(body, title="..."):
    assert body[sentence.start:sentence.end] == sentence.text
"""

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field

from claimreview.text import boilerplate, checkworthy, wordscan
from claimreview.text.attribution import Attribution, attribute, reporting_spans
from claimreview.text.normalize import html_to_text, looks_like_html, normalize
from claimreview.text.patterns import FINITE_VERB, QUOTATION_MARK
from claimreview.text.segment import segment, split_text

__all__ = [
    "Attribution",
    "Sentence",
    "analyze",
    "analyze_sentence",
    "html_to_text",
    "looks_like_html",
    "normalize",
    "segment",
    "sentence_context",
    "split_text",
]


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    text: str
    boilerplate_reason: str = ""
    attributions: list[Attribution] = field(default_factory=list)
    checkworthy_score: int = 0
    checkworthy_reasons: list[str] = field(default_factory=list)

    @property
    def is_boilerplate(self) -> bool:
        return bool(self.boilerplate_reason)

    @property
    def is_checkworthy(self) -> bool:
        return self.checkworthy_score >= checkworthy.THRESHOLD

    @property
    def speaker(self) -> str:
        return self.attributions[0].speaker if self.attributions else ""

    @property
    def cue(self) -> str:
        return self.attributions[0].cue if self.attributions else ""


@contextmanager
def _without_cycle_collection():
    """Pause Python's cyclic garbage collector, then restore it as it was.

    An analysis allocates a few objects per sentence (spans, states, attributions, results) and
    none of them refer to each other in a cycle: reference counting frees them all. The cyclic
    collector does not know that; it runs every few thousand allocations and walks the young
    objects each time, which cost a fifth of the time of a megabyte of short sentences.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def analyze(body: str, *, title: str = "") -> list[Sentence]:
    """Split `body` (already normalized) into sentences and compute every hint."""
    with _without_cycle_collection():
        return _analyze(body, title)


def _analyze(body: str, title: str) -> list[Sentence]:
    spans, texts, reasons, attributions, rows, vocabulary = _stages(body, title)
    scores = checkworthy.score_sentences(body, rows, vocabulary=vocabulary)
    return [
        Sentence(span.start, span.end, span.paragraph, text, reason, found, value, why)
        for span, text, reason, found, (value, why) in zip(
            spans, texts, reasons, attributions, scores, strict=True
        )
    ]


def checkworthy_rows(body: str, *, title: str = "") -> list[tuple[int, int, object]]:
    """(start, end, checkworthy.pass_rows' row) of each sentence as analyze sees it: what
    `tests.text.train_wording` fits the pass on."""
    spans, _texts, _reasons, _found, rows, vocabulary = _stages(body, title)
    weighed = checkworthy.pass_rows(body, rows, vocabulary=vocabulary)
    return [(span.start, span.end, row) for span, row in zip(spans, weighed, strict=True)]


def _stages(body: str, title: str):
    """Every stage before check-worthiness: spans, texts, boilerplate reasons, attributions,
    check-worthiness's input rows and the vocabulary's hits."""
    spans = segment(body)
    texts = [body[s.start : s.end] for s in spans]
    reasons = boilerplate.mark(texts, paragraphs=[s.paragraph for s in spans], title=title)
    cue_words, vocabulary = wordscan.scan(body)
    attributions = attribute(
        [(t, s.paragraph) for t, s in zip(texts, spans, strict=True)],
        cue_words=wordscan.by_sentence(cue_words, spans),
        furniture={index for index, reason in enumerate(reasons) if reason},
        links={index for index, reason in enumerate(reasons) if reason == "related links"},
    )
    attributions = [
        [] if reason else found for reason, found in zip(reasons, attributions, strict=True)
    ]
    private = private_speakers(texts, attributions)
    rows = [
        (
            span.start,
            span.end,
            reporting_spans(text, found) if found else (),
            bool(reason),
            sentence_context(text, found, private) | _credited(spans, reasons, i, found),
        )
        for i, (span, text, reason, found) in enumerate(
            zip(spans, texts, reasons, attributions, strict=True)
        )
    ]
    return spans, texts, reasons, attributions, rows, vocabulary


def _credited(spans, reasons: list[str], i: int, found) -> int:
    """checkworthy.CREDITED for a line of its own, no one's words, over a photo's credit: a
    caption's place ("Commuters queue for boda bodas along Oloshaiki Avenue." over "Photo: …")."""
    opens = i == 0 or spans[i - 1].paragraph != spans[i].paragraph
    credit = i + 1 < len(reasons) and reasons[i + 1] == "credit"
    return checkworthy.CREDITED if opens and credit and not found else 0


def private_speakers(texts: list[str], attributions: list[list[Attribution]]) -> frozenset[str]:
    """The speakers an article brings in as private people ("fisherman A Name", "A Name, 63,"):
    what they say later, by a pronoun or in a quotation's next sentences, is theirs too."""
    return frozenset(
        a.speaker
        for text, found in zip(texts, attributions, strict=True)
        for a in found
        if a.speaker
        and not a.inherited
        and checkworthy.is_private(text, a.source_start, a.source_end)
    )


# An order given: "told players to enjoy the final", "told residents to leave".
_ORDER = re.compile(r"\s*(?:[\w'’-]+\s+){1,3}?to\s+[a-z]")


def _reports_a_clause(text: str, a: Attribution) -> bool:
    """Is what the source said a clause of its own (not an object of the verb, an order)?"""
    if a.cue.lower().startswith(("told", "tells", "tell")) and _ORDER.match(text, a.cue_end):
        return False
    start, end = min(a.source_start, a.cue_start), max(a.source_end, a.cue_end)
    return bool(FINITE_VERB.search(text, 0, start) or FINITE_VERB.search(text, end))


def sentence_context(text: str, attributions: list[Attribution], private=frozenset()) -> int:
    """What check-worthiness needs to know of a sentence's attributions (checkworthy.QUOTED,
    OFFICIAL, DECLINED, REPORTED, PRIVATE bits); `private`: the speakers the article brought in
    as private people (see `private_speakers`)."""
    if not attributions and text[:1] not in '“"':
        return 0  # most sentences
    context = 0
    if text[:1] in '“"' or any(a.inherited for a in attributions):
        context |= checkworthy.QUOTED
    if any(a.speaker in private for a in attributions if a.speaker):
        context |= checkworthy.PRIVATE
    # (whether the sentence may report a clause at all is asked once, when a cue first needs it:
    # a sentence of hundreds of cues without a quotation or a verb is read once, not once a cue)
    may_report = None
    for a in attributions:
        if a.inherited:
            continue
        if a.said_nothing:
            context |= checkworthy.DECLINED
        elif checkworthy.is_official(a.source):
            context |= checkworthy.OFFICIAL
        # Indirect speech only: a quotation's words are the speaker's, weighed apart.
        reported = not context & checkworthy.REPORTED
        reported = reported and a.reports_a_statement and checkworthy.is_specific(a.speaker)
        if reported and may_report is None:
            may_report = not text.rstrip().endswith(":") and not QUOTATION_MARK.search(text)
            may_report = may_report and FINITE_VERB.search(text) is not None
        if reported and may_report and _reports_a_clause(text, a):
            context |= checkworthy.REPORTED
    return context


def analyze_sentence(text: str) -> Sentence:
    """Attribution and check-worthiness of one sentence on its own (no article context),
    for a claim whose text an editor changed by a merge or a split."""
    (found,) = attribute([(text, 1)])
    value, why = checkworthy.score(
        text,
        attribution_spans=reporting_spans(text, found),
        context=sentence_context(text, found),
    )
    return Sentence(0, len(text), 1, text, "", found, value, why)
