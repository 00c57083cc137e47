"""The dashboard, claim search and desk statistics: right answers, indexed plans, fixed queries."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F, Sum
from django.urls import reverse
from django.utils import timezone

from claimreview import dashboard
from claimreview.desk import counters
from claimreview.desk.counters import status_for
from claimreview.models import (
    GIVEN_VERDICTS,
    Article,
    ArticleStatus,
    Claim,
    QueueScope,
    Review,
    ReviewKind,
    Verdict,
)
from claimreview.search import search_claims
from claimreview.stats import desk_stats
from tests.factories import add_article, make_user
from tests.test_review_desk import verdict


def titles(html: str) -> list[str]:
    return re.findall(r'class="article-title" href="[^"]+">([^<]+)</a>', html)


def generate(articles: int, claims: int = 6, big: int = 0) -> None:
    call_command(
        "generate_desk_data", articles=articles, claims_per_article=claims,
        big_article_claims=big, reviewers=3, batch=7, stdout=io.StringIO(),
    )  # fmt: skip


# --- the data generator ---------------------------------------------------------------------------


def test_generated_data_keeps_every_rule_the_app_keeps(db):
    generate(40, claims=8, big=50)
    assert Article.objects.count() == 41
    assert Article.objects.filter(claim_count=50).count() == 1
    for article in Article.objects.all():
        assert counters.drift(article.pk) == {}, article.pk  # counted as the desk counts
        assert article.status == status_for(article)
    for claim in Claim.objects.select_related("article")[:200]:
        assert claim.article.body[claim.start : claim.end] == claim.text
    # One history entry per closed claim (a verdict, or "no check needed"), and a source for
    # each verified/disputed one.
    given = Claim.objects.filter(verdict__in=GIVEN_VERDICTS)
    assert Review.objects.filter(kind=ReviewKind.VERDICT).count() == given.count()
    no_check = Claim.objects.filter(verdict=Verdict.NO_CHECK)
    assert Review.objects.filter(kind=ReviewKind.NO_CHECK).count() == no_check.count() > 0
    assert not Review.objects.filter(verdict__in=["verified", "disputed"], sources=None).exists()
    assert Article.objects.filter(status=ArticleStatus.SIGNED_OFF).exists()
    assert Article.objects.filter(disputed_count__gt=0).exists()
    assert Article.objects.filter(queue_scope=QueueScope.CHECKWORTHY, not_queued_count__gt=0)


def test_app_keeps_working_after_generated_data(db, editor):
    generate(5)
    article = add_article(created_by=editor)  # the id sequences were moved past the copied rows
    assert article.pk > Article.objects.exclude(pk=article.pk).order_by("-pk").first().pk
    claim = article.claims.filter(is_boilerplate=False).first()
    result = verdict(claim, make_user("vera", "reviewer"))
    assert result.review is not None and not result.conflict


# --- dashboard ------------------------------------------------------------------------------------


def test_dashboard_filters_by_status_disputes_and_title(client, editor):
    calm = add_article(created_by=editor, title="Calm harbour news")
    fought = add_article(created_by=editor, title="Ferry fares row", text="Fares rose by 40%.")
    verdict(fought.claims.first(), editor, "disputed")
    client.force_login(editor)

    def listed(**params):
        return titles(client.get(reverse("article-list"), params).content.decode())

    assert set(listed()) == {"Calm harbour news", "Ferry fares row"}
    assert listed(has_disputed="on") == ["Ferry fares row"]
    assert listed(status="new") == ["Calm harbour news"]
    assert listed(status="reviewed") == ["Ferry fares row"]
    assert listed(q="HARBOUR") == ["Calm harbour news"]  # case does not matter
    assert listed(q="fares", has_disputed="on", status="new") == []
    # An invalid filter is ignored; the valid ones still apply.
    assert listed(q="harbour", status="nonsense", sort="bogus") == ["Calm harbour news"]
    html = client.get(reverse("article-list"), {"q": "nothing like this"}).content.decode()
    assert "No articles match" in html
    assert calm.pk


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("newest", lambda a: (-a.created_at.timestamp(), -a.pk)),
        ("oldest", lambda a: (a.created_at.timestamp(), a.pk)),
        ("activity", lambda a: (-a.last_activity_at.timestamp(), -a.pk)),
        ("disputed", lambda a: (-a.disputed_count, -a.pk)),
        ("unreviewed", lambda a: (-a.unreviewed_count, -a.pk)),
    ],
)
def test_dashboard_sorts(client, editor, sort, key):
    generate(12)
    client.force_login(editor)
    expected = [a.title for a in sorted(Article.objects.all(), key=key)[:25]]
    assert titles(client.get(reverse("article-list"), {"sort": sort}).content.decode()) == expected


def test_dashboard_pages_keep_the_filters(client, editor):
    generate(60, claims=3)
    client.force_login(editor)
    html = client.get(reverse("article-list"), {"status": "new"}).content.decode()
    assert f"{Article.objects.filter(status='new').count()} articles match" in html
    first_page = titles(client.get(reverse("article-list"), {"sort": "oldest"}).content.decode())
    html = client.get(reverse("article-list"), {"sort": "oldest", "page": 2}).content.decode()
    assert "sort=oldest&amp;page=1" in html and "sort=oldest&amp;page=3" in html
    second_page = titles(html)
    assert len(first_page) == 25 and len(second_page) == 25
    assert not set(first_page) & set(second_page)


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "bogus", "status": "nope", "page": "abc"},
        {"q": "a\x00b", "has_disputed": "maybe"},
        {"q": "%' OR 1=1 --"},
        {"q": "x" * 5000, "page": "-3"},
        {"page": "999999"},
    ],
)
def test_dashboard_survives_odd_parameters(client, editor, params):
    add_article(created_by=editor)
    client.force_login(editor)
    assert client.get(reverse("article-list"), params).status_code == 200


def test_dashboard_shows_counts_from_counters(client, editor):
    article = add_article(created_by=editor)
    claims = list(article.claims.filter(is_boilerplate=False))
    verdict(claims[0], editor, "disputed")
    verdict(claims[1], editor, "verified")
    client.force_login(editor)
    html = client.get(reverse("article-list")).content.decode()
    article.refresh_from_db()
    assert f"2/{article.queued_count}" in html
    assert 'class="disputed-count"' in html
    assert "1 disputed, 1 verified" in html


VARIANTS = [{}, {"has_disputed": "on", "sort": "activity"}, {"q": "a", "status": "in_review"}]


def test_dashboard_queries_do_not_grow_with_articles(
    client, editor, django_assert_max_num_queries, django_assert_num_queries
):
    generate(3)
    disputed = add_article(created_by=editor, title="Harbour ferry")  # every variant finds it
    verdict(disputed.claims.first(), editor, "disputed")
    client.force_login(editor)
    client.get(reverse("article-list"))  # warm the session
    counts = []
    for params in VARIANTS:
        # session, user, the user's permissions (2), count, one page of rows
        with django_assert_max_num_queries(6) as few:
            client.get(reverse("article-list"), params)
        counts.append(len(few.captured_queries))
    generate(60)
    for params, count in zip(VARIANTS, counts, strict=True):
        with django_assert_num_queries(count):
            client.get(reverse("article-list"), params)


def plan(queryset, *, avoid_sort: bool = True) -> str:
    """EXPLAIN of a queryset as PostgreSQL would run it on a big table.

    The test tables are tiny, so sequential scans (and sorts) are switched off: what is left
    shows whether an index exists that serves the query's filter and order.
    """
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        if avoid_sort:
            cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        text = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_sort")
    return text


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        ({}, "article_created_idx"),
        ({"sort": "oldest"}, "article_created_idx"),
        ({"sort": "activity"}, "article_activity_idx"),
        ({"sort": "disputed"}, "article_most_disputed_idx"),
        ({"sort": "unreviewed"}, "article_most_unreviewed_idx"),
        ({"status": "in_review"}, "article_status_idx"),
        ({"has_disputed": True}, "article_has_disputed_idx"),
    ],
)
def test_every_dashboard_filter_and_sort_reads_an_index_in_order(db, filters, index):
    generate(30)
    text = plan(dashboard.dashboard_articles(**filters)[:25])
    assert index in text, text
    assert "Sort" not in text, text  # the index gives the order: a page reads only its rows


def test_title_search_uses_the_trigram_index(db):
    generate(30)
    text = plan(dashboard.dashboard_articles(query="harbour").order_by())
    assert "article_title_trgm_idx" in text, text


def test_queue_and_backlog_use_the_partial_queue_index(db):
    generate(30)
    backlog = Article.objects.filter(unreviewed_count__gt=0).order_by(
        "-priority", "created_at", "id"
    )
    assert "article_queue_order_idx" in plan(backlog[:15])


# --- search ---------------------------------------------------------------------------------------

SEARCH_TEXT = """The harbour budget was cut by a third, the treasurer said.

