"""The article's counters and status: the one place that knows how claims are counted.

Every claim sits in exactly one bucket (boilerplate; not queued, under "check-worthy only"; no
check needed; or its verdict, unreviewed included), and the article keeps one counter per bucket
so the dashboard and the queue never count claims. The counters move in the same transaction as
the claim change that moves a claim between buckets, and the status follows the counters
(`status_for`). Ingest, every desk change and the data generator use these functions; nothing
else writes the counter or status columns.
"""

import logging
from collections import Counter
from collections.abc import Iterable

from django.db.models import Count

from claimreview.models import (
    NEW_ARTICLE_QUEUE_SCOPE,
    Article,
    ArticleEvent,
    ArticleStatus,
    Claim,
    QueueScope,
    User,
    Verdict,
)
from claimreview.text.checkworthy import THRESHOLD

log = logging.getLogger("claimreview.desk")

BOILERPLATE = "boilerplate"
NOT_QUEUED = "not_queued"
# One counter column per bucket: the two that are not claim states, then the claim states.
BUCKET_FIELDS = {
    BOILERPLATE: "boilerplate_count",
    NOT_QUEUED: "not_queued_count",
    Verdict.UNREVIEWED: "unreviewed_count",
    Verdict.NO_CHECK: "no_check_count",
    Verdict.ATTRIBUTED: "attributed_count",
    Verdict.DISPUTED: "disputed_count",
    Verdict.VERIFIED: "verified_count",
}

# Everything a desk change may write on the article row; the texts are never loaded or written.
STATE_FIELDS = [
    "status",
    "queue_scope",
    "claim_count",
    *BUCKET_FIELDS.values(),
    "last_activity_at",
    "signed_off_by",
    "signed_off_at",
    "signoff_withdrawn_at",
    "signoff_withdrawn_reason",
]


def queued(*, scope: str, checkworthy_score: int) -> bool:
    """The queue scope rule: does a claim still to be reviewed belong in the queue (and does
    sign-off wait for it)? Under "check-worthy only", claims below the threshold do not.

    desk/queue.py's hand-out repeats it in SQL (tests/test_queue_order.py holds them together)."""
    return scope != QueueScope.CHECKWORTHY or checkworthy_score >= THRESHOLD


def bucket_name(*, is_boilerplate: bool, verdict: str, checkworthy_score: int, scope: str) -> str:
    """The bucket a claim in this state is in, by name (a key of BUCKET_FIELDS): the report
    groups claims by it too."""
    if is_boilerplate:
        return BOILERPLATE
    if verdict == Verdict.UNREVIEWED and not queued(
        scope=scope, checkworthy_score=checkworthy_score
    ):
        return NOT_QUEUED
    return verdict


def bucket(*, is_boilerplate: bool, verdict: str, checkworthy_score: int, scope: str) -> str:
    """The counter column a claim in this state, in an article with this queue scope, is
    counted in."""
    return BUCKET_FIELDS[
        bucket_name(
            is_boilerplate=is_boilerplate,
            verdict=verdict,
            checkworthy_score=checkworthy_score,
            scope=scope,
        )
    ]


def bucket_of(claim: Claim, *, scope: str) -> str:
    return bucket(
        is_boilerplate=claim.is_boilerplate,
        verdict=claim.verdict,
        checkworthy_score=claim.checkworthy_score,
        scope=scope,
    )


def initial_counts(buckets: Iterable[str]) -> dict[str, int]:
    """Counter values for a new article whose claims are in these buckets (ingest, generator)."""
    counted = Counter(buckets)
    unknown = set(counted) - set(BUCKET_FIELDS.values())
    if unknown:
        raise ValueError(f"not counter columns: {sorted(unknown)}")
    counts = {name: counted.get(name, 0) for name in BUCKET_FIELDS.values()}
    counts["claim_count"] = sum(counted.values())
    return counts


def new_article_counts(claims: Iterable, *, scope: str = NEW_ARTICLE_QUEUE_SCOPE) -> dict:
    """The queue scope and counter values of a new article whose claims (anything with
    `is_boilerplate` and `checkworthy_score`, such as the engine's sentences) all still need
    review: Article(**new_article_counts(...)) is consistent from the start."""
    counts = initial_counts(
        bucket(
            is_boilerplate=claim.is_boilerplate,
            verdict=Verdict.UNREVIEWED,
            checkworthy_score=claim.checkworthy_score,
            scope=scope,
        )
        for claim in claims
    )
    return {"queue_scope": scope, **counts}


