"""Everything that changes a claim's state: verdicts, reverts, corrections, sign-off.

Each function is one transaction that locks the claim row(s) first and the article row second
(always in that order, so two transactions cannot deadlock), writes the change, appends to the
history, and brings the article's counters and status up to date before it commits.
"""

import uuid
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from claimreview import text as engine
from claimreview.ingest import hint_fields
from claimreview.models import (
    Article,
    ArticleEvent,
    ArticleStatus,
    Claim,
    Review,
    ReviewKind,
    Source,
    User,
    Verdict,
)

_COUNTER = {
    Verdict.UNREVIEWED: "unreviewed_count",
    Verdict.ATTRIBUTED: "attributed_count",
    Verdict.DISPUTED: "disputed_count",
    Verdict.VERIFIED: "verified_count",
}


class ReviewError(ValueError):
    """A change that cannot be made, with a message for the person who asked."""


@dataclass
class SourceData:
    url: str = ""
    citation: str = ""
    title: str = ""
    quote: str = ""


@dataclass
class SaveResult:
    claim: Claim
    review: Review | None = None
    conflict: bool = False  # someone else changed the claim since the form was loaded
    duplicate: bool = False  # this exact submission was saved before (double click, resubmit)
    other_review: Review | None = None  # on conflict: the change that got there first
    notices: list[str] = field(default_factory=list)


def _counter_field(claim: Claim) -> str:
    return "boilerplate_count" if claim.is_boilerplate else _COUNTER[claim.verdict]


def status_for(article: Article) -> str:
    if article.status == ArticleStatus.SIGNED_OFF:
        return ArticleStatus.SIGNED_OFF
    if article.queued_count and article.unreviewed_count == 0:
        return ArticleStatus.REVIEWED
    if article.reviewed_count:
        return ArticleStatus.IN_REVIEW
    return ArticleStatus.NEW


def _after_change(article: Article, *, actor: User, what: str, now) -> list[str]:
    """Status follows the counters; a change after sign-off takes the sign-off away."""
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
        notices.append("The article was signed off; this change took the sign-off away.")
    article.status = status_for(article)
    article.last_activity_at = now
    article.save(update_fields=_ARTICLE_STATE_FIELDS)
    return notices


# Everything a review changes on the article row; the texts are never loaded or written here.
_ARTICLE_STATE_FIELDS = [
    "status",
    "claim_count",
    "boilerplate_count",
    "unreviewed_count",
    "attributed_count",
    "disputed_count",
    "verified_count",
    "last_activity_at",
    "signed_off_by",
    "signed_off_at",
    "signoff_withdrawn_at",
    "signoff_withdrawn_reason",
]


def _locked_article(article_id: int) -> Article:
    return (
        Article.objects.select_for_update()
        .only("id", "priority", *_ARTICLE_STATE_FIELDS)
        .get(pk=article_id)
    )


def _lock(claim_id: int) -> tuple[Claim, Article]:
    """The claim and its article, both row-locked, in one query (the texts stay unread)."""
    claim = Claim.objects.with_article().select_for_update(of=("self", "article")).get(pk=claim_id)
    return claim, claim.article


def validate_verdict(
    *, verdict: str, note: str, attributed_to: str, sources: list[SourceData]
) -> list[str]:
    """The rules of a verdict, in words a reviewer understands (empty list: valid)."""
    problems = []
    if verdict not in (Verdict.ATTRIBUTED, Verdict.DISPUTED, Verdict.VERIFIED):
        problems.append("Choose a verdict: attributed, disputed or verified.")
    if verdict in (Verdict.VERIFIED, Verdict.DISPUTED):
        if not any(s.url or s.citation for s in sources):
            problems.append(f"A {verdict} claim needs at least one source (a URL or a citation).")
        if not note.strip():
            problems.append(f"A {verdict} claim needs a note saying what the sources show.")
    if verdict == Verdict.ATTRIBUTED and not attributed_to.strip():
        problems.append("Name the source the claim is attributed to.")
    return problems


