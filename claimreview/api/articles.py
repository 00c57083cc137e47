"""Articles: create (text, or a URL fetched in the background), list, read with claims and
hints, report, new version, sign-off. Each calls the desk function the pages call."""

import re
from datetime import UTC, datetime

from django.db.models import Q
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Path, Query
from ninja.errors import HttpError
from ninja.responses import Status

from claimreview import desk, exports, imports, report
from claimreview.api import api, cursor
from claimreview.api.gate import Role, problem
from claimreview.api.schemas import (
    ArticleDetail,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    ArticleUpdateIn,
    ClaimOut,
    ImportOut,
    Problem,
    Report,
    UpdateOut,
)
from claimreview.forms import MAX_BIGINT
from claimreview.models import Article, ArticleStatus, ImportBatch

ArticleId = Path(..., ge=1, le=MAX_BIGINT)
_KEY = re.compile(r"[\x21-\x7e]{1,200}")
IDEMPOTENCY_KEY = {
    "in": "header",
    "name": "Idempotency-Key",
    "required": False,
    "schema": {"type": "string", "maxLength": 200},
    "description": "Any string of yours (printable ASCII, up to 200 characters), one per "
    "request you mean: sending the same request again with it returns the first answer "
    "instead of doing it twice.",
}


def idempotency_key(request: HttpRequest) -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not _KEY.fullmatch(key):
        raise HttpError(400, "Idempotency-Key must be 1 to 200 printable ASCII characters.")
    return key


def _article_fields():
    return Article.objects.defer("raw_text", "body")


def import_out(batch) -> ImportOut:
    progress = imports.progress(batch, listed=0)
    items = batch.items.defer("source").order_by("position")[:1000]
    return ImportOut(
        id=batch.pk, name=batch.name, total=progress.total, done=progress.done,
        failed=progress.failed, waiting=progress.waiting, items=list(items),
    )  # fmt: skip


def _queued(request: HttpRequest, batch):
    response = api.create_response(request, import_out(batch).model_dump(mode="json"), status=202)
    response["Location"] = f"/api/v1/imports/{batch.pk}"
    return response


@api.post(
    "/articles",
    auth=Role("claimreview.add_article"),
    response={201: ArticleOut, 200: ArticleOut, 202: ImportOut, 400: Problem, 409: Problem},
    openapi_extra={"parameters": [IDEMPOTENCY_KEY]},
    summary="Add an article (its text, or a URL to import)",
)
def create_article(request: HttpRequest, payload: ArticleIn):
    """With `body`: analysed and stored now (201). With only `url`: the page is fetched and
    ingested in the background (202, follow `/imports/{id}`). The same text twice is a 409
    unless `allow_duplicate`; the same Idempotency-Key twice returns the first article (200)."""
    key = idempotency_key(request)
    user = request.api_user
    import_key = None if key is None else imports.api_key(user_id=user.pk, key=key)
    if import_key is not None:
        # The same key again: the first answer (the article, or the URL's import), whatever
        # is sent with it this time.
        earlier = _article_fields().filter(import_key=import_key).first()
        if earlier is not None:
            return Status(200, ArticleOut.of(earlier))
        batch = ImportBatch.objects.filter(idempotency_key=import_key).first()
        if batch is not None:
            return _queued(request, batch)
    if payload.body is None:  # a URL only (a body of whitespace is none)
        batch = imports.import_url(source=payload, created_by=user, idempotency_key=import_key)
        return _queued(request, batch)
    typed = payload.typed()
    prepared = desk.prepare(title=typed.title, text=payload.body, kind="text")
    used = typed.or_found(prepared.metadata)
    if not used.title:
        raise HttpError(400, "No title was found in the text: send a title.")
    metadata = {
        "publication": used.publication, "url": used.url, "byline": used.byline,
        "published_on": used.published_on,
    }  # fmt: skip
    # An Idempotency-Key makes a replay return the first answer; it is no licence to add the
    # same text twice.
    duplicates = list(desk.find_duplicates(prepared).values_list("id", flat=True)[:3])
    if duplicates and not payload.allow_duplicate:
        return problem(
            409, "This text is already here; send allow_duplicate: true to add it anyway.",
            duplicates=duplicates,
        )  # fmt: skip
    if import_key is not None:
        article, created = desk.import_article(
            key=import_key, prepared=prepared, title=used.title, created_by=user, **metadata,
        )  # fmt: skip
        return Status(201 if created else 200, ArticleOut.of(_article_fields().get(pk=article.pk)))
    article = desk.create_article(prepared=prepared, title=used.title, created_by=user, **metadata)
    return Status(201, ArticleOut.of(article))


_BAD_CURSOR = "The cursor is not one this list gave: pass next_cursor as it is."


