"""Alignment speed: python -m tests.benchmarks.align

Times `desk.align` (carry + match, as an update runs them) on made-up news sentences from 625
to 5,000 sentences, for four kinds of edit: a few sentences changed (the common case), a
tenth of the text edited (words changed, sentences added, dropped and moved), paragraphs moved,
and a whole rewrite (nothing in common: the worst case for the similarity step). Prints one
table; the last column is the time per sentence at each size against the smallest, which stays
flat when the growth is linear (n log n at worst), and would double at each step if it were
quadratic. Needs no database (Django's settings are loaded for the package import only).
"""

import os
import random
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimreview.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only")
os.environ.setdefault("DATABASE_URL", "postgres://localhost/unused")

import django

django.setup()

from claimreview.desk import align  # noqa: E402

WORDS = (
    "council harbour ferry island route budget school storm vote chair minister police "
    "hospital figure report pupils families boats weather census pounds million court"
).split()
SIZES = [625, 1250, 2500, 5000]


def sentences(rng: random.Random, count: int, prefix: str = "") -> list[str]:
    return [
        f"{prefix}The {' '.join(rng.choice(WORDS) for _ in range(rng.randint(8, 22)))} "
        f"cost {rng.randint(1, 99_999)} in {1950 + n % 70}."
        for n in range(count)
    ]


def edited(rng: random.Random, old: list[str], kind: str) -> list[str]:
    new = list(old)
    if kind == "few changed":
        for n in rng.sample(range(len(new)), 4):
            new[n] = new[n].replace(" cost ", " cost about ", 1)
    elif kind == "tenth edited":
        for _ in range(len(new) // 10):
            n = rng.randrange(len(new))
            action = rng.choice(["word", "add", "drop", "move"])
            if action == "word":
                new[n] = new[n].replace(rng.choice(WORDS), "tide", 1)
            elif action == "add":
                new.insert(n, sentences(rng, 1, "Added: ")[0])
            elif action == "drop":
                del new[n]
            else:
                new.insert(rng.randrange(len(new)), new.pop(n))
    elif kind == "paragraphs moved":
        paragraphs = [new[i : i + 4] for i in range(0, len(new), 4)]
        rng.shuffle(paragraphs)
        new = [s for p in paragraphs for s in p]
    elif kind == "whole rewrite":
        new = sentences(random.Random(99), len(old), "Rewritten: ")
    return new


def run(old: list[str], new: list[str]) -> None:
    body, spans, at = [], [], 0
    for text in new:
        spans.append((at, at + len(text)))
        body.append(text)
        at += len(text) + 1
    body_text = " ".join(body)
    carried = align.carry(old, body_text, spans)
    texts = [body_text[s.start : s.end] for s in carried]
    exact = {s.old: n for n, s in enumerate(carried) if s.old is not None}
    align.in_reading_order(align.match(old, texts, exact=exact))


def timed_ms(old, new, repeat=5) -> float:
    run(old, new)
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run(old, new)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    kinds = ["few changed", "tenth edited", "paragraphs moved", "whole rewrite"]
    print(f"{'edit':<18}" + "".join(f"{n:>10,}" for n in SIZES) + "   µs/sentence at 5,000 vs 625")
    for kind in kinds:
        row = []
        for size in SIZES:
            rng = random.Random(size)
            old = sentences(rng, size)
            row.append(timed_ms(old, edited(rng, old, kind)))
        growth = (row[-1] / SIZES[-1]) / (row[0] / SIZES[0])
        print(
            f"{kind:<18}" + "".join(f"{ms:>8.1f}ms" for ms in row)
            + f"   {1000 * row[-1] / SIZES[-1]:.1f} vs {1000 * row[0] / SIZES[0]:.1f} ({growth:.2f}×)"
        )  # fmt: skip


if __name__ == "__main__":
    main()
