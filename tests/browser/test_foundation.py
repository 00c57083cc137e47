"""A person logs in, pastes an article, sees its claims, logs out."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, SAMPLE_ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, username):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login/\?next=/$"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()


def test_editor_pastes_an_article_and_sees_its_claims(page, editor, shoot):
    page.goto("/login/")
    shoot(page, "01-login")
    log_in(page, editor.username)
    shoot(page, "02-article-list-empty")

    page.get_by_role("link", name="Add article").first.click()
    page.get_by_label("Title").fill("Harbour council backs new ferry route")
    page.get_by_label("Publication").fill("The Lowmoor Ledger")
    page.get_by_label("Body").fill(SAMPLE_ARTICLE)
    # The split shows before saving (htmx preview on input).
    expect(page.locator("#preview")).to_contain_text("Split into 8 claims")
    expect(page.locator("#preview .is-boilerplate")).to_have_count(2)
    expect(page.locator("#preview .hint-speaker", has_text="Ines Patel")).to_have_count(2)
    shoot(page, "03-article-new-preview")

    page.get_by_role("button", name="Save article").click()
    expect(
        page.get_by_role("heading", name="Harbour council backs new ferry route")
    ).to_be_visible()
    expect(page.locator(".message")).to_contain_text("with 8 claims")
    expect(page.locator(".article-body .claim")).to_have_count(8)
    expect(page.locator(".article-body .claim.v-boilerplate")).to_have_count(2)
    expect(page.locator("#claim-3")).to_contain_text("first new route in 40 years")
    shoot(page, "04-article-detail")

    page.get_by_role("link", name="Articles").click()
    expect(page.locator("table.articles")).to_contain_text("Harbour council backs new ferry route")
    expect(page.locator("table.articles")).to_contain_text("0/6")
    shoot(page, "05-article-list")

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login/$"))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login/"))
    assert page.console_errors == []


def test_reviewer_is_told_clearly_when_a_page_is_for_editors(page, reviewer, shoot):
    log_in(page, reviewer.username)
    expect(page.get_by_role("link", name="Add article")).to_have_count(0)
    page.goto("/articles/new/")
    expect(page.get_by_role("heading", name="You can’t open this page")).to_be_visible()
    shoot(page, "06-forbidden")


def test_bad_upload_shows_a_message(page, editor, shoot, tmp_path):
    log_in(page, editor.username)
    page.goto("/articles/new/")
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    page.get_by_label("Title").fill("A photo")
    page.get_by_label("…or upload a file").set_input_files(str(bad))
    page.get_by_role("button", name="Save article").click()
    expect(page.locator(".form-error").first).to_contain_text("looks like a PNG image")
    shoot(page, "07-bad-upload")
