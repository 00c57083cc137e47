"""Articles: add one (paste, upload, preview), update it to a new version (preview of what
changed, then save), edit its title and metadata, read it and its versions and history, sign
it off, set its priority and which of its claims the queue holds."""

import re
from dataclasses import asdict

from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html_join
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claimreview import desk, versions
from claimreview.forms import (
    ArticleDetailsForm,
    ArticleForm,
    ArticleUpdateForm,
    PriorityForm,
    QueueScopeForm,
    VersionsForm,
    first_error,
)
from claimreview.models import Article, ArticleEvent
from claimreview.views.common import bad_request, editor_required, reviewer_required, wants_partial


def _prepare_from_form(form, context: dict, *, title: str = "") -> desk.PreparedArticle:
    """The article from the form's text: a new upload, else pasted text, else the upload kept
    from the previous preview. An upload's text goes back into `context["kept"]`, for the page
    to carry to the next post (a browser never refills a file field)."""
    upload = form.cleaned_data.get("upload")
    kept = form.kept()
    if upload:
        text, kind = desk.decode_upload(upload.read(desk.MAX_ARTICLE_BYTES + 1), upload.name)
        context["kept"] = {"text": text, "kind": kind, "name": upload.name}
    elif form.cleaned_data["body"].strip() or kept is None:
        text, kind = form.cleaned_data["body"], "text"
    else:
        text, kind, name = kept
        context["kept"] = {"text": text, "kind": kind, "name": name}
    return desk.prepare(title=form.cleaned_data["title"] or title, text=text, kind=kind)


def _earlier_versions_of(used, duplicates) -> list[Article]:
    """Articles this one may be a new version of: the same URL, or the same title."""
    match = Q(title__iexact=used.title) if used.title else Q()
    if used.url:
        match |= Q(url=used.url)
    if not match:
        return []
    seen = [d.pk for d in duplicates]
    return list(
        Article.objects.filter(match)
        .exclude(pk__in=seen)
        .only("id", "title", "url", "created_at")[:3]
    )


def _breakable_url(url: str) -> str:
    """The URL as HTML that may wrap after its slashes, dots and separators (<wbr>), so a long
    one fits a phone's preview."""
    if len(url) > 120:
        url = url[:119] + "…"
    parts = re.split(r"(?<=[/.?&=_-])", url)
    return format_html_join("", "{}<wbr>", ((part,) for part in parts if part))


@editor_required("claimreview.add_article")
@require_http_methods(["GET", "POST"])
def article_new(request: HttpRequest) -> HttpResponse:
    form = ArticleForm(request.POST or None, request.FILES or None)
    context = {"form": form, "prepared": None, "duplicates": []}
    if request.method == "POST" and form.is_valid():
        try:
            prepared = _prepare_from_form(form, context)
        except desk.IngestError as error:
            form.add_error(None, str(error))
        else:
            # What the editor typed wins; the page's or the text's own values fill the rest.
            typed = form.typed_metadata()
            used = typed.or_found(prepared.metadata)
            duplicates = list(desk.find_duplicates(prepared)[:3])
            context.update(prepared=prepared, duplicates=duplicates, typed=typed, used=used)
            context["earlier"] = _earlier_versions_of(used, duplicates)
            context["used_url"] = _breakable_url(used.url)
            wants_preview = "preview" in request.POST or request.htmx
            if not wants_preview and not used.title:
                form.add_error("title", "No title was found in the text. Type one.")
            elif duplicates and not form.cleaned_data["allow_duplicate"] and not wants_preview:
                form.add_error(
                    "allow_duplicate", "This text is already here. Tick the box to add it anyway."
                )
            elif not wants_preview:
                article = desk.create_article(
                    prepared=prepared,
                    title=used.title,
                    created_by=request.user,
                    publication=used.publication,
                    url=used.url,
                    byline=used.byline,
                    published_on=used.published_on,
                )
                messages.success(
                    request, f"Added “{article.title}” with {article.claim_count} claims."
                )
                return redirect("article-detail", article_id=article.pk)
    if wants_partial(request):
        return render(request, "articles/new.html#preview", context)
    status = 400 if form.errors else 200
    return render(request, "articles/new.html", context, status=status)


