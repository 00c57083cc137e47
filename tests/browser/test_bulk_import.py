"""An editor drops a ZIP of stories and watches them arrive: the progress page updates itself
(htmx polling) while a worker ingests them, without a reload, and lists each failure."""

import re
import threading
import time

import pytest
from django.db import connection
from playwright.sync_api import expect

from claimreview.tasks import run_pending
from tests.browser.test_foundation import log_in
from tests.test_imports import GOOD_AND_BAD, make_zip

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_bulk_import_progress_updates_itself(page, editor, shoot):
    log_in(page, editor.username)
    page.goto("/imports/new/")
    page.get_by_label("ZIP or JSON Lines file").set_input_files(
        {"name": "morning.zip", "mimeType": "application/zip", "buffer": make_zip(GOOD_AND_BAD)}
    )
    page.get_by_label("Name (optional)").fill("Morning stories")
    page.get_by_role("button", name="Import").click()
    expect(page).to_have_url(re.compile(r"/imports/\d+/$"))
    progress = page.locator("#import-progress")
    expect(progress.locator(".count-waiting")).to_have_text("4")
    expect(progress.locator(".count-failed")).to_have_text("5")
    expect(progress.locator(".import-failures")).to_contain_text("report.pdf")
    shoot(page, "60-import-waiting")
    page.evaluate("window.notReloaded = true")

    def worker():  # a worker that takes its time, so the page shows the work arriving
        try:
            for _ in range(4):
                time.sleep(0.6)
                run_pending(limit=1)
        finally:
            connection.close()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        expect(progress.locator(".count-done")).not_to_have_text("0", timeout=10_000)
        expect(progress.locator(".count-done")).to_have_text("3", timeout=15_000)
    finally:
        thread.join()
    expect(progress.locator(".count-waiting")).to_have_text("0")
    expect(progress.locator(".count-failed")).to_have_text("6")
    expect(progress).to_have_attribute("data-finished", "true")
    expect(progress.locator(".import-added")).to_contain_text("Ferry fares to rise")
    expect(progress.locator(".import-failures")).to_contain_text("not UTF-8")
    expect(progress.locator("svg.bar rect.seg-verified")).to_have_count(1)
    assert page.evaluate("window.notReloaded") is True  # updated in place, never reloaded
    shoot(page, "61-import-finished")
    page.get_by_role("link", name="Ferry fares to rise").click()
    expect(page.get_by_role("heading", name="Ferry fares to rise")).to_be_visible()
    assert page.console_errors == []
