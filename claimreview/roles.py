"""The three roles as Django groups: reviewer < editor < admin.

Made by the data migration 0002_roles, and again after every `migrate` or test-database flush
(post_migrate), so the groups and their permissions always match this file.
"""

REVIEWER = [
    "claimreview.view_article",
    "claimreview.view_claim",
    "claimreview.view_review",
    "claimreview.review_claims",
]
EDITOR = [
    *REVIEWER,
    "claimreview.add_article",
    "claimreview.change_article",
    "claimreview.correct_claims",
    "claimreview.sign_off_article",
    "claimreview.prioritize_article",
]
ADMIN = [
    *EDITOR,
    "claimreview.view_user",
    "claimreview.add_user",
    "claimreview.change_user",
    "claimreview.delete_user",
    # Groups are the roles, defined here and re-applied on every migrate: an admin sees them,
    # only a superuser changes them (an admin could otherwise give a group, and so themselves,
    # any permission, or rename "admin" past the rule that only superusers grant it).
    "auth.view_group",
    "auth.view_permission",
    "claimreview.change_claim",
    "claimreview.delete_article",
    "claimreview.view_source",
    "claimreview.view_articleevent",
    # API tokens: made and revoked in admin (a token acts as its user, with that user's role).
    "claimreview.view_apitoken",
    "claimreview.add_apitoken",
    "claimreview.change_apitoken",
]
ROLES = {"reviewer": REVIEWER, "editor": EDITOR, "admin": ADMIN}


def ensure_roles(group_model, permission_model, *, models_so_far: bool = False) -> None:
    """Create or update the role groups; takes the models so a migration can pass its own.
    `models_so_far`: a migration, before later migrations made the other models (their
    permissions are added by the post_migrate handler); otherwise a missing one is an error."""
    for name, codes in ROLES.items():
        group, _ = group_model.objects.get_or_create(name=name)
        wanted = []
        for code in codes:
            app_label, codename = code.split(".")
            found = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if found is None and not models_so_far:
                raise permission_model.DoesNotExist(f"roles.py names {code}, which does not exist")
            if found is not None:
                wanted.append(found)
        group.permissions.set(wanted)


def ensure_roles_after_migrate(sender, *, using="default", **kwargs) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # This app's handler can run before auth's has reached the other apps: make them first.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_roles(Group, Permission)
