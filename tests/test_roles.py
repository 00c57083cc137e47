"""Roles fail closed: every URL of the app answers 403 to a logged-in account without a role.

The crawl walks the URL configuration itself, so a view added later without a role check fails
here without anyone remembering to add it to a list.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from claimreview.models import ImportBatch
from tests.factories import add_article, make_user

# Reachable without a role: logging in and out (an account with no role must still get out),
# and the load balancers' probe. The admin keeps its own staff check (tested in test_views).
OPEN = {"login", "logout", "healthz"}


def app_patterns(patterns=None, prefix=""):
    """(route, name, callback) of every pattern outside the admin, nested includes too."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin" or entry.namespace == "admin":
                continue
            yield from app_patterns(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.name, entry.callback


def url_for(route: str, ids: dict[str, int]) -> str:
    path = route
    for name, value in ids.items():
        for converter in ("id", "int"):
            path = path.replace(f"<{converter}:{name}>", str(value))
        path = path.replace(f"<{name}>", str(value))  # the API's (ninja checks the type)
    assert "<" not in path, f"the crawl does not know how to fill {route}"
    return "/" + path


@pytest.fixture
def norole(db):
    return make_user("nora-norole", first_name="Nora", last_name="Norole")


@pytest.fixture
def ids(editor):
    article = add_article(created_by=editor)
    claim = article.claims.filter(is_boilerplate=False).first()
    batch = ImportBatch.objects.create(name="An import", created_by=editor)
    return {"article_id": article.pk, "claim_id": claim.pk, "number": 1, "import_id": batch.pk}


def test_the_crawl_finds_the_app():
    names = {name for _, name, _ in app_patterns()}
    assert {"article-list", "queue", "claim-review", "article-report", "desk-stats"} <= names
    assert names >= OPEN


def test_every_view_declares_its_role():
    """Each view carries the permission its role decorator checks (views/common.py)."""
    for route, name, callback in app_patterns():
        if name in OPEN:
            continue
        assert getattr(callback, "required_permission", None), (
            f"{route} ({name}) has no role check: use reviewer_required or editor_required"
        )


@pytest.mark.parametrize("method", ["get", "post", "put", "delete"])
def test_every_page_is_forbidden_without_a_role(client, norole, ids, method):
    client.force_login(norole)
    checked = []
    for route, name, _ in app_patterns():
        if name in OPEN:
            continue
        for variant in (ids, {key: 999_999_999 for key in ids}):  # real and unknown ids alike
            url = url_for(route, variant)
            response = getattr(client, method)(url, headers={"HX-Request": "true"})
            assert response.status_code == 403, (method, url, response.status_code)
            response = getattr(client, method)(url)
            assert response.status_code == 403, (method, url, response.status_code)
            assert b"has no role yet" in response.content
            checked.append(url)
    assert len(checked) >= 2 * 15


def test_no_role_user_can_still_log_out(client, norole):
    client.force_login(norole)
    assert client.post("/logout/").status_code == 302
    assert client.get("/").status_code == 302  # now anonymous: to the login page


def test_giving_a_role_opens_the_pages(client, norole, ids):
    from django.contrib.auth.models import Group

    client.force_login(norole)
    assert client.get("/").status_code == 403
    norole.groups.add(Group.objects.get(name="reviewer"))
    assert client.get("/").status_code == 200
    assert client.get(f"/articles/{ids['article_id']}/").status_code == 200
