"""A pasted web page's queue: check-worthy claims first, no boilerplate, `n` closes a non-claim,
and the report lists it under "No check needed"; an editor narrows the queue to check-worthy
claims. Screenshots at 1280x860 and (phone) 390x844."""

import re

import pytest
from playwright.sync_api import expect

from claimreview.models import Article, Verdict
from tests.browser.test_foundation import log_in
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Harbour ferry fares to rise by 12% in March"
# What a reader gets by selecting a news page in the browser and pasting it: navigation, a
# byline, a cookie notice, a photo credit, related headlines and a footer around the article.
BOILERPLATE = [
    "Skip to main content",
    "Home | News | Local | Sport | Weather",
    "Subscribe | Sign in",
    "By Nia Okafor, Transport reporter | 3 March 2026",
    "Updated 10:02 a.m. ET",
    "We use cookies to improve your experience.",
    "Read our cookie policy.",
    "Accept all cookies | Manage preferences",
    "Photo: Lowmoor Harbour Authority",
    "Related",
    "Island school to close in June",
    "New pier opens after two-year delay",
    "© 2026 The Lowmoor Ledger.",
    "All rights reserved.",
]
# Nothing checkable in them: scene-setting and a question.
NON_CLAIMS = [
    "It was a grey morning on the quay as the first boat left.",
    "Is this the end of cheap crossings?",
]
PASTED_PAGE = f"""Skip to main content
Home | News | Local | Sport | Weather
Subscribe | Sign in

{TITLE}

By Nia Okafor, Transport reporter | 3 March 2026
Updated 10:02 a.m. ET

We use cookies to improve your experience. Read our cookie policy.
Accept all cookies | Manage preferences

Ferry fares between Lowmoor and the islands will rise by 12% in March, the harbour authority said on Tuesday.

The authority said fuel costs had risen by a third since 2024 and that the route lost £1.2m last year.

{NON_CLAIMS[0]}

{NON_CLAIMS[1]}

"We have held fares for three years, and we cannot hold them any longer," said chief executive Marta Lind.

Photo: Lowmoor Harbour Authority

Related
Island school to close in June
New pier opens after two-year delay

© 2026 The Lowmoor Ledger. All rights reserved.
"""


def paste_the_page(page, editor) -> Article:
    log_in(page, editor.username)
    page.goto("/articles/new/")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Body").fill(PASTED_PAGE)
    page.get_by_role("button", name="Save article").click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    return Article.objects.get(title=TITLE)


def next_claim_shown(page, before: str) -> None:
    """Wait until the desk shows another claim (or says the queue is done)."""
    page.wait_for_function(
        """(before) => {
            const form = document.querySelector("#verdict-form");
            return form ? form.getAttribute("action") !== before
                        : !!document.querySelector(".empty-queue");
        }""",
        arg=before,
    )


def current_claim(page) -> tuple[str, bool]:
    """The desk's claim (its text, without the number) and whether it is check-worthy."""
    mark = page.locator("#desk mark.current")
    expect(mark).to_be_visible()
    number = mark.locator("sup").inner_text()
    text = mark.inner_text().strip().removeprefix(number).strip()
    worthy = page.locator("#desk .hints .hint-check").count() > 0
    return text, worthy


