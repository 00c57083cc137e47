"""Handing out claims: one reviewer per claim at a time, and abandoned work comes back.

A hand-out takes the next free claim with SELECT ... FOR UPDATE SKIP LOCKED, so concurrent
reviewers never wait for each other and never get the same claim: articles in queue order, and
within an article the check-worthy claims first, then reading order (only the check-worthy ones
under "check-worthy only"). The lease it writes expires by itself, so a closed tab does not hold
a claim for ever. The page's heartbeat extends the lease while the reviewer is on it.
"""

from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from claimreview.desk import changes, locks
from claimreview.models import (
    QUEUE_ORDER,
    Article,
    ArticleStatus,
    Claim,
    QueueScope,
    ReviewKind,
    User,
    Verdict,
)
from claimreview.text.checkworthy import THRESHOLD

LEASE = timedelta(minutes=10)
# A skipped claim is not offered to the same reviewer again for this long.
SKIP_COOLDOWN = timedelta(hours=4)


# The hand-out is the hot path of the desk (every verdict ends in one), so its statements are
# SQL: compiling the equivalent ORM queries (a NOT EXISTS, an OR, row locks, a join) cost
# more than running them. Each WHERE repeats its partial index's condition so the index serves it
# (Django binds parameters on the client, so the planner sees the values). Every statement here
# locks one claim row and nothing else, so none needs the article lock of `locks`.
# Each lease also says whether the claim has any history (verdicts, skips, corrections): a claim
# nobody touched yet has none, and its page then needs no query for it.

# 1. A reviewer who comes back gets the claim they hold, and its lease starts again.
_RENEW_HELD_LEASE = """
UPDATE claimreview_claim SET lease_expires_at = %(until)s
WHERE id = (
    SELECT c.id FROM claimreview_claim c
    WHERE c.lease_holder_id = %(reviewer)s AND c.lease_expires_at >= %(now)s
      AND c.verdict = %(unreviewed)s AND c.retired_in_version IS NULL
      AND (%(article)s::bigint IS NULL OR c.article_id = %(article)s)
    ORDER BY c.lease_expires_at
    LIMIT 1
    FOR UPDATE OF c
)
RETURNING id, EXISTS (
    SELECT 1 FROM claimreview_review r WHERE r.claim_id = claimreview_claim.id
) AS has_history
"""


def _order_by(fields: list[str]) -> str:
    return ", ".join(f"{f[1:]} DESC" if f.startswith("-") else f for f in fields)


# 2. Articles with claims left, in queue order (models.QUEUE_ORDER), each as [id, 1 if it queues
# all its claims, 0 if only the check-worthy ones].
_ARTICLES_IN_QUEUE_ORDER = f"""
SELECT ARRAY[id, (queue_scope = %(scope_all)s)::int] FROM claimreview_article
WHERE unreviewed_count > 0 AND status <> %(signed_off)s
  AND (%(article)s::bigint IS NULL OR id = %(article)s)
ORDER BY {_order_by(QUEUE_ORDER)}
LIMIT %(limit)s OFFSET %(offset)s
"""  # noqa: S608 (built from a constant list of column names)

# 3. Per article, in that order: its first free claim that nobody holds a row lock on (SKIP
# LOCKED, so reviewers never wait or collide) and this reviewer has not skipped lately gets
# the lease, in one statement. Check-worthy claims come first, then reading order: the order of
# the partial index claim_queue_worthy_first_idx, whose condition the WHERE repeats. Under
# "check-worthy only" (whole_article false, so the planner drops the OR) the scan reads the
# index's check-worthy part alone: that is counters.queued in SQL.
_LEASE_FIRST_FREE_CLAIM = """
UPDATE claimreview_claim SET lease_holder_id = %(reviewer)s, lease_expires_at = %(until)s
WHERE id = (
    SELECT c.id FROM claimreview_claim c
    WHERE c.article_id = %(article)s AND c.verdict = %(unreviewed)s AND NOT c.is_boilerplate
      AND c.retired_in_version IS NULL
      AND (%(whole_article)s OR c.checkworthy_score >= %(threshold)s)
      AND (c.lease_holder_id IS NULL OR c.lease_expires_at < %(now)s)
      AND NOT EXISTS (
          SELECT 1 FROM claimreview_review r
          WHERE r.claim_id = c.id AND r.reviewer_id = %(reviewer)s AND r.kind = %(skip)s
            AND r.created_at >= %(skipped_since)s
      )
    ORDER BY c.checkworthy_score >= %(threshold)s DESC, c.position
    LIMIT 1
    FOR UPDATE OF c SKIP LOCKED
)
RETURNING id, EXISTS (
    SELECT 1 FROM claimreview_review r WHERE r.claim_id = claimreview_claim.id
) AS has_history
"""


def _leased(cursor, sql: str, params: dict) -> tuple[int | None, bool]:
    """(claim id, has history) of the claim a lease statement leased, or (None, False)."""
    cursor.execute(sql, params)
    row = cursor.fetchone()
    return (row[0], row[1]) if row else (None, False)


