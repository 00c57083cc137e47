"""Dashboard, report and search on a large desk: python -m tests.benchmarks.dashboard

Uses `<name>_large` on the PostgreSQL of DATABASE_URL (or the embedded one); on first run it
migrates it and fills it with `manage.py generate_desk_data` (100,000 articles, 4 million claims
and one 2,000-claim article: about 8 minutes and 4 GB here). Later runs reuse it.

Every page is requested through Django's test client in this process (no HTTP server), warmed
once, then timed; the table shows the median, the 95th percentile and the number of SQL queries.
Then EXPLAIN ANALYZE of the dashboard's row query for each filter and sort shows the index each
one reads and what it costs.

    python -m tests.benchmarks.dashboard [--articles 100000] [--runs 15]
"""

import argparse
import os
import statistics
import sys
import time

from tests.benchmarks import ROOT, sibling_database_url


def setup_django() -> None:
    os.environ["DATABASE_URL"] = sibling_database_url("large", fresh=False)
    os.environ.setdefault("SECRET_KEY", "benchmark-not-secret")
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("WHITENOISE_USE_FINDERS", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimreview.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def ensure_data(articles: int) -> None:
    from django.core.management import call_command

    from claimreview.models import Article

    call_command("migrate", verbosity=0)
    have = Article.objects.count()
    if have < articles:
        print(f"Generating {articles - have:,} articles (once; later runs reuse them)...")
        call_command("generate_desk_data", articles=articles - have)


def timed(client, url: str, runs: int) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm caches and the session
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, len(queries.captured_queries), len(response.content)


def explain(queryset) -> tuple[str, float]:
    """The plan's scan line and the execution time of a queryset."""
    from django.db import connection

    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        lines = [row[0] for row in cursor.fetchall()]
    scans = [line.strip().removeprefix("->  ") for line in lines if "Scan" in line]
    executed = next(line for line in lines if line.startswith("Execution Time"))
    return scans[0].split("  (")[0], float(executed.split()[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    setup_django()
    ensure_data(options.articles)

    from django.test import Client

    from claimreview import dashboard
    from claimreview.models import QUEUE_ORDER, Article, Claim, Review, User

    editor = User.objects.get(username="generated-editor")
    client = Client()
    client.force_login(editor)
    big = Article.objects.filter(claim_count__gte=2000).order_by("-claim_count").first()
    pages = Article.objects.count() // dashboard.DASHBOARD_PAGE_SIZE + 1
    print(
        f"{Article.objects.count():,} articles, {Claim.objects.count():,} claims, "
        f"{Review.objects.count():,} history rows; {options.runs} runs each after one warm-up\n"
    )
    scenarios = [
        ("dashboard: first page", "/"),
        ("dashboard: has disputed", "/?has_disputed=on"),
        ("dashboard: status signed off, oldest", "/?status=signed_off&sort=oldest"),
        ("dashboard: latest activity", "/?sort=activity"),
        ("dashboard: most disputed", "/?sort=disputed"),
        ("dashboard: most left to review", "/?sort=unreviewed"),
        ("dashboard: title search", "/?q=harbour"),
        ("dashboard: title search, rare", "/?q=kastvarn"),
        ("dashboard: page in the middle", f"/?page={pages // 2}"),
        ("dashboard: last page", f"/?page={pages}"),
        (f"report: {big.claim_count:,} claims", f"/articles/{big.pk}/report/"),
        (f"report: {big.claim_count:,} claims, CSV", f"/articles/{big.pk}/report/?format=csv"),
        (f"report: {big.claim_count:,} claims, JSON", f"/articles/{big.pk}/report/?format=json"),
        ("report: 40 claims", f"/articles/{big.pk - 1}/report/"),
        ("search: rare word", "/search/?q=kastvarn"),
        ("search: two words", "/search/?q=petition+stadium"),
        ("search: phrase", "/search/?q=%22new+schools%22"),
        ("search: common word (newest first)", "/search/?q=hospital"),
        ("search: common word, disputed", "/search/?q=hospital&verdict=disputed"),
        ("search: page 5", "/search/?q=petition+stadium&page=5"),
        ("desk statistics", "/desk/"),
    ]
    print(f"{'page':<40} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'KB':>7}")
    for label, url in scenarios:
        median, p95, queries, size = timed(client, url, options.runs)
        print(f"{label:<40} {median:>10.1f} {p95:>8.1f} {queries:>8} {size / 1024:>7.0f}")

    print("\nEXPLAIN ANALYZE of the dashboard's page of rows (25 rows):")
    variants = [
        ("newest", {}),
        ("oldest", {"sort": "oldest"}),
        ("latest activity", {"sort": "activity"}),
        ("most disputed", {"sort": "disputed"}),
        ("most left to review", {"sort": "unreviewed"}),
        ("status in review", {"status": "in_review"}),
        ("has disputed", {"has_disputed": True}),
        ("title search", {"query": "harbour"}),
    ]
    for label, filters in variants:
        scan, ms = explain(dashboard.dashboard_articles(**filters)[: dashboard.DASHBOARD_PAGE_SIZE])
        print(f"  {label:<22} {ms:>7.2f} ms  {scan}")
    backlog = Article.objects.filter(unreviewed_count__gt=0).order_by(*QUEUE_ORDER)
    scan, ms = explain(backlog.values("id")[:20])
    print(f"  {'queue order (backlog)':<22} {ms:>7.2f} ms  {scan}")


if __name__ == "__main__":
    main()
