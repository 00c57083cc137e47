"""Claims: search, read one with its history, take the next from the queue, post a verdict or
"no check needed" (the desk's rules: version check, one decision per Idempotency-Key, a
conflict is a 409 with both sides)."""

import uuid

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Path, Query
from ninja.responses import Status

from claimreview import desk, search
from claimreview.api import api, cursor
from claimreview.api.articles import IDEMPOTENCY_KEY, idempotency_key
from claimreview.api.gate import problem
from claimreview.api.schemas import (
    ClaimDetail,
    ClaimOut,
    Conflict,
    Decision,
    HistoryEntry,
    LeasedClaim,
    NoCheckIn,
    Problem,
    SearchHitOut,
    SearchPage,
    Side,
    VerdictIn,
)
from claimreview.forms import MAX_BIGINT
from claimreview.models import Article, Claim, Verdict

ClaimId = Path(..., ge=1, le=MAX_BIGINT)
# Idempotency keys become the desk's request ids (Review.request_id): a UUID per user, claim,
# action and key. The same key sent for another claim or another action is another request
# (a client reusing its keys per claim must not be answered with another claim's decision).
_KEYS = uuid.UUID("5f0c8a52-5a43-4d8e-9c3e-2f6f4f1b7a10")


def request_id_for(*, user_id: int, claim_id: int, action: str, key: str) -> uuid.UUID:
    return uuid.uuid5(_KEYS, f"{user_id}:{claim_id}:{action}:{key}")


def _request_id(request: HttpRequest, *, claim_id: int, action: str) -> uuid.UUID | None:
    key = idempotency_key(request)
    if key is None:
        return None
    return request_id_for(user_id=request.api_user.pk, claim_id=claim_id, action=action, key=key)


@api.get("/claims", response=SearchPage, summary="Search claims (full text)")
def search_claims(
    request: HttpRequest,
    q: str = Query(..., min_length=1, max_length=200, description="Web-search syntax."),
    verdict: Verdict | None = None,
    cursor_: str = Query("", alias="cursor", max_length=200),
):
    """Best match first (newest first past 1,000 hits), 20 a page."""
    page = 1
    if cursor_:
        (page,) = cursor.decode(cursor_, kind="s", length=2)
        if not isinstance(page, int) or not 1 < page <= 1000:
            page = None
        if page is None:
            return problem(400, "The cursor is not one this list gave.")
    results = search.search_claims(query=q, verdict=verdict or "", page=page)
    items = [
        SearchHitOut(
            claim_id=hit.claim.pk,
            article_id=hit.claim.article_id,
            article_title=hit.claim.article.title,
            position=hit.claim.position,
            text=hit.claim.text,
            verdict=hit.claim.verdict,
            current=hit.claim.retired_in_version is None,
            rank=hit.rank,
        )
        for hit in results.hits
    ]
    has_next = results.has_next and page < 1000
    return SearchPage(
        items=items, total=results.count,
        next_cursor=cursor.encode(["s", page + 1]) if has_next else None,
    )  # fmt: skip


@api.get("/claims/{claim_id}", response=ClaimDetail, summary="A claim with its history")
def claim_detail(request: HttpRequest, claim_id: int = ClaimId):
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    history = [
        HistoryEntry(
            id=r.pk,
            kind=r.kind,
            verdict_before=r.verdict_before,
            verdict=r.verdict,
            note=r.note,
            attributed_to=r.attributed_to,
            reviewer=str(r.reviewer),
            created_at=r.created_at,
        )
        for r in claim.reviews.select_related("reviewer").order_by("id")[:500]
    ]
    return ClaimDetail(**ClaimOut.of(claim).model_dump(), history=history)


@api.post(
    "/queue/next",
    response={200: LeasedClaim, 204: None},
    summary="Take the next claim to review (a 10-minute lease)",
)
def queue_next(request: HttpRequest, article: int | None = Query(None, ge=1, le=MAX_BIGINT)):
    """The claim you hold if you hold one, else the next free one (one reviewer at a time);
    204 when the queue is empty."""
    scope = None
    if article is not None:
        scope = get_object_or_404(Article.objects.only("id"), pk=article)
    claim = desk.next_claim_for(reviewer=request.api_user, article=scope)
    if claim is None:
        return HttpResponse(status=204)
    leased = LeasedClaim(**ClaimOut.of(claim).model_dump(), lease_expires_at=claim.lease_expires_at)
    return Status(200, leased)


def _decided(result, *, yours: Side):
    if result.conflict:
        other = result.other_review
        theirs = Side(
            verdict=result.claim.verdict, note=result.claim.note,
            attributed_to=result.claim.attributed_to,
            reviewer=str(other.reviewer) if other is not None else None,
            at=other.created_at if other is not None else None,
            claim_version=result.claim.version,
        )  # fmt: skip
        return Status(409, Conflict(
            detail="Someone else decided on this claim after you read it: nothing was saved. "
            "Compare, then send again with the claim's new version if you still disagree.",
            yours=yours, theirs=theirs,
        ))  # fmt: skip
    claim = Claim.all_versions.get(pk=result.claim.pk)
    decision = Decision(
        claim=ClaimOut.of(claim), review_id=result.review.pk, duplicate=result.duplicate,
        notices=result.notices,
    )  # fmt: skip
    return Status(200 if result.duplicate else 201, decision)


_DECISION = {201: Decision, 200: Decision, 400: Problem, 409: Conflict | Problem}


@api.post(
    "/claims/{claim_id}/verdict",
    response=_DECISION,
    openapi_extra={"parameters": [IDEMPOTENCY_KEY]},
    summary="Give a verdict",
)
def post_verdict(request: HttpRequest, payload: VerdictIn, claim_id: int = ClaimId):
    """Saved only over the claim's `expected_version` (else 409 with both sides). `verified`
    and `disputed` need a source and a note; `attributed` names who said it."""
    get_object_or_404(Claim.all_versions.only("id"), pk=claim_id)
    result = desk.submit_verdict(
        claim_id=claim_id, reviewer=request.api_user, verdict=payload.verdict,
        note=payload.note, attributed_to=payload.attributed_to,
        sources=[desk.SourceData(**s.model_dump()) for s in payload.sources],
        expected_version=payload.expected_version,
        request_id=_request_id(request, claim_id=claim_id, action="verdict"),
    )  # fmt: skip
    yours = Side(verdict=payload.verdict, note=payload.note, attributed_to=payload.attributed_to)
    return _decided(result, yours=yours)


@api.post(
    "/claims/{claim_id}/no-check",
    response=_DECISION,
    openapi_extra={"parameters": [IDEMPOTENCY_KEY]},
    summary="Close as “no check needed”",
)
def post_no_check(request: HttpRequest, payload: NoCheckIn, claim_id: int = ClaimId):
    """Nothing checkable in it (an opinion, scene-setting, a question): not a verdict."""
    get_object_or_404(Claim.all_versions.only("id"), pk=claim_id)
    result = desk.mark_no_check(
        claim_id=claim_id, reviewer=request.api_user,
        expected_version=payload.expected_version,
        request_id=_request_id(request, claim_id=claim_id, action="no-check"),
    )  # fmt: skip
    return _decided(result, yours=Side(verdict=Verdict.NO_CHECK, note="", attributed_to=""))
