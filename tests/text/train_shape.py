"""Fit boilerplate's last pass (a logistic regression over `boilerplate.ShapedPage.features`) on the
labelled tuning sets, and write its weights to `claimreview/text/shape_weights.py`.

    python -m tests.text.train_shape           # fit on every tuning set, write the weights
    python -m tests.text.train_shape --check   # leave one tuning set out at a time: what the
                                               # pass adds on a set it was not fitted on

Only the tuning sets of `hint_scores` are read; the held-out sets never are. The pass is fitted
on what the rules leave (`mark(..., fitted=())`), so refit it after changing a rule.

Why hand-written: the model is thirty-odd weights and a sum; scikit-learn would fit the same
thing but is a heavy dependency for one script, and the engine must stay plain Python. Newton's
method (iteratively reweighted least squares) with an L2 penalty converges in a few steps here.
"""

import argparse
import math
import pathlib

from claimreview.text import boilerplate
from claimreview.text.segment import segment
from tests.text.hint_scores import ARTICLE_SETS, HELD_OUT
from tests.text.labelled_articles import build

WEIGHTS_FILE = pathlib.Path(boilerplate.__file__).with_name("shape_weights.py")
PENALTY = 1.0  # L2 on the weights (not the bias): keeps rare features from running away


def tuning_sets() -> list[str]:
    return [name for name in ARTICLE_SETS if name not in HELD_OUT]


def rows(set_name: str) -> list[tuple[dict[str, float] | None, float | None, bool, bool, str]]:
    """(features, the pass's bar, furniture by the rules, labelled furniture, text) for each
    sentence of a set whose span matches a labelled one; no features and no bar for a line the
    pass may not take."""
    out = []
    for article in ARTICLE_SETS[set_name][1]:
        body, labels = build(article)
        spans = segment(body)
        texts = [body[s.start : s.end] for s in spans]
        paragraphs = [s.paragraph for s in spans]
        reasons = boilerplate.mark(texts, paragraphs=paragraphs, fitted=())
        wanted = {(start, end): "B" in flags for start, end, _t, _s, _c, flags in labels}
        candidates = boilerplate.shape_candidates(reasons)
        boxed = boilerplate.fact_box_lines(texts, reasons, range(len(texts)))
        page = boilerplate.ShapedPage(texts, reasons, paragraphs)
        for i, span in enumerate(spans):
            label = wanted.get((span.start, span.end))
            if label is None:
                continue
            bar = None
            may_take = i not in boxed and boilerplate.shape_may_take(texts[i])
            if i in candidates and not reasons[i] and may_take:
                bar = page.bar(i)
            # (no features for a line never the pass's to take: a turn, a row of figures, prose)
            features = page.features(i) if reasons[i] or bar is not None else None
            out.append((features, bar, bool(reasons[i]), label, texts[i]))
    return out


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    size = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, size):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, size + 1):
                    a[r][c] -= factor * a[col][c]
    x = [0.0] * size
    for r in range(size - 1, -1, -1):
        x[r] = (a[r][size] - sum(a[r][c] * x[c] for c in range(r + 1, size))) / a[r][r]
    return x


