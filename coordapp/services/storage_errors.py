"""The user's error for what SQLite or the system said (busy, full, read-only, damaged)."""

from __future__ import annotations

import errno

from coordapp.errors import DatabaseBusy, DatabaseDamaged, DiskFull, ReadOnlyStorage
from coordapp.storage.engine import (
    is_busy_error,
    is_damage_error,
    is_full_error,
    is_read_only_error,
)


def translate_database_error(exc: BaseException) -> Exception:
    """The user's sentence for what SQLite said (busy, full, read-only, damaged)."""
    if is_damage_error(exc):
        return DatabaseDamaged()
    if is_busy_error(exc):
        return DatabaseBusy()
    if is_full_error(exc):
        return DiskFull()
    if is_read_only_error(exc):
        return ReadOnlyStorage()
    return exc if isinstance(exc, Exception) else RuntimeError(type(exc).__name__)


def translate_os_error(exc: OSError) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno == errno.EROFS:
        return ReadOnlyStorage()
    return exc
