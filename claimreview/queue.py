"""Handing out claims: one reviewer per claim at a time, and abandoned work comes back.

Row locks live here and in review.py, nowhere else. A hand-out takes the next free claim with
SELECT ... FOR UPDATE SKIP LOCKED, so concurrent reviewers never wait for each other and never
get the same claim; the lease it writes expires by itself, so a closed tab does not hold a claim
for ever. The page's heartbeat extends the lease while the reviewer is on it.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from claimreview.models import Article, ArticleStatus, Claim, Review, ReviewKind, User, Verdict

LEASE = timedelta(minutes=10)
# A skipped claim is not offered to the same reviewer again for this long.
SKIP_COOLDOWN = timedelta(hours=4)


def _free_claims(*, reviewer: User, now, article_id: int):
    """Claims of one article that this reviewer may take now, in reading order."""
    recently_skipped = Review.objects.filter(
        claim=OuterRef("pk"),
        reviewer=reviewer,
        kind=ReviewKind.SKIP,
        created_at__gte=now - SKIP_COOLDOWN,
    )
    return (
        Claim.objects.filter(
            article_id=article_id, verdict=Verdict.UNREVIEWED, is_boilerplate=False
        )
        .filter(Q(lease_holder__isnull=True) | Q(lease_expires_at__lt=now))
        .filter(~Exists(recently_skipped))
        .order_by("position")
    )


def _articles_in_queue_order(article: Article | None):
    """Articles with unreviewed claims: highest priority first, then oldest (indexed)."""
    articles = Article.objects.filter(unreviewed_count__gt=0).exclude(
        status=ArticleStatus.SIGNED_OFF
    )
    if article is not None:
        articles = articles.filter(pk=article.pk)
    return articles.order_by("-priority", "created_at", "id").values_list("id", flat=True)


def _article_ids(article: Article | None, batch: int = 20):
    """Article ids in queue order, fetched a few at a time (no server-side cursor)."""
    ordered = _articles_in_queue_order(article)
    offset = 0
    while True:
        ids = list(ordered[offset : offset + batch])
        yield from ids
        if len(ids) < batch:
            return
        offset += batch


def current_lease(*, reviewer: User, article: Article | None = None, now=None) -> Claim | None:
    """The claim this reviewer already holds (a reviewer who comes back gets it again)."""
    now = now or timezone.now()
    held = Claim.objects.filter(
        lease_holder=reviewer, lease_expires_at__gte=now, verdict=Verdict.UNREVIEWED
    )
    if article is not None:
        held = held.filter(article=article)
    return held.order_by("lease_expires_at").first()


def next_claim_for(*, reviewer: User, article: Article | None = None, now=None) -> Claim | None:
    """Lease the next claim to `reviewer` (their current one if they hold one); None if done."""
    now = now or timezone.now()
    with transaction.atomic():
        held = current_lease(reviewer=reviewer, article=article, now=now)
        if held is not None:
            Claim.objects.filter(pk=held.pk, lease_holder=reviewer).update(
                lease_expires_at=now + LEASE
            )
            held.lease_expires_at = now + LEASE
            return held
        # Article by article (usually the first has a free claim), then the first free claim
        # in it that nobody holds a row lock on: SKIP LOCKED, so reviewers never wait or collide.
        claim = None
        for article_id in _article_ids(article):
            claim = (
                _free_claims(reviewer=reviewer, now=now, article_id=article_id)
                .select_for_update(skip_locked=True, of=("self",))
                .first()
            )
            if claim is not None:
                break
        if claim is None:
            return None
        claim.lease_holder = reviewer
        claim.lease_expires_at = now + LEASE
        claim.save(update_fields=["lease_holder", "lease_expires_at"])
        return claim


def extend_lease(*, claim_id: int, reviewer: User, now=None) -> bool:
    """The page's heartbeat: keep the lease while the reviewer has the claim open."""
    now = now or timezone.now()
    updated = Claim.objects.filter(
        pk=claim_id, lease_holder=reviewer, verdict=Verdict.UNREVIEWED
    ).update(lease_expires_at=now + LEASE)
    return bool(updated)


def skip(*, claim_id: int, reviewer: User, now=None) -> None:
    """Give the claim back and keep it away from this reviewer for a while."""
    now = now or timezone.now()
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim_id)
        if claim.lease_holder_id == reviewer.pk:
            claim.lease_holder = None
            claim.lease_expires_at = None
            claim.save(update_fields=["lease_holder", "lease_expires_at"])
        Review.objects.create(
            claim=claim,
            reviewer=reviewer,
            kind=ReviewKind.SKIP,
            verdict_before=claim.verdict,
            verdict=claim.verdict,
        )


def release_expired(*, now=None) -> int:
    """Return every claim whose lease ran out to the queue; the number released."""
    now = now or timezone.now()
    return Claim.objects.filter(lease_expires_at__lt=now).update(
        lease_holder=None, lease_expires_at=None
    )
