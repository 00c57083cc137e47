"""Full-text search over every claim."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from claimreview import search
from claimreview.forms import SearchForm
from claimreview.views.common import (
    filters_without_page,
    reviewer_required,
    varies_on_htmx,
    wants_partial,
)


@reviewer_required
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
    # The form pushes each search's URL: typed into the address bar, or restored by the back
    # button after htmx's history cache missed, that URL must give the whole page.
    template = "search/search.html#results" if wants_partial(request) else "search/search.html"
    return varies_on_htmx(render(request, template, context))
