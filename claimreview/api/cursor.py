"""Opaque cursors for the API's lists: base64 of a small JSON list, checked when read back."""

import base64
import binascii
import json

from ninja.errors import HttpError


def encode(values: list) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode(cursor: str, *, kind: str, length: int) -> list:
    """The values of a cursor this API gave for this list (`kind`), or a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        values = None
    if not (isinstance(values, list) and len(values) == length and values[0] == kind):
        raise HttpError(400, "The cursor is not one this list gave: pass next_cursor as it is.")
    return values[1:]
