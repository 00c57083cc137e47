"""API tokens: made, revoked, and checked (with the rate limit) here and nowhere else.

A token is `cr_` + 8 characters of prefix + 43 of secret (256 random bits in all). Only its
SHA-256 is stored: a token is random and long, not a password a person chose, so there is
nothing to guess from a fast hash, and a slow password hasher (PBKDF2's million rounds, a
third of a second) would cost every API request that much and could not be looked up by an
index. Stolen rows of the table do not give anyone a usable token.

Checking a token and counting it against the rate limit is one UPDATE ... RETURNING on the
token's row, in PostgreSQL: every server and worker sees the same counts, and nothing is kept
in a process.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from claimreview.models import ApiToken, User

TOKEN_PREFIX = "cr_"  # noqa: S105 (a prefix, not a secret)
_TOKEN_CHARS = 64  # a longer Authorization value is not one of ours: refused unread
WINDOW = timedelta(minutes=1)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", errors="replace")).hexdigest()


def create_token(*, user: User, name: str, created_by: User | None = None) -> tuple[ApiToken, str]:
    """A new token for `user`; returns the row and the token itself, which is shown once and
    never stored."""
    prefix = secrets.token_urlsafe(6)[:8]
    token = f"{TOKEN_PREFIX}{prefix}{secrets.token_urlsafe(32)}"
    row = ApiToken.objects.create(
        user=user,
        name=name.strip()[:100] or "API token",
        prefix=f"{TOKEN_PREFIX}{prefix}",
        key_hash=hash_token(token),
        created_by=created_by,
    )
    return row, token


def revoke(*, token_ids, now=None) -> int:
    """Revoke tokens (they stay listed, marked revoked); returns how many were still active."""
    now = now or timezone.now()
    return ApiToken.objects.filter(pk__in=token_ids, revoked_at__isnull=True).update(revoked_at=now)


@dataclass(frozen=True)
class Checked:
    user: User | None  # None: no such token, revoked, or its user is inactive
    token_id: int | None = None
    retry_after: int = 0  # seconds, when over the rate limit


# Find the token, count the request in the current minute (a new minute starts at 1) and say
# who it is, in one statement; a revoked token or an inactive user matches nothing.
_COUNT_REQUEST = """
UPDATE claimreview_apitoken t SET
    window_count = CASE WHEN t.window_start = %(window)s THEN t.window_count + 1 ELSE 1 END,
    window_start = %(window)s,
    last_used_at = %(now)s
FROM claimreview_user u
WHERE t.key_hash = %(hash)s AND t.revoked_at IS NULL AND u.id = t.user_id AND u.is_active
RETURNING t.id, t.user_id, t.window_count
"""


def check(token: str, *, now=None) -> Checked:
    """Who the token acts for, counted against the rate limit (settings.API_RATE_LIMIT a
    minute per token)."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > _TOKEN_CHARS or not token.isascii():
        return Checked(user=None)
    now = now or timezone.now()
    window = now.replace(second=0, microsecond=0)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(_COUNT_REQUEST, {"window": window, "now": now, "hash": hash_token(token)})
        row = cursor.fetchone()
    if row is None:
        return Checked(user=None)
    token_id, user_id, count = row
    if count > settings.API_RATE_LIMIT:
        retry = max(1, int((window + WINDOW - now).total_seconds() + 0.999))
        return Checked(user=None, token_id=token_id, retry_after=retry)
    user = User.objects.filter(pk=user_id).first()
    return Checked(user=user, token_id=token_id)
