"""Boilerplate's fitted last pass: what it takes, what it never takes, and where its weights
come from."""

import pytest

from claimreview.text import analyze, boilerplate, shape_weights
from tests.text import train_shape
from tests.text.hint_scores import HELD_OUT

STORY = [
    "Menu",
    "Ferry fares on the Tollan crossing to rise by a fifth in April",
    "By Odile Fransham | 4 March 2026",
    "The Tollan Straits ferry will raise its single fare from £8.40 to £10.10 on 1 April, the"
    " operator said on Tuesday.",
    "Brackmoor Ferries said fuel and crew costs had risen by 31 per cent in two years.",
    "The crossing carried 412,000 passengers last year, down from 455,000 in 2019.",
    "Two crew members resigned.",
    "Islanders' council chairman Piers Wendle said the rise would hit families who cross for"
    " school and hospital visits.",
    '"We were not consulted at all," he said.',
    "A return ticket for residents will stay at £12, the company said.",
    "The council will debate the fares at its meeting on 19 March.",
    "Season tickets bought before 31 March will be honoured until they expire.",
    "HARBOURMASTER: The new timetable starts in May.",
]
FOOT = ["Please drink responsibly."]
MEMBER = "The Tollan Islander is a member of the Island Press Association."  # (the rules')


def reasons_of(lines: list[str]) -> dict[str, str]:
    return {s.text: s.boilerplate_reason for s in analyze("\n\n".join(lines))}


def test_a_pages_foot_that_the_rules_miss_is_furniture_by_its_shape():
    reasons = reasons_of([*STORY, *FOOT, MEMBER])
    for line in FOOT:
        assert reasons[line] == "furniture by its shape", line
    # The headline, a three-word sentence of record and a speaker's turn stay claims.
    for line in STORY[1], "Two crew members resigned.", STORY[-1]:
        assert reasons[line] == "", line


def test_the_rules_alone_leave_that_foot():
    body = "\n\n".join([*STORY, *FOOT, MEMBER])
    texts = [s.text for s in analyze(body)]
    by_rules = boilerplate.mark(texts, paragraphs=list(range(len(texts))), fitted=())
    assert [r for t, r in zip(texts, by_rules, strict=True) if t in FOOT] == [""]


def test_the_guards_hold_whatever_the_weights(monkeypatch):
    # Weights that would take every line on a line of its own. Still never taken: the title
    # line, a turn, a row of figures, a sentence of prose, a subheading over the story, a line
    # away from the rules' furniture without a sign of furniture of its own, or anything in a
    # short paste. Taken: a line near the rules' furniture, and a call to the reader anywhere.
    monkeypatch.setattr(boilerplate, "WEIGHTS", {"alone on its line": 10.0})
    monkeypatch.setattr(boilerplate, "BIAS", -5.0)
    title, turn, row = STORY[1], "HARBOURMASTER: Welcome back.", "Carries  94  |  141"
    subhead, plain, call = "What happens next", "Harbour views", "Pick your seat"
    near = "Ferry news in brief"
    page = [
        title,
        near,  # next to the byline, furniture the rules found
        *STORY[2:5],
        call,
        *STORY[5:8],
        plain,
        STORY[8],
        subhead,
        *STORY[9:],
        turn,
        row,
    ]
    reasons = reasons_of(page)
    for kept in (title, turn, row, subhead, plain, *STORY[3:]):
        assert reasons[kept] == "", kept
    assert reasons[near] == reasons[call] == "furniture by its shape"
    assert reasons_of([title, *STORY[3:6], call])[call] == ""  # five lines: no page


def test_a_sentence_in_a_paragraph_of_the_story_is_the_storys(monkeypatch):
    monkeypatch.setattr(boilerplate, "WEIGHTS", {"2-3 words": 10.0})
    monkeypatch.setattr(boilerplate, "BIAS", -5.0)
    ending = "It is dead. The costs tripled. Pick your seat"  # (three sentences, one paragraph)
    reasons = reasons_of([*STORY, "By the harbour desk", ending, MEMBER])
    assert reasons["The costs tripled."] == ""
    assert reasons["Pick your seat"] == ""  # its paragraph's sentences are the story's


