"""The app's URLs plus the desk benchmark's baseline: a bare Django endpoint that takes a claim
with SKIP LOCKED. It runs behind the same middleware (session, logged-in user, CSRF check) as the
desk, so the two figures differ only by what the desk does on top: the verdict's transaction,
the hand-out's rules, the page."""

from django.db import connection, transaction
from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_POST

from claimreview.text.checkworthy import THRESHOLD

# The first free claim in queue order (check-worthy claims first, as the desk's index has them),
# row-locked for the length of the transaction: the minimal "take a claim" (nothing is written,
# so the baseline never runs out of claims).
_TAKE_ONE = f"""
SELECT id FROM claimreview_claim
WHERE verdict = 'unreviewed' AND NOT is_boilerplate AND lease_holder_id IS NULL
ORDER BY article_id, checkworthy_score >= {int(THRESHOLD)} DESC, position
LIMIT 1 FOR UPDATE SKIP LOCKED
"""  # noqa: S608 (a constant number)


@require_POST
def bare_take(request):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_TAKE_ONE)
        row = cursor.fetchone()
    return HttpResponse(str(row[0] if row else ""), content_type="text/plain")


urlpatterns = [
    path("bench/bare-take/", bare_take),
    path("", include("claimreview.urls")),
]
