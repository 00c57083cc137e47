"""The review desk: the queue, a claim's page, verdicts, "no check needed", skips, the lease
heartbeat and the editors' corrections (revert, merge, split, boilerplate, undoing "no check
needed").

Errors keep their real status for htmx too (400 bad input, 409 a conflict or a claim merged
away): the htmx-config meta tag in templates/base.html tells htmx to swap those answers, since
the desk partial says itself what went wrong.
"""

import re
import uuid
from types import SimpleNamespace

from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseStopPolling

from claimreview import desk, search, versions
from claimreview.forms import (
    BoilerplateForm,
    ClaimPageForm,
    MergeForm,
    NoCheckForm,
    QueueForm,
    RevertForm,
    SourceFormSet,
    SplitForm,
    StillHoldsForm,
    VerdictForm,
    first_error,
    parse_id,
)
from claimreview.models import Article, Claim, ReviewKind, Verdict
from claimreview.views.common import bad_request, editor_required, reviewer_required, wants_partial

correct_claims_required = editor_required("claimreview.correct_claims")
# What a conflict page says the reviewer tried when it was "still holds" (not a Verdict).
STILL_HOLDS = SimpleNamespace(value="still_holds", label="Still holds")


def _queue_article(article_id: int | None) -> Article | None:
    if article_id is None:
        return None
    return Article.objects.filter(pk=article_id).only("id", "title").first()


def _sources_from(formset) -> list[desk.SourceData]:
    return [
        desk.SourceData(
            **{k: form.cleaned_data.get(k, "") for k in ("url", "citation", "title", "quote")}
        )
        for form in formset.forms
        if form.cleaned_data
    ]


_SPACE = re.compile(r"\s+")


def split_points(text: str) -> list[tuple[str, int | None, str]]:
    """The claim's words, each with the offset a split after it uses (`at` for
    desk.split_claim: the start of the space that follows) and that space; None after the last
    word. The editor splits by clicking a space instead of counting characters."""
    points, last = [], 0
    for space in _SPACE.finditer(text):
        if space.start() == 0 or space.end() == len(text):
            continue
        points.append((text[last : space.start()], space.start(), space.group()))
        last = space.end()
    points.append((text[last:], None, ""))
    return points


def _split_preview(claim: Claim, at: int | None) -> dict | None:
    """The two claims a split at `at` would make, as desk.split_claim cuts them."""
    if at is None:
        return None
    head, tail = claim.text[:at].rstrip(), claim.text[at:].lstrip()
    if not (0 < at < len(claim.text)) or not head or not tail:
        return {"at": at, "problem": "Choose a point inside the claim with words on both sides."}
    return {"at": at, "head": head, "tail": tail}


def _desk_context(
    request: HttpRequest, claim: Claim | None, *, mode: str, article: Article | None = None,
    form=None, sources=None, result=None, attempted=None, use=None, split_at=None,
) -> dict:  # fmt: skip
    """What the desk shows. `attempted`: on a conflict, the Verdict the reviewer tried to save
    (a verdict, or NO_CHECK). `use`: an earlier verdict ("use this verdict", from
    search.similar_reviewed_claims) put in the form for the reviewer to confirm. `split_at`: the
    split an editor is previewing."""
    context = {
        "claim": claim, "mode": mode, "queue_article": article, "result": result,
        "attempted": attempted,
    }  # fmt: skip
    if claim is None:
        return context
    if Claim.article.is_cached(claim):  # the queue hands claims out with their article
        article_row = claim.article
    else:
        article_row = Article.objects.defer("raw_text", "body").get(pk=claim.article_id)
    # The claim in its paragraph, with the sentences around it (two either side at least);
    # a claim of an earlier version is shown on its own (its neighbours were that version's).
    neighbours = [claim]
    if claim.retired_in_version is None:
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
                **(use.form_initial if use is not None else {}),
            }
        )
    if sources is None:
        sources = SourceFormSet(
            prefix="sources", initial=use.sources_initial if use is not None else None
        )
    # "No check needed" has a one-time request id of its own: a double press records it once,
    # and never passes for the verdict form's submission (or the other way round).
    no_check_form = NoCheckForm(initial={"version": claim.version, "request_id": uuid.uuid4()})
    # The last text change (a new article version), shown word by word on the desk and in a
    # conflict: what the reviewer's verdict was about, and what the sentence says now.
    text_change = next((r for r in history if r.kind == ReviewKind.TEXT_CHANGED), None)
    if text_change is not None:
        text_change.words = versions.word_diff(text_change.text_before, claim.text)
    context.update(
        article=article_row,
        neighbours=neighbours,
        history=history,
        text_change=text_change,
        still_holds_form=StillHoldsForm(
            initial={"version": claim.version, "request_id": uuid.uuid4()}
        ),
        form=form,
        sources=sources,
        no_check_form=no_check_form,
        # On the hot path (queue) the similar claims load after the page, in their own request.
        similar=search.similar_reviewed_claims(claim) if mode == "detail" else None,
        leased_to_me=claim.lease_holder_id == request.user.pk,
        used=use,
    )
    if mode == "detail" and request.user.has_perm("claimreview.correct_claims"):
        context["split_points"] = split_points(claim.text)
        context["split_preview"] = _split_preview(claim, split_at)
    return context