def fit(examples: list[tuple[dict[str, float], bool]]) -> tuple[float, dict[str, float]]:
    """(bias, weights) of an L2-penalised logistic regression, by Newton's method."""
    names = sorted({name for features, _label in examples for name in features})
    index = {name: k + 1 for k, name in enumerate(names)}  # 0 is the bias
    size = len(names) + 1
    data = [
        ([(0, 1.0)] + [(index[n], v) for n, v in features.items() if v], 1.0 if label else 0.0)
        for features, label in examples
    ]
    w = [0.0] * size
    for _step in range(30):
        gradient = [PENALTY * w[k] if k else 0.0 for k in range(size)]
        hessian = [[0.0] * size for _ in range(size)]
        for k in range(1, size):
            hessian[k][k] = PENALTY
        for x, y in data:
            z = sum(w[k] * v for k, v in x)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            g, h = p - y, p * (1.0 - p)
            for k, v in x:
                gradient[k] += g * v
                if h:
                    row = hessian[k]
                    for k2, v2 in x:
                        row[k2] += h * v * v2
        step = _solve(hessian, gradient)
        w = [wk - sk for wk, sk in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w[0], {name: w[index[name]] for name in names}


def _training_examples(set_rows):
    return [
        (features, label)
        for features, _bar, by_rules, label, _text in set_rows
        if not by_rules and features is not None
    ]


def check(all_rows: dict[str, list], *, verbose: bool = False) -> None:
    """Leave one tuning set out at a time: fit on the others, score the one left out."""
    total = {"tp": 0, "fp": 0, "fn": 0, "added": 0, "wrongly": 0, "rules_tp": 0, "rules_fp": 0}
    print(f"{'left out':9} {'rules R':>8} {'with pass R':>12} {'P':>6}  added  wrongly")
    for held in all_rows:
        bias, weights = fit(
            [
                example
                for name in all_rows
                if name != held
                for example in _training_examples(all_rows[name])
            ]
        )
        tp = fp = fn = added = wrongly = rules_tp = rules_fp = 0
        for features, bar, by_rules, label, text in all_rows[held]:
            fitted = False
            if bar is not None and not by_rules:
                score = bias + sum(weights.get(n, 0.0) * v for n, v in features.items())
                fitted = boilerplate.shape_takes(score, bar)
            taken = by_rules or fitted
            tp += taken and label
            fp += taken and not label
            fn += label and not taken
            rules_tp += by_rules and label
            rules_fp += by_rules and not label
            if fitted and not by_rules:
                added += label
                wrongly += not label
                if not label or verbose:
                    what = "furniture" if label else "hides content"
                    print(f"    {what}: {score:.1f} {text[:90]!r}")
        labelled = tp + fn
        print(
            f"{held:9} {rules_tp / labelled if labelled else 1:8.3f} "
            f"{tp / labelled if labelled else 1:12.3f} {tp / (tp + fp) if tp + fp else 1:6.3f}"
            f"  {added:5}  {wrongly:7}"
        )
        for key, value in (
            ("tp", tp),
            ("fp", fp),
            ("fn", fn),
            ("added", added),
            ("wrongly", wrongly),
            ("rules_tp", rules_tp),
            ("rules_fp", rules_fp),
        ):
            total[key] += value
    p = total["tp"] / (total["tp"] + total["fp"])
    r = total["tp"] / (total["tp"] + total["fn"])
    rules_p = total["rules_tp"] / (total["rules_tp"] + total["rules_fp"])
    rules_r = total["rules_tp"] / (total["tp"] + total["fn"])
    print(
        f"all       rules alone P {rules_p:.3f} R {rules_r:.3f}; with the pass P {p:.3f}"
        f" R {r:.3f}; added {total['added']}, wrongly {total['wrongly']}"
    )


def write(bias: float, weights: dict[str, float], sets: list[str]) -> None:
    """The weights as a module, laid out as `ruff format` leaves it."""
    rounded = {name: round(value, 3) for name, value in sorted(weights.items()) if round(value, 3)}
    lines = [
        '"""Weights of boilerplate\'s fitted last pass. Generated by `python -m tests.text.train_shape`',
        'from the tuning sets named below (never a held-out set): do not edit by hand."""',
        "",
        "TRAINED_ON: tuple[str, ...] = (",
        *(f'    "{name}",' for name in sets),
        ")",
        f"BIAS = {round(bias, 3)!r}",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {value!r},' for name, value in rounded.items()),
        "}",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="leave-one-set-out figures only")
    parser.add_argument("--verbose", action="store_true", help="with --check: every line added")
    args = parser.parse_args()
    sets = tuning_sets()
    all_rows = {name: rows(name) for name in sets}
    if args.check:
        check(all_rows, verbose=args.verbose)
        return
    bias, weights = fit([e for name in sets for e in _training_examples(all_rows[name])])
    write(bias, weights, sets)
    print(f"wrote {WEIGHTS_FILE} ({len(weights)} weights, fitted on {len(sets)} tuning sets)")


if __name__ == "__main__":
    main()
