"""The review desk over HTTP: every URL for every role, htmx and plain-form flows, conflicts."""

import itertools
import re
import uuid

import pytest
from django.urls import reverse
from django.utils.html import escape

from claimreview import desk
from claimreview.desk import counters
from claimreview.models import NO_CHECK_KEY, ArticleEvent, Claim, Review, ReviewKind, Verdict
from tests.factories import add_article, make_user

ROLES = ["anonymous", "norole", "reviewer", "editor", "admin"]
# name, method, {role: status}; "claim" and "article" URLs get the fixture's ids. "norole" is a
# logged-in account with no role (every account just made in admin): 403 everywhere but logout.
# Empty posts to forms that need a value (no check needed; editors' revert, split, boilerplate,
# priority, queue scope) are 400.
MATRIX = [
    ("queue", "get", {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("claim-detail", "get", {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("claim-review", "post", {"anonymous": 302, "norole": 403, "reviewer": 400, "editor": 400, "admin": 400}),
    ("claim-skip", "post", {"anonymous": 302, "norole": 403, "reviewer": 302, "editor": 302, "admin": 302}),
    ("claim-no-check", "post", {"anonymous": 302, "norole": 403, "reviewer": 400, "editor": 400, "admin": 400}),
    ("claim-similar", "get", {"anonymous": 302, "norole": 403, "reviewer": 200, "editor": 200, "admin": 200}),
    ("claim-heartbeat", "post", {"anonymous": 302, "norole": 403, "reviewer": 410, "editor": 410, "admin": 410}),
    ("claim-revert", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 400, "admin": 400}),
    ("claim-merge", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 302, "admin": 302}),
    ("claim-split", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 400, "admin": 400}),
    ("claim-boilerplate", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 400, "admin": 400}),
    # Undo on a claim not marked "no check needed": refused with a message on the claim's page.
    ("claim-undo-no-check", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 302, "admin": 302}),
    ("article-signoff", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 302, "admin": 302}),
    ("article-priority", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 400, "admin": 400}),
    ("article-queue-scope", "post", {"anonymous": 302, "norole": 403, "reviewer": 403, "editor": 400, "admin": 400}),
    ("logout", "post", {"anonymous": 302, "norole": 302, "reviewer": 302, "editor": 302, "admin": 302}),
]  # fmt: skip


@pytest.fixture
def users(reviewer, editor, admin_user):
    norole = make_user("nora-norole", first_name="Nora", last_name="Norole")
    return {
        "anonymous": None,
        "norole": norole,
        "reviewer": reviewer,
        "editor": editor,
        "admin": admin_user,
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "method", "expected"), MATRIX)
def test_permission_matrix(client, users, article, role, name, method, expected):
    claim = article.claims.filter(is_boilerplate=False).first()
    kwargs = {}
    if name.startswith("claim-"):
        kwargs = {"claim_id": claim.pk}
    elif name.startswith("article-"):
        kwargs = {"article_id": article.pk}
    if users[role] is not None:
        client.force_login(users[role])
    response = getattr(client, method)(reverse(name, kwargs=kwargs or None))
    assert response.status_code == expected[role], (name, role, response.status_code)
    if role == "anonymous":
        assert response["Location"].startswith("/login/")
    if role == "norole" and name != "logout":
        assert "has no role yet" in response.content.decode()


def form_data(page_html: str, **fields) -> dict:
    data = {
        "version": re.search(r'name="version" value="(\d+)"', page_html).group(1),
        "request_id": re.search(r'name="request_id" value="([0-9a-f-]+)"', page_html).group(1),
        "mode": "queue",
        "sources-TOTAL_FORMS": "2",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "10",
    }
    data.update(fields)
    return data


def claim_id_of(page_html: str) -> int:
    return int(re.search(r'action="/claims/(\d+)/review/"', page_html).group(1))


