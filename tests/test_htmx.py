"""htmx done right: polling that stops, history restores that get whole pages, real statuses."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claimreview import desk
from claimreview.models import Claim
from tests.test_desk_views import claim_id_of, form_data
from tests.test_review_desk import verdict

HTMX = {"HX-Request": "true"}
RESTORE = {"HX-Request": "true", "HX-History-Restore-Request": "true"}


def htmx_config(html: str) -> dict:
    match = re.search(r"<meta name=\"htmx-config\" content='([^']*)'>", html)
    assert match, "the page has no htmx-config meta tag"
    return json.loads(match.group(1))


# --- the heartbeat -------------------------------------------------------------------------


def test_the_desk_polls_the_heartbeat_and_has_a_place_for_its_notice(client, reviewer, article):
    client.force_login(reviewer)
    html = client.get(reverse("queue")).content.decode()
    claim = claim_id_of(html)
    assert f'hx-post="{reverse("claim-heartbeat", args=[claim])}"' in html
    assert 'hx-trigger="every 60s"' in html
    assert 'id="lease"' in html


def test_heartbeat_keeps_a_held_lease_with_204(client, reviewer, article):
    claim = desk.next_claim_for(reviewer=reviewer)
    client.force_login(reviewer)
    response = client.post(reverse("claim-heartbeat", args=[claim.pk]), headers=HTMX)
    assert response.status_code == 204
    assert response.content == b""


@pytest.mark.parametrize("how", ["expired", "saved by someone else", "merged away", "never held"])
def test_heartbeat_on_a_lost_lease_stops_polling_and_says_so(
    client, reviewer, editor, article, how
):
    claim = desk.next_claim_for(reviewer=reviewer)
    if how == "expired":
        # Another reviewer's hand-out after the lease ran out takes it over.
        later = timezone.now() + timedelta(minutes=11)
        Claim.objects.filter(pk=claim.pk).update(lease_expires_at=later - timedelta(minutes=12))
        desk.release_expired()
    elif how == "saved by someone else":
        verdict(claim, editor, "disputed")
    elif how == "merged away":
        # Hold the second queued claim (skip the first), then merge the first into it.
        before = claim
        desk.skip(claim_id=before.pk, reviewer=reviewer)
        claim = desk.next_claim_for(reviewer=reviewer)
        assert claim.position == before.position + 1
        desk.merge_with_next(claim_id=before.pk, editor=editor)
        assert not Claim.objects.filter(pk=claim.pk).exists()
    else:
        claim = article.claims.filter(is_boilerplate=False).exclude(pk=claim.pk).first()
    client.force_login(reviewer)
    url = reverse("claim-heartbeat", args=[claim.pk])
    response = client.post(url, headers=HTMX)
    assert response.status_code == 286  # htmx stops polling on 286
    html = response.content.decode()
    assert 'id="lease"' in html and 'hx-swap-oob="true"' in html
    assert "no longer held for you" in html and "back in the queue" in html
    # Without htmx (nothing polls then), a plain 410.
    assert client.post(url).status_code == 410


# --- history restore -----------------------------------------------------------------------


def test_search_pushes_its_url_and_answers_a_history_restore_with_the_whole_page(
    client, reviewer, article
):
    client.force_login(reviewer)
    page = client.get(reverse("claim-search"), {"q": "ferry"})
    assert 'hx-push-url="true"' in page.content.decode()
    partial = client.get(reverse("claim-search"), {"q": "ferry"}, headers=HTMX)
    assert partial.status_code == 200
    assert b"<html" not in partial.content and b'class="hit"' in partial.content
    restored = client.get(reverse("claim-search"), {"q": "ferry"}, headers=RESTORE)
    assert restored.status_code == 200
    assert b"<html" in restored.content and b'class="hit"' in restored.content
    for response in (page, partial, restored):
        assert "HX-Request" in response["Vary"]


def test_no_other_page_pushes_urls_or_boosts_links(client, editor, article):
    """If one does, it must answer history restores like search does: add it to this file."""
    client.force_login(editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    for url in (
        reverse("article-list"),
        reverse("article-new"),
        reverse("article-detail", args=[article.pk]),
        reverse("article-report", args=[article.pk]),
        reverse("queue"),
        reverse("claim-detail", args=[claim.pk]),
        reverse("desk-stats"),
    ):
        html = client.get(url).content.decode()
        assert "hx-push-url" not in html and "hx-boost" not in html, url
        assert "hx-replace-url" not in html, url


@pytest.mark.parametrize("name", ["queue", "claim-detail"])
def test_desk_pages_answer_a_history_restore_with_the_whole_page(client, reviewer, article, name):
    client.force_login(reviewer)
    claim = article.claims.filter(is_boilerplate=False).first()
    url = reverse(name, args=[claim.pk] if name == "claim-detail" else None)
    response = client.get(url, headers=RESTORE)
    assert response.status_code == 200
    assert b"<html" in response.content


def test_htmx_is_told_not_to_send_history_restores_as_partial_requests(client, reviewer):
    client.force_login(reviewer)
    config = htmx_config(client.get(reverse("article-list")).content.decode())
    assert config["historyRestoreAsHxRequest"] is False


# --- errors keep their real status ---------------------------------------------------------


def test_htmx_swaps_400_409_and_422_but_no_other_error(client, reviewer):
    client.force_login(reviewer)
    rules = htmx_config(client.get(reverse("article-list")).content.decode())["responseHandling"]

    def first_rule(status: int) -> dict:
        return next(rule for rule in rules if re.search(rule["code"], str(status)))

    for status in (400, 409, 422):
        assert first_rule(status)["swap"] is True and not first_rule(status).get("error")
    for status in (403, 404, 410, 500, 503):
        assert first_rule(status)["swap"] is False and first_rule(status)["error"] is True
    assert first_rule(200)["swap"] is True and first_rule(286)["swap"] is True
    assert first_rule(204)["swap"] is False


def test_invalid_verdict_over_htmx_is_a_400_partial(client, reviewer, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    response = client.post(
        reverse("claim-review", args=[claim_id_of(page)]),
        form_data(page, verdict="disputed"),
        headers=HTMX,
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert html.lstrip().startswith('<section id="desk"')
    assert "needs at least one source" in html


def test_conflict_over_htmx_is_a_409_partial(client, reviewer, editor, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    claim = Claim.objects.get(pk=claim_id_of(page))
    verdict(claim, editor, "disputed")
    response = client.post(
        reverse("claim-review", args=[claim.pk]),
        form_data(page, verdict="verified", note="fine", **{"sources-0-citation": "Minutes"}),
        headers=HTMX,
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert html.lstrip().startswith('<section id="desk"')
    assert "Someone else saved this claim" in html


def test_a_history_restore_of_a_desk_post_is_never_a_fragment(client, reviewer, article):
    """A 400 with the restore header (a browser replaying) gets the whole page too."""
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    response = client.post(
        reverse("claim-review", args=[claim_id_of(page)]),
        form_data(page, verdict="disputed"),
        headers=RESTORE,
    )
    assert response.status_code == 400
    assert b"<html" in response.content