def _cursor_id(value) -> int:
    """An article id read back from a cursor: a whole number an id can be, or a 400."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BIGINT:
        raise HttpError(400, _BAD_CURSOR)
    return value


def _cursor_time(value) -> datetime:
    """A time read back from a cursor: ISO 8601 with its offset, as this list writes it."""
    try:
        when = datetime.fromisoformat(value)
        if when.tzinfo is None:
            raise ValueError("no time zone")
        return when.astimezone(UTC)  # a time past year 9999 in UTC is refused here
    except (TypeError, ValueError, OverflowError):
        raise HttpError(400, _BAD_CURSOR) from None


@api.get("/articles", response=ArticlePage, summary="List articles")
def list_articles(
    request: HttpRequest,
    status: ArticleStatus | None = None,
    has_disputed: bool = False,
    updated_since: datetime | None = Query(
        None, description="Only articles changed since then (ISO 8601), oldest change first."
    ),
    cursor_: str = Query("", alias="cursor", max_length=200),
    limit: int = Query(50, ge=1, le=100),
):
    """Newest first; with `updated_since`, by time of last change (oldest first), so a script
    can pull everything that changed since its last run."""
    articles = _article_fields()
    if status:
        articles = articles.filter(status=status)
    if has_disputed:
        articles = articles.filter(disputed_count__gt=0)
    if updated_since is not None:
        articles = articles.filter(last_activity_at__gte=updated_since).order_by(
            "last_activity_at", "id"
        )
        if cursor_:
            when, last_id = cursor.decode(cursor_, kind="u", length=3)
            when = _cursor_time(when)
            articles = articles.filter(
                Q(last_activity_at__gt=when) | Q(last_activity_at=when, id__gt=_cursor_id(last_id))
            )
    else:
        articles = articles.order_by("-id")
        if cursor_:
            (last_id,) = cursor.decode(cursor_, kind="n", length=2)
            articles = articles.filter(id__lt=_cursor_id(last_id))
    rows = list(articles[: limit + 1])
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = (
            cursor.encode(["u", last.last_activity_at.isoformat(), last.pk])
            if updated_since is not None
            else cursor.encode(["n", last.pk])
        )
    return ArticlePage(items=[ArticleOut.of(a) for a in rows], next_cursor=next_cursor)


@api.get("/articles/{article_id}", response=ArticleDetail, summary="An article with its claims")
def article_detail(request: HttpRequest, article_id: int = ArticleId):
    article = get_object_or_404(_article_fields(), pk=article_id)
    claims = [ClaimOut.of(c) for c in article.claims.order_by("position")]
    return ArticleDetail(**ArticleOut.of(article).model_dump(), claims=claims)


@api.get(
    "/articles/{article_id}/report",
    response=Report,
    summary="The verification report (the JSON export's schema)",
)
def article_report(request: HttpRequest, article_id: int = ArticleId):
    """Exactly the report page's JSON export (`?format=json`), schema `claimreview.report/1`."""
    article = get_object_or_404(
        Article.objects.defer("raw_text").select_related("signed_off_by"), pk=article_id
    )
    return exports.report_json(report.build_report(article))


@api.post(
    "/articles/{article_id}/versions",
    auth=Role("claimreview.change_article"),
    response={201: UpdateOut, 400: Problem, 409: Problem},
    summary="A new version of the article's text",
)
def article_update(request: HttpRequest, payload: ArticleUpdateIn, article_id: int = ArticleId):
    """Every review that still stands is carried over; changed and new sentences are queued."""
    article = get_object_or_404(Article.objects.only("id", "title"), pk=article_id)
    prepared = desk.prepare(title=payload.title or article.title, text=payload.body)
    try:
        result = desk.update_article(
            article_id=article.pk, prepared=prepared, by=request.api_user,
            based_on=payload.based_on, title=payload.title,
        )  # fmt: skip
    except desk.IngestError:
        raise
    except desk.DeskError as error:
        return problem(409, str(error))
    fresh = _article_fields().get(pk=article.pk)
    return Status(
        201,
        UpdateOut(
        article=ArticleOut.of(fresh), version=result.version, counts=result.plan.counts,
        notices=result.notices,
    ),
    )  # fmt: skip


@api.post(
    "/articles/{article_id}/sign-off",
    auth=Role("claimreview.sign_off_article"),
    response={200: ArticleOut, 409: Problem},
    summary="Sign off the article's report",
)
def article_signoff(request: HttpRequest, article_id: int = ArticleId):
    """Only a reviewed article (every queued claim has a verdict or "no check needed")."""
    get_object_or_404(Article.objects.only("id"), pk=article_id)
    try:
        desk.sign_off(article_id=article_id, editor=request.api_user)
    except desk.DeskError as error:
        return problem(409, str(error))
    return Status(200, ArticleOut.of(_article_fields().get(pk=article_id)))
