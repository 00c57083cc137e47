"""The printed report (issue 16): a signed-off article of 37 claims prints compactly to A4,
every page with the article's title, version and sign-off at the top and its number at the
bottom, and no page left nearly blank. The PDF's pages are rendered to
tests/screenshots/report-print-page-N.png... by hand (see the README), the PDF is kept."""

import re
import unicodedata
import uuid
from io import BytesIO

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from claimreview import desk
from claimreview.models import Claim, Verdict
from tests.browser.conftest import SCREENSHOTS
from tests.browser.test_foundation import log_in
from tests.factories import add_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Island ferry budget: what the council said"
SENTENCES = [
    "The Lowmoor harbour council voted {n} to 3 on Monday to open a ferry route, its chair said.",
    "The route will cost £{n}.5m a year to run, according to the council's budget.",
    "Island schools have lost a third of their pupils since 20{n:02d}, census figures show.",
    "Critics say the figure of {n} crossings a week is too low for the islands.",
]
# The browser's header and footer (Chromium's print templates): the page's <title> (title,
# version, sign-off) and "Page N of M". Browser printing shows the same from the same title.
HEADER = (
    '<div style="font-size:8px;width:100%;padding:0 14mm;color:#444">'
    '<span class="title"></span></div>'
)
FOOTER = (
    '<div style="font-size:8px;width:100%;padding:0 14mm;text-align:right;color:#444">'
    'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
)


def signed_off_article(editor, reviewer):
    paragraphs = []
    for p in range(10):
        paragraphs.append(" ".join(s.format(n=p * 4 + i + 1) for i, s in enumerate(SENTENCES)))
    article = add_article(
        created_by=editor, title=TITLE, text=TITLE + "\n\n" + "\n\n".join(paragraphs[:9])
    )
    claims = list(Claim.objects.filter(article=article, is_boilerplate=False).order_by("position"))
    source = desk.SourceData(url="https://example.org/lowmoor/budget-2026", title="Council budget")
    verdicts = [Verdict.VERIFIED, Verdict.DISPUTED, Verdict.ATTRIBUTED, Verdict.VERIFIED]
    for i, claim in enumerate(claims):
        verdict = verdicts[i % 4]
        desk.submit_verdict(
            claim_id=claim.pk, reviewer=reviewer, verdict=verdict, expected_version=claim.version,
            request_id=uuid.uuid4(), note="Checked against the council's published papers.",
            attributed_to="Chair Ines Patel" if verdict == Verdict.ATTRIBUTED else "",
            sources=[source] if verdict != Verdict.ATTRIBUTED else [],
        )  # fmt: skip
    desk.sign_off(article_id=article.pk, editor=editor)
    return article


def test_the_signed_off_report_prints_compactly_with_a_running_header(
    page, editor, reviewer, shoot
):
    article = signed_off_article(editor, reviewer)
    assert article.claim_count == 37
    log_in(page, editor.username)
    page.goto(f"/articles/{article.pk}/report/")
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    # The metadata line has no separator without a part after it.
    assert not re.search(r"·\s*$", page.locator(".report-head").inner_text().split("\n")[1])
    page.emulate_media(media="print")
    shoot(page, "21-report-print")
    pdf = page.pdf(
        format="A4", print_background=True, display_header_footer=True,
        header_template=HEADER, footer_template=FOOTER,
        margin={"top": "16mm", "bottom": "16mm", "left": "14mm", "right": "14mm"},
    )  # fmt: skip
    (SCREENSHOTS / "report-signed-off.pdf").write_bytes(pdf)
    pages = PdfReader(BytesIO(pdf)).pages
    # NFKC: the PDF's text has ligatures (ﬀ, ﬁ) where the page had two letters.
    texts = [unicodedata.normalize("NFKC", p.extract_text()) for p in pages]
    assert 2 <= len(pages) <= 5, len(pages)  # it was 10, four of them nearly blank
    signed = f"signed off by {editor} on"
    for number, text in enumerate(texts, start=1):
        assert TITLE in text and "version 1" in text and signed in text, (number, text[:200])
        assert f"Page {number} of {len(pages)}" in text
    # Every page but the last is well filled (no group starts a new page).
    for number, text in enumerate(texts[:-1], start=1):
        assert len(text) > 1500, (number, len(text))
    assert page.console_errors == []
