"""What several views share."""

from django.http import HttpRequest


def filters_without_page(request: HttpRequest) -> str:
    """The query string the pager links carry: every filter, not the page number."""
    kept = request.GET.copy()
    kept.pop("page", None)
    return kept.urlencode()
