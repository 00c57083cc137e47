"""Create the demo editor and two demo articles on first run; print the login every run."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claimreview import desk
from claimreview.models import Article, User

DEMO_USERNAME = "demo-editor"
DEMO_DIR = Path(__file__).resolve().parent.parent.parent / "demo"


class Command(BaseCommand):
    help = "Create a demo editor login and two demo articles (once), then print the login."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="printed for the user")

    def handle(self, *args, **options):
        login_file = settings.VAR_DIR / "demo-login.txt"
        with transaction.atomic():
            user = User.objects.filter(username=DEMO_USERNAME).first()
            if user is None:
                password = secrets.token_urlsafe(9)
                user = User.objects.create_user(
                    DEMO_USERNAME, password=password, first_name="Demo", last_name="Editor",
                    is_staff=True,
                )  # fmt: skip
                user.groups.set(Group.objects.filter(name__in=["editor", "admin"]))
                login_file.parent.mkdir(parents=True, exist_ok=True)
                login_file.write_text(password)
                login_file.chmod(0o600)
            if not Article.objects.exists():
                for path in sorted(DEMO_DIR.glob("*.txt")):
                    title, _, body = path.read_text(encoding="utf-8").partition("\n\n")
                    prepared = desk.prepare(title=title.strip(), text=body)
                    desk.create_article(
                        prepared=prepared, title=title.strip(), created_by=user,
                        publication="The Demo Gazette",
                    )  # fmt: skip
        password = login_file.read_text().strip() if login_file.exists() else "(set earlier)"
        # Framed, so it stands out above the server's and the worker's log lines; the same
        # login is in var/demo-login.txt.
        lines = [
            f"claimreview is ready: {options['url']}",
            f"  username: {DEMO_USERNAME}",
            f"  password: {password}",
            f"  (also in {login_file})",
        ]
        rule = "=" * max(len(line) for line in lines)
        self.stdout.write(self.style.SUCCESS("\n".join(["", rule, *lines, rule, ""])))
