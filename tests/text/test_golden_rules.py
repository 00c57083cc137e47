"""The public golden rules for sentence splitting (../shared/benchmarks/segmentation/).

The cases are not copied into the repo; this test reads them where the workspace keeps them and
skips (saying so) where they are not present. Our own cases in test_segment.py always run.
"""

import json
import os
from pathlib import Path

import pytest

from claimreview.text import split_text

SHARED = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "segmentation"
CASES = Path(os.environ.get("CLAIMREVIEW_GOLDEN_RULES", SHARED / "golden_rules_en.json"))


def load():
    if not CASES.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{CASES} not present"))]
    return json.loads(CASES.read_text(encoding="utf-8"))


def clean(sentences):
    return [s.strip() for s in sentences if s.strip()]


@pytest.mark.parametrize("case", load(), ids=lambda c: str(c["id"]) if c else "missing")
def test_golden_rule(case):
    assert clean(split_text(case["text"])) == clean(case["expected"])
