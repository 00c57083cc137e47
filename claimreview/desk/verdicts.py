"""Verdicts, "no check needed" and reverts: what a reviewer or an editor decides about a claim.

Each function is one transaction under the lock protocol of `locks` (the article, then the
claim), ends in `changes.commit` (version, lease, history, counters) and `counters.settle`
(status, sign-off withdrawal). A reviewer's decision (a verdict, or "no check needed", the
triage outcome that closes a claim without a verdict) is saved only over the version the
reviewer saw, once per request id.
"""

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from claimreview.desk import changes, counters, locks
from claimreview.desk.changes import SourceData
from claimreview.desk.errors import ClaimGone, ClaimRetired, DeskError
from claimreview.models import (
    GIVEN_VERDICTS,
    NEEDS_EVIDENCE,
    Claim,
    Review,
    ReviewKind,
    User,
    Verdict,
)

log = logging.getLogger("claimreview.desk")

MAX_SOURCES = 10


@dataclass
class SaveResult:
    claim: Claim
    review: Review | None = None
    conflict: bool = False  # someone else changed the claim since the form was loaded
    duplicate: bool = False  # this exact submission was saved before (double click, resubmit)
    other_review: Review | None = None  # on conflict: the change that got there first
    notices: list[str] = field(default_factory=list)


def validate_verdict(
    *, verdict: str, note: str, attributed_to: str, sources: list[SourceData]
) -> list[str]:
    """The rules of a verdict, in words a reviewer understands (empty list: valid)."""
    problems = []
    if verdict not in GIVEN_VERDICTS:
        names = ", ".join(Verdict(v).label.lower() for v in GIVEN_VERDICTS)
        problems.append(f"Choose a verdict: {names}.")
    if verdict in NEEDS_EVIDENCE:
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
    sources = [s for s in (sources or []) if s.url or s.citation][:MAX_SOURCES]
    problems = validate_verdict(
        verdict=verdict, note=note, attributed_to=attributed_to, sources=sources
    )
    if problems:
        raise DeskError(" ".join(problems))

    def apply(claim: Claim) -> None:
        claim.verdict = verdict
        claim.note = note.strip()
        # Who made the claim: required for "attributed", kept for any verdict when given
        # (the ClaimReview export names it as the claim's author).
        claim.attributed_to = attributed_to.strip()

    return _decide(
        claim_id=claim_id, reviewer=reviewer, expected_version=expected_version,
        request_id=request_id, now=now, apply=apply, kind=ReviewKind.VERDICT,
        what="A verdict", unsaved="Your verdict was not saved", sources=sources,
    )  # fmt: skip


def mark_no_check(
    *,
    claim_id: int,
    reviewer: User,
    expected_version: int,
    request_id: uuid.UUID | None = None,
    now=None,
) -> SaveResult:
    """Close the claim as "no check needed" (nothing checkable in it: an opinion, scene-setting,
    a question), with the same version check and request id as a verdict: a stale one is a
    conflict, never an overwrite, and a double submit records it once."""

    def apply(claim: Claim) -> None:
        claim.verdict = Verdict.NO_CHECK
        claim.note = ""
        claim.attributed_to = ""

    return _decide(
        claim_id=claim_id, reviewer=reviewer, expected_version=expected_version,
        request_id=request_id, now=now, apply=apply, kind=ReviewKind.NO_CHECK,
        what="“No check needed”", unsaved="“No check needed” was not saved",
    )  # fmt: skip


