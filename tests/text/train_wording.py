"""Fit the two wording passes on the labelled tuning sets and write their weights:

  checkworthy  check-worthiness's last pass (the rules' findings and the sentence's wording,
               `checkworthy.features`) -> claimreview/text/checkworthy_weights.py
  furniture    boilerplate's last pass (the shape pass's features of a line and its wording,
               `boilerplate.wording_features`) -> claimreview/text/furniture_weights.py

    python -m tests.text.train_wording                       # fit both, write the weights
    python -m tests.text.train_wording furniture --check     # leave one tuning set out at a
                                                             # time: the pass on a set it was
                                                             # not fitted on

Needs scikit-learn (the `dev` extra); the engine itself never imports it, it only reads the
weights. Only the tuning sets of `hint_scores` are read; the held-out sets never are. Refit after
changing a rule or a tuning set (a test fails until the committed weights are today's fit).

Why scikit-learn and an L1 penalty: the wording gives tens of thousands of candidate features and
the L1 penalty keeps a small share of them (the rest weigh exactly 0), so the weights files stay
small and every weight is one a reader can look at. A word counts only when it occurs in at least
`MIN_SETS` tuning sets, so a set's own names and topics are never learnt. Check-worthiness leaves
out of the fit the sentences the rules already cap below the threshold (questions, "declined to
comment", captions, table rows, advice): the pass never decides them.
"""

import argparse
import json
import pathlib
from collections import Counter

from claimreview.text import boilerplate, checkworthy, checkworthy_rows
from claimreview.text.segment import segment
from tests.text.hint_scores import ARTICLE_SETS, HELD_OUT
from tests.text.labelled_articles import build

HERE = pathlib.Path(checkworthy.__file__).parent
MIN_SETS = 15  # a word is a feature only when this many tuning sets use it
MIN_LINES = 5


def tuning_sets() -> list[str]:
    return [name for name in ARTICLE_SETS if name not in HELD_OUT]


def _pages(set_name: str):
    _path, articles, title_from_first = ARTICLE_SETS[set_name]
    for article in articles:
        body, labels = build(article)
        yield body, labels, labels[0][2] if title_from_first else ""


def checkworthy_rows_of(set_name: str) -> list[tuple[dict[str, float], bool, bool]]:
    """(features, fitted on, labelled check-worthy) of each sentence of a set that the engine
    splits as labelled and keeps; fitted on only where the rules' ceiling lets the pass decide."""
    out = []
    for body, labels, title in _pages(set_name):
        wanted = {(start, end): "W" in flags for start, end, *_rest, flags in labels}
        for start, end, row in checkworthy_rows(body, title=title):
            label = wanted.get((start, end))
            if label is not None and row is not None:
                features, ceiling = row
                fitted = ceiling >= checkworthy.THRESHOLD
                out.append((dict.fromkeys(features, 1.0), fitted, label))
    return out


def furniture_rows_of(set_name: str) -> list[tuple[dict[str, float], bool, bool]]:
    """(features, fitted on, labelled furniture) of each line the wording pass judges: what the
    rules and the shape pass leave, on a page."""
    out = []
    for body, labels, title in _pages(set_name):
        spans = segment(body)
        texts = [body[s.start : s.end] for s in spans]
        paragraphs = [s.paragraph for s in spans]
        reasons = boilerplate.mark(texts, paragraphs=paragraphs, title=title, fitted=("shape",))
        wanted = {(start, end): "B" in flags for start, end, *_rest, flags in labels}
        page = boilerplate.ShapedPage(texts, reasons, paragraphs)
        for i in boilerplate.wording_candidates(page):
            label = wanted.get((spans[i].start, spans[i].end))
            if label is not None:
                out.append((boilerplate.wording_features(page, i), True, label))
    return out


def _vs_checkworthy(weights, rows) -> list[bool]:
    bias, table = weights
    return [
        checkworthy.odds_score(bias + sum(table.get(f, 0.0) for f in features), 100)
        >= checkworthy.THRESHOLD
        if fitted
        else False
        for features, fitted, _label in rows
    ]


def _vs_furniture(weights, rows) -> list[bool]:
    return [boilerplate.wording_takes(features, weights) for features, _fitted, _label in rows]


# name: (rows of a set, C: inverse strength of the L1 penalty, chosen by leaving one set out at
# a time, the pass's verdict, weights file)
PASSES = {
    "checkworthy": (checkworthy_rows_of, 0.5, _vs_checkworthy, "checkworthy_weights.py"),
    "furniture": (furniture_rows_of, 1.0, _vs_furniture, "furniture_weights.py"),
}


def vocabulary(data: dict[str, list]) -> set[str]:
    """The features a pass may weigh: every one not a word, and words used widely enough."""
    in_sets, in_lines = Counter(), Counter()
    for set_rows in data.values():
        seen = set()
        for features, _fitted, _label in set_rows:
            in_lines.update(features)
            seen.update(features)
        in_sets.update(seen)
    return {
        feature
        for feature in in_lines
        if not feature.startswith("word:")
        or (in_sets[feature] >= MIN_SETS and in_lines[feature] >= MIN_LINES)
    }


