"""An editor opens the report, downloads each export and prints the page to PDF."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_foundation import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_report_exports_and_pdf(page, editor, reviewer, article, shoot, tmp_path):
    from tests.test_review_desk import verdict

    claims = list(article.claims.filter(is_boilerplate=False).order_by("position"))
    verdict(claims[1], reviewer, "disputed", note="The minutes record 11 votes to 4.")
    verdict(claims[2], reviewer, "attributed", attributed_to="Chair Ines Patel")
    verdict(claims[3], reviewer, "verified")
    log_in(page, editor.username)
    page.goto(f"/articles/{article.pk}/")
    page.get_by_role("link", name="Verification report").click()
    expect(page.get_by_role("heading", name=article.title)).to_be_visible()
    expect(page.locator(".verdict-section").first).to_contain_text(
        "The minutes record 11 votes to 4."
    )
    shoot(page, "20-report")

    downloads = {}
    for label in ("CSV", "JSON", "ClaimReview JSON-LD"):
        with page.expect_download() as info:
            page.get_by_role("link", name=label, exact=True).click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        downloads[label] = path
    assert downloads["CSV"].read_text(encoding="utf-8-sig").count("\n") == article.claim_count + 1
    assert json.loads(downloads["JSON"].read_text())["summary"]["disputed"] == 1
    items = json.loads(downloads["ClaimReview JSON-LD"].read_text())
    assert {i["reviewRating"]["alternateName"] for i in items} == {"Disputed", "Verified"}

    page.emulate_media(media="print")
    shoot(page, "21-report-print")
    pdf = SCREENSHOTS / "report.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page.console_errors == []
