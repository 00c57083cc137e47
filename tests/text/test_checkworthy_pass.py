"""Check-worthiness's fitted pass: the rules' findings and the wording, weighed; the rules'
ceilings over it; weights fitted on the tuning sets only."""

import pytest

from claimreview.text import analyze, checkworthy, checkworthy_weights
from tests.text import train_checkworthy
from tests.text.hint_scores import HELD_OUT


def _one(text: str):
    (sentence,) = analyze(text)
    return sentence


def test_the_weights_come_from_the_tuning_sets_only():
    assert tuple(train_checkworthy.tuning_sets()) == checkworthy_weights.TRAINED_ON
    assert not set(checkworthy_weights.TRAINED_ON) & HELD_OUT
    assert checkworthy_weights.WEIGHTS
    assert all(name.startswith(("finding:", "word:")) for name in checkworthy_weights.WEIGHTS)


def test_the_wording_is_lower_cased_words_with_figures_as_zeros_and_their_pairs():
    assert checkworthy.wording("Rents rose 12%") == [
        "rents", "rose", "00", "%", "rents rose", "rose 00", "00 %",
    ]  # fmt: skip
    assert checkworthy.wording("") == []


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
    assert "wording: “fined”" in fined.checkworthy_reasons  # ("tuesday" weighs too little)
    monkeypatch.setattr(checkworthy, "PASS", (0.0, {"word:could": -3.0, "finding:date": 0.5}))
    could = _one("The firm could be fined on Tuesday.")
    assert not could.is_checkworthy and "wording: “could”" in could.checkworthy_reasons


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


def test_the_weights_are_the_fit_of_todays_rules_and_sets():
    # A rule, the wording or a tuning set changed without a refit would leave the pass weighing
    # what the engine no longer finds: refit with `python -m tests.text.train_checkworthy`.
    names = train_checkworthy.tuning_sets()
    bias, weights = train_checkworthy.fit({name: train_checkworthy.rows(name) for name in names})
    assert bias == pytest.approx(checkworthy_weights.BIAS, abs=0.002)
    # (a weight at the edge of the L1 penalty's zero may come and go with the platform's floats)
    for name, value in weights.items():
        assert value == pytest.approx(checkworthy_weights.WEIGHTS.get(name, 0.0), abs=0.01), name
    for name, value in checkworthy_weights.WEIGHTS.items():
        assert value == pytest.approx(weights.get(name, 0.0), abs=0.01), name