@editor_required("claimreview.change_article")
@require_http_methods(["GET", "POST"])
def article_update(request: HttpRequest, article_id: int) -> HttpResponse:
    """A new version of the article: paste or upload its text (the same checks and engine as a
    new article), see what changed claim by claim, save; every review that still stands is
    carried (desk.update_article)."""
    article = get_object_or_404(Article.objects.select_related("created_by"), pk=article_id)
    posted = request.method == "POST"
    form = ArticleUpdateForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        initial={"based_on": article.version, "body": article.raw_text},
    )
    context = {"article": article, "form": form, "plan": None, "based_on": article.version}
    if posted and form.is_valid():
        try:
            prepared = _prepare_from_form(form, context, title=article.title)
            if "preview" in request.POST or request.htmx:
                context["plan"] = desk.preview_update(article=article, prepared=prepared)
                context["based_on"] = article.version
            else:
                result = desk.update_article(
                    article_id=article.pk, prepared=prepared, by=request.user,
                    based_on=form.cleaned_data["based_on"], title=form.cleaned_data["title"],
                )  # fmt: skip
        except desk.DeskError as error:
            form.add_error(None, str(error))
        else:
            if context["plan"] is None:
                for notice in result.notices:
                    messages.warning(request, notice)
                counts = result.plan.counts
                messages.success(
                    request,
                    f"Saved version {result.version}: {counts['changed']} changed, "
                    f"{counts['added']} added, {counts['removed']} removed, {counts['same']} "
                    f"kept with their reviews.",
                )
                return redirect("article-detail", article_id=article.pk)
    if wants_partial(request):
        return render(request, "articles/update.html#preview", context)
    status = 400 if form.errors else 200
    return render(request, "articles/update.html", context, status=status)


def _details_form(article: Article, data=None) -> ArticleDetailsForm:
    current = desk.metadata_of(article)
    initial = {**asdict(current), "seen": desk.details_fingerprint(current)}
    return ArticleDetailsForm(data, initial=initial)


@editor_required("claimreview.change_article")
@require_http_methods(["GET", "POST"])
def article_edit(request: HttpRequest, article_id: int) -> HttpResponse:
    """The article's title, publication, byline, URL and date, edited without Django admin;
    saved through desk.edit_metadata, which records what changed in the article's history."""
    article = get_object_or_404(
        Article.objects.only(
            "id", "version", "status", "title", "publication", "byline", "url", "published_on"
        ),
        pk=article_id,
    )
    posted = request.method == "POST"
    form = _details_form(article, request.POST if posted else None)
    status = 200
    if posted and form.is_valid():
        wanted = form.metadata()
        try:
            _, changed = desk.edit_metadata(
                article_id=article.pk, by=request.user, title=wanted.title,
                publication=wanted.publication, byline=wanted.byline, url=wanted.url,
                published_on=wanted.published_on, seen=form.cleaned_data["seen"] or None,
            )  # fmt: skip
        except desk.DetailsConflict as error:
            article.refresh_from_db()
            form = _details_form(article)
            messages.error(request, str(error))
            status = 409
        except desk.DeskError as error:
            form.add_error(None, str(error))
        else:
            if changed:
                messages.success(request, f"Saved: {', '.join(changed)} changed.")
            else:
                messages.info(request, "Nothing changed: the details were already these.")
            return redirect("article-detail", article_id=article.pk)
    if form.errors:
        status = 400
    return render(request, "articles/edit.html", {"article": article, "form": form}, status=status)


@reviewer_required
@require_GET
def article_versions(request: HttpRequest, article_id: int) -> HttpResponse:
    """The version history, and a readable diff of any two versions (the last two first)."""
    article = get_object_or_404(
        Article.objects.defer("raw_text").select_related("created_by"), pk=article_id
    )
    form = VersionsForm(request.GET)
    if not form.is_valid():
        return bad_request(request, "Choose two versions by number: " + first_error(form))
    newest = article.version
    new = form.cleaned_data["b"] or newest
    old = form.cleaned_data["a"] or max(1, new - 1)
    if not (1 <= old <= newest and 1 <= new <= newest):
        return bad_request(request, f"This article has versions 1 to {newest}.")
    context = {"article": article, "history": versions.history(article), "a": old, "b": new}
    if old != new:
        context["diff"] = versions.compare(
            versions.version_text(article, old), versions.version_text(article, new)
        )
    return render(request, "articles/versions.html", context)


