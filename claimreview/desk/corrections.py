"""Editors' corrections of the engine's work: boilerplate marks and the sentence split.

Same protocol as every desk change: lock the article, then the claims in position order, end
each changed claim with `changes.commit` and the transaction with `counters.settle`. A merge or
a split renumbers the claims after it, so it locks them (in position order) before it moves them.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claimreview import text as engine
from claimreview.desk import changes, counters, locks
from claimreview.desk.errors import DeskError
from claimreview.desk.ingest import hint_fields
from claimreview.desk.verdicts import SaveResult
from claimreview.models import ArticleEvent, Claim, ReviewKind, User, Verdict


def set_boilerplate(*, claim_id: int, editor: User, is_boilerplate: bool, now=None) -> SaveResult:
    """Restore a claim the engine marked as boilerplate (or mark one); recorded in history.

    Marking a reviewed claim as boilerplate clears its verdict (the history keeps it)."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = locks.claim(claim_id)
        if claim.is_boilerplate == is_boilerplate:
            return SaveResult(claim=claim)
        was = changes.before(claim, article)
        claim.is_boilerplate = is_boilerplate
        claim.boilerplate_reason = "marked by an editor" if is_boilerplate else ""
        _clear_verdict(claim)
        review = changes.commit(
            claim, article, was=was, actor=editor, kind=ReviewKind.BOILERPLATE,
            note="Marked as boilerplate" if is_boilerplate else "Restored from boilerplate",
        )  # fmt: skip
        notices = counters.settle(article, actor=editor, what="A boilerplate change", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)


def _clear_verdict(claim: Claim) -> None:
    claim.verdict = Verdict.UNREVIEWED
    claim.note = ""
    claim.attributed_to = ""
    claim.reviewed_by, claim.reviewed_at = None, None


def _new_text(claim: Claim, body: str) -> None:
    """The claim now spans other text: fresh hints, and it needs a fresh verdict."""
    claim.text = body[claim.start : claim.end]
    for name, value in hint_fields(engine.analyze_sentence(claim.text)).items():
        setattr(claim, name, value)
    _clear_verdict(claim)


def merge_with_next(*, claim_id: int, editor: User, now=None) -> SaveResult:
    """Join a claim and the one after it into one claim (the split was wrong).

    The merged claim spans both, so it needs a fresh verdict; the history of both stays with it.
    Positions after it move up by one so they stay contiguous.
    """
    now = now or timezone.now()
    with transaction.atomic():
        first, article = locks.claim(claim_id, with_body=True)
        later = locks.claims_from(article, position=first.position + 1)
        second = Claim.objects.get(pk=later[0]) if later else None
        if second is None:
            raise DeskError("This is the last claim; there is nothing after it to merge.")
        if first.is_boilerplate != second.is_boilerplate:
            raise DeskError("Restore the boilerplate claim first, then merge.")
        old_texts = (first.text, second.text)
        was = changes.before(first, article)
        counters.remove_claim(article, counters.bucket_of(second, scope=article.queue_scope))
        # The second claim's history moves to the merged claim before the row goes.
        second.reviews.update(claim=first)
        second.delete()
        Claim.objects.filter(pk__in=later[1:]).update(position=F("position") - 1)
        first.end = second.end
        _new_text(first, article.body)
        note = (
            f"Merged claims {first.position} and {second.position}: "
            f"“{old_texts[0][:120]}” + “{old_texts[1][:120]}”"
        )
        review = changes.commit(
            first, article, was=was, actor=editor, kind=ReviewKind.CORRECTION, note=note
        )
        ArticleEvent.objects.create(
            article=article,
            actor=editor,
            kind=ArticleEvent.Kind.CORRECTION,
            detail=f"Merged claims {first.position} and {second.position}",
        )
        notices = counters.settle(article, actor=editor, what="A split correction", now=now)
    return SaveResult(claim=first, review=review, notices=notices)


def merge_with_previous(*, claim_id: int, editor: User, now=None) -> SaveResult:
    """Join a claim and the one before it (the engine cut a sentence too early). The same
    merge as `merge_with_next` from the claim before; the article stays locked between finding
    that claim and merging, so no other change can slip in between."""
    with transaction.atomic():
        claim, article = locks.claim(claim_id)
        previous = (
            Claim.objects.filter(article=article, position=claim.position - 1)
            .values_list("id", flat=True)
            .first()
        )
        if previous is None:
            raise DeskError("This is the first claim; there is nothing before it to merge.")
        return merge_with_next(claim_id=previous, editor=editor, now=now)


def split_claim(*, claim_id: int, editor: User, at: int, now=None) -> SaveResult:
    """Cut a claim in two at character `at` of its text (the split missed a boundary)."""
    now = now or timezone.now()
    with transaction.atomic():
        claim, article = locks.claim(claim_id, with_body=True)
        head = claim.text[:at].rstrip()
        tail_text = claim.text[at:]
        tail = tail_text.lstrip()
        if not (0 < at < len(claim.text)) or not head.strip() or not tail.strip():
            raise DeskError("Choose a point inside the claim with text on both sides.")
        later = locks.claims_from(article, position=claim.position + 1)
        Claim.objects.filter(pk__in=later).update(position=F("position") + 1)
        was = changes.before(claim, article)
        tail_start = claim.start + at + (len(tail_text) - len(tail))
        new_claim = Claim(
            article=article,
            position=claim.position + 1,
            paragraph=claim.paragraph,
            start=tail_start,
            end=claim.end,
            is_boilerplate=claim.is_boilerplate,
            boilerplate_reason=claim.boilerplate_reason,
        )
        claim.end = claim.start + len(head)
        _new_text(claim, article.body)
        _new_text(new_claim, article.body)
        note = f"Split claim {claim.position} into {claim.position} and {claim.position + 1}"
        review = changes.commit(
            claim, article, was=was, actor=editor, kind=ReviewKind.CORRECTION, note=note
        )
        changes.commit(
            new_claim, article, was=None, actor=editor, kind=ReviewKind.CORRECTION, note=note
        )
        ArticleEvent.objects.create(
            article=article, actor=editor, kind=ArticleEvent.Kind.CORRECTION, detail=note
        )
        notices = counters.settle(article, actor=editor, what="A split correction", now=now)
    return SaveResult(claim=claim, review=review, notices=notices)
