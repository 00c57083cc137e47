"""python -m claimreview.text FILE [--title T] [--json]: print an article's claims with hints."""

import argparse
import json
import sys

from claimreview.text import analyze, html_to_text, looks_like_html, normalize


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claimreview.text", description=__doc__)
    parser.add_argument("file", help="a .txt, .md or .html file; - reads standard input")
    parser.add_argument("--title", default="", help="the headline, to spot repeats in the body")
    parser.add_argument("--json", action="store_true", help="one JSON object per claim")
    args = parser.parse_args(argv)

    if args.file == "-":
        raw = sys.stdin.buffer.read()
    else:
        with open(args.file, "rb") as handle:
            raw = handle.read()
    text = raw.decode("utf-8", errors="replace")
    body = html_to_text(text) if looks_like_html(text) else normalize(text)

    for n, s in enumerate(analyze(body, title=args.title), start=1):
        if args.json:
            record = {
                "position": n,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "boilerplate": s.boilerplate_reason,
                "attributions": [a.as_dict() for a in s.attributions],
                "checkworthy": s.checkworthy_score,
                "reasons": s.checkworthy_reasons,
            }
            print(json.dumps(record, ensure_ascii=False))
            continue
        hints = []
        if s.is_boilerplate:
            hints.append(f"BOILERPLATE: {s.boilerplate_reason}")
        for a in s.attributions:
            via = " (inherited)" if a.inherited else ""
            who = f"{a.source} = {a.resolved}" if a.resolved else a.source
            hints.append(f"SPEAKER: {who} / {a.cue}{via}")
        if not s.is_boilerplate:
            mark = "CHECK" if s.is_checkworthy else "low"
            hints.append(f"{mark} {s.checkworthy_score}: {', '.join(s.checkworthy_reasons) or '-'}")
        print(f"{n:>3} ¶{s.paragraph:<3} [{s.start}:{s.end}] {s.text}")
        for hint in hints:
            print(f"           {hint}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
