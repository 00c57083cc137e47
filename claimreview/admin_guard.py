"""Django admin's query strings and action posts checked before the admin reads them.

Django admin turns any filter in the query string into a database lookup and any selected id
into an integer, trusting the values: a NUL byte in a filter, a broken regular expression, a
year beyond a date's range, an empty `_to_field` or a non-numeric selected id each ended in a
500 (an outside tester's findings). Here they are a 400 with a message, and lookups by regular
expression are not offered at all (they run any expression over every claim).
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

_DATE_PARTS = ("__year", "__month", "__day", "__week_day", "__quarter")
_MAX_ID_DIGITS = 18  # a bigint


def _ascii_digits(value: str, most: int) -> bool:
    return value.isascii() and value.isdigit() and len(value) <= most


def _problem(request: HttpRequest) -> str:
    for key, values in request.GET.lists():
        if "\x00" in key or any("\x00" in v for v in values):
            return "A filter holds a NUL byte."
        if "__regex" in key or "__iregex" in key:
            return "Filtering by regular expression is not offered."
        if key.endswith(_DATE_PARTS) and not all(_ascii_digits(v, 4) for v in values):
            return "A date filter must be a small whole number."
        if key == "_to_field" and not all(values):
            return "An empty _to_field is not a field."
    if request.method == "POST" and "action" in request.POST:
        for key, values in request.POST.lists():
            if "\x00" in key or any("\x00" in v for v in values):
                return "The form holds a NUL byte."
        selected = request.POST.getlist("_selected_action")
        if not all(_ascii_digits(v, _MAX_ID_DIGITS) for v in selected):
            return "Choose rows from the list: a selected row is not a row."
        if request.POST.get("select_across", "0") not in ("0", "1"):
            return "Choose rows from the list."
    return ""


class AdminInputGuard:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.prefix is None:
            self.prefix = reverse("admin:index")
        if request.path.startswith(self.prefix):
            problem = _problem(request)
            if problem:
                return render(request, "400.html", {"message": problem}, status=400)
        return self.get_response(request)
