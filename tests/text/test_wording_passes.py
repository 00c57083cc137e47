"""The two fitted wording passes. Check-worthiness's: the rules' findings and the wording,
weighed, under the rules' ceilings. Boilerplate's: what the rules and the shape pass leave,
weighed by its words and shape, on a page only. Both fitted on the tuning sets only."""

import pytest

from claimreview.text import (
    analyze,
    boilerplate,
    checkworthy,
    checkworthy_weights,
    furniture_weights,
)
from claimreview.text.patterns import wording
from tests.text import train_wording
from tests.text.hint_scores import HELD_OUT


def _one(text: str):
    (sentence,) = analyze(text)
    return sentence


@pytest.mark.parametrize(
    ("weights", "kinds"),
    [(checkworthy_weights, ("finding:", "word:")), (furniture_weights, ("shape:", "word:"))],
)
def test_the_weights_come_from_the_tuning_sets_only(weights, kinds):
    assert tuple(train_wording.tuning_sets()) == weights.TRAINED_ON
    assert not set(weights.TRAINED_ON) & HELD_OUT
    assert weights.WEIGHTS
    assert all(name.startswith(kinds) for name in weights.WEIGHTS)


def test_the_wording_is_lower_cased_words_with_figures_as_zeros_and_their_pairs():
    assert wording("Rents rose 12%") == [
        "rents", "rose", "00", "%", "rents rose", "rose 00", "00 %",
    ]  # fmt: skip
    assert wording("") == []


def test_the_score_is_the_odds_in_a_hundred(monkeypatch):
    monkeypatch.setattr(checkworthy, "PASS", (0.0, {}))
    assert _one("The firm was fined on Tuesday.").checkworthy_score == 50
    monkeypatch.setattr(checkworthy, "PASS", (-0.41, {}))  # odds 0.399
    assert not _one("The firm was fined on Tuesday.").is_checkworthy
    monkeypatch.setattr(checkworthy, "PASS", (-0.4, {}))  # odds 0.401
    assert _one("The firm was fined on Tuesday.").is_checkworthy


def test_a_word_that_weighs_is_shown_among_the_reasons(monkeypatch):
    monkeypatch.setattr(checkworthy, "PASS", (0.0, {"word:fined": 2.0, "word:tuesday": 0.2}))
    fined = _one("The firm was fined on Tuesday.")
    assert fined.checkworthy_score == 90  # odds of 2.2
    assert (
        "wording for a check: “fined”" in fined.checkworthy_reasons
    )  # ("tuesday" weighs too little)
    monkeypatch.setattr(checkworthy, "PASS", (0.0, {"word:could": -3.0, "finding:date": 0.5}))
    could = _one("The firm could be fined on Tuesday.")
    assert (
        not could.is_checkworthy and "wording against a check: “could”" in could.checkworthy_reasons
    )


@pytest.mark.parametrize(
    ("text", "ceiling", "reason"),
    [
        ("Will the council raise rents by 40% in 2027?", 15, "question"),
        ("The firm declined to comment on the 40 job cuts on Tuesday.", 15, "nothing asserted"),
        (
            "Take the bus instead of the car on Tuesday, when 40 roads close.",
            20,
            "advice to readers",
        ),
        ("3 Penhallow Town 15 9 3 3 +11 30", 20, "table row"),
        ("Crews repair a broken main under Ferris Avenue in Tollbury on Monday.", 20, "caption"),
        ("It rained.", 20, ""),
    ],
)
def test_the_rules_ceilings_hold_whatever_the_weights(monkeypatch, text, ceiling, reason):
    # Weights that would take every sentence: what the rules rule out stays out.
    monkeypatch.setattr(checkworthy, "PASS", (10.0, {}))
    sentence = _one(text)
    assert sentence.checkworthy_score <= ceiling
    assert not sentence.is_checkworthy
    assert reason in " ".join(sentence.checkworthy_reasons)


def test_boilerplate_scores_zero_whatever_the_weights(monkeypatch):
    monkeypatch.setattr(checkworthy, "PASS", (10.0, {}))
    (line,) = analyze("Annual €130 €65")
    assert line.is_boilerplate and line.checkworthy_score == 0


