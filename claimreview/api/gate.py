"""Who is calling the API, with which role: one gate in front of every API URL.

Before ninja routes a request, `gated` decides who it is:

- `Authorization: Bearer <token>`: the token's user (tokens.check, which also counts the
  request against the token's rate limit: 429 with Retry-After past it). Cookies are ignored.
- no Authorization header: the browser session, with CSRF enforced for every unsafe method
  (the token in the csrftoken cookie sent back as X-CSRFToken), as on the pages.
- neither: 401, with `WWW-Authenticate: Bearer`.

Then the role: like every page, anything at all needs a role (403 "has no role yet" without),
and each operation names the permission it needs besides (`Role`), which the OpenAPI document
shows as its security: the bearer token or the session cookie.
"""

from collections.abc import Callable

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, JsonResponse
from ninja.errors import HttpError
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from claimreview import roles
from claimreview.api import tokens
from claimreview.views.common import ANY_ROLE

NO_ROLE = "This account has no role yet: ask an admin to give it one."


def problem(status: int, detail: str, **extra) -> JsonResponse:
    response = JsonResponse({"detail": detail, **extra}, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="claimreview"'
    return response


def _caller(request: HttpRequest):
    """(user, None) or (None, the error response)."""
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None, problem(401, "Send the token as “Authorization: Bearer <token>”.")
        checked = tokens.check(token.strip())
        if checked.retry_after:
            response = problem(
                429, f"Too many requests with this token: try again in {checked.retry_after} s."
            )
            response["Retry-After"] = str(checked.retry_after)
            return None, response
        if checked.user is None:
            return None, problem(401, "The token is not valid: unknown, revoked, or its account "
                                      "is inactive.")  # fmt: skip
        request.user = checked.user
        request.api_token_id = checked.token_id
        return checked.user, None
    user = request.user
    if not user.is_authenticated:
        return None, problem(401, "Log in, or send a token as “Authorization: Bearer <token>”.")
    if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") and check_csrf(request):
        return None, problem(
            403, "CSRF check failed: with a session, send the csrftoken cookie's value as the "
            "X-CSRFToken header (or use a token).",
        )  # fmt: skip
    return user, None


def gated(view: Callable, *, docs_page: bool = False) -> Callable:
    """The view behind the gate. `docs_page`: the interactive docs, where a browser that is not
    logged in is sent to the login page instead of getting JSON."""

    def gate(request: HttpRequest, *args, **kwargs):
        if (
            docs_page
            and not request.user.is_authenticated
            and "Authorization" not in request.headers
        ):
            return redirect_to_login(request.get_full_path())
        user, refused = _caller(request)
        if refused is not None:
            return refused
        if not user.has_perm(ANY_ROLE):
            return problem(403, NO_ROLE)
        request.api_user = user
        return view(request, *args, **kwargs)

    gate.csrf_exempt = True  # checked above, for sessions only
    gate.login_required = False  # a token request has no session: the gate decides
    gate.required_permission = ANY_ROLE  # tests/test_roles.py: the gate checks a role
    return gate


class _Requires:
    """An operation's own permission, on top of the gate's role check."""

    def __init__(self, permission: str):
        if permission not in roles.EDITOR:
            raise ValueError(f"{permission} is no role's permission (see roles.py)")
        self.permission = permission
        super().__init__()

    def __call__(self, request: HttpRequest):
        user = getattr(request, "api_user", None)
        if user is None:
            return None
        if not user.has_perm(self.permission):
            raise HttpError(403, f"This needs the editor role ({self.permission}).")
        return user


class BearerToken(_Requires, HttpBearer):
    """`Authorization: Bearer <token>`: a token made in admin or by `create_api_token`."""

    def authenticate(self, request, token):  # the gate has done it
        return getattr(request, "api_user", None)


class SessionCookie(_Requires, APIKeyCookie):
    """The browser's session (log in on the site); unsafe methods need X-CSRFToken."""

    param_name = "sessionid"

    def authenticate(self, request, key):  # the gate has done it
        return getattr(request, "api_user", None)


def Role(permission: str = ANY_ROLE) -> list:
    """The `auth=` of an operation: who may call it (the OpenAPI document lists both ways)."""
    return [BearerToken(permission), SessionCookie(permission)]
