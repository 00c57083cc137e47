"""Every page, at a laptop's 1280×860 and a phone's 390×844: no axe-core violation, nothing
wider than the screen, and a screenshot of each (tests/screenshots/page-*-{laptop,phone}.png)
to look at. The desk's heading is in view after load at both sizes."""

import uuid

import pytest
from playwright.sync_api import expect

from claimreview import desk
from claimreview.models import Claim, ImportBatch, Verdict
from tests.browser.checks import LAPTOP, PHONE, page_problems
from tests.browser.test_foundation import log_in
from tests.browser.test_versions import V2, signed_off_article
from tests.factories import add_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def decide(claim, reviewer, verdict, **fields):
    return desk.submit_verdict(
        claim_id=claim.pk, reviewer=reviewer, verdict=verdict, expected_version=claim.version,
        request_id=uuid.uuid4(), **fields,
    )  # fmt: skip


@pytest.fixture
def desk_data(editor, reviewer):
    """A signed-off article updated to version 2 (a changed sentence waits for "still holds"),
    and an article in review with a disputed, an attributed and a reverted claim."""
    updated = signed_off_article(editor, reviewer)
    desk.update_article(
        article_id=updated.pk, prepared=desk.prepare(title="", text=V2, kind="text"), by=editor
    )
    in_review = add_article(created_by=editor, title="Ferry budget questioned by islanders")
    claims = list(in_review.claims.filter(is_boilerplate=False).order_by("position"))
    source = desk.SourceData(url="https://example.org/budget", title="Council budget 2026")
    decide(claims[1], reviewer, Verdict.VERIFIED, note="The minutes say 12 to 3.", sources=[source])
    claims[1].refresh_from_db()
    decide(claims[1], reviewer, Verdict.DISPUTED, note="The minutes say 11 to 4.", sources=[source])
    decide(claims[2], reviewer, Verdict.ATTRIBUTED, attributed_to="Ines Patel, chair")
    batch = ImportBatch.objects.create(name="Morning wires", created_by=editor)
    return {"updated": updated, "in_review": in_review, "claim": claims[1], "batch": batch}


def pages(data) -> list[tuple[str, str, object]]:
    """(name, URL, what to wait for) of every page an editor sees."""
    updated, in_review, claim = data["updated"], data["in_review"], data["claim"]
    changed = Claim.objects.get(article=updated, text__contains="£2.8m")
    return [
        ("articles", "/", "Articles"),
        ("article-new", "/articles/new/", "Add an article"),
        ("article-detail", f"/articles/{in_review.pk}/", in_review.title),
        ("article-update", f"/articles/{updated.pk}/update/", "Update the article"),
        ("article-edit", f"/articles/{in_review.pk}/edit/", "Edit the article's details"),
        ("article-versions", f"/articles/{updated.pk}/versions/", "Version 1 → version 2"),
        ("article-version", f"/articles/{updated.pk}/versions/1/", updated.title),
        ("article-report", f"/articles/{in_review.pk}/report/", in_review.title),
        ("queue-still-holds", f"/queue/?article={updated.pk}", None),
        ("queue", f"/queue/?article={in_review.pk}", None),
        ("claim-detail", f"/claims/{claim.pk}/", None),
        ("claim-changed", f"/claims/{changed.pk}/", None),
        ("search", "/search/?q=ferry", "Search claims"),
        ("desk-stats", "/desk/", "Desk"),
        ("import-new", "/imports/new/", "Import articles"),
        ("import-detail", f"/imports/{data['batch'].pk}/", "Import: Morning wires"),
        ("not-found", "/articles/999999/", "Nothing here"),
    ]


def test_every_page_passes_axe_and_fits_a_phone(
    browser, live_server, editor, reviewer, desk_data, shoot
):
    problems = []
    for size_name, viewport in (("laptop", LAPTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport, base_url=live_server.url)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
        page.goto("/login/")
        problems += page_problems(page, f"login ({size_name})")
        shoot(page, f"page-login-{size_name}")
        log_in(page, editor.username)
        for name, url, heading in pages(desk_data):
            page.goto(url)
            if heading:
                expect(page.get_by_role("heading", name=heading, exact=True).first).to_be_visible()
            if name.startswith(("queue", "claim")):
                expect(page.locator("#desk")).to_be_visible()
                page.wait_for_load_state("networkidle")
            problems += page_problems(page, f"{name} ({size_name})")
            shoot(page, f"page-{name}-{size_name}")
        # The 403 page, as a reviewer.
        context.clear_cookies()
        log_in(page, reviewer.username)
        page.goto("/articles/new/")
        problems += page_problems(page, f"forbidden ({size_name})")
        shoot(page, f"page-forbidden-{size_name}")
        assert errors == []
        context.close()
    assert problems == [], "\n".join(problems)
