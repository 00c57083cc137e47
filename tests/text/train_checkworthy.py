"""Fit check-worthiness's last pass (a logistic regression over the rules' findings and the
sentence's wording, `checkworthy.features`) on the labelled tuning sets, and write its weights to
`claimreview/text/checkworthy_weights.py`.

    python -m tests.text.train_checkworthy           # fit on every tuning set, write the weights
    python -m tests.text.train_checkworthy --check   # leave one tuning set out at a time: the
                                                     # pass on a set it was not fitted on

Needs the `train` extra (`pip install -e ".[train]"`: scikit-learn); the engine itself never
imports it, it only reads the weights. Only the tuning sets of `hint_scores` are read; the
held-out sets never are. Refit after changing a rule that check-worthiness or boilerplate uses.

Why scikit-learn and an L1 penalty: the wording gives tens of thousands of candidate features and
the L1 penalty keeps about a thousand of them (the rest weigh exactly 0), so the weights file stays
small and every weight is one a reader can look at. A word counts only when it occurs in at least
`MIN_SETS` tuning sets, so a set's own names and topics are never learnt. Sentences the rules
already cap below the threshold (questions, "declined to comment", captions, table rows, advice)
are left out of the fit: the pass never decides them.
"""

import argparse
import pathlib
from collections import Counter

from claimreview.text import checkworthy, checkworthy_rows
from tests.text.hint_scores import ARTICLE_SETS, HELD_OUT
from tests.text.labelled_articles import build

WEIGHTS_FILE = pathlib.Path(checkworthy.__file__).with_name("checkworthy_weights.py")
C = 1.0  # inverse strength of the L1 penalty, chosen by leaving one set out at a time
MIN_SETS = 8  # a word is a feature only when this many tuning sets use it
MIN_SENTENCES = 5


def tuning_sets() -> list[str]:
    return [name for name in ARTICLE_SETS if name not in HELD_OUT]


def rows(set_name: str) -> list[tuple[list[str], int, bool]]:
    """(features, ceiling, labelled check-worthy) of each sentence of a set that the engine
    splits as labelled and does not take as boilerplate."""
    _path, articles, title_from_first = ARTICLE_SETS[set_name]
    out = []
    for article in articles:
        body, labels = build(article)
        title = labels[0][2] if title_from_first else ""
        wanted = {(start, end): "W" in flags for start, end, *_rest, flags in labels}
        for start, end, row in checkworthy_rows(body, title=title):
            label = wanted.get((start, end))
            if label is not None and row is not None:
                out.append((row[0], row[1], label))
    return out


def vocabulary(data: dict[str, list]) -> set[str]:
    """The features the pass may weigh: every finding, and words used widely enough."""
    in_sets, in_sentences = Counter(), Counter()
    for set_rows in data.values():
        seen = set()
        for features, _ceiling, _label in set_rows:
            for feature in set(features):
                in_sentences[feature] += 1
                seen.add(feature)
        in_sets.update(seen)
    return {
        feature
        for feature in in_sentences
        if feature.startswith("finding:")
        or (in_sets[feature] >= MIN_SETS and in_sentences[feature] >= MIN_SENTENCES)
    }


def fit(data: dict[str, list]) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    kept = vocabulary(data)
    samples = [
        (features, label)
        for set_rows in data.values()
        for features, ceiling, label in set_rows
        if ceiling >= checkworthy.THRESHOLD
    ]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{f: 1 for f in features if f in kept} for features, _ in samples])
    x = x.tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # (liblinear's)
    y = [label for _features, label in samples]
    model = LogisticRegression(
        C=C,
        l1_ratio=1,
        solver="liblinear",
        intercept_scaling=10,
        tol=1e-6,
        max_iter=1000,
        random_state=0,
    )
    model.fit(x, y)
    weights = {
        name: round(float(weight), 3)
        for name, weight in zip(vectorizer.feature_names_, model.coef_[0], strict=True)
        if abs(weight) >= 0.0005
    }
    return round(float(model.intercept_[0]), 3), weights


def predict(weights, set_rows) -> list[bool]:
    """The pass's verdict on each row, as `checkworthy.judge` gives it from the same features."""
    bias, table = weights
    return [
        checkworthy.odds_score(bias + sum(table.get(f, 0.0) for f in set(features)), ceiling)
        >= checkworthy.THRESHOLD
        for features, ceiling, _label in set_rows
    ]


def f1(predicted, set_rows) -> tuple[int, int, int]:
    tp = sum(p and label for p, (_f, _c, label) in zip(predicted, set_rows, strict=True))
    fp = sum(p and not label for p, (_f, _c, label) in zip(predicted, set_rows, strict=True))
    fn = sum(label and not p for p, (_f, _c, label) in zip(predicted, set_rows, strict=True))
    return tp, fp, fn


def _score(tp, fp, fn) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


def check(data: dict[str, list]) -> None:
    totals, met = [0, 0, 0], 0
    print(f"{'left out':<10}{'P':>7}{'R':>7}{'F1':>7}")
    for name in data:
        weights = fit({other: r for other, r in data.items() if other != name})
        counts = f1(predict(weights, data[name]), data[name])
        precision, recall, score = _score(*counts)
        met += score >= 0.85
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"{name:<10}{precision:>7.3f}{recall:>7.3f}{score:>7.3f}")
    precision, recall, score = _score(*totals)
    print(f"all, each left out: P {precision:.3f} R {recall:.3f} F1 {score:.3f}; {met} of "
          f"{len(data)} sets at F1 >= 0.85")  # fmt: skip


def write(names: list[str], weights: tuple[float, dict[str, float]]) -> None:
    bias, table = weights
    lines = [
        '"""Weights of check-worthiness\'s fitted pass. Generated by `python -m '
        "tests.text.train_checkworthy`",
        'from the tuning sets named below (never a held-out set): do not edit by hand."""',
        "",
        "TRAINED_ON: tuple[str, ...] = (",
        *(f'    "{name}",' for name in names),
        ")",
        f"BIAS = {bias!r}",
        "WEIGHTS: dict[str, float] = {",
        *(f"    {name!r}: {weight!r}," for name, weight in sorted(table.items())),
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="leave one set out at a time")
    args = parser.parse_args(argv)
    names = tuning_sets()
    data = {name: rows(name) for name in names}
    if args.check:
        check(data)
        return
    weights = fit(data)
    write(names, weights)
    print(f"{WEIGHTS_FILE}: {len(weights[1])} weights from {len(names)} tuning sets")


if __name__ == "__main__":
    main()