def test_a_short_paste_is_no_page_to_judge_by_place():
    reasons = reasons_of(STORY[3:6] + FOOT)
    assert [reasons[line] for line in FOOT] == [""]


@pytest.mark.parametrize(
    "line",
    [
        "HARBOURMASTER: Welcome back.",
        "A: No.",
        "South and east | 67 | 15 | -52",
        "Corners  9  |  4",
        "54%   Possession   46%",
        "Weight   174g",
    ],
)
def test_a_turn_or_a_row_of_figures_is_never_the_shapes_to_take(line):
    assert not boilerplate.shape_may_take(line)


@pytest.mark.parametrize("line", ["Forwarded this email?", "Share:", "Two crew members resigned."])
def test_other_lines_are_weighed(line):
    assert boilerplate.shape_may_take(line)


def test_prose_is_never_the_shapes_but_a_label_is_weighed():
    prose = ["Two crew members resigned.", "He was 74.", "The costs went up again."]
    for line in prose:
        assert "a sentence of prose" in boilerplate._line_shape(line), line
    for line in ["Sign the Guest Book", "Please drink responsibly.", "We will appeal.", "© 2026"]:
        assert "a sentence of prose" not in boilerplate._line_shape(line), line
    assert boilerplate.shape_takes(1.8, 0.8) and not boilerplate.shape_takes(1.8, 0.95)


def test_the_weights_come_from_the_tuning_sets_only():
    assert tuple(train_shape.tuning_sets()) == shape_weights.TRAINED_ON
    assert not set(shape_weights.TRAINED_ON) & HELD_OUT
    assert shape_weights.WEIGHTS and all(name for name in shape_weights.WEIGHTS)


def test_the_weights_are_the_fit_of_todays_rules_and_sets():
    # A rule or a tuning set changed without a refit would leave the pass weighing what the
    # rules no longer leave: refit with `python -m tests.text.train_shape`.
    sets = train_shape.tuning_sets()
    bias, weights = train_shape.fit(
        [e for name in sets for e in train_shape._training_examples(train_shape.rows(name))]
    )
    assert round(bias, 3) == pytest.approx(shape_weights.BIAS, abs=0.002)
    fitted = {name: round(value, 3) for name, value in weights.items() if round(value, 3)}
    assert fitted.keys() == shape_weights.WEIGHTS.keys()
    for name, value in fitted.items():
        assert value == pytest.approx(shape_weights.WEIGHTS[name], abs=0.002), name


def test_the_fit_finds_the_feature_that_separates():
    # "signal" marks the positives most of the time; "noise" is spread evenly.
    examples = []
    for k in range(200):
        positive = k % 2 == 0
        features = {"noise": 1.0} if k % 4 < 2 else {}
        if positive == (k % 10 != 0):
            features["signal"] = 1.0
        examples.append((features, positive))
    bias, weights = train_shape.fit(examples)
    assert weights["signal"] > 2.0
    assert abs(weights["noise"]) < 0.5
    assert bias < 0


def test_the_solver_solves():
    assert train_shape._solve([[4.0, 1.0], [1.0, 3.0]], [1.0, 2.0]) == pytest.approx(
        [1 / 11, 7 / 11]
    )


def test_a_call_verb_inside_a_headline_is_no_sign_of_furniture():
    assert "furniture words" not in boilerplate._line_shape("Greens take Docklands")
    assert "imperative opening" in boilerplate._line_shape("Take our quiz")


@pytest.mark.parametrize(
    "line", ["Orrin Petroleum  +3.2%", "Weight   174g", "Corners  9  |  4", "3 Penhallow 15 9 3 3"]
)
def test_a_row_of_data_is_never_a_related_headline_nor_the_shapes(line):
    disclaimer = "This page is for information only and is not investment advice."
    opening = ["Markets close higher", "Shares rose on Friday, the exchange said.", "Top risers"]
    body = "\n\n".join([*opening, line, disclaimer])
    assert {s.text: s.boilerplate_reason for s in analyze(body)}[line] == ""
    assert not boilerplate.shape_may_take(line)
