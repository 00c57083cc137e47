"""Which sentences of a new version are the old ones: plain Python, no Django, no database.

Two steps, both linear in the number of sentences (n log n at worst):

1. `carry`: the new body is cut into spans, reusing each old claim's own boundaries where its
   text is still there word for word (so an editor's merge, split or restored boilerplate on
   unchanged text survives), and the text engine's sentences everywhere else.
2. `match`: old claims are paired with the new spans. Identical text first (a dictionary of
   texts, so a moved paragraph is found wherever it went); the longest run of those pairs that
   keeps reading order (a longest increasing subsequence) then cuts both texts into windows, and
   inside each window the remaining sentences are compared by similarity, each old one with a
   bounded number of new ones near its place: near-identical pairs (a figure corrected, a word
   changed, a sentence split in two or two merged) are matched, the rest are added or removed.

The similarity is RapidFuzz's normalized Indel similarity (`fuzz.ratio`: 100 × (1 − insertions
and deletions needed / total length), the measure difflib's `SequenceMatcher.ratio` estimates)
on case-folded text with runs of spaces collapsed. It is computed in C++ in microseconds, so a
5,000-sentence rewrite stays far under a second (tests/benchmarks/align.py); difflib took about
50 µs a pair. At SIMILAR = 60 a sentence with a word or a figure changed scores 90 or more, the
longer half of a sentence split in two (or the merged sentence against its longer part) about 67,
and unrelated news sentences of the same length 30 to 50.
"""

import bisect
import itertools
import re
from collections import defaultdict, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

SAME = "same"
CHANGED = "changed"
ADDED = "added"
REMOVED = "removed"
LABELS = {SAME: "Unchanged", CHANGED: "Changed", ADDED: "Added", REMOVED: "Removed"}


class KindOfLine:
    """What a line of an update or of a diff is, for templates: `kind` is SAME, CHANGED, ADDED
    or REMOVED and `moved` says a kept sentence stands elsewhere now. (One place for the labels
    the preview and the version diff both show.)"""

    kind: str
    moved: bool

    @property
    def is_same(self) -> bool:
        return self.kind == SAME

    @property
    def is_changed(self) -> bool:
        return self.kind == CHANGED

    @property
    def is_added(self) -> bool:
        return self.kind == ADDED

    @property
    def is_removed(self) -> bool:
        return self.kind == REMOVED

    @property
    def label(self) -> str:
        return "Moved" if self.is_same and self.moved else LABELS[self.kind]


SIMILAR = 60  # the lowest similarity (0..100) at which a changed sentence is still the old one
BAND = 8  # each old sentence is compared with this many new ones either side of its place
WINDOW_BUDGET = 64  # ...or, in a small window, with every new sentence in it (at most this many)
_PREFIX = 24  # characters that find the new sentence an old claim (a merge, a split) starts at
_PREFIX_TRIES = 8

_SPACES = re.compile(r"\s+")
_NONSPACE = re.compile(r"\S")
_WORDLIKE = re.compile(r"\w")


@dataclass(frozen=True)
class Pair:
    """One line of an alignment: an old sentence and its new one (SAME or CHANGED), a new one
    only (ADDED) or an old one only (REMOVED). `moved`: a SAME pair out of reading order."""

    kind: str
    old: int | None
    new: int | None
    score: float = 0.0
    moved: bool = False


@dataclass(frozen=True)
class Span:
    """A piece of the new body that becomes one claim: `old` is the old claim whose exact text
    it is (carried as it is), else None; `sentence` is the engine sentence it starts in and
    `whole` says whether it is exactly that sentence."""

    start: int
    end: int
    sentence: int
    whole: bool
    old: int | None = None


