"""Hostile values in every id, offset and number a page reads: 400, 404 or dropped, never a 500,
and nothing changes.

Each value is spliced into the query string or the form body as raw, already-encoded text, so
NUL bytes and invalid UTF-8 (%ff) reach Django exactly as a hostile client sends them.
"""

import re
from urllib.parse import quote, urlencode

import pytest
from django.urls import reverse

from claimreview.models import Article, ArticleEvent, Claim, Review
from tests.factories import add_article

# (label, the value as it appears in a query string or a form body)
HOSTILE = [
    ("superscript two", quote("²")),  # str.isdigit() is true, int() refuses it
    ("arabic-indic three", quote("٣")),  # int() takes it
    ("fullwidth one", quote("１")),  # int() takes it
    ("underscore", "1_0"),  # int() takes it
    ("leading space", "%201"),  # int() takes it
    ("trailing newline", "1%0A"),  # int() takes it
    ("plus sign", "%2B1"),
    ("minus one", "-1"),
    ("zero", "0"),
    ("decimal", "1.0"),
    ("exponent", "1e3"),
    ("hex", "0x10"),
    ("past bigint", "99999999999999999999"),
    ("just past bigint", str(2**63)),
    ("NUL", "%00"),
    ("digit and NUL", "1%00"),
    ("invalid UTF-8", "%ff"),
    ("digit and invalid UTF-8", "1%ff"),
    ("long digits", "1" * 5000),
    ("long text", "x" * 5000),
    ("script", quote("<script>alert(1)</script>")),
]
VALUES = [pytest.param(value, id=label) for label, value in HOSTILE]


def values_except(*labels: str) -> list:
    """The hostile values less those that are valid for one field ("0" is a priority)."""
    return [pytest.param(value, id=label) for label, value in HOSTILE if label not in labels]


def post_raw(client, url: str, fields: dict, name: str, raw: str, **kwargs):
    """POST a urlencoded body where `name` carries `raw` exactly as given."""
    body = urlencode(fields) + f"&{name}={raw}"
    return client.post(url, body, content_type="application/x-www-form-urlencoded", **kwargs)


def form_fields(page_html: str, **fields) -> dict:
    data = {
        "version": re.search(r'name="version" value="(\d+)"', page_html).group(1),
        "request_id": re.search(r'name="request_id" value="([0-9a-f-]+)"', page_html).group(1),
        "mode": "queue",
        "verdict": "attributed",
        "attributed_to": "The council",
        "sources-TOTAL_FORMS": "2",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "10",
    }
    data.update(fields)
    return data


def claim_id_of(page_html: str) -> int:
    return int(re.search(r'action="/claims/(\d+)/review/"', page_html).group(1))


@pytest.fixture
def claim(article):
    return article.claims.filter(is_boilerplate=False).order_by("position")[1]


def unchanged(article) -> tuple:
    article.refresh_from_db()
    return (
        Review.objects.count(),
        ArticleEvent.objects.count(),
        Claim.objects.count(),
        article.priority,
        article.unreviewed_count,
    )


# --- the query string ----------------------------------------------------------------------


@pytest.mark.parametrize("raw", VALUES)
def test_queue_article_filter(client, reviewer, article, raw):
    client.force_login(reviewer)
    response = client.get(f"{reverse('queue')}?article={raw}")
    assert response.status_code == 400
    assert b"not an article number" in response.content
    htmx = client.get(f"{reverse('queue')}?article={raw}", headers={"HX-Request": "true"})
    assert htmx.status_code == 400
    assert b"<html" not in htmx.content  # htmx gets the message alone


def test_queue_article_filter_empty_unknown_and_real(client, reviewer, article):
    client.force_login(reviewer)
    assert client.get(f"{reverse('queue')}?article=").status_code == 200  # no filter
    assert client.get(f"{reverse('queue')}?article=999999999").status_code == 404
    assert client.get(f"{reverse('queue')}?article={2**63 - 1}").status_code == 404
    response = client.get(f"{reverse('queue')}?article={article.pk}")
    assert response.status_code == 200
    assert f'name="article" value="{article.pk}"' in response.content.decode()