@reviewer_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueForm(request.GET)
    if not form.is_valid():
        return bad_request(request, "That is not an article number: " + first_error(form))
    article_id = form.cleaned_data["article"]
    article = _queue_article(article_id)
    if article_id is not None and article is None:
        return render(request, "404.html", status=404)
    return _next_claim(request, article)


def _next_claim(
    request: HttpRequest, article: Article | None, *, status: int = 200, problems=()
) -> HttpResponse:
    """Lease the reviewer's next claim and show it: the desk partial for htmx, else the page."""
    claim = desk.next_claim_for(reviewer=request.user, article=article)
    context = _desk_context(request, claim, mode="queue", article=article)
    context["problems"] = list(problems)
    return _render_desk(request, "review/queue.html", context, status=status)


@reviewer_required
@require_GET
def claim_detail(request: HttpRequest, claim_id: int) -> HttpResponse:
    """One claim. `?split=N` previews an editor's split after character N (the page's gaps link
    there; with JavaScript the preview shows in place); `?use=ID` puts the verdict, note and
    sources of an earlier reviewed claim into the form, to confirm ("use this verdict")."""
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    form = ClaimPageForm(request.GET)
    if not form.is_valid():
        return bad_request(request, first_error(form))
    use = None
    if form.cleaned_data["use"] is not None:
        use = search.earlier_verdict(form.cleaned_data["use"])
    context = _desk_context(
        request, claim, mode="detail", use=use, split_at=form.cleaned_data["split"]
    )
    return render(request, "review/claim.html", context)


@reviewer_required
@require_POST
def claim_review(request: HttpRequest, claim_id: int) -> HttpResponse:
    mode = "queue" if request.POST.get("mode") == "queue" else "detail"
    form = VerdictForm(request.POST)
    sources = SourceFormSet(request.POST, prefix="sources")
    # A malformed article number makes the form invalid (a 400 below); here it is only dropped.
    article = _queue_article(parse_id(request.POST.get("article"))) if mode == "queue" else None
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
        except desk.ClaimGone as error:
            return _claim_gone(request, error, mode=mode, article=article, form=form)
        except desk.DeskError as error:
            problems.append(str(error))
        else:
            if result.conflict:
                context = _desk_context(
                    request, result.claim, mode=mode, article=article, form=form,
                    sources=sources, result=result,
                    attempted=Verdict(form.cleaned_data["verdict"]),
                )  # fmt: skip
                return _render_desk(request, page, context, status=409)
            for notice in result.notices:
                messages.warning(request, notice)
            if mode == "queue":
                verdict = result.review.get_verdict_display().lower()
                messages.success(request, f"Saved claim {result.claim.position} as {verdict}.")
                if wants_partial(request):
                    return _next_claim(request, article)
                return redirect(_queue_url(article))
            messages.success(request, f"Saved: {result.review.get_verdict_display()}.")
            return redirect("claim-detail", claim_id=claim_id)
    for error in form.non_field_errors():
        problems.append(error)
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    context = _desk_context(request, claim, mode=mode, article=article, form=form, sources=sources)
    context["problems"] = problems
    return _render_desk(request, page, context, status=400)


