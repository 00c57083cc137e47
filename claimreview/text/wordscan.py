"""One pass over the lower-cased article for the word lists of two hint engines.

Check-worthiness looks for its vocabulary (words and word pairs), attribution for the verbs every
cue contains. Each list is a trie-shaped regex; scanned apart the article would be read twice at
the regex engine's pace, so analyze() scans once and hands each engine its hits.
"""

import bisect
import re

from claimreview.text import attribution, checkworthy
from claimreview.text.patterns import lower_keeping_offsets, whole_words, word_alternation

# Pairs are spelled "a_decade" in the vocabulary; in text any whitespace may separate them.
# Both lists look for whole tokens ("war" is not in "war-torn", "said" not in "well-said"), so
# at any position the longest of either list is what each would have found on its own; no cue
# word begins or extends a vocabulary phrase except the pairs "i believe" and "we believe".
_PHRASES = word_alternation({*checkworthy.VOCABULARY_PHRASES, *attribution.CUE_WORDS}).replace(
    "_", r"\s+"
)
_WORDS = re.compile(whole_words(_PHRASES))
# The same search in three passes by what stands before the word, each opening with what the
# regex engine can skip ahead to in C: _WORDS opens with look-behinds, so it is tried at every
# character (23 ms a megabyte of news, measured); the three passes together took 18.5 ms.
_WORD_END = r"(?![a-z])(?![-'’][a-z])"
_PASSES = [
    re.compile(rf" ({_PHRASES}){_WORD_END}"),  # most words: after a space
    re.compile(rf"[^a-z \-'’]({_PHRASES}){_WORD_END}"),  # after a line break, a quote, a digit
    re.compile(rf"[-'’](?<![a-z][-'’])({_PHRASES}){_WORD_END}"),  # "-said" but not "well-said"
]
# Each phrase as found in text: (is a cue word, reason bit); pairs apart by one space.
_FOUND = {
    phrase: (phrase in attribution.CUE_WORDS, checkworthy.phrase_bit(phrase))
    for phrase in {
        *(p.replace("_", " ") for p in checkworthy.VOCABULARY_PHRASES),
        *attribution.CUE_WORDS,
    }
}


def _hits(lowered: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each _WORDS match in `lowered`, in order."""
    hits = [
        (m.start(1), m.end(1), m.group(1)) for pattern in _PASSES for m in pattern.finditer(lowered)
    ]
    first = _WORDS.match(lowered)
    if first:
        hits.append((first.start(), first.end(), first.group(0)))
    hits.sort()
    previous_end = 0
    for start, end, _phrase in hits:
        if start < previous_end:
            # Two passes found overlapping phrases (a pair broken by a line break, "a\nthird"):
            # only the single left-to-right search knows which one wins. Rare.
            return [(m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(lowered)]
        previous_end = end
    return hits


def scan(body: str) -> tuple[list[int], list[tuple[int, int, int]]]:
    """Where the cue words start, and the vocabulary hits as (start, end, reason bit)."""
    lowered = lower_keeping_offsets(body)
    cue_words: list[int] = []
    vocabulary: list[tuple[int, int, int]] = []
    for start, end, phrase in _hits(lowered):
        found = _FOUND.get(phrase)
        if found is None:  # a pair apart by other whitespace than one space
            phrase = " ".join(phrase.split())
            found = _FOUND[phrase]
        is_cue, bit = found
        if is_cue:
            cue_words.append(start)
        if bit:
            vocabulary.append((start, end, bit))
            if " " in phrase:
                # A pair can end in a cue word ("we believe"): that word is a cue word too.
                last = phrase.rsplit(" ", 1)[-1]
                if last in attribution.CUE_WORDS:
                    cue_words.append(end - len(last))
    return cue_words, vocabulary


def by_sentence(positions: list[int], spans) -> dict[int, list[int]]:
    """{index of the span holding it: [offsets into that span]} for sorted body `positions`."""
    ends = [span.end for span in spans]
    found: dict[int, list[int]] = {}
    for position in positions:
        index = bisect.bisect_right(ends, position)
        if index < len(spans) and position >= spans[index].start:
            found.setdefault(index, []).append(position - spans[index].start)
    return found
