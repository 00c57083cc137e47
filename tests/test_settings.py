"""Production settings: run manage.py the way a deployment would."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    private = {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in private}
    environment["DATABASE_URL"] = os.environ.get("DATABASE_URL") or _current_database_url()
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _current_database_url() -> str:
    db = settings.DATABASES["default"]
    host = db.get("HOST") or ""
    return f"postgresql://{db['USER']}:@/{db['NAME']}?host={host}&port={db.get('PORT') or 5432}"


PRODUCTION = {
    "SECRET_KEY": "a-long-random-production-key-" + "x7Qp" * 12,
    "ALLOWED_HOSTS": "claims.example.org",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_PRELOAD": "1",
}


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_is_off_unless_asked():
    result = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)",
                    **PRODUCTION)  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_migrations_are_in_step_with_the_models():
    result = manage("makemigrations", "--check", "--dry-run", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