def test_a_reviewer_works_a_pasted_pages_queue_and_closes_non_claims_with_n(
    page, browser, live_server, editor, reviewer, shoot
):
    article = paste_the_page(page, editor)
    page.context.clear_cookies()
    log_in(page, reviewer.username)
    page.goto(f"/articles/{article.pk}/")
    page.get_by_role("link", name="Review this article").click()

    served, closed = [], []
    for _ in range(30):
        if page.get_by_role("heading", name=re.compile("Nothing left to review")).is_visible():
            break
        text, worthy = current_claim(page)
        assert not any(line in text for line in BOILERPLATE), f"boilerplate queued: {text}"
        served.append((text, worthy))
        shown = page.locator("#verdict-form").get_attribute("action")
        if text in NON_CLAIMS:
            if not closed:
                expect(page.locator("#no-check")).to_contain_text("No check needed")
                shoot(page, "60-queue-no-check-needed")
            page.keyboard.press("n")
            expect(page.locator("#desk .message")).to_contain_text("no check needed")
            closed.append(text)
        elif page.locator("#speaker-suggestion").count():
            # The engine's speaker, marked as its suggestion: accept it with a, Enter.
            expect(page.locator("#speaker-suggestion")).to_contain_text("Suggested by the engine")
            page.keyboard.press("a")
            page.keyboard.press("Enter")
            expect(page.locator("#desk .message")).to_contain_text("as attributed")
        else:
            page.keyboard.press("s")
            expect(page.locator("#desk .message")).to_contain_text("Skipped claim")
        next_claim_shown(page, shown)
        expect(page.locator("#desk")).to_be_focused()
    else:
        pytest.fail(f"the queue never ended: {served}")

    # Every sentence of the article came, no furniture; the check-worthy ones first.
    assert sorted(closed) == sorted(NON_CLAIMS)
    assert len(served) == article.claim_count - article.boilerplate_count
    flags = [worthy for _, worthy in served]
    assert flags == sorted(flags, reverse=True), served
    assert any(flags) and not all(flags)

    page.goto(f"/articles/{article.pk}/report/")
    group = page.locator("#group-no_check")
    expect(group.locator("h2")).to_contain_text("No check needed 2 claims")
    for text in NON_CLAIMS:
        expect(group).to_contain_text(text)
        for other in ("verified", "disputed", "attributed", "unreviewed"):
            expect(page.locator(f"#group-{other}")).not_to_contain_text(text)
    shoot(page, "61-report-no-check-needed")
    assert page.console_errors == []

    # On a phone: a second reviewer meets the claim the first one skipped, with the engine's
    # suggestion and the "no check needed" button in reach; then the report.
    phone = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server.url)
    mobile = phone.new_page()
    mobile.console_errors = []
    mobile.on("pageerror", lambda exc: mobile.console_errors.append(str(exc)))
    log_in(mobile, make_user("second-reviewer", "reviewer").username)
    mobile.goto(f"/queue/?article={article.pk}")
    expect(mobile.locator("#desk mark.current")).to_be_visible()
    expect(mobile.locator("#no-check")).to_be_visible()
    assert mobile.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider
    mobile.evaluate("window.scrollTo(0, 0)")
    shoot(mobile, "62-queue-phone")
    mobile.goto(f"/articles/{article.pk}/report/")
    expect(mobile.locator("#group-no_check")).to_contain_text(NON_CLAIMS[1])
    assert mobile.evaluate("document.documentElement.scrollWidth") <= 390
    shoot(mobile, "63-report-phone")
    assert mobile.console_errors == []
    phone.close()


def test_an_editor_undoes_no_check_needed_and_narrows_the_queue(page, editor, reviewer, shoot):
    article = paste_the_page(page, editor)
    claim = article.claims.get(text=NON_CLAIMS[1])
    from claimreview import desk

    desk.mark_no_check(
        claim_id=claim.pk, reviewer=reviewer, expected_version=claim.version, request_id=None
    )
    page.goto(f"/claims/{claim.pk}/")
    expect(page.locator(".hints")).to_contain_text("Now: No check needed by Rita Reviewer")
    page.get_by_role("button", name=re.compile("A check is needed after all")).click()
    expect(page.locator(".message").first).to_contain_text("A check is needed after all")
    expect(page.locator(".timeline")).to_contain_text("Check needed after all")
    claim.refresh_from_db()
    assert claim.verdict == Verdict.UNREVIEWED

    page.goto(f"/articles/{article.pk}/")
    page.get_by_label("Check-worthy only").check()
    page.locator(".scope-form").get_by_role("button", name="Set").click()
    expect(page.locator(".message").first).to_contain_text("Queue set to “Check-worthy only”")
    expect(page.get_by_label("Check-worthy only")).to_be_checked()
    expect(page.locator(".claim.v-not_queued").first).to_be_visible()
    shoot(page, "64-article-check-worthy-only")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.evaluate("window.scrollTo(0, 0)")
    shoot(page, "65-article-check-worthy-only-phone", full_page=False)
    assert page.console_errors == []
