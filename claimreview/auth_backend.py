"""Django's model backend, with a signed-in user and their permissions read in one query."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import CharField, OuterRef, Q, Value
from django.db.models.functions import Concat


def _permission_names(user_ref) -> ArraySubquery:
    """'app_label.codename' of every permission a user has, their own and their groups'."""
    return ArraySubquery(
        Permission.objects.filter(Q(user=user_ref) | Q(group__user=user_ref))
        .annotate(
            dotted=Concat(
                "content_type__app_label", Value("."), "codename", output_field=CharField()
            )
        )
        .values("dotted")
        .distinct()
    )


class OneQueryModelBackend(ModelBackend):
    """Every page checks a permission, so every request loads the user and their permissions:
    here in one query (Django's backend asks three times: the user, their own permissions,
    their groups'). Same answers, same cache attribute."""

    def get_user(self, user_id):
        users = get_user_model()._default_manager.annotate(
            permission_names=_permission_names(OuterRef("pk"))
        )
        try:
            user = users.get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        if not user.is_superuser:  # a superuser has every permission: read them when asked
            user._perm_cache = set(user.permission_names)
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            pairs = permissions.values_list("content_type__app_label", "codename").distinct()
            user_obj._perm_cache = {f"{app}.{codename}" for app, codename in pairs}
        return user_obj._perm_cache
