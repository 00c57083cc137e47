"""The review desk: the queue, a claim's page, verdicts, skips, the lease heartbeat and the
editors' corrections (revert, merge, split, boilerplate)."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claimreview import desk, search
from claimreview.forms import SourceFormSet, VerdictForm
from claimreview.models import Article, Claim, Verdict

review_required = permission_required("claimreview.review_claims", raise_exception=True)
editor_required = permission_required("claimreview.correct_claims", raise_exception=True)


def _article_filter(request: HttpRequest) -> Article | None:
    article_id = request.GET.get("article") or request.POST.get("article")
    if article_id and str(article_id).isdigit():
        return Article.objects.filter(pk=int(article_id)).only("id", "title").first()
    return None


def _sources_from(formset) -> list[desk.SourceData]:
    return [
        desk.SourceData(
            **{k: form.cleaned_data.get(k, "") for k in ("url", "citation", "title", "quote")}
        )
        for form in formset.forms
        if form.cleaned_data
    ]


def _desk_context(
    request: HttpRequest, claim: Claim | None, *, mode: str, article: Article | None = None,
    form=None, sources=None, result=None,
) -> dict:  # fmt: skip
    context = {"claim": claim, "mode": mode, "queue_article": article, "result": result}
    if claim is None:
        return context
    if Claim.article.is_cached(claim):  # the queue hands claims out with their article
        article_row = claim.article
    else:
        article_row = Article.objects.defer("raw_text", "body").get(pk=claim.article_id)
    # The claim in its paragraph, with the sentences around it (two either side at least).
    neighbours = list(
        Claim.objects.filter(article_id=claim.article_id)
        .filter(
            Q(paragraph=claim.paragraph)
            | Q(position__gte=claim.position - 2, position__lte=claim.position + 2)
        )
        .order_by("position")
        .only("id", "position", "paragraph", "text", "verdict", "is_boilerplate")[:40]
    )
    history = []
    if getattr(claim, "has_history", True):
        history = list(
            claim.reviews.select_related("reviewer")
            .prefetch_related("sources")
            .order_by("-id")[:50]
        )
    if form is None:
        form = VerdictForm(
            initial={
                "version": claim.version,
                "request_id": uuid.uuid4(),
                "attributed_to": claim.attributed_to or claim.speaker,
                "verdict": claim.verdict if claim.verdict != Verdict.UNREVIEWED else None,
                "note": claim.note,
            }
        )
    if sources is None:
        sources = SourceFormSet(prefix="sources")
    context.update(
        article=article_row,
        neighbours=neighbours,
        history=history,
        form=form,
        sources=sources,
        # On the hot path (queue) the similar claims load after the page, in their own request.
        similar=search.similar_reviewed_claims(claim) if mode == "detail" else None,
        leased_to_me=claim.lease_holder_id == request.user.pk,
    )
    return context


@review_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    return _next_claim(request, _article_filter(request))


def _next_claim(request: HttpRequest, article: Article | None) -> HttpResponse:
    """Lease the reviewer's next claim and show it: the desk partial for htmx, else the page."""
    claim = desk.next_claim_for(reviewer=request.user, article=article)
    context = _desk_context(request, claim, mode="queue", article=article)
    template = "review/queue.html#desk" if request.htmx else "review/queue.html"
    return render(request, template, context)


@review_required
@require_GET
def claim_detail(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id)
    return render(request, "review/claim.html", _desk_context(request, claim, mode="detail"))


