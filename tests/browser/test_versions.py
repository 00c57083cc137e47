"""An editor updates a signed-off article; the desk re-checks only what changed.

The editor pastes the corrected text, reads the preview of what changes, saves version 2 and
compares the versions; a reviewer gets only the changed and the new claim (one "still holds"
with h, one "no check needed" with n); the editor signs off version 2 and the report says what
changed. Screenshots 70-76 at 1280x860."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from claimreview import desk
from claimreview.models import Article, ArticleStatus, Claim, ReviewKind, Verdict
from tests.browser.test_foundation import log_in
from tests.factories import add_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Harbour council backs new ferry route"
V1 = """Harbour council backs new ferry route

The Lowmoor harbour council voted 12 to 3 on Monday to open a ferry route to the islands, its chair said.

"This is the first new route in 40 years," Chair Ines Patel told reporters. "It will not be the last."

The route will cost £2.5m a year to run, according to the council's budget. Critics say the figure is too low.

Island schools have lost a third of their pupils since 2010, census figures show.

Subscribe now

© 2026 The Lowmoor Ledger
"""
ADDED = "It was a grey morning on the quay when the vote was announced."
V2 = V1.replace("£2.5m", "£2.8m").replace("Island schools have", f"{ADDED}\n\nIsland schools have")
SOURCE = desk.SourceData(url="https://example.org/lowmoor-budget-2026", title="Council budget")


def signed_off_article(editor, reviewer) -> Article:
    article = add_article(created_by=editor, title=TITLE, text=V1)
    for claim in Claim.objects.filter(article=article, is_boilerplate=False):
        desk.submit_verdict(
            claim_id=claim.pk, reviewer=reviewer, verdict=Verdict.VERIFIED,
            note="Matches the council's published budget and minutes.", sources=[SOURCE],
            expected_version=claim.version, request_id=uuid.uuid4(),
        )  # fmt: skip
    desk.sign_off(article_id=article.pk, editor=editor)
    return article


def test_an_editor_updates_a_signed_off_article_and_only_the_changes_are_rechecked(
    page, editor, reviewer, shoot
):
    article = signed_off_article(editor, reviewer)
    log_in(page, editor.username)
    page.goto(f"/articles/{article.pk}/")
    expect(page.locator(".signed-off")).to_contain_text("Signed off")
    page.get_by_role("link", name="Update the text").click()
    expect(page.get_by_role("heading", name="Update the article")).to_be_visible()
    page.get_by_label("New text").fill(V2)
    page.get_by_role("button", name="Preview the changes").click()
    preview = page.locator("#preview")
    expect(preview.get_by_role("heading", name="What changes in version 2")).to_be_visible()
    expect(preview.locator("li.diff-changed del")).to_have_text("£2.5m")
    expect(preview.locator("li.diff-changed ins")).to_have_text("£2.8m")
    expect(preview.locator("li.diff-added")).to_contain_text(ADDED)
    expect(preview.locator("#queue-effect")).to_contain_text("Saving takes the sign-off away")
    shoot(page, "70-update-preview")

    page.get_by_role("button", name="Save version 2").click()
    expect(page.locator(".message-success")).to_contain_text("Saved version 2: 1 changed, 1 added")
    expect(page.locator("#versions")).to_contain_text("Version 2")
    expect(page.locator(".warning").first).to_contain_text("Sign-off withdrawn")
    shoot(page, "71-article-version-2")
    page.locator("#versions").get_by_role("link", name="see the changes").click()
    expect(page.get_by_role("heading", name="Version 1 → version 2")).to_be_visible()
    expect(page.locator("#diff li.diff-changed del")).to_have_text("£2.5m")
    shoot(page, "72-versions-diff")
    assert page.console_errors == []

    # The reviewer gets exactly the two claims that changed or are new.
    page.context.clear_cookies()
    log_in(page, reviewer.username)
    page.goto(f"/queue/?article={article.pk}")
    served = []
    for _ in range(4):
        if page.get_by_role("heading", name=re.compile("Nothing left to review")).is_visible():
            break
        mark = page.locator("#desk mark.current")
        expect(mark).to_be_visible()
        text = mark.inner_text()
        served.append(text)
        shown = page.locator("#verdict-form").get_attribute("action")
        if "£2.8m" in text:
            expect(page.locator("#changed-note")).to_contain_text("changed in version 2")
            expect(page.locator("#changed-note del")).to_have_text("£2.5m")
            expect(page.locator("#still-holds")).to_contain_text("Still holds: verified")
            shoot(page, "73-desk-still-holds")
            page.keyboard.press("h")
            expect(page.locator("#desk .message")).to_contain_text("still holds: verified")
        else:
            assert ADDED in text
            page.keyboard.press("n")
            expect(page.locator("#desk .message")).to_contain_text("no check needed")
        page.wait_for_function(
            """(before) => {
                const form = document.querySelector("#verdict-form");
                return form ? form.getAttribute("action") !== before
                            : !!document.querySelector(".empty-queue");
            }""",
            arg=shown,
        )
    assert len(served) == 2, served
    expect(page.locator(".empty-queue")).to_be_visible()
    changed = Claim.objects.get(article=article, text__contains="£2.8m")
    assert changed.verdict == Verdict.VERIFIED
    assert changed.reviews.order_by("-id").first().kind == ReviewKind.STILL_HOLDS
    assert page.console_errors == []

    # The editor signs off version 2; the report says what changed since the first sign-off.
    page.context.clear_cookies()
    log_in(page, editor.username)
    page.goto(f"/articles/{article.pk}/")
    page.get_by_role("button", name="Sign off the report").click()
    expect(page.locator(".signed-off")).to_contain_text("Signed off")
    shoot(page, "74-signed-off-version-2")
    page.get_by_role("link", name="Verification report").click()
    expect(page.locator("#report-version")).to_contain_text("Version 2, changed")
    expect(page.locator("#since-earlier-signoff")).to_contain_text(
        "Signed off before on version 1; since then 1 claim changed, 1 added and 0 removed"
    )
    shoot(page, "75-report-version-2")
    page.goto(f"/articles/{article.pk}/versions/1/")
    expect(page.locator(".article-body")).to_contain_text("£2.5m")
    shoot(page, "76-version-1")
    article.refresh_from_db()
    assert (article.status, article.version) == (ArticleStatus.SIGNED_OFF, 2)
    assert page.console_errors == []