# 1 and the first batch of 2 in one round trip: the lease renewed, if any, and the first
# articles in queue order (not needed when a lease was renewed, and cheap to read anyway).
# Built from the two constants above only; every value is a query parameter.
_RENEW_OR_FIRST_ARTICLES = f"""
WITH renewed AS ({_RENEW_HELD_LEASE})
SELECT (SELECT id FROM renewed), (SELECT has_history FROM renewed),
    ARRAY({_ARTICLES_IN_QUEUE_ORDER})
"""  # noqa: S608
_BATCH = 20
# The values the statements compare with, from the models' choices (never typed out in SQL).
_CONSTANTS = {
    "unreviewed": Verdict.UNREVIEWED,
    "signed_off": ArticleStatus.SIGNED_OFF,
    "skip": ReviewKind.SKIP,
    "scope_all": QueueScope.ALL,
    "threshold": THRESHOLD,
}


def _articles(cursor, article: Article | None, first_batch: list[list[int]]):
    """(article id, queues all its claims) in queue order: the first batch as given, then a
    batch at a time."""
    batch, offset = first_batch, 0
    params = {**_CONSTANTS, "article": article.pk if article is not None else None, "limit": _BATCH}
    while True:
        for article_id, whole in batch:
            yield article_id, bool(whole)
        if len(batch) < _BATCH:
            return
        offset += _BATCH
        cursor.execute(_ARTICLES_IN_QUEUE_ORDER, {**params, "offset": offset})
        batch = [row[0] for row in cursor.fetchall()]


def next_claim_for(*, reviewer: User, article: Article | None = None, now=None) -> Claim | None:
    """Lease the next claim to `reviewer` (their current one if they hold one); None if done."""
    now = now or timezone.now()
    # An editor may merge the leased claim away between the lease and loading it: lease again.
    for _attempt in range(3):
        claim_id, has_history = _lease(reviewer, article, now)
        if claim_id is None:
            return None
        # The article comes along for the page that shows the claim.
        claim = Claim.objects.with_article().filter(pk=claim_id).first()
        if claim is not None:
            claim.has_history = has_history
            return claim
    return None


def _lease(reviewer: User, article: Article | None, now) -> tuple[int | None, bool]:
    """(claim id, has history) of the claim leased to `reviewer`, or (None, False)."""
    params = {
        **_CONSTANTS,
        "reviewer": reviewer.pk,
        "article": article.pk if article is not None else None,
        "now": now,
        "until": now + LEASE,
        "skipped_since": now - SKIP_COOLDOWN,
    }
    # No transaction around these: each statement leases atomically on its own (the row lock of
    # UPDATE ... SKIP LOCKED), and a BEGIN and a COMMIT would be two more round trips.
    with connection.cursor() as cursor:
        cursor.execute(_RENEW_OR_FIRST_ARTICLES, {**params, "limit": _BATCH, "offset": 0})
        claim_id, has_history, first_articles = cursor.fetchone()
        if claim_id is None:
            # Article by article: usually the first one has a free claim.
            for article_id, whole in _articles(cursor, article, first_articles):
                claim_id, has_history = _leased(
                    cursor,
                    _LEASE_FIRST_FREE_CLAIM,
                    {**params, "article": article_id, "whole_article": whole},
                )
                if claim_id is not None:
                    break
    return claim_id, has_history


def extend_lease(*, claim_id: int, reviewer: User, now=None) -> bool:
    """The page's heartbeat: keep the lease while the reviewer has the claim open."""
    now = now or timezone.now()
    updated = Claim.objects.filter(
        pk=claim_id, lease_holder=reviewer, verdict=Verdict.UNREVIEWED
    ).update(lease_expires_at=now + LEASE)
    return bool(updated)


def skip(*, claim_id: int, reviewer: User, now=None) -> bool:
    """Give the claim back and keep it away from this reviewer for a while (recorded).

    Only a claim in the queue that this reviewer holds, or that nobody holds any more, can be
    skipped; any other (someone else's, reviewed, boilerplate) is left alone and nothing is
    recorded: False."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, _article = locks.claim(claim_id)
        held_by_other = (
            claim.lease_holder_id not in (None, reviewer.pk)
            and claim.lease_expires_at is not None
            and claim.lease_expires_at >= now
        )
        in_queue = claim.verdict == Verdict.UNREVIEWED and not claim.is_boilerplate
        if held_by_other or not in_queue:
            return False
        if claim.lease_holder_id is not None:
            claim.lease_holder = None
            claim.lease_expires_at = None
            claim.save(update_fields=["lease_holder", "lease_expires_at"])
        changes.skip_entry(claim, actor=reviewer)
    return True


def release_expired(*, now=None) -> int:
    """Return every claim whose lease ran out to the queue; the number released.

    SKIP LOCKED: a claim some transaction holds is left for the next run, so this never waits
    while holding other claims (it locks many rows, outside the article-first protocol)."""
    now = now or timezone.now()
    expired = Claim.objects.select_for_update(skip_locked=True).filter(lease_expires_at__lt=now)
    with transaction.atomic():
        return Claim.objects.filter(pk__in=list(expired.values_list("pk", flat=True))).update(
            lease_holder=None, lease_expires_at=None
        )
