"""The article list (home page): filters, sorts, pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claimreview import dashboard
from claimreview.forms import DashboardForm
from claimreview.views.common import filters_without_page, reviewer_required


@reviewer_required
@require_GET
def article_list(request: HttpRequest) -> HttpResponse:
    form = DashboardForm(request.GET)
    filters = form.filters()  # an invalid filter or page number is dropped, the rest stay
    page = dashboard.dashboard_page(dashboard.dashboard_articles(**filters), form.page_number())
    return render(
        request,
        "articles/list.html",
        {
            "form": form,
            "page": page,
            "filters": filters,
            "filtered": bool(filters["query"] or filters["status"] or filters["has_disputed"]),
            "query_string": filters_without_page(request),
            "nav": "articles",
        },
    )
