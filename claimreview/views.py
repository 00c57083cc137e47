"""Plain function views: authorize, validate with a form, call a plain function, render.

A view that htmx calls renders a named partial of the same page template, so the page works
without JavaScript too.
"""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claimreview import ingest
from claimreview.forms import ArticleForm
from claimreview.models import Article, ArticleStatus

login_view = auth_views.LoginView.as_view(
    template_name="registration/login.html", redirect_authenticated_user=True
)
logout_view = require_POST(auth_views.LogoutView.as_view())


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "403.html", status=403)


@require_GET
def article_list(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.select_related("created_by").defer("raw_text", "body")
    status = request.GET.get("status", "")
    if status in ArticleStatus.values:
        articles = articles.filter(status=status)
    query = request.GET.get("q", "").strip()[:200]
    if query:
        articles = articles.filter(Q(title__icontains=query) | Q(publication__icontains=query))
    page = Paginator(articles.order_by("-created_at", "-id"), 25).get_page(request.GET.get("page"))
    return render(
        request,
        "articles/list.html",
        {"page": page, "status": status, "query": query, "statuses": ArticleStatus.choices},
    )


def _prepare_from_form(form: ArticleForm) -> ingest.PreparedArticle:
    upload = form.cleaned_data.get("upload")
    if upload:
        text, kind = ingest.decode_upload(upload.read(ingest.MAX_ARTICLE_BYTES + 1), upload.name)
    else:
        text, kind = form.cleaned_data["body"], "text"
    return ingest.prepare(title=form.cleaned_data["title"], text=text, kind=kind)


@permission_required("claimreview.add_article", raise_exception=True)
@require_http_methods(["GET", "POST"])
def article_new(request: HttpRequest) -> HttpResponse:
    form = ArticleForm(request.POST or None, request.FILES or None)
    if request.htmx:
        form.fields["title"].required = False  # the live preview runs before a title is typed
    context = {"form": form, "prepared": None, "duplicates": []}
    if request.method == "POST" and form.is_valid():
        try:
            prepared = _prepare_from_form(form)
        except ingest.IngestError as error:
            form.add_error(None, str(error))
        else:
            duplicates = list(ingest.find_duplicates(prepared)[:3])
            context.update(prepared=prepared, duplicates=duplicates)
            wants_preview = "preview" in request.POST or request.htmx
            if duplicates and not form.cleaned_data["allow_duplicate"] and not wants_preview:
                form.add_error(
                    "allow_duplicate", "This text is already here. Tick the box to add it anyway."
                )
            elif not wants_preview:
                article = ingest.create_article(
                    prepared=prepared,
                    title=form.cleaned_data["title"],
                    created_by=request.user,
                    publication=form.cleaned_data["publication"],
                    url=form.cleaned_data["url"],
                    byline=form.cleaned_data["byline"],
                    published_on=form.cleaned_data["published_on"],
                )
                messages.success(
                    request, f"Added “{article.title}” with {article.claim_count} claims."
                )
                return redirect("article-detail", article_id=article.pk)
    if request.htmx:
        return render(request, "articles/new.html#preview", context)
    status = 400 if form.errors else 200
    return render(request, "articles/new.html", context, status=status)


@require_GET
def article_detail(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("created_by"), pk=article_id)
    claims = list(article.claims.order_by("position"))
    paragraphs: list[list] = []
    for claim in claims:
        if not paragraphs or paragraphs[-1][0].paragraph != claim.paragraph:
            paragraphs.append([])
        paragraphs[-1].append(claim)
    return render(
        request,
        "articles/detail.html",
        {"article": article, "paragraphs": paragraphs, "claims": claims},
    )
