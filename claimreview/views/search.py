"""Full-text search over every claim."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claimreview import search
from claimreview.forms import SearchForm
from claimreview.views.common import filters_without_page


@require_GET
def claim_search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    form.is_valid()  # an invalid page number or verdict is dropped, the words are kept
    data = form.cleaned_data
    results = search.search_claims(
        query=data.get("q", ""), verdict=data.get("verdict", ""), page=data.get("page") or 1
    )
    context = {
        "form": form,
        "results": results,
        "query_string": filters_without_page(request),
        "nav": "search",
    }
    if request.htmx:
        return render(request, "search/search.html#results", context)
    return render(request, "search/search.html", context)
