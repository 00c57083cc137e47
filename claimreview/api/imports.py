"""Imports: many articles at once (ingested in the background), and their progress."""

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Path
from pydantic import Field

from claimreview import imports
from claimreview.api import api
from claimreview.api.articles import import_out
from claimreview.api.gate import Role
from claimreview.api.schemas import ImportOut, Problem, Strict
from claimreview.forms import MAX_BIGINT
from claimreview.imports import ArticleSource, Text
from claimreview.models import ImportBatch


class ImportIn(Strict):
    name: Text(300) = ""
    articles: list[ArticleSource] = Field(min_length=1, max_length=imports.MAX_ITEMS)


@api.post(
    "/imports",
    auth=Role("claimreview.add_article"),
    response={202: ImportOut, 400: Problem},
    summary="Import many articles in the background",
)
def create_import(request: HttpRequest, payload: ImportIn):
    """Each article (its text, or a URL to fetch) is ingested by a background worker; follow
    `/imports/{id}`. An article sent before (the same text and title, or the same URL) is not
    added again: its item says which article it is."""
    entries = [
        imports.Entry(
            label=(a.title or a.url or f"article {n}")[:300],
            source=a.as_item_source("text" if (a.body or "").strip() else "html"),
        )
        for n, a in enumerate(payload.articles, start=1)
    ]
    batch = imports.start_import(
        name=payload.name or f"API import by {request.api_user}", created_by=request.api_user,
        entries=entries,
    )  # fmt: skip
    response = api.create_response(request, import_out(batch).model_dump(mode="json"), status=202)
    response["Location"] = f"/api/v1/imports/{batch.pk}"
    return response


@api.get("/imports/{import_id}", response=ImportOut, summary="An import's progress")
def import_detail(request: HttpRequest, import_id: int = Path(..., ge=1, le=MAX_BIGINT)):
    return import_out(get_object_or_404(ImportBatch, pk=import_id))
