"""Desk statistics for editors."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claimreview import stats
from claimreview.views.common import editor_required


@editor_required("claimreview.sign_off_article")
@require_GET
def desk_stats(request: HttpRequest) -> HttpResponse:
    return render(request, "desk/stats.html", {"stats": stats.desk_stats(), "nav": "stats"})