@reviewer_required
@require_GET
def article_version(request: HttpRequest, article_id: int, number: int) -> HttpResponse:
    """One version's text with its claims, as they were when it was replaced."""
    article = get_object_or_404(
        Article.objects.defer("raw_text").select_related("created_by"), pk=article_id
    )
    version = versions.version_text(article, number)
    if version is None:
        return render(request, "404.html", status=404)
    return render(request, "articles/version.html", {"article": article, "version": version})


@reviewer_required
@require_GET
def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("created_by"), pk=article_id)
    return _detail_page(request, article)


def _detail_page(
    request: HttpRequest, article: Article, *, status: int = 200, priority_form=None,
    scope_form=None,
) -> HttpResponse:  # fmt: skip
    claims = list(article.claims.order_by("position"))
    paragraphs: list[list] = []
    for claim in claims:
        if not paragraphs or paragraphs[-1][0].paragraph != claim.paragraph:
            paragraphs.append([])
        paragraphs[-1].append(claim)
    if priority_form is None:
        priority_form = PriorityForm(initial={"priority": article.priority})
    if scope_form is None:
        scope_form = QueueScopeForm(initial={"scope": article.queue_scope})
    return render(
        request,
        "articles/detail.html",
        {
            "article": article,
            "paragraphs": paragraphs,
            "claims": claims,
            "priority_form": priority_form,
            "scope_form": scope_form,
            "history": versions.history(article) if article.version > 1 else [],
            "events": _events(article),
        },
        status=status,
    )


# The article page lists this many of the latest article events (one query, whatever the count).
EVENTS_SHOWN = 30


def _events(article: Article) -> list[ArticleEvent]:
    """The article's latest history entries (created, sign-off, priority, details edited…),
    newest first."""
    return list(
        article.events.select_related("actor").order_by("-created_at", "-id")[:EVENTS_SHOWN]
    )


@editor_required("claimreview.sign_off_article")
@require_POST
def article_signoff(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.only("id"), pk=article_id)
    try:
        desk.sign_off(article_id=article.pk, editor=request.user)
    except desk.DeskError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, "Signed off. Any later change to a claim takes it away again.")
    return redirect("article-detail", article_id=article.pk)


@editor_required("claimreview.prioritize_article")
@require_POST
def article_priority(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.only("id"), pk=article_id)
    form = PriorityForm(request.POST)
    if not form.is_valid():
        messages.error(request, first_error(form))
        article = Article.objects.select_related("created_by").get(pk=article.pk)
        return _detail_page(request, article, status=400, priority_form=form)
    desk.set_priority(
        article_id=article.pk, editor=request.user, priority=form.cleaned_data["priority"]
    )
    messages.success(request, "Priority saved.")
    return redirect("article-detail", article_id=article.pk)


@editor_required("claimreview.prioritize_article")
@require_POST
def article_queue_scope(request: HttpRequest, article_id: int) -> HttpResponse:
    """All claims or check-worthy only: which claims the queue hands out and sign-off needs."""
    article = get_object_or_404(Article.objects.only("id"), pk=article_id)
    form = QueueScopeForm(request.POST)
    if not form.is_valid():
        messages.error(request, first_error(form))
        article = Article.objects.select_related("created_by").get(pk=article.pk)
        return _detail_page(request, article, status=400, scope_form=form)
    article, notices = desk.set_queue_scope(
        article_id=article.pk, editor=request.user, scope=form.cleaned_data["scope"]
    )
    for notice in notices:
        messages.warning(request, notice)
    messages.success(request, f"Queue set to “{article.get_queue_scope_display()}”.")
    return redirect("article-detail", article_id=article.pk)
