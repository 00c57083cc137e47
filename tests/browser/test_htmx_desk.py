"""htmx in a real browser: a rule broken shows in the desk (a 400 swapped), a lost lease is
announced and its polling stops (286), an account without a role is told so."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from claimreview import desk
from tests.browser.test_foundation import log_in
from tests.factories import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_broken_rule_is_shown_in_the_desk(page, reviewer, article, shoot):
    log_in(page, reviewer.username)
    page.get_by_role("link", name="Review queue").click()
    claim = page.locator("#verdict-form").get_attribute("action")
    page.keyboard.press("d")
    page.keyboard.type("No source given.")
    page.keyboard.press("Control+Enter")
    # The 400 answer is swapped in (htmx-config): the message, the same claim, what was typed.
    expect(page.locator("#desk .form-error")).to_contain_text("needs at least one source")
    assert page.locator("#verdict-form").get_attribute("action") == claim
    expect(page.locator("#id_note")).to_have_value(re.compile("No source given."))
    expect(page).to_have_url(re.compile(r"/queue/$"))
    shoot(page, "40-desk-rule-broken")
    # Fixing it saves it.
    page.locator("#verdict-form input[type=url]").first.fill("https://example.org/minutes")
    page.get_by_role("button", name=re.compile("Save")).click()
    expect(page.locator("#desk .message")).to_contain_text("as disputed")
    assert [e for e in page.console_errors if "400" not in e] == []


def test_a_lost_lease_is_announced_and_polling_stops(page, reviewer, article, shoot):
    page.clock.install()
    log_in(page, reviewer.username)
    page.get_by_role("link", name="Review queue").click()
    expect(page.locator("#lease")).to_contain_text("Yours until")
    beats = []
    page.on("request", lambda r: beats.append(r.url) if "/heartbeat/" in r.url else None)

    page.clock.run_for(61_000)  # the first heartbeat keeps the lease
    page.wait_for_timeout(300)
    assert len(beats) == 1
    expect(page.locator("#lease")).to_contain_text("Yours until")

    # The lease runs out and the queue takes the claim back.
    desk.release_expired(now=timezone.now() + timedelta(minutes=11))
    page.clock.run_for(61_000)
    expect(page.locator("#lease")).to_contain_text("no longer held for you")
    expect(page.locator("#lease")).to_have_attribute("role", "alert")
    shoot(page, "41-desk-lease-lost")
    # 286 stopped the polling: no more heartbeats.
    page.clock.run_for(5 * 61_000)
    page.wait_for_timeout(300)
    assert len(beats) == 2
    assert page.console_errors == []


def test_an_account_without_a_role_is_told_so(page, shoot):
    make_user("nora-norole", first_name="Nora", last_name="Norole")
    page.goto("/login/")
    page.get_by_label("Username").fill("nora-norole")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="You can’t open this page")).to_be_visible()
    expect(page.locator("main")).to_contain_text("has no role yet")
    expect(page.get_by_role("link", name="Search")).to_have_count(0)
    shoot(page, "42-no-role")
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login/"))