def normalized(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def similarity(a: str, b: str) -> float:
    """0..100: how alike two sentences are (see the module's docstring)."""
    return fuzz.ratio(normalized(a), normalized(b))


def carry(old: Sequence[str], body: str, sentences: Sequence[tuple[int, int]]) -> list[Span]:
    """Cut `body` into claim spans: every old claim text found word for word where a claim can
    start (the start of an engine sentence, or just after the old claim before it), and the
    engine's sentences (`(start, end)` in reading order) or what is left of them elsewhere."""
    starts = [s for s, _ in sentences]
    by_text: dict[str, deque[int]] = defaultdict(deque)
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for start, end in sentences:
        by_text[body[start:end]].append(start)
        by_prefix[body[start : start + _PREFIX]].append(start)
    used: set[int] = set()
    found: list[tuple[int, int, int]] = []  # (start, end, old index)
    previous_end, last_start = None, 0
    for index, text in enumerate(old):
        at = _find(text, body, by_text, by_prefix, used, previous_end, last_start)
        if at is None:
            previous_end = None
            continue
        used.add(at)
        found.append((at, at + len(text), index))
        previous_end, last_start = at + len(text), at
    # Two old claims found over the same text: the first keeps it, the other is unmatched.
    found.sort()
    kept: list[tuple[int, int, int]] = []
    for start, end, index in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, index))
    spans = [
        Span(start, end, _sentence_at(starts, start), False, index) for start, end, index in kept
    ]
    # The rest of each engine sentence, outside the carried claims, is a claim of its own.
    cursor = 0
    for number, (start, end) in enumerate(sentences):
        while cursor < len(kept) and kept[cursor][1] <= start:
            cursor += 1
        piece_start, probe = start, cursor
        while probe < len(kept) and kept[probe][0] < end:
            spans.extend(_piece(body, piece_start, kept[probe][0], number, (start, end)))
            piece_start = max(piece_start, kept[probe][1])
            probe += 1
        spans.extend(_piece(body, piece_start, end, number, (start, end)))
    spans.sort(key=lambda span: span.start)
    return spans


def _find(text, body, by_text, by_prefix, used, previous_end, last_start) -> int | None:
    if not text:
        return None
    if previous_end is not None:  # just after the claim before it (the tail of a split, say)
        gap = _NONSPACE.search(body, previous_end)
        if gap and gap.start() not in used and body.startswith(text, gap.start()):
            return gap.start()
    exact = by_text.get(text)
    if exact:
        free = [at for at in exact if at not in used]
        if free:
            later = [at for at in free if at >= last_start]
            return later[0] if later else free[0]
    if len(text) >= _PREFIX:  # the head of a split, or a merge of several sentences
        candidates = by_prefix.get(text[:_PREFIX], ())
        first = bisect.bisect_left(candidates, last_start)
        for at in [*candidates[first:], *candidates[:first]][:_PREFIX_TRIES]:
            if at not in used and body.startswith(text, at):
                return at
    return None


