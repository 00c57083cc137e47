"""An editor finds articles on the dashboard, searches claims, and reads the desk statistics."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.test_foundation import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(editor, reviewer):
    """A desk with history: generated articles plus one written here with a disputed claim."""
    from tests.factories import add_article
    from tests.test_review_desk import verdict

    call_command(
        "generate_desk_data", articles=40, claims_per_article=8, big_article_claims=0,
        reviewers=4, batch=20, stdout=io.StringIO(),
    )  # fmt: skip
    text = (
        "The harbour budget was cut by a third, the treasurer said.\n\n"
        "Officials said the budget for schools and the budget for roads both fell.\n\n"
        "Three new hospitals will open before 2030."
    )
    article = add_article(created_by=editor, title="Harbour budget cut by a third", text=text)
    claims = list(article.claims.order_by("position"))
    verdict(claims[0], reviewer, "disputed", note="The budget papers show a cut of 12%.")
    verdict(claims[1], reviewer, "attributed", attributed_to="Officials")
    return article


def test_dashboard_filters_sorts_and_pages(page, editor, desk, shoot):
    log_in(page, editor.username)
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()
    expect(page.locator("table.articles tbody tr")).to_have_count(25)
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()
    shoot(page, "30-dashboard")

    page.get_by_label("Has disputed claims").check()
    page.locator("#id_sort").select_option("disputed")
    page.get_by_role("button", name="Apply").click()
    first_count = page.locator("table.articles tbody tr").first.locator(".disputed-count")
    expect(first_count).to_be_visible()
    assert "has_disputed=on" in page.url and "sort=disputed" in page.url
    shoot(page, "31-dashboard-disputed")

    page.get_by_label("Search titles").fill("harbour budget")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("table.articles tbody tr")).to_have_count(1)
    page.get_by_role("link", name="Harbour budget cut by a third").click()
    expect(page.get_by_role("heading", name="Harbour budget cut by a third")).to_be_visible()
    assert page.console_errors == []


def test_search_finds_a_claim_and_opens_it_in_context(page, reviewer, desk, shoot):
    log_in(page, reviewer.username)
    page.get_by_role("link", name="Search", exact=True).click()
    box = page.get_by_label("Search claims")
    box.fill("budgets")  # typing searches as you go (htmx), stemmed: "budgets" finds "budget"
    hits = page.locator("li.hit")
    expect(hits.first).to_be_visible()
    expect(hits.first.locator("mark").first).to_have_text("budget")
    expect(page.locator(".result-count")).to_contain_text("best match first")
    assert "q=budgets" in page.url  # the search is in the address: shareable, back works
    shoot(page, "32-search")

    box.fill("budgets treasurer")
    expect(hits).to_have_count(1)
    page.locator("#id_verdict").select_option("disputed")
    expect(hits).to_have_count(1)
    expect(hits.first.locator(".verdict-chip")).to_have_text("Disputed")
    hits.first.locator("a.hit-text").click()
    target = page.locator(".claim:target")
    expect(target).to_contain_text("The harbour budget was cut by a third")
    shoot(page, "33-search-hit-in-context", full_page=False)
    assert page.console_errors == []


def test_editor_reads_the_desk_statistics(page, editor, desk, shoot):
    log_in(page, editor.username)
    page.get_by_role("link", name="Desk", exact=True).click()
    expect(page.get_by_role("heading", name="Backlog by article")).to_be_visible()
    expect(page.locator(".stat").first).to_contain_text("claims waiting")
    expect(page.locator("table.per-day tbody tr").first).to_be_visible()
    expect(page.locator("table.per-day tfoot")).to_contain_text("All")
    shoot(page, "34-desk")
    assert page.console_errors == []


def test_reviewers_do_not_see_the_desk_link(page, reviewer, desk):
    log_in(page, reviewer.username)
    expect(page.get_by_role("link", name="Search", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Desk", exact=True)).to_have_count(0)
