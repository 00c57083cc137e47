"""The one settings module, configured from the environment.

Variables: DATABASE_URL, SECRET_KEY, DEBUG, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS,
SECURE_SSL_REDIRECT, SECURE_HSTS_SECONDS, SECURE_HSTS_PRELOAD, SECURE_COOKIES, TRUSTED_PROXY_COUNT,
DATABASE_POOL_MAX, LOG_LEVEL, CLAIMREVIEW_EMBEDDED_DB, CLAIMREVIEW_PUBLISHER, TIME_ZONE,
API_RATE_LIMIT, FETCH_ALLOWED_PRIVATE_HOSTS, IMPORT_MAX_TOTAL_BYTES.

Settings fail closed: a value that is not understood stops the start with ImproperlyConfigured.
The embedded PostgreSQL under var/ (development and tests) starts only when asked for, by DEBUG=1
or CLAIMREVIEW_EMBEDDED_DB=1; without DATABASE_URL a production process refuses to start.
"""

import logging
import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_flag(name: str, default: bool = False) -> bool:
    """A boolean variable: 1/0, true/false, yes/no, on/off (any case); unset or empty is the
    default. Anything else stops the start: `SECURE_COOKIES=ture` must not quietly mean off."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is not a yes/no value: use 1/0, true/false, yes/no or on/off."
    )


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    """A whole number of at least `minimum` (ASCII digits); unset or empty is the default."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.lstrip("-").isdigit()) or int(value) < minimum:
        raise ImproperlyConfigured(
            f"{name}={os.environ[name]!r} is not a whole number of at least {minimum}."
        )
    return int(value)


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DEBUG")

# --- database -----------------------------------------------------------------------------------
# The embedded server is for a developer's machine and the test suite (.ci/serve and .ci/test ask
# for it); a deployment that forgot DATABASE_URL must stop here, not start a private database.
USING_EMBEDDED_DATABASE = env_flag("CLAIMREVIEW_EMBEDDED_DB", DEBUG) and not os.environ.get(
    "DATABASE_URL"
)
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
elif USING_EMBEDDED_DATABASE:
    from claimreview.embedded_db import database_url

    DATABASES = {"default": dj_database_url.parse(database_url(VAR_DIR))}
else:
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. Point it at your PostgreSQL, e.g. "
        "DATABASE_URL=postgres://user:password@host:5432/claimreview. On a development machine, "
        "DEBUG=1 or CLAIMREVIEW_EMBEDDED_DB=1 starts an embedded PostgreSQL under var/ instead."
    )

DATABASES["default"]["ENGINE"] = "django.db.backends.postgresql"
# psycopg's pool: a request borrows a ready connection instead of opening one (CONN_MAX_AGE must
# stay 0 with it). Sized per process; gunicorn multiplies it by its workers.
DATABASES["default"]["CONN_MAX_AGE"] = 0
DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
    "min_size": 1,
    "max_size": env_int("DATABASE_POOL_MAX", 20, minimum=1),
    "timeout": 10,
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- secrets and hosts --------------------------------------------------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG or USING_EMBEDDED_DATABASE:
        # A developer's machine (DEBUG, or the embedded database asked for): keep a random key in
        # var/ so sessions survive restarts. Anything else is a deployment and brings its own key.
        key_file = VAR_DIR / "secret_key"
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        if not key_file.exists():
            key_file.write_text(secrets.token_urlsafe(50))
            key_file.chmod(0o600)
        SECRET_KEY = key_file.read_text().strip()
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off and DATABASE_URL is (a deployment never "
            "uses a generated key). Make one with: python -c 'import secrets; "
            "print(secrets.token_urlsafe(50))'"
        )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# --- application --------------------------------------------------------------------------------
INSTALLED_APPS = [
    "claimreview.apps.ClaimreviewConfig",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "axes",
    # The JSON API (its docs' scripts and styles are served from here, no CDN).
    "ninja",
    # django.tasks' database backend: tasks are rows, `manage.py db_worker` runs them.
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin query strings and action posts checked first (claimreview/admin_guard.py).
    "claimreview.admin_guard.AdminInputGuard",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as axes asks: turns a refused login into claimreview.login_throttle's page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "claimreview.urls"
WSGI_APPLICATION = "claimreview.wsgi.application"
AUTH_USER_MODEL = "claimreview.User"
# Axes' backend only refuses locked-out logins (it authenticates nobody); Django's stock
# ModelBackend does the rest.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The organisation named as author of exported ClaimReview records.
PUBLISHER = os.environ.get("CLAIMREVIEW_PUBLISHER", "claimreview newsroom")
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "article-list"
LOGOUT_REDIRECT_URL = "login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- background work (django.tasks, claimreview/tasks.py) ---------------------------------------
# Tasks are rows in PostgreSQL; any number of `manage.py db_worker` processes on any machine
# take them (SELECT ... FOR UPDATE SKIP LOCKED), so no task runs twice at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- JSON API (claimreview/api/) ----------------------------------------------------------------
# Requests per token per minute; one more gets 429 with Retry-After. Counted in PostgreSQL.
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 600, minimum=1)

