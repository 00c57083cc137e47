"""Fixtures for the app tests. Nothing Django is imported at module level, so tests/text runs
without settings or a database (python -m pytest -p no:django tests/text)."""

import pytest

FAST_HASHER = "django.contrib.auth.hashers.MD5PasswordHasher"


@pytest.fixture(scope="session", autouse=True)
def fast_password_hasher(request):
    """Tests hash passwords with MD5, not PBKDF2's million rounds: every user a fixture makes
    and every login a test tries costs microseconds instead of a third of a second. Production
    settings are untouched. (Skipped when pytest runs without pytest-django, for tests/text.)"""
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.test.utils import override_settings

    with override_settings(PASSWORD_HASHERS=[FAST_HASHER]):
        yield


@pytest.fixture
def reviewer(db):
    from tests.factories import make_user

    return make_user("rita-reviewer", "reviewer", first_name="Rita", last_name="Reviewer")


@pytest.fixture
def editor(db):
    from tests.factories import make_user

    return make_user("ed-editor", "editor", first_name="Ed", last_name="Editor")


@pytest.fixture
def admin_user(db):
    from tests.factories import make_user

    return make_user("ada-admin", "admin", "editor", is_staff=True)


@pytest.fixture
def article(editor):
    from tests.factories import add_article

    return add_article(created_by=editor)