@reviewer_required
@require_POST
def claim_no_check(request: HttpRequest, claim_id: int) -> HttpResponse:
    """ "No check needed" (key n): closes the claim without a verdict, over the version the
    reviewer saw (a stale one is a conflict), once per request id; then the next claim."""
    return _one_key_decision(
        request, claim_id, NoCheckForm, desk.mark_no_check, attempted=Verdict.NO_CHECK,
        done=lambda result: f"Closed claim {result.claim.position}: no check needed.",
    )  # fmt: skip


@reviewer_required
@require_POST
def claim_still_holds(request: HttpRequest, claim_id: int) -> HttpResponse:
    """ "Still holds" (key h): the claim's sentence changed in a new version and its earlier
    verdict is right for the new text too: carried forward (recorded), then the next claim."""
    return _one_key_decision(
        request, claim_id, StillHoldsForm, desk.still_holds, attempted=STILL_HOLDS,
        done=lambda result: (
            f"Claim {result.claim.position} still holds: "
            f"{result.claim.get_verdict_display().lower()}, carried to the new text."
        ),
    )  # fmt: skip


def _one_key_decision(request, claim_id: int, form_class, decide, *, attempted, done):
    mode = "queue" if request.POST.get("mode") == "queue" else "detail"
    form = form_class(request.POST)
    article = _queue_article(parse_id(request.POST.get("article"))) if mode == "queue" else None
    page = "review/queue.html" if mode == "queue" else "review/claim.html"
    problems = []
    if form.is_valid():
        try:
            result = decide(
                claim_id=claim_id,
                reviewer=request.user,
                expected_version=form.cleaned_data["version"],
                request_id=form.cleaned_data["request_id"],
            )
        except desk.ClaimGone as error:
            return _claim_gone(request, error, mode=mode, article=article)
        except desk.DeskError as error:
            problems.append(str(error))
        else:
            if result.conflict:
                context = _desk_context(
                    request, result.claim, mode=mode, article=article, result=result,
                    attempted=attempted,
                )  # fmt: skip
                return _render_desk(request, page, context, status=409)
            for notice in result.notices:
                messages.warning(request, notice)
            messages.success(request, done(result))
            if mode == "queue":
                if wants_partial(request):
                    return _next_claim(request, article)
                return redirect(_queue_url(article))
            return redirect("claim-detail", claim_id=claim_id)
    else:
        problems.append("That request was not valid: " + first_error(form))
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    context = _desk_context(request, claim, mode=mode, article=article)
    context["problems"] = problems
    return _render_desk(request, page, context, status=400)


def _claim_gone(
    request: HttpRequest, error: Exception, *, mode: str, article: Article | None, form=None
) -> HttpResponse:
    """The claim was merged away while the reviewer had it open: say so (409), keep what they
    typed in view, and in the queue go on with the next claim (often the merged one)."""
    message = str(error) if isinstance(error, desk.ClaimGone) else str(desk.ClaimGone())
    typed = (form.data.get("note") or "").strip() if form is not None else ""
    chosen = form.data.get("verdict", "") if form is not None else ""
    problems = [message]
    if chosen in Verdict.values:
        problems.append(f"Your verdict, to re-apply where it belongs: {Verdict(chosen).label}.")
    if typed:
        problems.append(f"Your note, to copy: “{typed}”")
    if mode == "queue":
        return _next_claim(request, article, status=409, problems=problems)
    return render(request, "review/gone.html", {"problems": problems}, status=409)


def _render_desk(request, page: str, context: dict, *, status: int) -> HttpResponse:
    """The desk partial for htmx, the whole page otherwise; both with the real status (htmx is
    configured to swap 400, 409 and 422 answers: the partial says what is wrong)."""
    if wants_partial(request):
        return render(request, f"{page}#desk", context, status=status)
    return render(request, page, context, status=status)


def _queue_url(article: Article | None) -> str:
    url = reverse("queue")
    return f"{url}?article={article.pk}" if article is not None else url


