"""How long a write waits for another program's write: 15 s by default (the busy
timeout); shorter inside :func:`waiting_at_most`, for a window that would rather keep
the user's input, say the base is busy and try again by itself than freeze."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_WAIT_MS: ContextVar[int | None] = ContextVar("coordapp_write_wait_ms", default=None)


@contextmanager
def waiting_at_most(wait_ms: int) -> Iterator[None]:
    """Writes begun in this block, in this thread, wait at most ``wait_ms`` for the write
    lock, then fail with ``DatabaseBusy`` (nothing written). Other threads (background
    workers) keep their own waits."""
    if wait_ms <= 0:
        raise ValueError("the wait must be positive")
    token = _WAIT_MS.set(wait_ms)
    try:
        yield
    finally:
        _WAIT_MS.reset(token)


def current_wait_ms() -> int | None:
    """The wait chosen by an enclosing :func:`waiting_at_most`, or None (the default)."""
    return _WAIT_MS.get()
