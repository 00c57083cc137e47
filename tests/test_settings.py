"""Settings fail closed: start the app the way a deployment would, in a subprocess with a
controlled environment, and see what it refuses."""

import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent

# What a process needs to run at all; nothing the settings read passes through unless a test
# says so, so the test runner's own DEBUG, SECRET_KEY, DATABASE_URL, CLAIMREVIEW_EMBEDDED_DB and
# WHITENOISE_USE_FINDERS never leak into the "production" process.
_PASSED_THROUGH = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "XDG_RUNTIME_DIR", "SYSTEMROOT"}
_SETUP = "import django; django.setup()"


def current_database_url() -> str:
    """The database the running settings use, as a URL: DATABASE_URL's, or the embedded
    server's with its socket folder as the host."""
    db = settings.DATABASES["default"]
    options = db.get("OPTIONS", {})
    host = db.get("HOST") or options.get("host") or ""
    port = db.get("PORT") or options.get("port") or ""
    userinfo = quote(db.get("USER") or "", safe="")
    if db.get("PASSWORD"):
        userinfo += ":" + quote(db["PASSWORD"], safe="")
    netloc = quote(str(host), safe="") + (f":{port}" if port else "")
    return f"postgresql://{userinfo}@{netloc}/{quote(db['NAME'], safe='')}"


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k in _PASSED_THROUGH or k[:2] == "PG"}
    environment["DJANGO_SETTINGS_MODULE"] = "claimreview.settings"
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return run(["manage.py", *args], **env)


def readme_production_variables() -> dict[str, str]:
    """Exactly the variables README.md's "Production" section exports, with the placeholders
    (the database, `SECRET_KEY=...`) filled in for this machine."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Production\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)
    variables = {}
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["export"]:
            variables.update(word.split("=", 1) for word in words[1:])
    assert {"DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS"} <= variables.keys(), variables
    variables["DATABASE_URL"] = current_database_url()
    variables["SECRET_KEY"] = secrets.token_urlsafe(50)
    return variables


PRODUCTION = readme_production_variables()


def test_check_deploy_is_clean_with_the_readme_production_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set" in result.stderr


def test_asking_for_the_embedded_database_does_not_allow_a_generated_key_with_a_database_url():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = run(["-c", _SETUP], CLAIMREVIEW_EMBEDDED_DB="1", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_a_database_url():
    env = {k: v for k, v in PRODUCTION.items() if k != "DATABASE_URL"}
    result = run(["-c", _SETUP], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: DATABASE_URL is not set" in result.stderr
    assert "CLAIMREVIEW_EMBEDDED_DB=1" in result.stderr  # says how to get the embedded one


def test_with_debug_on_the_embedded_database_can_still_be_refused():
    result = run(["-c", _SETUP], DEBUG="1", CLAIMREVIEW_EMBEDDED_DB="0")
    assert result.returncode != 0
    assert "DATABASE_URL is not set" in result.stderr


def test_debug_is_off_unless_asked():
    result = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)",
                    **PRODUCTION)  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_the_production_process_reaches_the_database():
    result = manage("shell", "-c", "from django.db import connection; print(connection.cursor()"
                    ".execute('SELECT 1').fetchone()[0])", **PRODUCTION)  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "1", result.stderr


def test_migrations_are_in_step_with_the_models():
    result = manage("makemigrations", "--check", "--dry-run", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


PRINT_COOKIES = _SETUP + "; from django.conf import settings; print(settings.SESSION_COOKIE_SECURE)"


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [("1", "True"), ("true", "True"), ("Yes", "True"), (" ON ", "True"), ("", "True"),
     ("0", "False"), ("FALSE", "False"), ("no", "False"), ("off", "False")],
)  # fmt: skip
def test_known_spellings_of_a_flag(spelling, expected):
    result = run(["-c", PRINT_COOKIES], **PRODUCTION, SECURE_COOKIES=spelling)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.parametrize(
    ("name", "value"),
    [("SECURE_COOKIES", "ture"), ("SECURE_SSL_REDIRECT", "2"), ("DEBUG", "y"),
     ("CLAIMREVIEW_EMBEDDED_DB", "sure"), ("SECURE_HSTS_SECONDS", "1 year"),
     ("SECURE_HSTS_SECONDS", "-1"), ("DATABASE_POOL_MAX", "0"), ("DATABASE_POOL_MAX", "２０"),
     ("LOG_LEVEL", "loud")],
)  # fmt: skip
def test_a_value_that_is_not_understood_stops_the_start(name, value):
    result = run(["-c", _SETUP], **{**PRODUCTION, name: value})
    assert result.returncode != 0
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("django.core.exceptions.ImproperlyConfigured: " + name), error


def test_our_loggers_say_info_and_libraries_warnings():
    levels = _SETUP + (
        "; import logging; print(logging.getLogger('claimreview.desk').getEffectiveLevel(),"
        " logging.getLogger('a.library').getEffectiveLevel())"
    )
    result = run(["-c", levels], **PRODUCTION)
    assert result.stdout.split() == ["20", "30"], result.stderr
    result = run(["-c", levels], **PRODUCTION, LOG_LEVEL="debug")
    assert result.stdout.split() == ["10", "10"], result.stderr


def test_tests_hash_passwords_fast_and_production_does_not(reviewer):
    assert reviewer.password.startswith("md5$")  # tests/conftest.py's fast hasher
    show = _SETUP + "; from django.conf import settings; print(settings.PASSWORD_HASHERS[0])"
    result = run(["-c", show], **PRODUCTION)
    assert result.stdout.strip() == "django.contrib.auth.hashers.PBKDF2PasswordHasher", (
        result.stderr
    )