def fit(data: dict[str, list], c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    kept = vocabulary(data)
    samples = [
        (features, label)
        for set_rows in data.values()
        for features, fitted, label in set_rows
        if fitted
    ]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(
        [{f: v for f, v in features.items() if f in kept} for features, _label in samples]
    ).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # (liblinear's)
    model = LogisticRegression(
        C=c, l1_ratio=1, solver="liblinear", intercept_scaling=10, tol=1e-6, max_iter=1000,
        random_state=0,
    )  # fmt: skip
    model.fit(x, [label for _features, label in samples])
    weights = {
        name: round(float(weight), 3)
        for name, weight in zip(vectorizer.feature_names_, model.coef_[0], strict=True)
        if abs(weight) >= 0.0005
    }
    return round(float(model.intercept_[0]), 3), weights


def _counts(predicted, rows) -> tuple[int, int, int]:
    labels = [label for _f, _fitted, label in rows]
    tp = sum(p and label for p, label in zip(predicted, labels, strict=True))
    fp = sum(p and not label for p, label in zip(predicted, labels, strict=True))
    fn = sum(label and not p for p, label in zip(predicted, labels, strict=True))
    return tp, fp, fn


def check(name: str, data: dict[str, list]) -> None:
    _rows_of, c, verdict, _file = PASSES[name]
    totals, met = [0, 0, 0], 0
    print(f"{'left out':<10}{'right':>7}{'wrong':>7}{'missed':>8}")
    for left_out in data:
        weights = fit({other: r for other, r in data.items() if other != left_out}, c)
        counts = _counts(verdict(weights, data[left_out]), data[left_out])
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        tp, fp, fn = counts
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        met += f1 >= 0.85
        print(f"{left_out:<10}{tp:>7}{fp:>7}{fn:>8}")
    tp, fp, fn = totals
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    if name == "furniture":
        # (of the lines the rules and the shape pass leave: what the pass adds, and hides wrongly)
        print(f"furniture, each set left out: {tp} lines taken rightly, {fp} wrongly "
              f"(precision {precision:.3f}); {fn} furniture lines left")  # fmt: skip
        return
    print(f"{name}, each set left out: {tp} right, {fp} wrong, {fn} missed (P {precision:.3f} "
          f"R {recall:.3f} F1 {2 * tp / (2 * tp + fp + fn):.3f}; {met} of {len(data)} sets "
          "at F1 >= 0.85)")  # fmt: skip


def _literal(text: str) -> str:
    """`text` as a string literal the way `ruff format` writes it: in double quotes, or in single
    ones when it holds a double quote and no single one ('word:"'), so the file stays formatted."""
    if (
        '"' in text
        and "'" not in text
        and json.dumps(text, ensure_ascii=False) == ('"' + text.replace('"', '\\"') + '"')
    ):
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def write(name: str, names: list[str], weights: tuple[float, dict[str, float]]) -> pathlib.Path:
    bias, table = weights
    what = {"checkworthy": "check-worthiness's", "furniture": "boilerplate's"}[name]
    path = HERE / PASSES[name][3]
    lines = [
        f'"""Weights of {what} fitted wording pass.',
        "",
        "Generated by `python -m tests.text.train_wording` from the tuning sets named below (never",
        'a held-out set): do not edit by hand."""',
        "",
        "TRAINED_ON: tuple[str, ...] = (",
        *(f'    "{set_name}",' for set_name in names),
        ")",
        f"BIAS = {bias!r}",
        "WEIGHTS: dict[str, float] = {",
        *(f"    {_literal(feature)}: {weight!r}," for feature, weight in sorted(table.items())),
        "}",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def today(name: str) -> tuple[float, dict[str, float]]:
    """Today's fit of a pass on every tuning set (what the committed weights must be)."""
    rows_of, c, _verdict, _file = PASSES[name]
    return fit({set_name: rows_of(set_name) for set_name in tuning_sets()}, c)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("passes", nargs="*", help=f"any of {', '.join(PASSES)} (default: all)")
    parser.add_argument("--check", action="store_true", help="leave one set out at a time")
    args = parser.parse_args(argv)
    if set(args.passes) - set(PASSES):
        parser.error(f"passes are {', '.join(PASSES)}")
    names = tuning_sets()
    # (furniture first: check-worthiness is fitted on what boilerplate leaves)
    for name in sorted(args.passes or PASSES, key=lambda n: n != "furniture"):
        rows_of = PASSES[name][0]
        data = {set_name: rows_of(set_name) for set_name in names}
        if args.check:
            check(name, data)
            continue
        weights = fit(data, PASSES[name][1])
        path = write(name, names, weights)
        if name == "furniture":
            boilerplate.WORDING = weights  # (what check-worthiness is then fitted behind)
        print(f"{path}: {len(weights[1])} weights from {len(names)} tuning sets")


if __name__ == "__main__":
    main()
