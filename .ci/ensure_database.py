"""Create the database DATABASE_URL names when its server answers but the database is missing.

A fresh machine's PostgreSQL has only its default databases; the app's own commands
(`makemigrations --check`, `migrate`) need the named one to exist. Tests make their own
`test_<name>` database; this makes `<name>` itself. Does nothing without DATABASE_URL.
"""

import os
import sys

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

url = os.environ.get("DATABASE_URL", "")
if not url:
    sys.exit(0)
params = conninfo_to_dict(url)
name = params.get("dbname") or "postgres"
with psycopg.connect(make_conninfo(url, dbname="postgres"), autocommit=True) as conn:
    exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    if not exists:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        print(f"Created database {name}")
