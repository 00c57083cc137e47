"""The verification report page and its exports (CSV, JSON, ClaimReview JSON-LD)."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from claimreview import exports, report
from claimreview.models import Article
from claimreview.views.common import bad_request, reviewer_required


@reviewer_required
@require_GET
def article_report(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.defer("raw_text").select_related("signed_off_by"), pk=article_id
    )
    built = report.build_report(article)
    export = request.GET.get("format", "")
    filename = f"claimreview-article-{article.pk}"
    if export == "csv":
        response = HttpResponse(exports.report_csv(built), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    if export == "json":
        response = JsonResponse(exports.report_json(built), json_dumps_params={"indent": 2})
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        return response
    if export == "claimreview":
        url = request.build_absolute_uri(reverse("article-report", args=[article.pk]))
        items = exports.report_claimreview(built, report_url=url, publisher=settings.PUBLISHER)
        response = JsonResponse(items, safe=False, json_dumps_params={"indent": 2})
        response["Content-Type"] = "application/ld+json"
        response["Content-Disposition"] = f'attachment; filename="{filename}-claimreview.jsonld"'
        return response
    if export:
        return bad_request(request, "Unknown format: use csv, json or claimreview.")
    return render(request, "articles/report.html", {"article": article, "report": built})