@pytest.mark.parametrize("raw", [*VALUES, ""])
def test_dashboard_page_and_filters_are_dropped_when_bad(client, reviewer, article, raw):
    client.force_login(reviewer)
    for name in ("page", "status", "sort", "has_disputed", "q"):
        response = client.get(f"{reverse('article-list')}?{name}={raw}")
        assert response.status_code == 200, (name, raw)
    # The other filters stay when one is bad.
    response = client.get(f"{reverse('article-list')}?q=harbour&page={raw}")
    assert "Harbour council" in response.content.decode()


def test_dashboard_page_past_the_end_is_the_last_page(client, reviewer, article):
    client.force_login(reviewer)
    response = client.get(f"{reverse('article-list')}?page={2**63 - 1}")
    assert response.status_code == 200
    assert "Harbour council" in response.content.decode()


@pytest.mark.parametrize("raw", [*VALUES, ""])
def test_search_page_and_verdict_are_dropped_when_bad(client, reviewer, article, raw):
    client.force_login(reviewer)
    for name in ("page", "verdict"):
        response = client.get(f"{reverse('claim-search')}?q=ferry&{name}={raw}")
        assert response.status_code == 200, (name, raw)
        assert "ferry" in response.content.decode()
    assert client.get(f"{reverse('claim-search')}?q={raw}").status_code == 200


@pytest.mark.parametrize("raw", VALUES)
def test_report_format(client, reviewer, article, raw):
    client.force_login(reviewer)
    response = client.get(f"{reverse('article-report', args=[article.pk])}?format={raw}")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/articles/99999999999999999999/",
        f"/articles/{2**63}/",
        "/articles/0/",
        "/articles/00000000000000000000001/",
        "/claims/99999999999999999999/",
        f"/claims/{2**63}/report/",
        "/articles/%C2%B2/",
        "/articles/%D9%A3/",
        "/claims/1_0/",
        "/claims/%ff/",
        "/claims/%00/",
    ],
)
def test_ids_in_the_path_out_of_range_or_not_digits_are_404(client, editor, path):
    client.force_login(editor)
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404
    assert client.post(path + "review/").status_code == 404


def test_largest_bigint_id_in_the_path_is_a_plain_404(client, editor):
    client.force_login(editor)
    for name in ("article-detail", "article-report"):
        assert client.get(reverse(name, args=[2**63 - 1])).status_code == 404
    assert client.get(reverse("claim-detail", args=[2**63 - 1])).status_code == 404
    assert client.post(reverse("claim-heartbeat", args=[2**63 - 1])).status_code == 410


# --- form bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw", VALUES)
def test_verdict_form_article_and_version(client, reviewer, article, raw):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    url = reverse("claim-review", args=[claim_id_of(page)])
    before = unchanged(article)
    for name in ("article", "version"):
        fields = form_fields(page)
        fields.pop(name, None)
        response = post_raw(client, url, fields, name, raw)
        assert response.status_code == 400, (name, raw)
        htmx = post_raw(client, url, fields, name, raw, headers={"HX-Request": "true"})
        assert htmx.status_code == 400, (name, raw)
        assert htmx.content.decode().lstrip().startswith('<section id="desk"')
    assert unchanged(article) == before


@pytest.mark.parametrize("raw", VALUES)
def test_skip_article(client, reviewer, article, claim, raw):
    client.force_login(reviewer)
    before = unchanged(article)
    response = post_raw(client, reverse("claim-skip", args=[claim.pk]), {}, "article", raw)
    assert response.status_code == 400
    assert unchanged(article) == before


@pytest.mark.parametrize("raw", [*VALUES, ""])
def test_revert_review(client, editor, article, claim, raw):
    client.force_login(editor)
    before = unchanged(article)
    url = reverse("claim-revert", args=[claim.pk])
    response = post_raw(client, url, {"reason": "A misread"}, "review", raw)
    assert response.status_code == 400
    assert "Choose a history entry" in response.content.decode()
    assert unchanged(article) == before


def test_revert_to_an_unknown_review_changes_nothing(client, editor, article, claim):
    client.force_login(editor)
    before = unchanged(article)
    url = reverse("claim-revert", args=[claim.pk])
    response = client.post(url, {"review": str(2**63 - 1), "reason": "A misread"}, follow=True)
    assert "does not belong to this claim" in response.content.decode()
    assert unchanged(article) == before