@reviewer_required
@require_GET
def claim_similar(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    similar = search.similar_reviewed_claims(claim)
    return render(request, "review/similar.html", {"similar": similar, "claim": claim})


@reviewer_required
@require_POST
def claim_skip(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    form = QueueForm(request.POST)
    if not form.is_valid():
        return bad_request(request, "That is not an article number: " + first_error(form))
    article = _queue_article(form.cleaned_data["article"])
    try:
        skipped = desk.skip(claim_id=claim.pk, reviewer=request.user)
    except desk.ClaimGone as error:
        return _claim_gone(request, error, mode="queue", article=article)
    if skipped:
        messages.info(request, f"Skipped claim {claim.position}; it goes back to the queue.")
    else:
        messages.info(request, f"Claim {claim.position} is not yours to skip; nothing changed.")
    if wants_partial(request):
        return _next_claim(request, article)
    return redirect(_queue_url(article))


@reviewer_required
@require_POST
def claim_heartbeat(request: HttpRequest, claim_id: int) -> HttpResponse:
    """The open desk's minute-by-minute "still here". A lost lease (it ran out, the claim was
    saved or changed by someone else, or merged away) stops the polling (286) and, out of band,
    tells the reviewer on the page; without htmx it is a plain 410."""
    if desk.extend_lease(claim_id=claim_id, reviewer=request.user):
        return HttpResponse(status=204)
    if request.htmx:
        return HttpResponseStopPolling(render_to_string("review/lease_lost.html", request=request))
    return HttpResponse(status=410)


def _claim_page(request: HttpRequest, claim: Claim, *, status: int) -> HttpResponse:
    return render(
        request, "review/claim.html", _desk_context(request, claim, mode="detail"), status=status
    )


def _editor_action(request: HttpRequest, claim_id: int, form, action) -> HttpResponse:
    claim = get_object_or_404(Claim.all_versions, pk=claim_id)
    if form is not None and not form.is_valid():
        messages.error(request, first_error(form))
        return _claim_page(request, claim, status=400)
    try:
        result = action(claim)
    except desk.ClaimGone as error:
        # Merged away by another editor between the page and this click.
        return render(request, "review/gone.html", {"problems": [str(error)]}, status=409)
    except desk.DeskError as error:
        messages.error(request, str(error))
        return redirect("claim-detail", claim_id=claim.pk)
    for notice in result.notices:
        messages.warning(request, notice)
    return redirect("claim-detail", claim_id=result.claim.pk)


@correct_claims_required
@require_POST
def claim_revert(request: HttpRequest, claim_id: int) -> HttpResponse:
    form = RevertForm(request.POST)

    def action(claim):
        result = desk.revert(
            claim_id=claim.pk, editor=request.user, to_review_id=form.cleaned_data["review"],
            reason=form.cleaned_data["reason"],
        )  # fmt: skip
        messages.success(request, f"Reverted to {result.claim.get_verdict_display()}.")
        return result

    return _editor_action(request, claim_id, form, action)


@correct_claims_required
@require_POST
def claim_merge(request: HttpRequest, claim_id: int) -> HttpResponse:
    """Join the claim with the next one (the default) or, `direction=previous`, the one before."""
    form = MergeForm(request.POST)

    def action(claim):
        if form.cleaned_data["direction"] == "previous":
            result = desk.merge_with_previous(claim_id=claim.pk, editor=request.user)
            first = claim.position - 1
        else:
            result = desk.merge_with_next(claim_id=claim.pk, editor=request.user)
            first = claim.position
        messages.success(request, f"Merged claims {first} and {first + 1}.")
        return result

    return _editor_action(request, claim_id, form, action)


@correct_claims_required
@require_POST
def claim_split(request: HttpRequest, claim_id: int) -> HttpResponse:
    form = SplitForm(request.POST)

    def action(claim):
        result = desk.split_claim(
            claim_id=claim.pk, editor=request.user, at=form.cleaned_data["at"]
        )
        messages.success(request, f"Split claim {claim.position} in two.")
        return result

    return _editor_action(request, claim_id, form, action)


@correct_claims_required
@require_POST
def claim_boilerplate(request: HttpRequest, claim_id: int) -> HttpResponse:
    form = BoilerplateForm(request.POST)

    def action(claim):
        mark = form.mark()
        result = desk.set_boilerplate(claim_id=claim.pk, editor=request.user, is_boilerplate=mark)
        messages.success(request, "Marked as boilerplate." if mark else "Restored to the queue.")
        return result

    return _editor_action(request, claim_id, form, action)


@correct_claims_required
@require_POST
def claim_undo_no_check(request: HttpRequest, claim_id: int) -> HttpResponse:
    def action(claim):
        result = desk.undo_no_check(claim_id=claim.pk, editor=request.user)
        messages.success(request, "A check is needed after all: the claim is back to unreviewed.")
        return result

    return _editor_action(request, claim_id, None, action)