def submit_verdict(
    *,
    claim_id: int,
    reviewer: User,
    verdict: str,
    note: str = "",
    attributed_to: str = "",
    sources: list[SourceData] | None = None,
    expected_version: int,
    request_id: uuid.UUID | None = None,
    now=None,
) -> SaveResult:
    """Save a verdict if the claim is still as the reviewer saw it (version check).

    The lease decides who is offered a claim; the version decides whose save counts: a save
    over a newer version is a conflict, never an overwrite. The same request_id twice (double
    click, browser resubmit) returns the first save.
    """
    sources = [s for s in (sources or []) if s.url or s.citation]
    problems = validate_verdict(
        verdict=verdict, note=note, attributed_to=attributed_to, sources=sources
    )
    if problems:
        raise ReviewError(" ".join(problems))
    now = now or timezone.now()
    try:
        with transaction.atomic():
            claim, article = _lock(claim_id)
            if claim.version != expected_version:
                # Either this very form was saved before (double click, resubmit: the first
                # save moved the version on) or someone else changed the claim meanwhile.
                earlier = _saved_before(request_id)
                if earlier is not None:
                    return SaveResult(claim=earlier.claim, review=earlier, duplicate=True)
                other = claim.reviews.exclude(kind=ReviewKind.SKIP).order_by("-id").first()
                return SaveResult(claim=claim, conflict=True, other_review=other)
            if claim.is_boilerplate:
                raise ReviewError("This claim is marked as boilerplate; restore it first.")
            before = claim.verdict
            claim.verdict = verdict
            claim.note = note.strip()
            claim.attributed_to = attributed_to.strip() if verdict == Verdict.ATTRIBUTED else ""
            claim.reviewed_by = reviewer
            claim.reviewed_at = now
            claim.version += 1
            claim.lease_holder = None
            claim.lease_expires_at = None
            claim.save(update_fields=_VERDICT_FIELDS)
            review = Review.objects.create(
                claim=claim,
                reviewer=reviewer,
                kind=ReviewKind.VERDICT,
                verdict_before=before,
                verdict=verdict,
                note=claim.note,
                attributed_to=claim.attributed_to,
                request_id=request_id,
            )
            Source.objects.bulk_create([Source(review=review, **s.__dict__) for s in sources[:10]])
            _move_count(article, before, verdict)
            notices = _after_change(article, actor=reviewer, what="A verdict", now=now)
    except IntegrityError:
        # Two tabs raced with the same request_id: the other one saved it.
        earlier = _saved_before(request_id)
        if earlier is None:
            raise
        return SaveResult(claim=earlier.claim, review=earlier, duplicate=True)
    return SaveResult(claim=claim, review=review, notices=notices)


# What a verdict changes on the claim row; the text and the hints are never rewritten.
_VERDICT_FIELDS = [
    "verdict", "note", "attributed_to", "reviewed_by", "reviewed_at", "version",
    "lease_holder", "lease_expires_at",
]  # fmt: skip


def _saved_before(request_id: uuid.UUID | None) -> Review | None:
    if request_id is None:
        return None
    return Review.objects.filter(request_id=request_id).select_related("claim").first()


def _add(article: Article, counter: str, delta: int) -> None:
    setattr(article, counter, getattr(article, counter) + delta)


def _move_count(article: Article, before: str, after: str) -> None:
    if before != after:
        _add(article, _COUNTER[before], -1)
        _add(article, _COUNTER[after], 1)


