"""Login throttling with django-axes, on /login/ and /admin/login/ alike.

settings.py holds the policy (AXES_*); this module holds the three pieces axes calls back:
`LoginAttempts` (the database handler, with a narrower reset on success), `client_ip` (the
address a request came from, behind TRUSTED_PROXY_COUNT proxies) and `lockout_response` (the
login page the person was on, with "Too many failed attempts. Try again in N minutes.").
Every refused attempt is logged to `claimreview.auth`.

Axes' handler imports this module before it can send `user_locked_out`, so the receiver below
is connected in time without an import in AppConfig.ready().
"""

import ipaddress
import logging

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import connection, transaction
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

logger = logging.getLogger("claimreview.auth")


class LoginAttempts(AxesDatabaseHandler):
    """Axes' database handler, except what a successful login forgets.

    Axes deletes every failure that matches any lockout parameter, so with "ip_address" among
    them one good login from an address wipes every failure from that address, for every
    account: someone with an account could guess a colleague's password four times, log in as
    themselves, and start again. Here a successful login forgets only its own account's
    failures from its own address (the typos before it); failures against other accounts, and
    against this one from elsewhere, run out with the cool-off.
    """

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(
            username=username, ip_address=request.axes_ip_address
        ).delete()
        return count


def client_ip(request: HttpRequest) -> str | None:
    """The client's address. Behind TRUSTED_PROXY_COUNT proxies that each append the address
    they were connected from to X-Forwarded-For, it is the entry that many places from the
    end (entries before it are whatever the client sent). Without proxies, or when the header
    is shorter or not an address (a request that bypassed the proxies), REMOTE_ADDR."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [entry.strip() for entry in forwarded if entry.strip()]
        if len(forwarded) >= proxies:
            try:
                return str(ipaddress.ip_address(forwarded[-proxies]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR")


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """The login page that was just answered (ours or admin's), its form carrying only the
    lockout message, with status 429. The wait is the whole cool-off: every refused attempt,
    the right password included, counts as a failure and starts it again."""
    context = dict(getattr(original_response, "context_data", None) or {})
    template_name = getattr(original_response, "template_name", None)
    form = context.get("form")
    if form is None or template_name is None:  # not a login page: show ours
        template_name = "registration/login.html"
        form = AuthenticationForm(request)
        context = {"form": form, "next": request.POST.get("next", "")}
    form.errors.clear()
    form.errors[NON_FIELD_ERRORS] = form.error_class(
        [settings.AXES_COOLOFF_MESSAGE], error_class="nonfield", renderer=form.renderer
    )
    return render(request, template_name, context, status=settings.AXES_HTTP_RESPONSE_CODE)


@receiver(user_locked_out)
def log_lockout(sender, request: HttpRequest, username: str, ip_address: str, **kwargs) -> None:
    logger.warning(
        "login refused, too many failed attempts: username=%r address=%s path=%s",
        username,
        ip_address,
        request.path,
    )


class SerializedLoginMixin:
    """Login forms that check one account's password one attempt at a time.

    django-axes counts failures with a check-then-record sequence: 40 attempts sent at once
    were all checked before any failure was recorded (the right password got in past the
    limit), and two recording the same first failure at once hit a unique key (a 500). A
    transaction-scoped PostgreSQL advisory lock per username makes the sequence atomic, across
    processes and servers. A username longer than the user model allows is refused before it
    reaches axes (its column is shorter than the form would accept: a 500 too).
    """

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if len(username) > USERNAME_MAX_LENGTH:
            raise self.get_invalid_login_error()
        failure = None
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [username.lower()])
            try:
                return super().clean()
            except Exception as error:
                # Raised outside the transaction: what axes recorded of this failure stays.
                failure = error
        raise failure


USERNAME_MAX_LENGTH = 150  # Django's AbstractUser.username


class LoginForm(SerializedLoginMixin, AuthenticationForm):
    pass


class AdminLoginForm(SerializedLoginMixin, AdminAuthenticationForm):
    pass
