"""Django's model backend, with a signed-in user and their permissions read in one query."""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q


@functools.cache
def _user_with_permissions_sql() -> str:
    """The user's row and the 'app_label.codename' of every permission they have, their own and
    their groups'. SQL rather than the ORM: this runs on every request, and compiling the
    equivalent annotated query cost more than two plain queries."""
    user_model = get_user_model()
    return f"""
SELECT u.*, ARRAY(
    SELECT DISTINCT ct.app_label || '.' || p.codename
    FROM {Permission._meta.db_table} p
    JOIN {ContentType._meta.db_table} ct ON ct.id = p.content_type_id
    WHERE p.id IN (
        SELECT up.permission_id FROM {user_model.user_permissions.through._meta.db_table} up
        WHERE up.user_id = u.id
        UNION
        SELECT gp.permission_id FROM {Group.permissions.through._meta.db_table} gp
        JOIN {user_model.groups.through._meta.db_table} ug ON ug.group_id = gp.group_id
        WHERE ug.user_id = u.id
    )
) AS permission_names
FROM {user_model._meta.db_table} u
WHERE u.id = %s
"""  # noqa: S608 (table names from the models; the id is a query parameter)


class OneQueryModelBackend(ModelBackend):
    """Every page checks a permission, so every request loads the user and their permissions:
    here in one query (Django's backend asks three times: the user, their own permissions,
    their groups'). Same answers, same cache attribute; nothing is kept between requests, so a
    removed role or a deactivated account counts at once."""

    def get_user(self, user_id):
        found = list(get_user_model()._default_manager.raw(_user_with_permissions_sql(), [user_id]))
        if not found:
            return None
        user = found[0]
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
