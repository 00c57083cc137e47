"""Articles: add one (paste, upload, preview), read it, sign it off, set its priority and which
of its claims the queue holds."""

import re

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html_join
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claimreview import desk
from claimreview.forms import ArticleForm, PriorityForm, QueueScopeForm, first_error
from claimreview.models import Article
from claimreview.views.common import editor_required, reviewer_required, wants_partial


def _prepare_from_form(form: ArticleForm) -> desk.PreparedArticle:
    upload = form.cleaned_data.get("upload")
    if upload:
        text, kind = desk.decode_upload(upload.read(desk.MAX_ARTICLE_BYTES + 1), upload.name)
    else:
        text, kind = form.cleaned_data["body"], "text"
    return desk.prepare(title=form.cleaned_data["title"], text=text, kind=kind)


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
            prepared = _prepare_from_form(form)
        except desk.IngestError as error:
            form.add_error(None, str(error))
        else:
            # What the editor typed wins; the page's or the text's own values fill the rest.
            typed = form.typed_metadata()
            used = typed.or_found(prepared.metadata)
            duplicates = list(desk.find_duplicates(prepared)[:3])
            context.update(prepared=prepared, duplicates=duplicates, typed=typed, used=used)
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
        },
        status=status,
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
