"""Login throttling (django-axes, claimreview/login_throttle.py) on /login/ and /admin/login/."""

import io
import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.core.management import call_command
from django.db.models import F
from django.http import HttpRequest
from django.test import RequestFactory
from django.urls import reverse

from claimreview.login_throttle import client_ip
from tests.factories import PASSWORD

MESSAGE = "Too many failed attempts. Try again in 15 minutes."
HOME = "203.0.113.7"  # an address from the documentation range
ELSEWHERE = "198.51.100.9"


def attempt(client, username, password, *, ip=HOME, url=None):
    return client.post(
        url or reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def fail(client, username, times, **kwargs):
    for _ in range(times):
        response = attempt(client, username, "not the password", **kwargs)
    return response


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_five_wrong_passwords_then_the_right_one_is_refused_on_our_login_page(client, reviewer):
    response = fail(client, reviewer.username, 4)
    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content

    response = attempt(client, reviewer.username, "not the password")  # the fifth
    assert response.status_code == 429
    assert MESSAGE in response.content.decode()

    response = attempt(client, reviewer.username, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert MESSAGE in html
    assert "Log in to claimreview" in html  # our page with its form, not a bare text
    assert 'name="password"' in html
    assert "Please enter a correct" not in html  # the one message, not two
    assert not logged_in(client)
    assert client.get(reverse("article-list")).status_code == 302


def test_the_admin_login_page_is_throttled_too(client, admin_user):
    url = reverse("admin:login")
    fail(client, admin_user.username, 5, url=url)
    response = attempt(client, admin_user.username, PASSWORD, url=url)
    assert response.status_code == 429
    html = response.content.decode()
    assert MESSAGE in html
    assert 'id="login-form"' in html  # admin's own login page
    assert not logged_in(client)
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_lockout_counts_per_account_and_per_address(client, reviewer, editor, admin_user):
    fail(client, reviewer.username, 5, ip=HOME)
    # The same account from another address: refused (many addresses, one password to guess).
    assert attempt(client, reviewer.username, PASSWORD, ip=ELSEWHERE).status_code == 429
    # Another account from the same address: refused (one address trying many accounts).
    assert attempt(client, editor.username, PASSWORD, ip=HOME).status_code == 429
    # Another account from another address: unaffected.
    response = attempt(client, admin_user.username, PASSWORD, ip=ELSEWHERE)
    assert response.status_code == 302
    assert logged_in(client)


def test_the_lockout_runs_out_after_the_cool_off(client, reviewer):
    fail(client, reviewer.username, 5)
    assert attempt(client, reviewer.username, PASSWORD).status_code == 429
    # Sixteen minutes later (the last refused attempt restarted the fifteen):
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    response = attempt(client, reviewer.username, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_each_refused_attempt_restarts_the_cool_off(client, reviewer):
    fail(client, reviewer.username, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=10))
    assert attempt(client, reviewer.username, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=10))
    assert attempt(client, reviewer.username, PASSWORD).status_code == 429


def test_an_admin_can_lift_a_lockout(client, reviewer, editor):
    fail(client, reviewer.username, 5)
    call_command("axes_reset_username", reviewer.username, stdout=io.StringIO())  # README's way
    assert attempt(client, reviewer.username, PASSWORD).status_code == 302
    client.post(reverse("logout"))
    fail(client, editor.username, 5)
    assert reset(username=editor.username) > 0  # axes.utils, the same from Python
    assert attempt(client, editor.username, PASSWORD).status_code == 302


def test_a_successful_login_forgets_the_typos_before_it(client, reviewer):
    fail(client, reviewer.username, 4)
    assert attempt(client, reviewer.username, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.exists()
    client.post(reverse("logout"))
    assert fail(client, reviewer.username, 4).status_code == 200  # counting from zero again
    assert attempt(client, reviewer.username, PASSWORD).status_code == 302


def test_logging_in_as_yourself_does_not_forgive_guesses_at_a_colleague(client, reviewer, editor):
    fail(client, editor.username, 4)
    assert attempt(client, reviewer.username, PASSWORD).status_code == 302
    client.post(reverse("logout"))
    assert attempt(client, editor.username, "still guessing").status_code == 429


def test_lockouts_are_logged(client, reviewer, caplog):
    with caplog.at_level(logging.WARNING, logger="claimreview.auth"):
        fail(client, reviewer.username, 4)
        assert not [r for r in caplog.records if r.name == "claimreview.auth"]
        fail(client, reviewer.username, 1)
    [record] = [r for r in caplog.records if r.name == "claimreview.auth"]
    assert record.levelno == logging.WARNING
    assert "too many failed attempts" in record.getMessage()
    assert "'rita-reviewer'" in record.getMessage()
    assert HOME in record.getMessage()


def test_logging_in_without_a_password_form_still_works_in_tests(client, reviewer):
    client.force_login(reviewer)
    assert client.get(reverse("article-list")).status_code == 200
    client.logout()
    # Axes counts attempts per request, so a password login must bring one.
    assert client.login(request=HttpRequest(), username=reviewer.username, password=PASSWORD)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "10.0.0.5"),  # no proxy: the header is the client's to invent
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "6.6.6.6, 192.0.2.1", "192.0.2.1"),  # what the client wrote first is ignored
        (2, "6.6.6.6, 192.0.2.1, 10.0.0.9", "192.0.2.1"),
        (2, "192.0.2.1", "10.0.0.5"),  # shorter than the proxies: not through them
        (1, "not-an-address", "10.0.0.5"),
        (1, "", "10.0.0.5"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address_behind_trusted_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_behind_a_proxy_one_client_does_not_lock_out_the_others(client, settings, reviewer, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.5"}
    for _ in range(5):
        client.post(reverse("login"), {"username": "nobody", "password": "x"},
                    HTTP_X_FORWARDED_FOR=HOME, **proxy)  # fmt: skip
    assert client.post(reverse("login"), {"username": "nobody2", "password": "x"},
                       HTTP_X_FORWARDED_FOR=HOME, **proxy).status_code == 429  # fmt: skip
    response = client.post(
        reverse("login"), {"username": editor.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR=ELSEWHERE, **proxy,
    )  # fmt: skip
    assert response.status_code == 302


# --- found by an outside tester: long usernames and bursts ----------------------------------


@pytest.mark.parametrize("url_name", ["login", "admin:login"])
def test_an_overlong_username_is_a_failed_login_not_a_500(client, url_name):
    response = attempt(client, "a" * 256, "x", url=reverse(url_name))
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
