"""The one step every claim change ends with.

A change to a claim (verdict, no check needed and its undo, revert, boilerplate, merge, split,
a new article version) always does the same five things, inside the caller's transaction and
under the locks of `locks`: bump the claim's version (so a form loaded before the change is a
conflict, never an overwrite), end its lease, write it, move the article's counters, and
append a history entry.
`counters.settle` then refreshes the article's status once per transaction. `commit` does it
for one claim; `commit_many` for all the claims one change touches at once (an update), in a
fixed number of statements whatever their number.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from claimreview.desk import counters
from claimreview.models import Article, Claim, Review, ReviewKind, Source, User


@dataclass(frozen=True)
class Before:
    """What a claim was before a change: its verdict and the counter it was counted in."""

    verdict: str
    bucket: str


def before(claim: Claim, article: Article) -> Before:
    """The claim's state before the change; its bucket depends on the article's queue scope."""
    return Before(
        verdict=claim.verdict, bucket=counters.bucket_of(claim, scope=article.queue_scope)
    )


@dataclass
class SourceData:
    url: str = ""
    citation: str = ""
    title: str = ""
    quote: str = ""


# A change never rewrites these columns through save(update_fields=...) unless it names them.
_ALWAYS = ["version", "lease_holder", "lease_expires_at"]


def commit(
    claim: Claim,
    article: Article,
    *,
    was: Before | None,
    actor: User,
    kind: str,
    note: str = "",
    fields: Iterable[str] | None = None,
    request_id=None,
    sources: Iterable[SourceData] = (),
) -> Review:
    """Write a changed claim and record the change. `was` is None for a claim the change
    created (a split's second half), which is then added to the counters.

    `fields`: the claim columns the change touched (None: the whole row)."""
    claim.version = claim.version + 1 if was is not None else 1
    claim.lease_holder = None
    claim.lease_expires_at = None
    if was is None:
        claim.save(force_insert=True)
        counters.add_claim(article, counters.bucket_of(claim, scope=article.queue_scope))
    else:
        claim.save(update_fields=None if fields is None else [*fields, *_ALWAYS])
        after = counters.bucket_of(claim, scope=article.queue_scope)
        counters.move(article, before=was.bucket, after=after)
    review = Review.objects.create(
        claim=claim,
        reviewer=actor,
        kind=kind,
        verdict_before=was.verdict if was is not None else claim.verdict,
        verdict=claim.verdict,
        note=note,
        attributed_to=claim.attributed_to,
        request_id=request_id,
    )
    rows = [Source(review=review, **s.__dict__) for s in sources if s.url or s.citation]
    if rows:
        Source.objects.bulk_create(rows)
    return review


@dataclass
class Change:
    """One claim of a change that touches many: `was` None for a claim the change creates; a
    claim whose `retired_in_version` the change set leaves the counters."""

    claim: Claim
    was: Before | None
    kind: str
    note: str = ""
    text_before: str = ""


_BATCH = 1000


def commit_many(
    changes: list[Change], article: Article, *, actor: User, fields: Iterable[str],
    article_version: int | None = None,
) -> list[Review]:  # fmt: skip
    """`commit` for many claims at once: versions bumped (new claims start at 1), leases ended,
    rows written (`fields` of the existing ones), counters moved, one history entry each."""
    existing = [c for c in changes if c.was is not None]
    created = [c for c in changes if c.was is None]
    for change in changes:
        claim = change.claim
        claim.version = claim.version + 1 if change.was is not None else 1
        claim.lease_holder = None
        claim.lease_expires_at = None
    if existing:
        Claim.all_versions.bulk_update(
            [c.claim for c in existing], [*fields, *_ALWAYS], batch_size=_BATCH
        )
    if created:
        Claim.all_versions.bulk_create([c.claim for c in created], batch_size=_BATCH)
    for change in existing:
        if change.claim.retired_in_version is not None:
            counters.remove_claim(article, change.was.bucket)
        else:
            after = counters.bucket_of(change.claim, scope=article.queue_scope)
            counters.move(article, before=change.was.bucket, after=after)
    for change in created:
        counters.add_claim(article, counters.bucket_of(change.claim, scope=article.queue_scope))
    return Review.objects.bulk_create(
        [
            Review(
                claim=c.claim,
                reviewer=actor,
                kind=c.kind,
                verdict_before=c.was.verdict if c.was is not None else c.claim.verdict,
                verdict=c.claim.verdict,
                note=c.note,
                attributed_to=c.claim.attributed_to,
                article_version=article_version,
                text_before=c.text_before,
            )
            for c in changes
        ],
        batch_size=_BATCH,
    )


def skip_entry(claim: Claim, *, actor: User) -> Review:
    """A skip is history but not a change: the claim's state and version stay as they are."""
    return Review.objects.create(
        claim=claim,
        reviewer=actor,
        kind=ReviewKind.SKIP,
        verdict_before=claim.verdict,
        verdict=claim.verdict,
    )
