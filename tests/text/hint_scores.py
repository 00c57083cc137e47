"""Score the hint engines on the labelled articles: python -m tests.text.hint_scores

Attribution: a sentence counts as found when the engine gives it an attribution; it is correct
when the source matches the label (case-insensitive, leading "the" dropped, one span containing
the other: "foreign minister Sergei Lavrov" matches "Sergei Lavrov").
"""

import re

from claimreview.text import analyze
from tests.text.labelled_articles import ARTICLES, build


def _norm(text: str) -> str:
    text = re.sub(r"[“”\"'’,.]", "", text.lower()).strip()
    return re.sub(r"^the\s+", "", text)


def source_matches(got: str, want: str) -> bool:
    got, want = _norm(got), _norm(want)
    return bool(got and want) and (got in want or want in got)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate():
    counts = dict.fromkeys(
        "att_tp att_fp att_fn src_ok src_both bp_tp bp_fp bp_fn cw_tp cw_fp cw_fn "
        "sentences misaligned".split(),
        0,
    )
    mistakes = []
    for article in ARTICLES:
        body, labels = build(article)
        by_span = {(s.start, s.end): s for s in analyze(body, title=labels[0][2])}
        for start, end, text, speaker, _cue, flags in labels:
            counts["sentences"] += 1
            sentence = by_span.get((start, end))
            if sentence is None:
                counts["misaligned"] += 1
                mistakes.append(("split", text, "", ""))
                continue
            got_speaker = sentence.attributions[0].source if sentence.attributions else ""
            if speaker and got_speaker:
                counts["src_both"] += 1
                if source_matches(got_speaker, speaker):
                    counts["src_ok"] += 1
                    counts["att_tp"] += 1
                else:
                    counts["att_fp"] += 1
                    counts["att_fn"] += 1
                    mistakes.append(("source", text, got_speaker, speaker))
            elif got_speaker:
                counts["att_fp"] += 1
                mistakes.append(("attribution fp", text, got_speaker, ""))
            elif speaker:
                counts["att_fn"] += 1
                mistakes.append(("attribution fn", text, "", speaker))
            for key, want, got in (
                ("bp", "B" in flags, sentence.is_boilerplate),
                ("cw", "W" in flags, sentence.is_checkworthy),
            ):
                if want and got:
                    counts[f"{key}_tp"] += 1
                elif got:
                    counts[f"{key}_fp"] += 1
                    mistakes.append((f"{key} fp", text, sentence.checkworthy_reasons, ""))
                elif want:
                    counts[f"{key}_fn"] += 1
                    mistakes.append((f"{key} fn", text, sentence.checkworthy_reasons, ""))
    scores = {
        "attribution": prf(counts["att_tp"], counts["att_fp"], counts["att_fn"]),
        "boilerplate": prf(counts["bp_tp"], counts["bp_fp"], counts["bp_fn"]),
        "checkworthy": prf(counts["cw_tp"], counts["cw_fp"], counts["cw_fn"]),
        "source_match": counts["src_ok"] / counts["src_both"] if counts["src_both"] else 1.0,
    }
    return scores, counts, mistakes


def main() -> None:
    scores, counts, mistakes = evaluate()
    print(f"{counts['sentences']} labelled sentences, {counts['misaligned']} split differently")
    print(f"{'hint':<14}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name in ("attribution", "boilerplate", "checkworthy"):
        p, r, f = scores[name]
        print(f"{name:<14}{p:>10.3f}{r:>10.3f}{f:>8.3f}")
    print(f"source match (both found): {scores['source_match']:.3f} of {counts['src_both']}")
    for kind, text, got, want in mistakes:
        print(f"  {kind:<15} {text[:80]!r} got={got!r} want={want!r}")


if __name__ == "__main__":
    main()
