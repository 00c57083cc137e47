"""Benchmarks: python -m tests.benchmarks.<name> (each prints a table)."""

import os
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def sibling_database_url(suffix: str, *, fresh: bool) -> str:
    """A database next to DATABASE_URL's (or the embedded one's) named `<name>_<suffix>`.

    `fresh` drops and recreates it; otherwise it is created only when missing and kept.
    """
    base = os.environ.get("DATABASE_URL")
    if not base:
        sys.path.insert(0, str(ROOT))
        from claimreview.embedded_db import database_url

        base = database_url(ROOT / "var")
    parts = urllib.parse.urlsplit(base)
    name = f"{parts.path.lstrip('/') or 'claimreview'}_{suffix}"
    import psycopg

    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return parts._replace(path=f"/{name}").geturl()