def _decide(
    *,
    claim_id: int,
    reviewer: User,
    expected_version: int,
    request_id: uuid.UUID | None,
    now,
    apply: Callable[[Claim], list[SourceData] | None],
    kind: str,
    what: str,
    unsaved: str,
    sources: list[SourceData] = (),
) -> SaveResult:
    """A reviewer's decision about a claim: `apply` sets the claim's new state if the claim is
    still at `expected_version`; otherwise the first save of this request id, or a conflict."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            try:
                claim, article = locks.claim(claim_id)
            except ClaimGone as gone:
                # Merged away, its reviews (this request's too) moved to the claim it was
                # merged into; retired, they stayed on it.
                merged = not isinstance(gone, ClaimRetired)
                earlier = _saved_before(request_id, claim_id, merged=merged)
                if earlier is not None:
                    return SaveResult(claim=earlier.claim, review=earlier, duplicate=True)
                if isinstance(gone, ClaimRetired):
                    raise ClaimRetired(gone.version, unsaved) from None
                raise ClaimGone(
                    "This claim no longer exists: an editor merged it into another claim while "
                    f"you had it open. {unsaved}; open the merged claim to review it."
                ) from None
            if claim.version != expected_version:
                # Either this very form was saved before (double click, resubmit: the first
                # save moved the version on) or someone else changed the claim meanwhile.
                earlier = _saved_before(request_id, claim_id)
                if earlier is not None:
                    return SaveResult(claim=earlier.claim, review=earlier, duplicate=True)
                other = claim.reviews.exclude(kind=ReviewKind.SKIP).order_by("-id").first()
                log.info(
                    "conflict: claim %s, %s saved over version %s (now %s)",
                    claim.pk, reviewer, expected_version, claim.version,
                )  # fmt: skip
                return SaveResult(claim=claim, conflict=True, other_review=other)
            if claim.is_boilerplate:
                raise DeskError("This claim is marked as boilerplate; restore it first.")
            was = changes.before(claim, article)
            carried = apply(claim)
            if carried is not None:  # "still holds": the earlier verdict's own sources
                sources = carried
            claim.reviewed_by = reviewer
            claim.reviewed_at = now
            _forget_previous(claim)
            review = changes.commit(
                claim, article, was=was, actor=reviewer, kind=kind, note=claim.note,
                fields=_VERDICT_FIELDS, request_id=request_id, sources=sources,
            )  # fmt: skip
            notices = counters.settle(article, actor=reviewer, what=what, now=now)
    except IntegrityError:
        # Two tabs raced with the same request_id: the other one saved it.
        earlier = _saved_before(request_id, claim_id)
        if earlier is None:
            raise
        return SaveResult(claim=earlier.claim, review=earlier, duplicate=True)
    return SaveResult(claim=claim, review=review, notices=notices)


# What a verdict changes on the claim row; the text and the hints are never rewritten.
_VERDICT_FIELDS = [
    "verdict", "note", "attributed_to", "reviewed_by", "reviewed_at",
    "previous_verdict", "previous_verdict_version", "previous_review",
]  # fmt: skip


def _forget_previous(claim: Claim) -> None:
    """A decision on the claim's current text replaces the verdict it had on an earlier
    version (which stays in the history)."""
    claim.previous_verdict = ""
    claim.previous_verdict_version = None
    claim.previous_review = None


def still_holds(
    *,
    claim_id: int,
    reviewer: User,
    expected_version: int,
    request_id: uuid.UUID | None = None,
    now=None,
) -> SaveResult:
    """The claim's sentence changed in a new version, and its verdict on the earlier version
    still holds for the new text: carried forward (verdict, note, "said by" and sources of that
    review), recorded as a decision of this reviewer, with the same version check and request
    id as a verdict."""

    def apply(claim: Claim) -> list[SourceData]:
        if claim.previous_review_id is None:
            raise DeskError("This claim has no verdict from an earlier version to carry forward.")
        earlier = Review.objects.prefetch_related("sources").get(pk=claim.previous_review_id)
        claim.verdict = earlier.verdict
        claim.note = earlier.note
        claim.attributed_to = earlier.attributed_to
        return [
            SourceData(url=s.url, citation=s.citation, title=s.title, quote=s.quote)
            for s in earlier.sources.all()
        ]

    return _decide(
        claim_id=claim_id, reviewer=reviewer, expected_version=expected_version,
        request_id=request_id, now=now, apply=apply, kind=ReviewKind.STILL_HOLDS,
        what="“Still holds”", unsaved="“Still holds” was not saved",
    )  # fmt: skip


def _saved_before(
    request_id: uuid.UUID | None, claim_id: int, *, merged: bool = False
) -> Review | None:
    """The review this request saved before, if it did. A request id is one form (one claim):
    found on another claim it is not this request's answer, and is refused rather than
    returning another claim's decision. `merged`: the claim was merged away, so its reviews
    (and the request's) now belong to the claim it was merged into."""
    if request_id is None:
        return None
    earlier = Review.objects.filter(request_id=request_id).select_related("claim").first()
    if earlier is not None and earlier.claim_id != claim_id and not merged:
        raise DeskError(
            "This request id (Idempotency-Key) was already used for another claim: nothing "
            "was saved. Send a new one for each decision."
        )
    return earlier


def undo_no_check(*, claim_id: int, editor: User, now=None) -> SaveResult:
    """An editor's "a check is needed after all": the claim goes back to the queue without a
    verdict (recorded). Refused if the claim is no longer marked "no check needed"."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = locks.claim(claim_id)
        if claim.verdict != Verdict.NO_CHECK:
            raise DeskError(
                "This claim is not marked “no check needed” (any more); nothing was changed."
            )
        was = changes.before(claim, article)
        claim.verdict = Verdict.UNREVIEWED
        claim.note, claim.attributed_to = "", ""
        claim.reviewed_by, claim.reviewed_at = None, None
        review = changes.commit(
            claim, article, was=was, actor=editor, kind=ReviewKind.UNDO_NO_CHECK,
            note="A check is needed after all: back to the queue", fields=_VERDICT_FIELDS,
        )  # fmt: skip
        notices = counters.settle(article, actor=editor, what="Undoing “no check needed”", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)


# A revert's reason is kept in the history entry (Review.note) with what was reverted.
MAX_REVERT_REASON = 500


def revert(*, claim_id: int, editor: User, to_review_id: int, reason: str, now=None) -> SaveResult:
    """Put the claim back to the state an earlier history entry produced, for a reason the
    editor gives (recorded in the history with it)."""
    reason = " ".join(reason.split())
    if not reason:
        raise DeskError("Say why you revert: the reason goes into the claim's history.")
    if len(reason) > MAX_REVERT_REASON or "\x00" in reason:
        raise DeskError(f"A reason is at most {MAX_REVERT_REASON} characters of text.")
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = locks.claim(claim_id)
        target = claim.reviews.filter(pk=to_review_id).first()
        if target is None:
            raise DeskError("That history entry does not belong to this claim.")
        if claim.is_boilerplate:
            raise DeskError("This claim is marked as boilerplate; restore it first.")
        was = changes.before(claim, article)
        claim.verdict = target.verdict
        claim.note = target.note
        claim.attributed_to = target.attributed_to
        if target.verdict == Verdict.UNREVIEWED:
            claim.reviewed_by, claim.reviewed_at = None, None
        else:
            claim.reviewed_by, claim.reviewed_at = editor, now
            _forget_previous(claim)
        review = changes.commit(
            claim, article, was=was, actor=editor, kind=ReviewKind.REVERT,
            note=f"Reverted to the verdict of {target.created_at:%Y-%m-%d %H:%M}. Reason: {reason}",
            fields=_VERDICT_FIELDS,
            sources=[
                SourceData(url=s.url, citation=s.citation, title=s.title, quote=s.quote)
                for s in target.sources.all()
            ],
        )  # fmt: skip
        notices = counters.settle(article, actor=editor, what="A revert", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)
