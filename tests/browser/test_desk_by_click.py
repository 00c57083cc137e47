"""The desk as people use it (issue 16): its heading in view after load and after each save, at
both sizes; an editor splits a claim by clicking a space and merges with the previous claim; a
reviewer uses an earlier verdict; an upload survives "Preview the split"; an editor edits an
article's title; the key hints hide on a touch screen."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from claimreview import desk
from claimreview.models import Article, Claim, Verdict
from tests.browser.checks import LAPTOP, PHONE, page_problems
from tests.browser.test_foundation import log_in
from tests.factories import SAMPLE_ARTICLE, add_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Not covered by the sticky top bar, inside the window: what a reviewer sees without scrolling.
IN_VIEW = """(selector) => {
    const el = document.querySelector(selector);
    if (!el) return selector + " is missing";
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) return selector + " is outside the window";
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
    return hit && (el === hit || el.contains(hit)) ? "" : selector + " is covered by " + (hit && hit.className);
}"""


def assert_in_view(page, *selectors):
    for selector in selectors:
        assert page.evaluate(IN_VIEW, selector) == ""


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_desk_heading_is_in_view_after_load_and_after_a_save(
    browser, live_server, reviewer, article, viewport, shoot
):
    context = browser.new_context(viewport=viewport, base_url=live_server.url)
    page = context.new_page()
    log_in(page, reviewer.username)
    page.goto("/queue/")
    expect(page.locator("#desk")).to_be_focused()
    heading = ("#desk h1.desk-title", "#desk .eyebrow a", "#desk .eyebrow .status", "#lease")
    assert_in_view(page, *heading)
    expect(page.get_by_role("heading", level=1)).to_contain_text(re.compile(r"Claim \d+ of 8"))
    name = "laptop" if viewport == LAPTOP else "phone"
    shoot(page, f"30-desk-heading-{name}", full_page=False)
    page.keyboard.press("n")  # "no check needed": the next claim swaps in
    expect(page.locator("#desk .message")).to_contain_text("no check needed")
    expect(page.locator("#desk")).to_be_focused()
    assert_in_view(page, *heading)
    page.goto(f"/claims/{article.claims.get(position=3).pk}/")
    assert_in_view(page, "#desk h1.desk-title", "#desk .eyebrow a")
    context.close()


def test_an_editor_splits_by_clicking_and_merges_with_the_previous_claim(page, editor, shoot):
    article = add_article(created_by=editor)
    claim = article.claims.get(position=2)  # "The Lowmoor harbour council voted 12 to 3 on Monday…"
    log_in(page, editor.username)
    page.goto(f"/claims/{claim.pk}/")
    tools = page.locator("#split-tools")
    expect(tools.get_by_role("heading", name="Correct the split")).to_be_visible()
    # Within reach: the tools come before the history.
    assert page.evaluate(
        "() => !!(document.querySelector('#split-tools').compareDocumentPosition("
        "document.querySelector('.history')) & Node.DOCUMENT_POSITION_FOLLOWING)"
    )
    expect(page.locator("#split-preview")).to_be_hidden()
    page.get_by_role("link", name="Split after “3”").click()
    expect(page.locator("#split-head")).to_have_text("The Lowmoor harbour council voted 12 to 3")
    expect(page.locator("#split-tail")).to_have_text(
        re.compile(r"^on Monday to open a ferry route")
    )
    assert page.url.endswith(f"/claims/{claim.pk}/")  # shown in place, nothing saved
    shoot(page, "31-split-preview")
    # Selecting words moves the split before the selection.
    page.evaluate(
        """() => {
            const picker = document.getElementById("split-picker");
            const walker = document.createTreeWalker(picker, NodeFilter.SHOW_TEXT);
            let node; while ((node = walker.nextNode()) && !node.data.includes("Monday")) {}
            const range = document.createRange();
            const at = node.data.indexOf("Monday");
            range.setStart(node, at); range.setEnd(node, at + 6);
            getSelection().removeAllRanges(); getSelection().addRange(range);
            document.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
        }"""
    )
    expect(page.locator("#split-head")).to_have_text("The Lowmoor harbour council voted 12 to 3 on")
    expect(page.locator("#split-tail")).to_have_text(re.compile(r"^Monday to open"))
    page.get_by_role("link", name="Split after “3”").click()
    page.get_by_role("button", name="Split here").click()
    expect(page.locator(".message-success")).to_contain_text("Split claim 2 in two")
    expect(page.locator("#desk mark.current")).to_have_text(
        re.compile(r"The Lowmoor harbour council voted 12 to 3$")
    )
    tail = Claim.objects.get(article=article, position=3)
    assert tail.text.startswith("on Monday to open a ferry route")
    # Merge the tail back with the claim before it, from the tail's page.
    page.goto(f"/claims/{tail.pk}/")
    page.get_by_role("button", name="Merge with the previous claim").click()
    expect(page.locator(".message-success")).to_contain_text("Merged claims 2 and 3")
    expect(page.locator("#desk mark.current")).to_contain_text("12 to 3 on Monday to open")
    assert Claim.objects.filter(article=article).count() == 8
    # A revert asks why.
    page.goto(f"/claims/{claim.pk}/")
    history = page.locator(".history")
    expect(history).to_contain_text("Correction")
    expect(history).not_to_contain_text("Unreviewed → Unreviewed")
    shoot(page, "32-after-merge")
    assert page_problems(page, "claim page after corrections") == []
    assert page.console_errors == []


def test_a_reviewer_uses_an_earlier_verdict_in_the_queue(page, editor, reviewer, shoot):
    earlier_article = add_article(created_by=editor, title="Ferry vote, first report")
    earlier = earlier_article.claims.get(position=2)
    desk.submit_verdict(
        claim_id=earlier.pk, reviewer=reviewer, verdict=Verdict.DISPUTED,
        note="The minutes record 11 votes to 4.", expected_version=earlier.version,
        request_id=uuid.uuid4(),
        sources=[desk.SourceData(url="https://example.org/minutes", title="Council minutes"),
                 desk.SourceData(citation="Lowmoor Ledger, 4 May, p. 2"),
                 desk.SourceData(url="https://example.org/video", quote="eleven to four")],
    )  # fmt: skip
    # Everything else of the first article is done, so the queue serves the second one.
    for claim in earlier_article.claims.filter(is_boilerplate=False, verdict="unreviewed"):
        desk.mark_no_check(claim_id=claim.pk, reviewer=reviewer, expected_version=claim.version,
                           request_id=uuid.uuid4())  # fmt: skip
    article = add_article(created_by=editor, title="Ferry vote, second report")
    # (its headline, a vote, is check-worthy and first in the queue: closed here, so the desk
    # serves the story's sentence of the vote)
    headline = article.claims.get(position=1)
    desk.mark_no_check(claim_id=headline.pk, reviewer=reviewer, expected_version=headline.version,
                       request_id=uuid.uuid4())  # fmt: skip
    log_in(page, reviewer.username)
    page.goto(f"/queue/?article={article.pk}")
    similar = page.locator(".similar")
    expect(similar).to_contain_text("The minutes record 11 votes to 4.")
    # Above the form, on screen.
    assert page.evaluate(
        "() => document.querySelector('.similar').getBoundingClientRect().top < "
        "document.querySelector('#verdict-form').getBoundingClientRect().top"
    )
    shoot(page, "33-similar-before-use")
    similar.get_by_role("link", name="Use this verdict").click()
    expect(page.locator("#id_verdict_1")).to_be_checked()  # disputed
    expect(page.locator("#id_note")).to_have_value("The minutes record 11 votes to 4.")
    expect(page.locator('input[name="sources-0-url"]')).to_have_value("https://example.org/minutes")
    expect(page.locator('input[name="sources-1-citation"]')).to_have_value(
        "Lowmoor Ledger, 4 May, p. 2"
    )
    expect(page.locator('input[name="sources-2-quote"]')).to_have_value("eleven to four")
    expect(page.locator("#used-note")).to_be_visible()
    shoot(page, "34-similar-used")
    claim = Claim.objects.get(
        pk=int(
            re.search(
                r"/claims/(\d+)/", page.locator("#verdict-form").get_attribute("action")
            ).group(1)
        )
    )
    assert claim.verdict == Verdict.UNREVIEWED  # nothing saved yet
    page.get_by_role("button", name=re.compile("Save & next")).click()
    expect(page.locator("#desk .message")).to_contain_text("as disputed")
    claim.refresh_from_db()
    assert claim.verdict == Verdict.DISPUTED
    assert claim.note == "The minutes record 11 votes to 4."
    assert sorted(claim.reviews.get(kind="verdict").sources.values_list("url", flat=True)) == [
        "",
        "https://example.org/minutes",
        "https://example.org/video",
    ]
    assert page.console_errors == []


def test_an_upload_survives_preview_and_is_saved(page, editor, shoot, tmp_path):
    upload = tmp_path / "ferry.md"
    upload.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    log_in(page, editor.username)
    page.goto("/articles/new/")
    page.get_by_label("…or upload a file").set_input_files(str(upload))
    expect(page.locator("#preview")).to_contain_text("Split into 8 claims")  # htmx, on change
    page.get_by_role("button", name="Preview the split").click()  # a whole page post
    expect(page.locator("#preview")).to_contain_text("Split into 8 claims")
    expect(page.locator("#kept-upload")).to_contain_text("Using “ferry.md”")
    shoot(page, "35-upload-preview")
    page.get_by_role("button", name="Save article").click()
    expect(page.locator(".message-success")).to_contain_text("with 8 claims")
    article = Article.objects.get()
    assert article.title == "Harbour council backs new ferry route"
    assert article.claim_count == 8
    assert page.console_errors == []


def test_an_editor_edits_the_title_and_sees_it_on_the_article_page_and_report(page, editor, shoot):
    article = add_article(created_by=editor)
    log_in(page, editor.username)
    page.goto(f"/articles/{article.pk}/")
    page.get_by_role("link", name="Edit details").click()
    expect(page.get_by_role("heading", name="Edit the article's details")).to_be_visible()
    expect(page.get_by_label("Title")).to_have_value(article.title)
    page.get_by_label("Title").fill("Ferry route to the islands approved")
    page.get_by_label("Byline").fill("Ines Reporter")
    shoot(page, "31-edit-details-laptop")
    page.get_by_role("button", name="Save the details").click()
    expect(page).to_have_url(re.compile(rf"/articles/{article.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ferry route to the islands approved")
    expect(page.locator(".messages")).to_contain_text("Saved: Title, Byline changed.")
    page.locator("#events summary").click()
    expect(page.locator("#events .event-details")).to_contain_text(
        "“Harbour council backs new ferry route” → “Ferry route to the islands approved”"
    )
    page.get_by_role("link", name="Verification report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ferry route to the islands approved")
    assert page.console_errors == []


# The key hints the desk shows: the "Keys:" line and each button's and verdict's key chip.
KEY_HINTS = "#desk .shortcuts, #desk kbd"


def test_key_hints_hide_on_a_touch_phone_and_show_with_a_mouse(
    browser, live_server, reviewer, article, shoot
):
    seen = {}
    for name, options in (
        ("touch-phone", {"viewport": PHONE, "has_touch": True, "is_mobile": True}),
        ("laptop", {"viewport": LAPTOP}),
    ):
        context = browser.new_context(base_url=live_server.url, **options)
        page = context.new_page()
        log_in(page, reviewer.username)
        page.goto(f"/queue/?article={article.pk}")
        expect(page.locator("#desk")).to_be_visible()
        hints = page.locator(KEY_HINTS)
        assert hints.count() >= 5  # the "Keys:" line, a, d, v, n and s
        touch = page.evaluate("() => matchMedia('(hover: none) and (pointer: coarse)').matches")
        visible = [hints.nth(i).is_visible() for i in range(hints.count())]
        seen[name] = (touch, visible)
        # The buttons themselves stay: only the key chips go.
        expect(page.get_by_role("button", name=re.compile("^Skip"))).to_be_visible()
        # Window-sized shots: a full-page one makes Chromium drop the touch emulation while
        # it draws (the hints then show in the picture, not on the phone).
        shoot(page, f"32-desk-keys-{name}", full_page=False)
        page.get_by_role("button", name=re.compile("^Skip")).scroll_into_view_if_needed()
        shoot(page, f"32-desk-keys-{name}-buttons", full_page=False)
        context.close()
    touch, visible = seen["touch-phone"]
    assert touch and not any(visible), visible
    touch, visible = seen["laptop"]
    assert not touch and all(visible), visible
