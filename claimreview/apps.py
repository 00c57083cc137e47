from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimreviewConfig(AppConfig):
    name = "claimreview"
    verbose_name = "Claim review"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from claimreview.roles import ensure_roles_after_migrate

        # After the auth app's own post_migrate handler has created the permissions.
        post_migrate.connect(ensure_roles_after_migrate, sender=self)
