"""Fixtures for the app tests. Nothing Django is imported at module level, so tests/text runs
without settings or a database (python -m pytest -p no:django tests/text)."""

import pytest


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