# --- importing from URLs (claimreview/fetch.py) -------------------------------------------------
# Hosts the server may fetch from although they resolve to private, loopback or link-local
# addresses (an intranet CMS). Empty: only public addresses are fetched.
FETCH_ALLOWED_PRIVATE_HOSTS = env_list("FETCH_ALLOWED_PRIVATE_HOSTS")
FETCH_CONNECT_TIMEOUT = 5.0  # seconds to connect
FETCH_TIMEOUT = 20.0  # seconds for the whole page, however slowly it trickles in
FETCH_MAX_BYTES = 5 * 1024 * 1024  # a page is cut off (and refused) past this

# --- bulk imports (claimreview/imports.py) ------------------------------------------------------
# All the files of one ZIP upload together, unpacked (each is at most 1 MB): past this the
# whole upload is refused, however small it is packed.
IMPORT_MAX_TOTAL_BYTES = env_int("IMPORT_MAX_TOTAL_BYTES", 50 * 1024 * 1024, minimum=1)

# --- static files -------------------------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
# Tests and local runs serve static files straight from static/ and the apps (no collectstatic);
# a deployment runs collectstatic and gets compressed, content-hashed files.
WHITENOISE_USE_FINDERS = env_flag("WHITENOISE_USE_FINDERS", DEBUG or USING_EMBEDDED_DATABASE)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if WHITENOISE_USE_FINDERS
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# A template naming a static file that collectstatic did not hash is an error, not a silent link
# to an unhashed (and uncached) path.
WHITENOISE_MANIFEST_STRICT = True

# --- uploads ------------------------------------------------------------------------------------
# Articles are limited to 1 MB of text (claimreview.ingest.MAX_ARTICLE_BYTES). Requests get some
# headroom above that so an oversize article reaches the form and gets a clear message; beyond
# this Django answers 400 before reading the body.
DATA_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 3 * 1024 * 1024

# --- security -----------------------------------------------------------------------------------
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Read even with DEBUG on, so a misspelt value is caught on a developer's machine too.
SECURE_COOKIES = env_flag("SECURE_COOKIES", True)
SESSION_COOKIE_SECURE = SECURE_COOKIES and not DEBUG
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD", False)
# Load balancers probe /healthz over plain HTTP on the app's own port: answer, do not redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# --- login throttling (django-axes; callbacks in claimreview/login_throttle.py) ---------------
# Failures are counted per account (from any address) and per address (for any account): five
# within the cool-off lock that account, or that address, for 15 minutes, on /login/ and
# /admin/login/ alike. Per account stops many addresses guessing one password; per address
# stops one address trying passwords across accounts. (A username-and-address pair would add
# nothing: it never counts more than either alone.) The price: anyone who knows a username can
# keep that account locked out; an admin lifts it in admin -> Axes -> Access attempts or with
# `manage.py axes_reset_username NAME`. Every refused attempt, the right password included,
# counts and restarts the cool-off, so "try again in 15 minutes" is always exact. A successful
# login forgets that account's failures from that address only (see LoginAttempts).
LOGIN_COOLOFF = timedelta(minutes=15)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = LOGIN_COOLOFF
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
AXES_HANDLER = "claimreview.login_throttle.LoginAttempts"
AXES_LOCKOUT_CALLABLE = "claimreview.login_throttle.lockout_response"
AXES_CLIENT_IP_CALLABLE = "claimreview.login_throttle.client_ip"
AXES_COOLOFF_MESSAGE = (
    f"Too many failed attempts. Try again in {LOGIN_COOLOFF // timedelta(minutes=1)} minutes."
)
AXES_HTTP_RESPONSE_CODE = 429
# Axes would also store every successful login forever; the throttle needs only the failures.
AXES_DISABLE_ACCESS_LOG = True
# Behind a reverse proxy every request comes from the proxy's address, which would lock the whole
# newsroom out at once: say how many proxies append to X-Forwarded-For in front of the app.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- logging ------------------------------------------------------------------------------------
# Everything goes to stderr (gunicorn and systemd collect it). Our own loggers, "claimreview.*"
# (claimreview.desk, claimreview.auth, ...), log at INFO by default, other libraries at WARNING;
# LOG_LEVEL sets both.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "").strip().upper()
if LOG_LEVEL and not isinstance(logging.getLevelName(LOG_LEVEL), int):
    raise ImproperlyConfigured(
        f"LOG_LEVEL={os.environ['LOG_LEVEL']!r} is not a level: DEBUG, INFO, WARNING or ERROR."
    )
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL or "WARNING"},
    "loggers": {
        "claimreview": {"level": LOG_LEVEL or "INFO"},
        # trafilatura warns "discarding data" for every page without an article in it, which
        # the import handles (it falls back to the page's text): errors only.
        "trafilatura": {"level": LOG_LEVEL or "ERROR"},
    },
}
