"""An editor uploads a saved web page and saves it without typing a title."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from claimreview.models import Article
from tests.browser.test_foundation import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "saved_page.html"
TITLE = "Eastbrook tram extension approved after late-night vote"


@pytest.mark.parametrize(
    ("width", "height", "name"), [(1280, 860, "50-webpage"), (390, 844, "51-webpage-phone")]
)
def test_editor_uploads_a_saved_page_without_typing_a_title(
    page, editor, shoot, width, height, name
):
    page.set_viewport_size({"width": width, "height": height})
    log_in(page, editor.username)
    page.goto("/articles/new/")
    page.get_by_label("…or upload a file").set_input_files(str(PAGE))
    # The htmx preview: the article's claims, and the title and details that will be saved.
    preview = page.locator("#preview")
    expect(preview).to_contain_text("Split into")
    expect(preview.locator("#page-extracted")).to_contain_text("only its article is kept")
    saved_as = preview.locator("#saved-as")
    expect(saved_as).to_contain_text(TITLE)
    expect(saved_as).to_contain_text("Marta Okafor")
    expect(saved_as).to_contain_text("3 May 2026")
    expect(saved_as).to_contain_text("The Eastbrook Courier")
    expect(preview).not_to_contain_text("Related stories")
    expect(preview).not_to_contain_text("We use cookies")
    expect(preview).not_to_contain_text("SCRIPT-MARKER")
    expect(page.get_by_label("Title")).to_have_value("")
    shoot(page, f"{name}-preview", full_page=False)
    page.evaluate("window.scrollTo(0, 0)")  # the sticky top bar stays at the top of the shot
    shoot(page, f"{name}-preview-full")

    page.get_by_role("button", name="Save article").click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(page.locator(".message")).to_contain_text(f"Added “{TITLE}”")
    body = page.locator(".article-body")
    expect(body).to_contain_text("Eastbrook city council voted 31 to 19")
    expect(body).not_to_contain_text("Bus fares to rise")
    expect(body).not_to_contain_text("About us")
    expect(page.locator("body")).not_to_contain_text("INLINE-SCRIPT-MARKER")
    shoot(page, f"{name}-saved")
    article = Article.objects.get()
    assert (article.byline, str(article.published_on)) == ("Marta Okafor", "2026-05-03")
    assert page.console_errors == []
