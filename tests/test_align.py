"""The alignment of an article's old claims with a new version's sentences (desk/align.py):
plain Python, no database."""

import random

from claimreview.desk import align
from claimreview.desk.align import ADDED, CHANGED, REMOVED, SAME

PARAGRAPH_A = [
    "The Lowmoor harbour council voted 12 to 3 on Monday to open a ferry route to the islands.",
    "The route will cost £2.5m a year to run, according to the council's budget.",
    "Critics say the figure is too low.",
]
PARAGRAPH_B = [
    '"This is the first new route in 40 years," Chair Ines Patel told reporters.',
    "Boats will sail twice a day from May, weather permitting.",
]
PARAGRAPH_C = [
    "Island schools have lost a third of their pupils since 2010, census figures show.",
    "Parents hope the ferry will bring families back.",
]


def kinds(pairs) -> list[tuple[str, int | None, int | None]]:
    return [(p.kind, p.old, p.new) for p in pairs]


def test_identical_text_is_the_same_claim():
    old = PARAGRAPH_A + PARAGRAPH_B
    assert kinds(align.match(old, list(old))) == [(SAME, n, n) for n in range(len(old))]


def test_one_word_changed_is_the_same_claim_changed():
    new = list(PARAGRAPH_A)
    new[1] = new[1].replace("£2.5m", "£3.1m")
    pairs = align.match(PARAGRAPH_A, new)
    assert kinds(pairs) == [(SAME, 0, 0), (CHANGED, 1, 1), (SAME, 2, 2)]
    assert pairs[1].score > 90


def test_a_sentence_split_in_two_carries_to_its_longer_half():
    old = [
        "The council voted 12 to 3 on Monday, and the chair said the route would open in May "
        "with two boats a day."
    ]
    new = [
        "The council voted 12 to 3 on Monday.",
        "The chair said the route would open in May with two boats a day.",
    ]
    assert kinds(align.match(old, new)) == [(ADDED, None, 0), (CHANGED, 0, 1)]


def test_two_sentences_merged_carry_the_longer_one():
    old = [
        "The council voted 12 to 3 on Monday.",
        "The chair said the route would open in May with two boats a day.",
    ]
    new = [
        "The council voted 12 to 3 on Monday, and the chair said the route would open in May "
        "with two boats a day."
    ]
    assert kinds(align.match(old, new)) == [(CHANGED, 1, 0), (REMOVED, 0, None)]


def test_a_moved_paragraph_keeps_every_claim():
    old = PARAGRAPH_A + PARAGRAPH_B + PARAGRAPH_C
    new = PARAGRAPH_C + PARAGRAPH_A + PARAGRAPH_B
    pairs = align.match(old, new)
    assert {p.kind for p in pairs} == {SAME}
    assert [new[p.new] for p in pairs] == new and all(old[p.old] == new[p.new] for p in pairs)
    assert sum(p.moved for p in pairs) == len(PARAGRAPH_C)  # the longest run stays in place


def test_a_paragraph_added_and_one_removed():
    old = PARAGRAPH_A + PARAGRAPH_B
    new = PARAGRAPH_A + PARAGRAPH_C
    pairs = align.match(old, new)
    assert [p.kind for p in pairs] == [SAME] * 3 + [ADDED] * 2 + [REMOVED] * 2
    reading = align.in_reading_order(pairs)
    assert [p.kind for p in reading] == [SAME] * 3 + [REMOVED] * 2 + [ADDED] * 2


def test_a_whole_rewrite_is_removed_and_added_not_changed():
    old = PARAGRAPH_A + PARAGRAPH_B
    new = [
        "A storm closed the island airstrip for the third time this winter.",
        "Flights will resume on Thursday if the wind drops below forty knots.",
        "Shops on the main island ran out of bread and milk by Tuesday evening.",
        "The coastguard rescued two fishermen off Black Point early on Sunday.",
    ]
    pairs = align.match(old, new)
    assert {p.kind for p in pairs} == {ADDED, REMOVED}


def test_repeated_sentences_pair_in_order():
    old = ["Subscribe now", "Real news here about the ferry.", "Subscribe now"]
    new = ["Subscribe now", "Real news here about the ferry.", "More news.", "Subscribe now"]
    assert kinds(align.match(old, new)) == [
        (SAME, 0, 0), (SAME, 1, 1), (ADDED, None, 2), (SAME, 2, 3),
    ]  # fmt: skip


def test_carry_keeps_an_editors_merge_and_split_on_unchanged_text():
    body = "The vote was 12 to 3. It passed. The chair, smiling, said it was historic. Bye now."
    sentences = [(0, 21), (22, 31), (32, 73), (74, 82)]
    old = ["The vote was 12 to 3. It passed.", "The chair, smiling,", "said it was historic.",
           "Bye now."]  # fmt: skip
    spans = align.carry(old, body, sentences)
    assert [(body[s.start : s.end], s.old) for s in spans] == [(t, n) for n, t in enumerate(old)]


def test_carry_cuts_new_text_by_the_engines_sentences_around_carried_claims():
    body = "The vote was 12 to 4. It passed. A new line."
    sentences = [(0, 21), (22, 32), (33, 44)]
    spans = align.carry(["The vote was 12 to 3.", "It passed."], body, sentences)
    assert [(body[s.start : s.end], s.old, s.whole) for s in spans] == [
        ("The vote was 12 to 4.", None, True), ("It passed.", 1, False), ("A new line.", None, True),
    ]  # fmt: skip


def test_random_edits_keep_every_new_sentence_once_and_every_old_once():
    rng = random.Random(5)
    words = "ferry council island route vote budget harbour school storm fare boat".split()
    old = [" ".join(rng.choice(words) for _ in range(12)) + f" {n}." for n in range(300)]
    new = list(old)
    for _ in range(60):
        n = rng.randrange(len(new))
        action = rng.choice(["edit", "drop", "add", "move"])
        if action == "edit":
            new[n] = new[n].replace(rng.choice(words), "tide", 1)
        elif action == "drop":
            del new[n]
        elif action == "add":
            new.insert(n, f"Entirely new sentence number {n} about something else.")
        else:
            new.insert(rng.randrange(len(new)), new.pop(n))
    pairs = align.match(old, new)
    assert sorted(p.new for p in pairs if p.new is not None) == list(range(len(new)))
    assert sorted(p.old for p in pairs if p.old is not None) == list(range(len(old)))
    for p in pairs:
        if p.kind == SAME:
            assert old[p.old] == new[p.new]
        if p.kind == CHANGED:
            assert align.similarity(old[p.old], new[p.new]) >= align.SIMILAR
