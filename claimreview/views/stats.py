"""Desk statistics for editors."""

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claimreview import stats


@permission_required("claimreview.sign_off_article", raise_exception=True)
@require_GET
def desk_stats(request: HttpRequest) -> HttpResponse:
    return render(request, "desk/stats.html", {"stats": stats.desk_stats(), "nav": "stats"})
