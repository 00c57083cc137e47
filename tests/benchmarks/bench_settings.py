"""Production settings with the benchmark's extra endpoint (tests/benchmarks/bench_urls.py)."""

from claimreview.settings import *  # noqa: F403

ROOT_URLCONF = "tests.benchmarks.bench_urls"
