"""Users and articles for the app tests (imports Django; the text tests never load it)."""

from django.contrib.auth.models import Group

from claimreview import desk
from claimreview.models import User

PASSWORD = "correct horse battery staple"

SAMPLE_ARTICLE = """Harbour council backs new ferry route

The Lowmoor harbour council voted 12 to 3 on Monday to open a ferry route to the islands, its chair said.

"This is the first new route in 40 years," Chair Ines Patel told reporters. "It will not be the last."

The route will cost £2.5m a year to run, according to the council's budget. Critics say the figure is too low.

Subscribe now

© 2026 The Lowmoor Ledger
"""


def make_user(username: str, *roles: str, **extra) -> User:
    user = User.objects.create_user(username, password=PASSWORD, **extra)
    if roles:
        user.groups.set(Group.objects.filter(name__in=roles))
    return user


def add_article(*, created_by, title="Harbour council backs new ferry route", text=SAMPLE_ARTICLE):
    prepared = desk.prepare(title=title, text=text)
    return desk.create_article(prepared=prepared, title=title, created_by=created_by)