def revert(*, claim_id: int, editor: User, to_review_id: int, now=None) -> SaveResult:
    """Put the claim back to the verdict an earlier history entry produced (recorded too)."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = _lock(claim_id)
        target = claim.reviews.filter(pk=to_review_id).first()
        if target is None:
            raise ReviewError("That history entry does not belong to this claim.")
        if claim.is_boilerplate:
            raise ReviewError("This claim is marked as boilerplate; restore it first.")
        before = claim.verdict
        claim.verdict = target.verdict
        claim.note = target.note
        claim.attributed_to = target.attributed_to
        if target.verdict == Verdict.UNREVIEWED:
            claim.reviewed_by, claim.reviewed_at = None, None
        else:
            claim.reviewed_by, claim.reviewed_at = editor, now
        claim.version += 1
        claim.lease_holder, claim.lease_expires_at = None, None
        claim.save()
        review = Review.objects.create(
            claim=claim,
            reviewer=editor,
            kind=ReviewKind.REVERT,
            verdict_before=before,
            verdict=claim.verdict,
            note=f"Reverted to the verdict of {target.created_at:%Y-%m-%d %H:%M}",
            attributed_to=claim.attributed_to,
        )
        Source.objects.bulk_create(
            [Source(review=review, url=s.url, citation=s.citation, title=s.title, quote=s.quote)
             for s in target.sources.all()]
        )  # fmt: skip
        _move_count(article, before, claim.verdict)
        notices = _after_change(article, actor=editor, what="A revert", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)


def set_boilerplate(*, claim_id: int, editor: User, is_boilerplate: bool, now=None) -> SaveResult:
    """Restore a claim the engine marked as boilerplate (or mark one); recorded in history."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = _lock(claim_id)
        if claim.is_boilerplate == is_boilerplate:
            return SaveResult(claim=claim)
        before_field = _counter_field(claim)
        before = claim.verdict
        claim.is_boilerplate = is_boilerplate
        claim.boilerplate_reason = "marked by an editor" if is_boilerplate else ""
        claim.verdict = Verdict.UNREVIEWED
        claim.reviewed_by, claim.reviewed_at = None, None
        claim.version += 1
        claim.lease_holder, claim.lease_expires_at = None, None
        claim.save()
        _add(article, before_field, -1)
        after_field = _counter_field(claim)
        _add(article, after_field, 1)
        review = Review.objects.create(
            claim=claim,
            reviewer=editor,
            kind=ReviewKind.BOILERPLATE,
            verdict_before=before,
            verdict=Verdict.UNREVIEWED,
            note="Marked as boilerplate" if is_boilerplate else "Restored from boilerplate",
        )
        notices = _after_change(article, actor=editor, what="A boilerplate change", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)


def _reset_for_new_text(claim: Claim, text: str) -> None:
    claim.text = text
    for name, value in hint_fields(engine.analyze_sentence(text)).items():
        setattr(claim, name, value)
    claim.verdict = Verdict.UNREVIEWED
    claim.note = ""
    claim.attributed_to = ""
    claim.reviewed_by, claim.reviewed_at = None, None
    claim.lease_holder, claim.lease_expires_at = None, None
    claim.version += 1


def merge_with_next(*, claim_id: int, editor: User, now=None) -> SaveResult:
    """Join a claim and the one after it into one claim (the split was wrong).

    The merged claim spans both, so it needs a fresh verdict; the history of both stays with it.
    Positions after it move up by one so they stay contiguous.
    """
    now = now or timezone.now()
    with transaction.atomic():
        first = Claim.objects.select_for_update().get(pk=claim_id)
        second = (
            Claim.objects.select_for_update()
            .filter(article_id=first.article_id, position=first.position + 1)
            .first()
        )
        article = Article.objects.select_for_update().get(pk=first.article_id)
        if second is None:
            raise ReviewError("This is the last claim; there is nothing after it to merge.")
        if first.is_boilerplate != second.is_boilerplate:
            raise ReviewError("Restore the boilerplate claim first, then merge.")
        old_texts = (first.text, second.text)
        for claim in (first, second):
            field_name = _counter_field(claim)
            _add(article, field_name, -1)
        before = first.verdict
        first.end = second.end
        _reset_for_new_text(first, article.body[first.start : first.end])
        first.save()
        Review.objects.filter(claim=second).update(claim=first)
        second.delete()
        Claim.objects.filter(article=article, position__gt=second.position).update(
            position=F("position") - 1
        )
        article.claim_count -= 1
        field_name = _counter_field(first)
        _add(article, field_name, 1)
        review = Review.objects.create(
            claim=first,
            reviewer=editor,
            kind=ReviewKind.CORRECTION,
            verdict_before=before,
            verdict=Verdict.UNREVIEWED,
            note=f"Merged claims {first.position} and {second.position}: "
            f"“{old_texts[0][:120]}” + “{old_texts[1][:120]}”",
        )
        ArticleEvent.objects.create(
            article=article,
            actor=editor,
            kind=ArticleEvent.Kind.CORRECTION,
            detail=f"Merged claims {first.position} and {second.position}",
        )
        notices = _after_change(article, actor=editor, what="A split correction", now=now)
    return SaveResult(claim=first, review=review, notices=notices)