def test_htmx_verdict_swaps_in_the_next_claim(client, reviewer, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    first = claim_id_of(page)
    response = client.post(
        reverse("claim-review", args=[first]),
        form_data(page, verdict="verified", note="Minutes confirm it.",
                  **{"sources-0-url": "https://example.org/minutes"}),
        headers={"HX-Request": "true"},
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="desk"')
    assert "Saved claim" in html
    assert claim_id_of(html) != first
    assert Claim.objects.get(pk=first).verdict == "verified"


def test_plain_form_verdict_redirects_back_to_the_queue(client, reviewer, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue"), {"article": article.pk}).content.decode()
    first = claim_id_of(page)
    data = form_data(page, verdict="attributed", attributed_to="Ines Patel", article=article.pk)
    response = client.post(reverse("claim-review", args=[first]), data)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('queue')}?article={article.pk}"
    # The same form posted again (back button, double click) makes no second review.
    again = client.post(reverse("claim-review", args=[first]), data)
    assert again.status_code == 302
    assert Review.objects.filter(claim_id=first, kind="verdict").count() == 1


def test_invalid_verdict_shows_the_rules(client, reviewer, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    claim = claim_id_of(page)
    response = client.post(
        reverse("claim-review", args=[claim]),
        form_data(page, verdict="disputed", **{"sources-0-url": "not a url"}),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter a valid URL" in html
    response = client.post(
        reverse("claim-review", args=[claim]), form_data(page, verdict="disputed")
    )
    assert "needs at least one source" in response.content.decode()
    assert Review.objects.count() == 0


def test_a_stale_form_gets_the_conflict_view(client, reviewer, editor, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    claim = Claim.objects.get(pk=claim_id_of(page))
    # Someone else saves it in between (say from the article page).
    from tests.test_review_desk import verdict

    verdict(claim, editor, "disputed")
    response = client.post(
        reverse("claim-review", args=[claim.pk]),
        form_data(page, verdict="verified", note="fine", **{"sources-0-citation": "Minutes"}),
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "Someone else saved this claim" in html
    assert "Their decision" in html and "Your decision" in html
    assert "Save mine instead" in html
    claim.refresh_from_db()
    assert claim.verdict == "disputed"
    mine = form_data(html, verdict="verified", note="fine", **{"sources-0-citation": "Minutes"})
    assert client.post(reverse("claim-review", args=[claim.pk]), mine).status_code == 302
    claim.refresh_from_db()
    assert claim.verdict == "verified"


def test_empty_queue_says_so_kindly(client, reviewer, editor):
    add_article(created_by=editor, title="Only boilerplate", text="Subscribe now\n\nSign in")
    client.force_login(reviewer)
    html = client.get(reverse("queue")).content.decode()
    assert "Nothing left to review" in html
    assert reverse("article-list") in html


def test_claim_page_shows_hints_history_and_similar_claims(client, reviewer, editor):
    first = add_article(created_by=editor, title="First")
    second = add_article(
        created_by=editor,
        title="Second",
        text="The route will cost £2.5m a year to run, according to the council's budget figures.",
    )
    from tests.test_review_desk import verdict

    reviewed = first.claims.get(text__startswith="The route will cost")
    verdict(reviewed, reviewer, "disputed", note="The budget says £3.1m.")
    claim = second.claims.get()
    client.force_login(reviewer)
    html = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    assert "Similar wording already reviewed" in html
    assert "First, claim" in html
    assert "the council&#x27;s budget figures · according to" in html
    html = client.get(reverse("claim-detail", args=[reviewed.pk])).content.decode()
    assert "The budget says £3.1m." in html
    assert "Council minutes" in html


def test_verdict_and_next_claim_is_a_constant_number_of_queries(
    client, reviewer, editor, django_assert_max_num_queries
):
    add_article(
        created_by=editor,
        text="\n\n".join(f"Officials said {n} buses would run by {2000 + n}." for n in range(30)),
    )
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    counts = []
    for n in range(4):
        claim = claim_id_of(page)
        # Session; the user, their own permissions and their groups' (Django's ModelBackend,
        # nothing cached between requests); the save in a transaction (savepoint, lock the
        # article then the claim, update the claim, insert the review and its sources, update the
        # article, release); the hand-out (held lease and articles in order, lease, claim with its
        # article); the sentences around it. A fresh claim has no history to read.
        with django_assert_max_num_queries(16) as captured:
            response = client.post(
                reverse("claim-review", args=[claim]),
                form_data(page, verdict="verified", note=f"Checked {n}",
                          **{"sources-0-url": "https://example.org/x", "sources-1-citation": "Report"}),
                headers={"HX-Request": "true"},
            )  # fmt: skip
        counts.append(len(captured.captured_queries))
        page = response.content.decode()
    assert len(set(counts)) == 1, counts


def test_editor_tools_work_from_the_claim_page(client, editor, article):
    client.force_login(editor)
    claim = article.claims.get(position=2)
    response = client.post(reverse("claim-merge", args=[claim.pk]), follow=True)
    assert "Merged claims 2 and 3" in response.content.decode()
    claim.refresh_from_db()
    response = client.post(reverse("claim-split", args=[claim.pk]), {"at": "abc"}, follow=True)
    assert "Choose where to split" in response.content.decode()
    response = client.post(reverse("claim-split", args=[claim.pk]), {"at": "5"}, follow=True)
    assert "Split claim 2 in two" in response.content.decode()
    response = client.post(
        reverse("article-priority", args=[article.pk]), {"priority": "x"}, follow=True
    )
    assert "whole number" in response.content.decode()
    response = client.post(reverse("article-signoff", args=[article.pk]), follow=True)
    assert "still need a verdict" in response.content.decode()


def test_heartbeat_keeps_my_lease(client, reviewer, article):
    claim = desk.next_claim_for(reviewer=reviewer)
    client.force_login(reviewer)
    assert client.post(reverse("claim-heartbeat", args=[claim.pk])).status_code == 204


def test_verdict_form_needs_a_request_id(client, reviewer, article):
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    data = form_data(page, verdict="verified")
    data["request_id"] = "not-a-uuid"
    response = client.post(reverse("claim-review", args=[claim_id_of(page)]), data)
    assert response.status_code == 400
    assert uuid.UUID(re.search(r'name="request_id" value="([0-9a-f-]+)"', page).group(1))


def test_verdict_on_a_missing_claim_is_a_conflict_not_a_500(client, reviewer, article):
    """A claim that is not there (merged away, or a made-up id: the desk cannot tell them
    apart) is a 409 with the desk's message; an invalid form for it is a 404."""
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    url = reverse("claim-review", args=[999_999])
    valid = form_data(page, verdict="attributed", attributed_to="The council")
    response = client.post(url, valid)
    assert response.status_code == 409
    assert "no longer exists" in response.content.decode()
    assert client.post(url, form_data(page, verdict="nonsense")).status_code == 404
    assert Review.objects.count() == 0


def merged_away(article):
    """Two neighbouring queued claims: merging the first into one removes the second."""
    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    return next((a, b) for a, b in itertools.pairwise(claims) if b.position == a.position + 1)


@pytest.mark.parametrize("htmx", [False, True])
def test_a_claim_merged_away_while_open_in_the_queue_is_a_409_with_the_next_claim(
    client, reviewer, editor, article, htmx
):
    before, claim = merged_away(article)
    client.force_login(reviewer)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    desk.merge_with_next(claim_id=before.pk, editor=editor)
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.post(
        reverse("claim-review", args=[claim.pk]),
        form_data(page, verdict="verified", note="My careful note",
                  **{"sources-0-url": "https://example.org/x"}),
        headers=headers,
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 409
    assert "merged it into another claim" in html
    assert "My careful note" in html  # what the reviewer typed is shown, not lost
    assert html.lstrip().startswith('<section id="desk"') == htmx
    assert 'id="verdict-form"' in html  # and the desk goes on with the next claim
    assert not Review.objects.filter(kind="verdict").exists()


def test_a_claim_merged_away_while_open_on_its_page_is_a_409(client, reviewer, editor, article):
    before, claim = merged_away(article)
    client.force_login(reviewer)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    desk.merge_with_next(claim_id=before.pk, editor=editor)
    data = form_data(page, verdict="attributed", attributed_to="The council", mode="detail")
    response = client.post(reverse("claim-review", args=[claim.pk]), data)
    assert response.status_code == 409
    assert "This claim no longer exists" in response.content.decode()


def test_queue_shows_the_history_of_a_claim_someone_skipped(client, reviewer, editor):
    """The queue reads a claim's history only if it has one: a fresh claim costs no query for
    it, a claim another reviewer skipped still shows the skip."""
    from tests.factories import make_user

    add_article(created_by=editor, text="The bridge opened in 1998.")
    first = make_user("sam-skipper", "reviewer")
    claim = desk.next_claim_for(reviewer=first)
    assert claim.has_history is False  # told by the hand-out itself
    desk.skip(claim_id=claim.pk, reviewer=first)
    client.force_login(reviewer)
    html = client.get(reverse("queue")).content.decode()
    assert claim_id_of(html) == claim.pk
    assert "<strong>Skip</strong>" in html and "sam-skipper" in html
    assert "No reviews yet." not in html


# --- "no check needed", the engine's suggestion, the queue scope ------------------------------


def no_check_data(page_html: str, **fields) -> dict:
    """The desk's "no check needed" form as the page rendered it (its own request id)."""
    form = re.search(r'<form id="no-check-form".*?</form>', page_html, re.S).group(0)
    data = {
        "version": re.search(r'name="version" value="(\d+)"', form).group(1),
        "request_id": re.search(r'name="request_id" value="([0-9a-f-]+)"', form).group(1),
        "mode": re.search(r'name="mode" value="(\w+)"', form).group(1),
    }
    article = re.search(r'name="article" value="(\d+)"', form)
    if article:
        data["article"] = article.group(1)
    data.update(fields)
    return data


def test_the_desk_offers_no_check_needed_with_its_key_from_the_models(client, reviewer, article):
    client.force_login(reviewer)
    html = client.get(reverse("queue")).content.decode()
    button = re.search(r'<button[^>]*form="no-check-form"[^>]*>.*?</button>', html, re.S).group(0)
    assert f'data-key="{NO_CHECK_KEY}"' in button and Verdict.NO_CHECK.label in button
    assert f"<kbd>{NO_CHECK_KEY}</kbd> {Verdict.NO_CHECK.label.lower()}" in html  # key legend
    assert re.search(r'<button[^>]*form="skip-form"[^>]*data-key="s"', html)
    # Not a verdict: not one of the radios.
    assert 'name="verdict" value="no_check"' not in html
    # Its own one-time request id, not the verdict form's.
    assert no_check_data(html)["request_id"] != form_data(html)["request_id"]


@pytest.mark.parametrize("htmx", [True, False])
def test_no_check_needed_closes_the_claim_and_the_next_one_comes(client, reviewer, article, htmx):
    client.force_login(reviewer)
    page = client.get(reverse("queue"), {"article": article.pk}).content.decode()
    claim = claim_id_of(page)
    data = no_check_data(page)
    headers = {"HX-Request": "true"} if htmx else {}
    response = client.post(reverse("claim-no-check", args=[claim]), data, headers=headers)
    if htmx:
        html = response.content.decode()
        assert response.status_code == 200
        assert html.lstrip().startswith('<section id="desk"')
        assert "no check needed" in html and claim_id_of(html) != claim
    else:
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('queue')}?article={article.pk}"
    assert Claim.objects.get(pk=claim).verdict == Verdict.NO_CHECK
    # The same form again (back button, double press) records it once.
    client.post(reverse("claim-no-check", args=[claim]), data, headers=headers)
    assert Review.objects.filter(claim_id=claim, kind=ReviewKind.NO_CHECK).count() == 1
    assert counters.drift(article.pk) == {}


def test_no_check_needed_from_the_claim_page_returns_to_it(client, reviewer, article):
    claim = article.claims.filter(is_boilerplate=False).first()
    client.force_login(reviewer)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    response = client.post(reverse("claim-no-check", args=[claim.pk]), no_check_data(page))
    assert response.status_code == 302
    assert response["Location"] == reverse("claim-detail", args=[claim.pk])
    html = client.get(response["Location"]).content.decode()
    assert "Closed claim" in html and "Now: No check needed by Rita Reviewer" in html
    assert 'id="no-check-form"' not in html  # already closed that way


def test_a_stale_no_check_needed_gets_the_conflict_view(client, reviewer, editor, article):
    from tests.test_review_desk import verdict

    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    claim = Claim.objects.get(pk=claim_id_of(page))
    verdict(claim, editor, "disputed")
    response = client.post(
        reverse("claim-no-check", args=[claim.pk]), no_check_data(page),
        headers={"HX-Request": "true"},
    )  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 409
    assert "Someone else saved this claim" in html
    assert 'class="verdict-chip v-disputed">Disputed</span>' in html  # theirs
    assert 'class="verdict-chip v-no_check">No check needed</span>' in html  # mine
    assert "“No check needed” instead" in html and "Save mine instead" not in html
    claim.refresh_from_db()
    assert claim.verdict == "disputed"
    # "No check needed" instead: the re-rendered form carries the version now on the claim.
    again = client.post(reverse("claim-no-check", args=[claim.pk]), no_check_data(html))
    assert again.status_code == 302
    claim.refresh_from_db()
    assert claim.verdict == Verdict.NO_CHECK


def test_no_check_needed_on_a_claim_merged_away_is_a_409(client, reviewer, editor, article):
    before, claim = merged_away(article)
    client.force_login(reviewer)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    desk.merge_with_next(claim_id=before.pk, editor=editor)
    response = client.post(reverse("claim-no-check", args=[claim.pk]), no_check_data(page))
    assert response.status_code == 409
    assert "“No check needed” was not saved" in response.content.decode()


def test_an_editor_undoes_no_check_needed_from_the_claim_page(client, reviewer, editor, article):
    claim = article.claims.filter(is_boilerplate=False).first()
    desk.mark_no_check(
        claim_id=claim.pk, reviewer=reviewer, expected_version=claim.version,
        request_id=uuid.uuid4(),
    )  # fmt: skip
    client.force_login(reviewer)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    assert reverse("claim-undo-no-check", args=[claim.pk]) not in page  # editors only
    assert client.post(reverse("claim-undo-no-check", args=[claim.pk])).status_code == 403
    client.force_login(editor)
    page = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    assert reverse("claim-undo-no-check", args=[claim.pk]) in page
    response = client.post(reverse("claim-undo-no-check", args=[claim.pk]), follow=True)
    html = response.content.decode()
    assert "A check is needed after all" in html
    assert "<strong>Check needed after all</strong>" in html  # in the history
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNREVIEWED
    response = client.post(reverse("claim-undo-no-check", args=[claim.pk]), follow=True)
    assert "not marked “no check needed”" in response.content.decode()
    assert counters.drift(article.pk) == {}


def test_said_by_is_prefilled_with_the_engines_suggestion_marked_as_such(client, reviewer, article):
    claim = next(c for c in article.claims.filter(is_boilerplate=False) if c.speaker)
    client.force_login(reviewer)
    html = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    field = re.search(r'<input type="text" name="attributed_to"[^>]*>', html).group(0)
    assert f'value="{escape(claim.speaker)}"' in field
    assert 'class="suggested"' in field and 'aria-describedby="speaker-suggestion"' in field
    suggestion = re.search(r'<p class="suggestion small" id="speaker-suggestion">.*?</p>', html)
    assert f"Suggested by the engine:</span> {escape(claim.speaker)}" in suggestion.group(0)
    # Once a reviewer named the source, the field holds their name, no longer marked.
    from tests.test_review_desk import verdict

    verdict(claim, reviewer, "attributed", attributed_to="Chair Ines Patel")
    html = client.get(reverse("claim-detail", args=[claim.pk])).content.decode()
    field = re.search(r'<input type="text" name="attributed_to"[^>]*>', html).group(0)
    assert 'value="Chair Ines Patel"' in field and 'class="suggested"' not in field
    assert "Suggested by the engine:" in html  # the engine's guess stays visible beside it


def test_an_editor_sets_the_queue_scope_on_the_article_page(client, reviewer, editor, article):
    client.force_login(editor)
    page = client.get(reverse("article-detail", args=[article.pk])).content.decode()
    assert re.search(r'value="all" id="scope-all" checked', page)
    response = client.post(
        reverse("article-queue-scope", args=[article.pk]), {"scope": "checkworthy"}, follow=True
    )
    html = response.content.decode()
    assert "Queue set to “Check-worthy only”" in html
    assert re.search(r'value="checkworthy" id="scope-checkworthy" checked', html)
    article.refresh_from_db()
    assert article.queue_scope == "checkworthy" and article.not_queued_count > 0
    assert f"{article.not_queued_count} other claim" in html
    assert 'class="claim v-not_queued"' in html
    assert ArticleEvent.objects.filter(article=article, kind="queue_scope").count() == 1
    # A reviewer sees the scope, not the form; the report lists the claims left out.
    client.force_login(reviewer)
    page = client.get(reverse("article-detail", args=[article.pk])).content.decode()
    assert "Queue: check-worthy only" in page and 'id="scope-all"' not in page
    report = client.get(reverse("article-report", args=[article.pk])).content.decode()
    assert 'class="verdict-chip v-not_queued">Not queued</span>' in report
    assert counters.drift(article.pk) == {}


def test_no_check_needed_and_next_claim_is_a_constant_number_of_queries(
    client, reviewer, editor, django_assert_max_num_queries
):
    add_article(
        created_by=editor,
        text="\n\n".join(f"Officials said {n} buses would run by {2000 + n}." for n in range(30)),
    )
    client.force_login(reviewer)
    page = client.get(reverse("queue")).content.decode()
    counts = []
    for _ in range(4):
        claim = claim_id_of(page)
        # As a verdict (see above), without sources: session, user, permissions (2); savepoint,
        # lock the article then the claim, update the claim, insert the review, update the
        # article, release; the hand-out (2 statements, the claim with its article); the
        # sentences around it.
        with django_assert_max_num_queries(16) as captured:
            response = client.post(
                reverse("claim-no-check", args=[claim]), no_check_data(page),
                headers={"HX-Request": "true"},
            )  # fmt: skip
        counts.append(len(captured.captured_queries))
        page = response.content.decode()
    assert len(set(counts)) == 1, counts
