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
