"""Hostile values in the triage forms ("no check needed", the queue scope): 400, never a 500,
and nothing changes. Same values and helpers as tests/test_hostile_params.py."""

import pytest
from django.urls import reverse

from claimreview.models import ArticleEvent, Review
from tests.test_desk_views import no_check_data
from tests.test_hostile_params import VALUES, claim_id_of, post_raw


def unchanged(article) -> tuple:
    article.refresh_from_db()
    return (
        Review.objects.count(),
        ArticleEvent.objects.count(),
        article.queue_scope,
        article.no_check_count,
        article.not_queued_count,
        article.unreviewed_count,
    )


@pytest.mark.parametrize("raw", [*VALUES, ""])
def test_no_check_form_version_request_id_and_article(client, reviewer, article, raw):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    url = reverse("claim-no-check", args=[claim_id_of(page)])
    before = unchanged(article)
    for name in ("version", "request_id", "article"):
        if name == "article" and raw == "":
            continue  # no article filter: a valid form
        fields = no_check_data(page)
        fields.pop(name, None)
        response = post_raw(client, url, fields, name, raw)
        assert response.status_code == 400, (name, raw, response.status_code)
        htmx = post_raw(client, url, fields, name, raw, headers={"HX-Request": "true"})
        assert htmx.status_code == 400, (name, raw)
        assert htmx.content.decode().lstrip().startswith('<section id="desk"')
        assert "That request was not valid" in htmx.content.decode()
    assert unchanged(article) == before


@pytest.mark.parametrize("raw", [*VALUES, "", "ALL", "checkworthy%00", "all%20"])
def test_queue_scope(client, editor, article, raw):
    client.force_login(editor)
    before = unchanged(article)
    response = post_raw(client, reverse("article-queue-scope", args=[article.pk]), {}, "scope", raw)
    assert response.status_code == 400
    assert "Choose which claims to queue" in response.content.decode()
    assert unchanged(article) == before


def test_invalid_utf8_and_nul_in_a_whole_body(client, editor, article):
    client.force_login(editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    before = unchanged(article)
    for url in (
        reverse("claim-no-check", args=[claim.pk]),
        reverse("claim-undo-no-check", args=[claim.pk]),
        reverse("article-queue-scope", args=[article.pk]),
    ):
        for body in (b"%ff%fe=%ff", b"\xff\xfe\x00=1", b"\x00" * 100, b"a" * 100_000):
            response = client.post(url, body, content_type="application/x-www-form-urlencoded")
            assert response.status_code in (302, 400), (url, body[:10], response.status_code)
    assert unchanged(article) == before
