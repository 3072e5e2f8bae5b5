"""Record identifiers: time-ordered UUIDv7 strings (RFC 9562)."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
