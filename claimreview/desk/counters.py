"""The article's counters and status: the one place that knows how claims are counted.

Every claim sits in exactly one bucket (boilerplate, or its verdict), and the article keeps one
counter per bucket so the dashboard and the queue never count claims. The counters move in the
same transaction as the claim change that moves a claim between buckets, and the status follows
the counters (`status_for`). Ingest, every desk change and the data generator use these
functions; nothing else writes the counter or status columns.
"""

import logging
from collections import Counter
from collections.abc import Iterable

from claimreview.models import Article, ArticleEvent, ArticleStatus, Claim, User, Verdict

log = logging.getLogger("claimreview.desk")

# One counter column per bucket.
BUCKET_FIELDS = {
    "boilerplate": "boilerplate_count",
    Verdict.UNREVIEWED: "unreviewed_count",
    Verdict.ATTRIBUTED: "attributed_count",
    Verdict.DISPUTED: "disputed_count",
    Verdict.VERIFIED: "verified_count",
}

# Everything a desk change may write on the article row; the texts are never loaded or written.
STATE_FIELDS = [
    "status",
    "claim_count",
    *BUCKET_FIELDS.values(),
    "last_activity_at",
    "signed_off_by",
    "signed_off_at",
    "signoff_withdrawn_at",
    "signoff_withdrawn_reason",
]


def bucket(*, is_boilerplate: bool, verdict: str) -> str:
    """The counter column a claim in this state is counted in."""
    return BUCKET_FIELDS["boilerplate" if is_boilerplate else verdict]


def bucket_of(claim: Claim) -> str:
    return bucket(is_boilerplate=claim.is_boilerplate, verdict=claim.verdict)


def initial_counts(buckets: Iterable[str]) -> dict[str, int]:
    """Counter values for a new article whose claims are in these buckets (ingest, generator)."""
    counted = Counter(buckets)
    unknown = set(counted) - set(BUCKET_FIELDS.values())
    if unknown:
        raise ValueError(f"not counter columns: {sorted(unknown)}")
    counts = {name: counted.get(name, 0) for name in BUCKET_FIELDS.values()}
    counts["claim_count"] = sum(counted.values())
    return counts


def move(article: Article, *, before: str, after: str) -> None:
    """A claim moved from one bucket to another."""
    if before != after:
        setattr(article, before, getattr(article, before) - 1)
        setattr(article, after, getattr(article, after) + 1)


def add_claim(article: Article, into: str) -> None:
    article.claim_count += 1
    setattr(article, into, getattr(article, into) + 1)


def remove_claim(article: Article, out_of: str) -> None:
    article.claim_count -= 1
    setattr(article, out_of, getattr(article, out_of) - 1)


def status_for(article: Article) -> str:
    """The status rule: signed off stays signed off until a change withdraws it; otherwise
    reviewed when every queued claim has a verdict, in review once one has, else new."""
    if article.status == ArticleStatus.SIGNED_OFF:
        return ArticleStatus.SIGNED_OFF
    if article.queued_count and article.unreviewed_count == 0:
        return ArticleStatus.REVIEWED
    if article.reviewed_count:
        return ArticleStatus.IN_REVIEW
    return ArticleStatus.NEW


def settle(article: Article, *, actor: User, what: str, now) -> list[str]:
    """End of every change: the status follows the counters, a change after sign-off takes the
    sign-off away (recorded), and the article row is written. Returns notices for the actor."""
    notices = []
    if article.status == ArticleStatus.SIGNED_OFF:
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
    article = Article.objects.only("id", "claim_count", *BUCKET_FIELDS.values()).get(pk=article_id)
    claims = Claim.objects.filter(article_id=article_id).values_list("is_boilerplate", "verdict")
    counted = initial_counts(bucket(is_boilerplate=b, verdict=v) for b, v in claims)
    return {
        name: (getattr(article, name), value)
        for name, value in counted.items()
        if getattr(article, name) != value
    }
