"""/healthz: what a load balancer sees."""

import logging
from unittest import mock

import pytest
from django.contrib.sessions.models import Session
from django.db import OperationalError, connections
from django.urls import reverse


def test_ok_for_anyone_without_a_session(client, db):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies  # no session, no CSRF cookie
    assert "Cookie" not in response.get("Vary", "")
    assert not Session.objects.exists()


def test_path_is_healthz():
    assert reverse("healthz") == "/healthz"


def test_head_works_and_writes_are_refused(client, db):
    assert client.head(reverse("healthz")).status_code == 200
    assert client.post(reverse("healthz")).status_code == 405


def test_not_redirected_to_https_when_the_rest_is(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get(reverse("healthz")).status_code == 200
    assert client.get(reverse("login")).status_code == 301


@pytest.mark.parametrize("method", ["get", "head"])
def test_503_when_the_database_is_unreachable(client, caplog, method):
    down = OperationalError("connection refused")
    with (
        mock.patch.object(connections["default"], "cursor", side_effect=down),
        caplog.at_level(logging.ERROR, logger="claimreview.health"),
    ):
        response = getattr(client, method)(reverse("healthz"))
    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/plain")
    assert "database is unreachable" in caplog.text
