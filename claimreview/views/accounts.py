"""Log in, log out (a POST), and the friendly 403 page.

Login and logout need no role: a person whose account has none yet must still be able to log
in, read the 403 page that says so, and log out.
"""

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from claimreview.login_throttle import LoginForm
from claimreview.views.common import role_not_required

login_view = role_not_required(
    auth_views.LoginView.as_view(
        template_name="registration/login.html",
        redirect_authenticated_user=True,
        authentication_form=LoginForm,
    )
)
logout_view = role_not_required(require_POST(auth_views.LogoutView.as_view()))


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "403.html", status=403)