def _sentence_at(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _piece(body: str, start: int, end: int, number: int, sentence: tuple[int, int]) -> list[Span]:
    if end <= start:
        return []
    text = body[start:end]
    stripped = text.strip()
    if not stripped or not _WORDLIKE.search(stripped):
        return []  # punctuation or space left between carried claims: no claim of its own
    lead = len(text) - len(text.lstrip())
    piece = (start + lead, start + lead + len(stripped))
    return [Span(piece[0], piece[1], number, piece == tuple(sentence))]


def match(
    old: Sequence[str],
    new: Sequence[str],
    *,
    exact: Mapping[int, int] | None = None,
    threshold: float = SIMILAR,
) -> list[Pair]:
    """Pair old sentences with new ones: one Pair per new sentence in new order (SAME, CHANGED
    or ADDED), then one REMOVED per old sentence left. `exact`: pairs already known to be the
    same text (old index -> new index), as `carry` finds them."""
    pairs: dict[int, int] = dict(exact or {})
    taken = set(pairs.values())
    # 1. Identical text, in order among repeats (a moved paragraph is found anywhere).
    by_text: dict[str, deque[int]] = defaultdict(deque)
    for j, text in enumerate(new):
        if j not in taken:
            by_text[text].append(j)
    for i, text in enumerate(old):
        if i not in pairs and by_text.get(text):
            pairs[i] = by_text[text].popleft()
    # 2. The longest run of identical pairs in reading order: the windows' edges.
    backbone = _increasing(sorted(pairs.items()))
    on_backbone = set(backbone)
    changed: dict[int, tuple[int, float]] = {}
    edges = [(-1, -1), *backbone, (len(old), len(new))]
    matched_new = set(pairs.values())
    for (o0, n0), (o1, n1) in itertools.pairwise(edges):
        olds = [i for i in range(o0 + 1, o1) if i not in pairs]
        news = [j for j in range(n0 + 1, n1) if j not in matched_new]
        if olds and news:
            changed.update(_similar(olds, news, old, new, threshold))
    # 3. One line per new sentence, then the removed ones.
    by_new = {j: i for i, j in pairs.items()}
    by_new_changed = {j: (i, score) for i, (j, score) in changed.items()}
    result = []
    for j in range(len(new)):
        if j in by_new:
            i = by_new[j]
            result.append(Pair(SAME, i, j, 100.0, moved=(i, j) not in on_backbone))
        elif j in by_new_changed:
            i, score = by_new_changed[j]
            result.append(Pair(CHANGED, i, j, score))
        else:
            result.append(Pair(ADDED, None, j))
    result.extend(
        Pair(REMOVED, i, None) for i in range(len(old)) if i not in pairs and i not in changed
    )
    return result


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (old, new) pairs, sorted by old, whose new indexes increase
    (patience sorting: n log n)."""
    tails: list[int] = []  # tails[k]: new index ending the best run of length k + 1
    tail_at: list[int] = []  # ...and its position in pairs
    before = [-1] * len(pairs)
    for position, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(position)
        else:
            tails[k], tail_at[k] = j, position
        before[position] = tail_at[k - 1] if k else -1
    run, position = [], tail_at[-1] if tail_at else -1
    while position != -1:
        run.append(pairs[position])
        position = before[position]
    return run[::-1]


def _similar(olds, news, old, new, threshold) -> dict[int, tuple[int, float]]:
    """Near-identical pairs inside one window: each old sentence against the new ones nearest
    its relative place (all of them in a small window), best pairs first."""
    reach = max(BAND, -(-WINDOW_BUDGET // len(olds)) // 2)
    candidates = []
    old_texts = {i: normalized(old[i]) for i in olds}
    new_texts = {j: normalized(new[j]) for j in news}
    for rank, i in enumerate(olds):
        centre = (rank + 0.5) * len(news) / len(olds)
        low = max(0, int(centre) - reach)
        for j in news[low : int(centre) + reach + 1]:
            score = fuzz.ratio(old_texts[i], new_texts[j], score_cutoff=threshold)
            if score:
                candidates.append((-score, abs(j - news[min(len(news) - 1, int(centre))]), i, j))
    candidates.sort()
    result: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for negative, _distance, i, j in candidates:
        if i not in result and j not in taken:
            result[i] = (j, -negative)
            taken.add(j)
    return result


def in_reading_order(pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs as one reading: new order, each removed sentence after the line of the old
    sentence before it (or first)."""
    lines = [p for p in pairs if p.kind != REMOVED]
    removed = {p.old: p for p in pairs if p.kind == REMOVED}
    where = {p.old: n for n, p in enumerate(lines) if p.old is not None}
    after: dict[int, list[Pair]] = defaultdict(list)
    anchor = -1
    for i in range(max([*where, *removed], default=-1) + 1):
        if i in where:
            anchor = where[i]
        elif i in removed:
            after[anchor].append(removed[i])
    result = list(after[-1])
    for n, line in enumerate(lines):
        result.append(line)
        result.extend(after[n])
    return result