def split_claim(*, claim_id: int, editor: User, at: int, now=None) -> SaveResult:
    """Cut a claim in two at character `at` of its text (the split missed a boundary)."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = _lock(claim_id)
        head = claim.text[:at].rstrip()
        tail_text = claim.text[at:]
        tail = tail_text.lstrip()
        if not (0 < at < len(claim.text)) or not head.strip() or not tail.strip():
            raise ReviewError("Choose a point inside the claim with text on both sides.")
        tail_start = claim.start + at + (len(tail_text) - len(tail))
        tail_end = claim.end
        field_name = _counter_field(claim)
        _add(article, field_name, -1)
        before = claim.verdict
        Claim.objects.filter(article=article, position__gt=claim.position).update(
            position=F("position") + 1
        )
        claim.end = claim.start + len(head)
        _reset_for_new_text(claim, article.body[claim.start : claim.end])
        claim.save()
        new_claim = Claim(
            article=article,
            position=claim.position + 1,
            paragraph=claim.paragraph,
            start=tail_start,
            end=tail_end,
            is_boilerplate=claim.is_boilerplate,
            boilerplate_reason=claim.boilerplate_reason,
        )
        _reset_for_new_text(new_claim, article.body[tail_start:tail_end])
        new_claim.version = 1
        new_claim.save()
        article.claim_count += 1
        field_name = _counter_field(claim)
        _add(article, field_name, 2)
        note = f"Split claim {claim.position} into {claim.position} and {claim.position + 1}"
        review = Review.objects.create(
            claim=claim,
            reviewer=editor,
            kind=ReviewKind.CORRECTION,
            verdict_before=before,
            verdict=Verdict.UNREVIEWED,
            note=note,
        )
        Review.objects.create(
            claim=new_claim,
            reviewer=editor,
            kind=ReviewKind.CORRECTION,
            verdict_before=Verdict.UNREVIEWED,
            verdict=Verdict.UNREVIEWED,
            note=note,
        )
        ArticleEvent.objects.create(
            article=article, actor=editor, kind=ArticleEvent.Kind.CORRECTION, detail=note
        )
        notices = _after_change(article, actor=editor, what="A split correction", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)


def sign_off(*, article_id: int, editor: User, now=None) -> Article:
    now = now or timezone.now()
    with transaction.atomic():
        article = _locked_article(article_id)
        if article.status == ArticleStatus.SIGNED_OFF:
            return article
        if article.status != ArticleStatus.REVIEWED:
            raise ReviewError(
                f"{article.unreviewed_count} claim(s) still need a verdict before sign-off."
            )
        article.status = ArticleStatus.SIGNED_OFF
        article.signed_off_by = editor
        article.signed_off_at = now
        article.signoff_withdrawn_at = None
        article.signoff_withdrawn_reason = ""
        article.last_activity_at = now
        article.save(update_fields=_ARTICLE_STATE_FIELDS)
        ArticleEvent.objects.create(
            article=article, actor=editor, kind=ArticleEvent.Kind.SIGNED_OFF
        )
    return article


def set_priority(*, article_id: int, editor: User, priority: int) -> Article:
    priority = max(-100, min(100, priority))
    with transaction.atomic():
        article = _locked_article(article_id)
        if article.priority != priority:
            ArticleEvent.objects.create(
                article=article,
                actor=editor,
                kind=ArticleEvent.Kind.PRIORITY,
                detail=f"Priority {article.priority} → {priority}",
            )
            article.priority = priority
            article.save(update_fields=["priority"])
    return article