Officials said the budget for schools, the budget for roads and the budget for parks all fell.

Three new hospitals will open before 2030.

<script>alert("budget")</script> was found in the minutes.

Subscribe to read more about the budget.
"""


@pytest.fixture
def searchable(editor):
    return add_article(created_by=editor, title="Budget cuts", text=SEARCH_TEXT)


def search(client, **params):
    return client.get(reverse("claim-search"), params).content.decode()


def hit_texts(html: str) -> list[str]:
    """The claims found, as text (highlighting removed)."""
    hits = re.findall(r'<a class="hit-text" href="[^"]+">(.*?)</a>', html, re.S)
    return [re.sub(r"</?mark>", "", hit) for hit in hits]


def test_search_is_stemmed_ranked_and_highlighted(client, reviewer, searchable):
    client.force_login(reviewer)
    html = search(client, q="budgets")
    hits = re.findall(r'<a class="hit-text" href="([^"]+)">(.*?)</a>', html, re.S)
    # The subscription line is boilerplate (not searched); PostgreSQL's parser reads the
    # <script> element as markup, so that claim is found by its other words only.
    assert len(hits) == 2 and "2 claims match" in html
    # The claim that says "budget" three times outranks the one that says it once.
    assert hits[0][1].count("<mark>budget</mark>") == 3
    assert hits[1][1].count("<mark>budget</mark>") == 1
    position = searchable.claims.get(text__startswith="Officials said the budget").position
    assert hits[0][0] == f"/articles/{searchable.pk}/#claim-{position}"
    assert hit_texts(search(client, q="hospital")) == ["Three new hospitals will open before 2030."]


def test_search_escapes_claim_text_and_keeps_only_our_marks(client, reviewer, searchable):
    client.force_login(reviewer)
    html = search(client, q="minutes")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;budget&quot;)&lt;/script&gt;" in html
    assert "<mark>minutes</mark>" in html


def test_search_filters_by_verdict(client, reviewer, searchable):
    claim = searchable.claims.get(text__startswith="Three new hospitals")
    verdict(claim, reviewer, "disputed")
    client.force_login(reviewer)
    assert hit_texts(search(client, q="hospitals", verdict="disputed")) == [claim.text]
    assert "No claim matches" in search(client, q="hospitals", verdict="verified")
    assert "No claim matches" in search(client, q="budget", verdict="disputed")


def test_search_understands_web_search_syntax(client, reviewer, searchable):
    client.force_login(reviewer)

    def found(query: str) -> str:
        return " / ".join(hit_texts(search(client, q=query)))

    assert "budget" in found("budget -treasurer") and "treasurer" not in found("budget -treasurer")
    assert "treasurer" in found('"harbour budget"')
    assert found('"budget harbour"') == ""
    assert "treasurer" in found("treasurer or hospitals")
    assert "hospitals" in found("treasurer or hospitals")


@pytest.mark.parametrize(
    "query",
    ["", "   ", "\x00budget", "x" * 10_000, '"((( !!& |', "the and of", "-", "'", "<b>budget</b>"],
)
def test_search_survives_hostile_queries(client, reviewer, searchable, query):
    client.force_login(reviewer)
    response = client.get(reverse("claim-search"), {"q": query, "page": "0"})
    assert response.status_code == 200


def test_search_pages_and_caps_the_count(client, reviewer, editor, monkeypatch):
    text = "\n\n".join(f"Harbour fees rose by {n} percent in year {n}." for n in range(45))
    add_article(created_by=editor, title="Fees", text=text)
    client.force_login(reviewer)
    first = search(client, q="harbour fees")
    assert "45 claims match" in first and "More matches" in first
    third = search(client, q="harbour fees", page=3)
    assert len(re.findall('class="hit"', third)) == 5 and "More matches" not in third
    assert "No more matches on page 9" in search(client, q="harbour fees", page=9)
    monkeypatch.setattr("claimreview.search.SEARCH_COUNT_LIMIT", 10)
    html = search(client, q="harbour fees")
    assert "More than 10 claims match" in html and "newest first" in html
    # Too many hits to rank: the newest claims (here the article's last) come first.
    assert hit_texts(html)[:2] == ["Harbour fees rose by 44 percent in year 44.",
                                   "Harbour fees rose by 43 percent in year 43."]  # fmt: skip


def test_search_keeps_the_words_when_the_page_number_is_bad(client, reviewer, searchable):
    client.force_login(reviewer)
    assert hit_texts(search(client, q="hospitals", page="0", verdict="nope")) == [
        "Three new hospitals will open before 2030."
    ]


def test_search_htmx_returns_only_the_results(client, reviewer, searchable):
    client.force_login(reviewer)
    response = client.get(reverse("claim-search"), {"q": "budget"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert 'class="hit"' in html and "<html" not in html


def test_search_queries_do_not_grow_with_hits(
    client, reviewer, editor, django_assert_max_num_queries, django_assert_num_queries
):
    add_article(created_by=editor, title="One", text="Harbour fees rose.")
    client.force_login(reviewer)
    search(client, q="harbour")
    # session, user, permissions (2), capped count, page of ids by rank, page of claims
    with django_assert_max_num_queries(7) as few:
        search(client, q="harbour")
    text = "\n\n".join(f"Harbour fees rose by {n} percent." for n in range(80))
    add_article(created_by=editor, title="Many", text=text)
    with django_assert_num_queries(len(few.captured_queries)):
        search(client, q="harbour")


def test_search_reads_the_full_text_index(db, editor):
    add_article(created_by=editor, title="Budget cuts", text=SEARCH_TEXT)
    from django.contrib.postgres.search import SearchQuery

    query = SearchQuery("budget", search_type="websearch", config="english")
    matches = Claim.all_versions.filter(is_boilerplate=False, search_vector=query).order_by()
    text = plan(matches, avoid_sort=False)
    assert "claim_search_idx" in text, text


# --- desk statistics ------------------------------------------------------------------------------


def test_desk_stats_backlog_in_queue_order(client, editor):
    older = add_article(created_by=editor, title="Older piece")
    newer = add_article(created_by=editor, title="Newer piece", text="Rents rose by 9%. Or so.")
    urgent = add_article(created_by=editor, title="Urgent piece", text="Fares fell by 2%.")
    Article.objects.filter(pk=urgent.pk).update(priority=5)
    Article.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=3))
    stats = desk_stats()
    assert [a.title for a in stats.backlog] == ["Urgent piece", "Older piece", "Newer piece"]
    totals = Article.objects.aggregate(claims=Sum("unreviewed_count"))
    assert stats.backlog_claims == totals["claims"] and stats.backlog_articles == 3
    client.force_login(editor)
    html = client.get(reverse("desk-stats")).content.decode()
    assert html.index("Urgent piece") < html.index("Older piece") < html.index("Newer piece")
    assert newer.pk


def test_desk_stats_counts_verdicts_per_reviewer_per_day(client, editor, article):
    rita = make_user("rita", "reviewer", first_name="Rita", last_name="Ruiz")
    sam = make_user("sam", "reviewer", first_name="Sam", last_name="Sato")
    claims = list(article.claims.filter(is_boilerplate=False))
    verdict(claims[0], rita, "verified")
    verdict(claims[1], rita, "attributed")
    verdict(claims[2], sam, "disputed")
    verdict(claims[0], sam, "disputed")  # a second verdict on the same claim is work too
    two_days_ago = timezone.now() - timedelta(days=2)
    Review.objects.filter(reviewer=sam, claim=claims[2]).update(created_at=two_days_ago)
    Review.objects.create(  # a skip is not a verdict
        claim=claims[3], reviewer=sam, kind=ReviewKind.SKIP, verdict_before="unreviewed",
        verdict="unreviewed",
    )  # fmt: skip
    stats = desk_stats()
    rows = {row.reviewer: row.per_day for row in stats.reviewers}
    assert rows["Rita Ruiz"][-1] == 2 and sum(rows["Rita Ruiz"]) == 2
    assert rows["Sam Sato"][-1] == 1 and rows["Sam Sato"][-3] == 1 and sum(rows["Sam Sato"]) == 2
    assert stats.verdicts_today == 3 and stats.total_verdicts == 4
    assert [r.reviewer for r in stats.reviewers] == ["Rita Ruiz", "Sam Sato"]
    client.force_login(editor)
    html = client.get(reverse("desk-stats")).content.decode()
    assert "Rita Ruiz" in html and "Sam Sato" in html


def signed_off(editor, title: str, *, added: timedelta, signed: timedelta) -> None:
    """An article added `added` ago and signed off `signed` ago (every claim verified)."""
    now = timezone.now()
    article = add_article(created_by=editor, title=title)
    Article.objects.filter(pk=article.pk).update(
        status=ArticleStatus.SIGNED_OFF, unreviewed_count=0,
        verified_count=F("verified_count") + F("unreviewed_count"), signed_off_by=editor,
        created_at=now - added, signed_off_at=now - signed,
    )  # fmt: skip


def test_desk_stats_median_time_to_signoff(db, editor):
    for hours in (1, 2, 10):
        signed_off(editor, f"Signed {hours}", added=timedelta(hours=hours), signed=timedelta())
    signed_off(editor, "Signed long ago", added=timedelta(days=100), signed=timedelta(days=60))
    signed_off(editor, "Before the window", added=timedelta(days=400), signed=timedelta(days=300))
    stats = desk_stats()
    assert stats.signed_off == 4 and stats.signed_off_recent == 3  # 90 days and 14 days
    assert stats.median_to_signoff_recent == timedelta(hours=2)
    assert stats.median_to_signoff == timedelta(hours=6)  # (2 h + 10 h) / 2 of four


def test_desk_stats_with_nothing_to_show(client, editor):
    client.force_login(editor)
    html = client.get(reverse("desk-stats")).content.decode()
    assert "Nothing waiting" in html and "No verdicts in the last 14 days" in html


def test_desk_stats_queries_do_not_grow(
    client, editor, django_assert_max_num_queries, django_assert_num_queries
):
    generate(3)
    # A verdict today, so the grid has a reviewer whatever the generator's dice gave (with none,
    # the names query is skipped).
    verdict(add_article(created_by=editor).claims.filter(is_boilerplate=False)[0], editor)
    client.force_login(editor)
    client.get(reverse("desk-stats"))
    # session, user, permissions (2), backlog total, backlog rows, per day, names, 2 medians
    with django_assert_max_num_queries(10) as few:
        client.get(reverse("desk-stats"))
    generate(40)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(reverse("desk-stats"))


@pytest.mark.parametrize(("value", "text"), [(timedelta(minutes=45), "45 min"),
                                             (timedelta(hours=5, minutes=20), "5 h 20 min"),
                                             (timedelta(days=3, hours=4), "3 d 4 h"),
                                             (timedelta(days=2), "2 d"), (timedelta(hours=1), "1 h")])  # fmt: skip
def test_durations_read_like_an_editor_says_them(value, text):
    from claimreview.templatetags.claimreview_tags import duration_short

    assert duration_short(value) == text


@pytest.mark.parametrize("sort", ["newest", "oldest", "disputed"])
def test_pages_past_the_middle_match_plain_offsets(db, sort):
    generate(80, claims=2)
    articles = dashboard.dashboard_articles(sort=sort)
    everything = list(articles.values_list("id", flat=True))
    pages = [
        [a.pk for a in dashboard.dashboard_page(articles, number).object_list]
        for number in (1, 2, 3, 4)
    ]
    # 25 + 25 + 25 + 5; pages 3 and 4 start past the middle and are read from the end.
    assert [len(page) for page in pages] == [25, 25, 25, 5]
    assert pages[0] + pages[1] + pages[2] + pages[3] == everything


def test_times_ago_say_one_unit():
    from claimreview.templatetags.claimreview_tags import ago

    now = timezone.now()
    assert ago(now) == "just now"
    assert ago(now - timedelta(minutes=5, seconds=3)) == "5\xa0minutes ago"
    assert ago(now - timedelta(days=23)) == "3\xa0weeks ago"


def test_search_count_does_not_sort_the_hits(db, editor, django_assert_max_num_queries):
    add_article(created_by=editor, title="Budget cuts", text=SEARCH_TEXT)
    with django_assert_max_num_queries(4) as captured:
        search_claims(query="budget")
    count_sql = next(q["sql"] for q in captured.captured_queries if "COUNT(*)" in q["sql"])
    assert "ORDER BY" not in count_sql  # sorting every hit before LIMIT cost 150 ms at 4M
