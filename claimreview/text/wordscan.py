"""One pass over the lower-cased article for the word lists of two hint engines.

Check-worthiness looks for its vocabulary (words and word pairs), attribution for the verbs every
cue contains. Each list is a trie-shaped regex; scanned apart the article would be read twice at
the regex engine's pace (about 20 ns a character, most of a 10,000-word article's budget), so
analyze() scans once and hands each engine its hits.
"""

import bisect
import re

from claimreview.text import attribution, checkworthy
from claimreview.text.patterns import whole_words, word_alternation

# Pairs are spelled "a_decade" in the vocabulary; in text any whitespace may separate them.
# Both lists look for whole tokens ("war" is not in "war-torn", "said" not in "well-said"), so
# at any position the longest of either list is what each would have found on its own; no cue
# word begins or extends a vocabulary phrase except the pairs "i believe" and "we believe".
_WORDS = re.compile(
    whole_words(
        word_alternation({*checkworthy.VOCABULARY_PHRASES, *attribution.CUE_WORDS}).replace(
            "_", r"\s+"
        )
    )
)


def scan(body: str) -> tuple[list[int], list[tuple[int, int, int]]]:
    """Where the cue words start, and the vocabulary hits as (start, end, reason bit)."""
    lowered = checkworthy.lower_keeping_offsets(body)
    cue_words: list[int] = []
    vocabulary: list[tuple[int, int, int]] = []
    for m in _WORDS.finditer(lowered):
        phrase = m.group(0)
        start, end = m.span()
        if phrase in attribution.CUE_WORDS:
            cue_words.append(start)
        bit = checkworthy.phrase_bit(phrase)
        if bit:
            vocabulary.append((start, end, bit))
        if bit and not phrase.isalpha():
            # A pair can end in a cue word ("we believe"): that word is a cue word too.
            last = phrase.split()[-1]
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
