"""What every view shares: the role checks, bad-request pages, and htmx's full-or-partial rule.

Roles fail closed: every view in urls.py carries `reviewer_required` or `editor_required` as
its outermost decorator (a logged-in person without the role gets the 403 page before anything
else runs, even before a 404 or a 405 could tell them something), and
tests/test_roles.py walks every URL pattern to prove it, so a new view without a role check
fails the suite. Only login, logout and /healthz do without (`role_not_required`).
"""

from collections.abc import Callable

from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from claimreview import roles

# Every role has it: reviewer, editor and admin.
ANY_ROLE = "claimreview.review_claims"
assert all(ANY_ROLE in permissions for permissions in roles.ROLES.values())


def _requiring(permission: str) -> Callable:
    def decorator(view: Callable) -> Callable:
        checked = permission_required(permission, raise_exception=True)(view)
        checked.required_permission = permission
        return checked

    return decorator


# Pages for everyone with a role (reviewer, editor or admin).
reviewer_required = _requiring(ANY_ROLE)


def editor_required(permission: str) -> Callable:
    """Pages for editors (and admins): `permission` must be one the editor role has."""
    if permission not in roles.EDITOR:
        raise ValueError(f"{permission} is not an editor's permission (see roles.py)")
    return _requiring(permission)


def role_not_required(view: Callable) -> Callable:
    """Marks the few views anyone may reach (login, logout): the role crawl test skips them."""
    view.required_permission = None
    return view


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    """A 400 page that says what was wrong with the request (for htmx, just its message)."""
    template = "400.html#problem" if wants_partial(request) else "400.html"
    return render(request, template, {"message": message}, status=400)


def wants_partial(request: HttpRequest) -> bool:
    """htmx asked for a fragment; a history restore (back button after a cache miss) and a plain
    request get the whole page."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def varies_on_htmx(response: HttpResponse) -> HttpResponse:
    """The same URL answers a page or a fragment: caches must keep them apart."""
    patch_vary_headers(response, ("HX-Request", "HX-History-Restore-Request"))
    return response


def filters_without_page(request: HttpRequest) -> str:
    """The query string the pager links carry: every filter, not the page number."""
    kept = request.GET.copy()
    kept.pop("page", None)
    return kept.urlencode()