def test_the_fitted_weights_tell_a_fact_from_a_feeling_and_a_forecast():
    assert _one("The council fined the operator $40,000 on Tuesday.").is_checkworthy
    assert not _one("“I'm so proud of every one of them,” she said.").is_checkworthy
    assert not _one("Analysts expect prices to keep rising next year.").is_checkworthy


@pytest.mark.parametrize(
    ("name", "weights"), [("checkworthy", checkworthy_weights), ("furniture", furniture_weights)]
)
def test_the_weights_are_the_fit_of_todays_rules_and_sets(name, weights):
    # A rule, the wording or a tuning set changed without a refit would leave the pass weighing
    # what the engine no longer finds: refit with `python -m tests.text.train_wording`.
    bias, fitted = train_wording.today(name)
    assert bias == pytest.approx(weights.BIAS, abs=0.002)
    # (a weight at the edge of the L1 penalty's zero may come and go with the platform's floats)
    for feature, value in fitted.items():
        assert value == pytest.approx(weights.WEIGHTS.get(feature, 0.0), abs=0.01), feature
    for feature, value in weights.WEIGHTS.items():
        assert value == pytest.approx(fitted.get(feature, 0.0), abs=0.01), feature


# --- boilerplate's wording pass ----------------------------------------------------------------

STORY = [
    "Harbour board approves £4m dredging plan",
    "The Kestle Harbour board approved a £4m plan on Tuesday to dredge the inner basin.",
    "The work will start in March and take 14 weeks, the board said.",
    "Silt has cut the basin's depth at low tide from 3.1m to 1.9m since 2019.",
    "Two fishing boats ran aground there last winter.",
    "The board's chair, Morwen Tresize, said the cost would be shared with the county council.",
    "“We cannot run a harbour that boats cannot use,” she said.",
    "The council's cabinet will vote on its share, £1.5m, on 12 February.",
    "Objectors said the dredged silt should not be dumped at sea.",
    "The board said it would be taken to a licensed site at Polwenna.",
    "Harbour dues will rise by 4% from April.",
    "The last dredge, in 2011, cost £2.2m.",
    "The board meets again in May.",
    "Fishermen have asked for the work to avoid the spring season.",
    "The board said it would try.",
]
MEMBERS = "Members read every local story in full and see fewer adverts."


def test_a_line_the_rules_and_the_shape_leave_is_taken_by_its_wording(monkeypatch):
    monkeypatch.setattr(
        boilerplate, "WORDING", (-4.0, {"word:members": 4.0, "word:adverts": 4.0})
    )  # odds of 0.98 for the line, 0.018 for the rest
    reasons = dict(zip([*STORY, MEMBERS], boilerplate.mark([*STORY, MEMBERS]), strict=True))
    assert reasons[MEMBERS] == "furniture by its wording"
    assert not any(reasons[line] for line in STORY)


def test_the_wording_pass_never_judges_the_title_or_a_short_paste(monkeypatch):
    monkeypatch.setattr(boilerplate, "WORDING", (10.0, {}))  # takes whatever it may judge
    reasons = boilerplate.mark([*STORY, MEMBERS])
    assert reasons[0] == ""  # the first line kept is the article's title
    # (all but a sentence whose subject says something: "The board said it would try.")
    assert all(_judged(reasons))
    assert not reasons[STORY.index("The board said it would try.")]
    assert boilerplate.mark([*STORY[:5], MEMBERS]) == [""] * 6  # a few lines are no page


def _judged(reasons: list[str]) -> list[str]:
    """The reasons of the lines after the title that the wording pass may judge."""
    lines = [*STORY, MEMBERS]
    return [
        reason
        for line, reason in zip(lines[1:], reasons[1:], strict=True)
        if not boilerplate._ITS_SUBJECT_SAYS.match(line)
    ]


def test_the_wording_pass_needs_odds_of_nine_to_one(monkeypatch):
    monkeypatch.setattr(boilerplate, "WORDING", (2.19, {}))  # 0.8993
    assert not any(boilerplate.mark([*STORY, MEMBERS]))
    monkeypatch.setattr(boilerplate, "WORDING", (2.2, {}))  # 0.9002
    assert all(_judged(boilerplate.mark([*STORY, MEMBERS])))


