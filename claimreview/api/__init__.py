"""The JSON API, /api/v1/ (django-ninja): the same desk functions and read-side queries as the
pages, behind tokens or the session (`gate`), described by the OpenAPI document at
/api/v1/openapi.json and its interactive docs at /api/v1/docs.

Every error is JSON: {"detail": "..."} with the status that says what happened (400 bad
request, 401 who are you, 403 not your role or a failed CSRF check, 404 no such row, 409 a
conflict with the current state, 413 request too large, 422 a field that is wrong, 429 too
many requests, with Retry-After).
"""

from django.core.exceptions import RequestDataTooBig
from django.http import Http404
from django.urls import URLPattern, URLResolver
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from claimreview import desk
from claimreview.api.gate import Role, gated, problem

api = NinjaAPI(
    title="claimreview API",
    version="1",
    description=(
        "A newsroom's claim desk: send articles in, read claims, hints and reports, post "
        "verdicts. Authenticate with `Authorization: Bearer <token>` (tokens come from admin "
        "or `manage.py create_api_token`), or with the site's session (then send the "
        "csrftoken cookie as `X-CSRFToken` on every POST). Lists page by cursor: follow "
        "`next_cursor` until it is null."
    ),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
    auth=Role(),
)


def _json_safe(errors) -> list[dict]:
    return [
        {
            "loc": [str(part) for part in error.get("loc", ()) if part != "payload"],
            "msg": str(error.get("msg", "")).removeprefix("Value error, "),
            "type": str(error.get("type", "")),
        }
        for error in errors
    ]


@api.exception_handler(ValidationError)
def _invalid(request, exc: ValidationError):
    errors = _json_safe(exc.errors)
    first = errors[0] if errors else {"loc": [], "msg": "is not valid"}
    where = ".".join(first["loc"])
    return problem(422, f"{where}: {first['msg']}" if where else first["msg"], errors=errors)


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    message = str(exc)
    if message.startswith("Cannot parse request body"):
        message = "The request body is not JSON (UTF-8 text, one object)."
    return problem(exc.status_code, message)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return problem(404, str(exc) if str(exc).startswith("No ") else "Not found.")


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    return problem(413, "The request is larger than 3 MB; an article is at most 1 MB of text.")


@api.exception_handler(desk.ClaimGone)
def _gone(request, exc):
    return problem(409, str(exc), gone=True)


@api.exception_handler(desk.DeskError)
def _refused(request, exc):
    return problem(400, str(exc))


# Routes register themselves on `api` when imported.
from claimreview.api import articles, claims, imports  # noqa: E402, F401


def _gate_all(patterns):
    gated_patterns = []
    for entry in patterns:
        if isinstance(entry, URLResolver):
            entry.url_patterns[:] = _gate_all(entry.url_patterns)
            gated_patterns.append(entry)
            continue
        assert isinstance(entry, URLPattern)
        callback = gated(entry.callback, docs_page=entry.name == "openapi-view")
        gated_patterns.append(URLPattern(entry.pattern, callback, entry.default_args, entry.name))
    return gated_patterns


def urls():
    """The API's URL patterns for include(), each behind the gate."""
    patterns, app_name, namespace = api.urls
    return _gate_all(patterns), app_name, namespace
