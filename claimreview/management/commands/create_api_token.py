"""`manage.py create_api_token USERNAME [--name NAME]`: a new API token for that account,
printed once (only its hash is stored). It acts with the account's role; revoke it in admin."""

from django.core.management.base import BaseCommand, CommandError

from claimreview.api import tokens
from claimreview.models import User


class Command(BaseCommand):
    help = "Create an API token for USERNAME and print it (shown only this once)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="What the token is for.")

    def handle(self, *args, username: str, name: str, **options) -> None:
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        if not user.is_active:
            raise CommandError(f"{username!r} is inactive: its token would not work.")
        if not user.groups.exists() and not user.is_superuser:
            self.stderr.write(
                f"Note: {username!r} has no role yet; the token gets 403s until it has one."
            )
        row, token = tokens.create_token(user=user, name=name or "command line")
        self.stderr.write(f"Token {row.prefix}… for {user} (store it now: it is not shown again):")
        self.stdout.write(token)