@pytest.mark.parametrize("raw", [*VALUES, ""])
def test_split_at(client, editor, article, claim, raw):
    client.force_login(editor)
    before = unchanged(article)
    response = post_raw(client, reverse("claim-split", args=[claim.pk]), {}, "at", raw)
    assert response.status_code == 400
    assert "Choose where to split" in response.content.decode()
    assert unchanged(article) == before


def test_split_past_the_end_is_refused_by_the_desk(client, editor, article, claim):
    client.force_login(editor)
    before = unchanged(article)
    response = client.post(
        reverse("claim-split", args=[claim.pk]), {"at": str(2**31 - 1)}, follow=True
    )
    assert "Choose a point inside the claim" in response.content.decode()
    assert unchanged(article) == before


@pytest.mark.parametrize("raw", [*values_except("zero"), ""])
def test_boilerplate_flag(client, editor, article, claim, raw):
    client.force_login(editor)
    before = unchanged(article)
    url = reverse("claim-boilerplate", args=[claim.pk])
    response = post_raw(client, url, {}, "is_boilerplate", raw)
    assert response.status_code == 400
    assert unchanged(article) == before


@pytest.mark.parametrize("raw", [*values_except("zero", "minus one"), ""])
def test_priority(client, editor, article, raw):
    client.force_login(editor)
    before = unchanged(article)
    url = reverse("article-priority", args=[article.pk])
    response = post_raw(client, url, {}, "priority", raw)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Priority must be a whole number" in html or "Ensure this value" in html
    assert unchanged(article) == before


@pytest.mark.parametrize(("raw", "saved"), [("-1", -1), ("100", 100), ("-100", -100), ("0", 0)])
def test_priority_in_range_is_saved(client, editor, article, raw, saved):
    client.force_login(editor)
    response = client.post(reverse("article-priority", args=[article.pk]), {"priority": raw})
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).priority == saved


@pytest.mark.parametrize("raw", ["101", "-101", str(2**63)])
def test_priority_out_of_range_is_refused(client, editor, article, raw):
    client.force_login(editor)
    response = client.post(reverse("article-priority", args=[article.pk]), {"priority": raw})
    assert response.status_code == 400
    assert Article.objects.get(pk=article.pk).priority == 0


def test_invalid_utf8_and_nul_in_a_whole_body(client, reviewer, editor, article, claim):
    """Not one field: the body itself is broken."""
    client.force_login(editor)
    for url in (
        reverse("claim-review", args=[claim.pk]),
        reverse("claim-skip", args=[claim.pk]),
        reverse("claim-split", args=[claim.pk]),
        reverse("article-priority", args=[article.pk]),
    ):
        for body in (b"%ff%fe=%ff", b"\xff\xfe\x00=1", b"\x00" * 100, b"a" * 100_000):
            response = client.post(url, body, content_type="application/x-www-form-urlencoded")
            assert response.status_code in (302, 400), (url, body[:10], response.status_code)
    assert not Review.objects.filter(kind="verdict").exists()


def test_another_articles_add_form_is_unaffected(client, editor):
    """The add form's numbers are none; its text fields keep refusing NUL (see test_views)."""
    client.force_login(editor)
    add_article(created_by=editor, title="Other")
    response = client.post(reverse("article-new"), {"title": "T\x00", "body": "Fine."})
    assert response.status_code == 400


@pytest.mark.parametrize("raw", [*VALUES, ""])
def test_verdict_form_source_count_and_request_id(client, reviewer, article, raw):
    """The sources' management form (Django's own: its counts are capped at 10 forms) and the
    one-time request id: a 400 or a capped count, never a 500."""
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    url = reverse("claim-review", args=[claim_id_of(page)])
    fields = form_fields(page)
    fields.pop("request_id")
    assert post_raw(client, url, fields, "request_id", raw).status_code == 400
    for name in ("sources-TOTAL_FORMS", "sources-INITIAL_FORMS"):
        fields = form_fields(page)
        fields.pop(name)
        response = post_raw(client, url, fields, name, raw)
        assert response.status_code in (302, 400), (name, raw, response.status_code)