def move(article: Article, *, before: str, after: str, count: int = 1) -> None:
    """`count` claims moved from one bucket to another."""
    if before != after and count:
        setattr(article, before, getattr(article, before) - count)
        setattr(article, after, getattr(article, after) + count)


def add_claim(article: Article, into: str) -> None:
    article.claim_count += 1
    setattr(article, into, getattr(article, into) + 1)


def remove_claim(article: Article, out_of: str) -> None:
    article.claim_count -= 1
    setattr(article, out_of, getattr(article, out_of) - 1)


def rescope(article: Article, *, scope: str) -> int:
    """Give the (locked) article another queue scope and move its claims' counters with it.
    Returns how many claims came into the queue (positive) or left it (negative)."""
    before_queue = article.unreviewed_count
    states = (
        Claim.objects.filter(article_id=article.pk)
        .values_list("is_boilerplate", "verdict", "checkworthy_score")
        .annotate(claims=Count("id"))
        .order_by()
    )
    for is_boilerplate, verdict, score, claims in states:
        state = {"is_boilerplate": is_boilerplate, "verdict": verdict, "checkworthy_score": score}
        move(
            article,
            before=bucket(**state, scope=article.queue_scope),
            after=bucket(**state, scope=scope),
            count=claims,
        )
    article.queue_scope = scope
    return article.unreviewed_count - before_queue


def status_for(article: Article) -> str:
    """The status rule: signed off stays signed off until a change withdraws it; otherwise
    reviewed when every queued claim has a verdict or "no check needed", in review once one
    has, else new."""
    if article.status == ArticleStatus.SIGNED_OFF:
        return ArticleStatus.SIGNED_OFF
    if article.queued_count and article.unreviewed_count == 0:
        return ArticleStatus.REVIEWED
    if article.reviewed_count:
        return ArticleStatus.IN_REVIEW
    return ArticleStatus.NEW


def settle(
    article: Article, *, actor: User, what: str, now, withdraws_signoff: bool = True
) -> list[str]:
    """End of every change: the status follows the counters, a change after sign-off takes the
    sign-off away (recorded), and the article row is written. Returns notices for the actor.

    `withdraws_signoff=False` for a change that adds no work to a signed-off article (a scope
    that takes claims out of the queue)."""
    notices = []
    if article.status == ArticleStatus.SIGNED_OFF and withdraws_signoff:
        article.status = ArticleStatus.IN_REVIEW  # recomputed just below
        article.signed_off_at = None
        article.signed_off_by = None
        article.signoff_withdrawn_at = now
        article.signoff_withdrawn_reason = f"{what} by {actor} after sign-off"[:300]
        ArticleEvent.objects.create(
            article=article,
            actor=actor,
            kind=ArticleEvent.Kind.SIGNOFF_WITHDRAWN,
            detail=article.signoff_withdrawn_reason,
        )
        log.info("sign-off withdrawn: article %s, %s", article.pk, article.signoff_withdrawn_reason)
        notices.append("The article was signed off; this change took the sign-off away.")
    article.status = status_for(article)
    article.last_activity_at = now
    article.save(update_fields=STATE_FIELDS)
    return notices


def drift(article_id: int) -> dict[str, tuple[int, int]]:
    """Counters that disagree with the claims: {column: (stored, counted)}; empty when right.

    For tests and the admin's consistency check; the desk itself never needs to count."""
    article = Article.objects.only("id", "claim_count", "queue_scope", *BUCKET_FIELDS.values()).get(
        pk=article_id
    )
    claims = Claim.objects.filter(article_id=article_id).values_list(
        "is_boilerplate", "verdict", "checkworthy_score"
    )
    counted = initial_counts(
        bucket(is_boilerplate=b, verdict=v, checkworthy_score=s, scope=article.queue_scope)
        for b, v, s in claims
    )
    return {
        name: (getattr(article, name), value)
        for name, value in counted.items()
        if getattr(article, name) != value
    }