def test_the_fitted_wording_pass_takes_a_members_pitch_and_keeps_the_story():
    body = "\n\n".join([*STORY, MEMBERS])
    kept = [s.text for s in analyze(body) if not s.is_boilerplate]
    assert kept == STORY


def test_the_wording_pass_never_takes_a_correction(monkeypatch):
    # (an outside review: "CORRECTION: A previous version of this story misspelled the name of
    # board member A Name." is the paper's own record, hidden by the fitted pass; since round
    # sixty-three a note that only says what was wrong is furniture by its own rule, so the
    # pass is tried on one that gives the right fact, a claim whatever the pass may judge)
    monkeypatch.setattr(boilerplate, "WORDING", (10.0, {}))  # takes whatever it may judge
    correction = (
        "CORRECTION: A previous version of this story misspelled a board member's name; it is "
        "Ann Roe-Smith."
    )
    reasons = dict(zip([*STORY, correction], boilerplate.mark([*STORY, correction]), strict=True))
    assert reasons[correction] == ""


def test_a_check_worthy_sentence_without_a_finding_shows_its_strongest_words(monkeypatch):
    # (the desk showed "● Check-worthy:" and nothing after it for a headline the pass flagged)
    monkeypatch.setattr(checkworthy, "PASS", (0.0, {"word:backs": 0.3, "word:ferry": 0.2}))
    headline = _one("Harbour council backs new ferry route")
    assert headline.is_checkworthy
    assert headline.checkworthy_reasons == ["wording for a check: “backs”, “ferry”"]


def test_every_check_worthy_sentence_of_the_tuning_sets_shows_a_reason():
    from tests.text.hint_scores import ARTICLE_SETS
    from tests.text.labelled_articles import build

    for name in ("new49", "new50", "new52"):
        for article in ARTICLE_SETS[name][1]:
            body, _labels = build(article)
            for sentence in analyze(body):
                assert not sentence.is_checkworthy or sentence.checkworthy_reasons, sentence.text


def test_a_sentence_too_long_for_prose_has_no_wording_to_weigh():
    # (a megabyte of quotation marks took 268 ms with its million tokens and pairs weighed)
    assert wording("word " * 1_999) and wording("word " * 2_001) == []
    assert checkworthy.features("word " * 2_001, ("number",)) == ["finding:number"]


COOKIES = [
    "We use cookies to remember your settings and to measure how the site is used.",
    "Some partners rely on legitimate interest rather than consent.",
    "A link at the foot of every page opens the settings again.",
]


def test_the_wording_pass_weighs_the_rest_of_a_paragraph_the_rules_began(monkeypatch):
    # (round twenty-six: a cookie notice or a members' appeal is one paragraph of sentences; the
    # rules know its first, and the pass judged none of the others, as sentences of the story)
    monkeypatch.setattr(boilerplate, "WORDING", (-4.0, {"shape:furniture in its paragraph": 8.0}))
    lines = [*STORY, *COOKIES]
    paragraphs = [*range(len(STORY)), *[len(STORY)] * 3]
    reasons = boilerplate.mark(lines, paragraphs=paragraphs)
    assert reasons[-3:] == ["cookie or legal notice", *["furniture by its wording"] * 2]
    assert not any(reasons[: len(STORY)])
    # A paragraph of the story that the rules left whole is still never judged.
    monkeypatch.setattr(boilerplate, "WORDING", (10.0, {}))  # takes whatever it may judge
    lines = [*STORY, "The board said it would try.", "The council has asked for more time."]
    reasons = boilerplate.mark(lines, paragraphs=[*range(len(STORY)), len(STORY), len(STORY)])
    assert reasons[-2:] == ["", ""]


def test_a_paragraphs_furniture_is_looked_for_only_near_the_line():
    # (the first version looked across the whole page for every line: 100,000 words took three
    # times ten times 10,000; `python -m tests.benchmarks.text_engine` showed it)
    lines = ["We use cookies to remember your settings."] + ["The board met."] * 19
    reasons = ["cookie or legal notice"] + [""] * 19
    page = boilerplate.ShapedPage(lines, reasons, [1] * 20)
    assert page.furniture_in_paragraph(3)
    assert not page.furniture_in_paragraph(15)