@review_required
@require_POST
def claim_review(request: HttpRequest, claim_id: int) -> HttpResponse:
    mode = "queue" if request.POST.get("mode") == "queue" else "detail"
    article = _article_filter(request) if mode == "queue" else None
    form = VerdictForm(request.POST)
    sources = SourceFormSet(request.POST, prefix="sources")
    page = "review/queue.html" if mode == "queue" else "review/claim.html"
    problems = []
    if form.is_valid() and sources.is_valid():
        try:
            result = desk.submit_verdict(
                claim_id=claim_id,
                reviewer=request.user,
                verdict=form.cleaned_data["verdict"],
                note=form.cleaned_data["note"],
                attributed_to=form.cleaned_data["attributed_to"],
                sources=_sources_from(sources),
                expected_version=form.cleaned_data["version"],
                request_id=form.cleaned_data["request_id"],
            )
        except Claim.DoesNotExist:
            raise Http404("No such claim.") from None
        except desk.DeskError as error:
            problems.append(str(error))
        else:
            if result.conflict:
                context = _desk_context(
                    request, result.claim, mode=mode, article=article, form=form,
                    sources=sources, result=result,
                )  # fmt: skip
                return _render_desk(request, page, context, status=409)
            for notice in result.notices:
                messages.warning(request, notice)
            if mode == "queue":
                messages.success(
                    request, f"Saved claim {result.claim.position} as {result.review.verdict}."
                )
                if request.htmx:
                    return _next_claim(request, article)
                return redirect(_queue_url(article))
            messages.success(request, f"Saved: {result.review.get_verdict_display()}.")
            return redirect("claim-detail", claim_id=claim_id)
    for error in form.non_field_errors():
        problems.append(error)
    claim = get_object_or_404(Claim, pk=claim_id)
    context = _desk_context(request, claim, mode=mode, article=article, form=form, sources=sources)
    context["problems"] = problems
    return _render_desk(request, page, context, status=400)


def _render_desk(request, page: str, context: dict, *, status: int) -> HttpResponse:
    # htmx swaps only 2xx answers by default; the partial says what is wrong itself.
    if request.htmx:
        return render(request, f"{page}#desk", context, status=200)
    return render(request, page, context, status=status)


def _queue_url(article: Article | None) -> str:
    url = reverse("queue")
    return f"{url}?article={article.pk}" if article is not None else url


@review_required
@require_GET
def claim_similar(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id)
    similar = search.similar_reviewed_claims(claim)
    return render(request, "review/similar.html", {"similar": similar, "claim": claim})


@review_required
@require_POST
def claim_skip(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id)
    article = _article_filter(request)
    desk.skip(claim_id=claim.pk, reviewer=request.user)
    messages.info(request, f"Skipped claim {claim.position}; it goes back to the queue.")
    if request.htmx:
        return _next_claim(request, article)
    return redirect(_queue_url(article))


@review_required
@require_POST
def claim_heartbeat(request: HttpRequest, claim_id: int) -> HttpResponse:
    kept = desk.extend_lease(claim_id=claim_id, reviewer=request.user)
    return HttpResponse(status=204 if kept else 410)


def _editor_action(request: HttpRequest, claim_id: int, action) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id)
    try:
        result = action(claim)
    except desk.DeskError as error:
        messages.error(request, str(error))
        return redirect("claim-detail", claim_id=claim.pk)
    for notice in result.notices:
        messages.warning(request, notice)
    return redirect("claim-detail", claim_id=result.claim.pk)


@editor_required
@require_POST
def claim_revert(request: HttpRequest, claim_id: int) -> HttpResponse:
    review_id = request.POST.get("review", "")
    if not review_id.isdigit():
        messages.error(request, "Choose a history entry to revert to.")
        return redirect("claim-detail", claim_id=claim_id)

    def action(claim):
        result = desk.revert(claim_id=claim.pk, editor=request.user, to_review_id=int(review_id))
        messages.success(request, f"Reverted to {result.claim.get_verdict_display()}.")
        return result

    return _editor_action(request, claim_id, action)


@editor_required
@require_POST
def claim_merge(request: HttpRequest, claim_id: int) -> HttpResponse:
    def action(claim):
        result = desk.merge_with_next(claim_id=claim.pk, editor=request.user)
        messages.success(request, f"Merged claims {claim.position} and {claim.position + 1}.")
        return result

    return _editor_action(request, claim_id, action)


@editor_required
@require_POST
def claim_split(request: HttpRequest, claim_id: int) -> HttpResponse:
    at = request.POST.get("at", "")

    def action(claim):
        if not at.isdigit():
            raise desk.DeskError("Choose where to split the claim.")
        result = desk.split_claim(claim_id=claim.pk, editor=request.user, at=int(at))
        messages.success(request, f"Split claim {claim.position} in two.")
        return result

    return _editor_action(request, claim_id, action)


@editor_required
@require_POST
def claim_boilerplate(request: HttpRequest, claim_id: int) -> HttpResponse:
    mark = request.POST.get("is_boilerplate") == "1"

    def action(claim):
        result = desk.set_boilerplate(claim_id=claim.pk, editor=request.user, is_boilerplate=mark)
        messages.success(request, "Marked as boilerplate." if mark else "Restored to the queue.")
        return result

    return _editor_action(request, claim_id, action)
