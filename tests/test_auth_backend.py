"""The one-query permission backend answers exactly as Django's ModelBackend does."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission

from claimreview.auth_backend import OneQueryModelBackend
from claimreview.models import User
from tests.factories import make_user


@pytest.mark.parametrize(
    ("roles", "direct", "extra"),
    [
        ((), [], {}),
        (("reviewer",), [], {}),
        (("editor", "admin"), [], {}),
        (("reviewer",), ["delete_article"], {}),
        ((), ["view_claim"], {}),
        (("editor",), [], {"is_superuser": True}),
        (("editor",), ["view_claim"], {"is_active": False}),
    ],
)
def test_same_permissions_as_django(db, roles, direct, extra, django_assert_num_queries):
    user = make_user("pat", *roles, **extra)
    user.user_permissions.set(Permission.objects.filter(codename__in=direct))
    expected = ModelBackend().get_all_permissions(User.objects.get(pk=user.pk))
    fresh = User.objects.get(pk=user.pk)
    with django_assert_num_queries(1 if fresh.is_active else 0):
        ours = OneQueryModelBackend().get_all_permissions(fresh)
    assert ours == expected
    if fresh.is_active:
        assert OneQueryModelBackend().get_all_permissions(fresh) is ours  # cached on the user


@pytest.mark.parametrize(
    ("roles", "direct", "extra"),
    [
        ((), [], {}),
        (("reviewer",), [], {}),
        (("editor", "admin"), ["delete_article"], {}),
        ((), ["view_claim"], {}),
        (("editor",), [], {"is_superuser": True}),
    ],
)
def test_signed_in_user_comes_with_the_same_permissions(
    db, roles, direct, extra, django_assert_num_queries
):
    user = make_user("pat", *roles, **extra)
    user.user_permissions.set(Permission.objects.filter(codename__in=direct))
    expected = ModelBackend().get_all_permissions(User.objects.get(pk=user.pk))
    backend = OneQueryModelBackend()
    with django_assert_num_queries(1):
        loaded = backend.get_user(user.pk)
        if not loaded.is_superuser:  # a superuser's permissions are read when first asked
            assert backend.get_all_permissions(loaded) == expected
    assert backend.get_all_permissions(loaded) == expected
    assert loaded == user


def test_signed_in_user_who_was_deactivated_or_deleted_is_nobody(db):
    user = make_user("pat", "reviewer", is_active=False)
    assert OneQueryModelBackend().get_user(user.pk) is None
    assert OneQueryModelBackend().get_user(user.pk + 1000) is None


def test_a_removed_role_counts_on_the_next_request(db, client):
    """Nothing is cached across requests: taking a reviewer's group away locks them out at
    once."""
    user = make_user("pat", "reviewer")
    client.force_login(user)
    assert client.get("/queue/").status_code == 200
    user.groups.clear()
    assert client.get("/queue/").status_code == 403
