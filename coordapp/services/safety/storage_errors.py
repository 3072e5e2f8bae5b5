"""The user's error for what SQLite or the system said (busy, full, read-only, damaged,
no right): one classification for the services and the command line."""

from __future__ import annotations

import errno

from coordapp.errors import (
    CoordAppError,
    DatabaseBusy,
    DatabaseDamaged,
    DiskFull,
    FileUnreadable,
    ReadOnlyStorage,
)
from coordapp.storage.engine import (
    is_busy_error,
    is_damage_error,
    is_full_error,
    is_read_only_error,
)


def classify_storage_error(exc: BaseException) -> CoordAppError | None:
    """The user's error for a low-level failure, or None when it is truly unexpected."""
    if isinstance(exc, OSError):
        return _os_error(exc)
    if type(exc).__module__.startswith(("sqlalchemy", "sqlcipher3")):
        if is_busy_error(exc):
            return DatabaseBusy()
        if is_full_error(exc):
            return DiskFull()
        if is_read_only_error(exc):
            return ReadOnlyStorage()
        if is_damage_error(exc):
            return DatabaseDamaged()
    return None


def translate_database_error(exc: BaseException) -> BaseException:
    """``exc`` as the user's error when it is a known storage failure, else ``exc``."""
    return classify_storage_error(exc) or exc


def translate_os_error(exc: OSError) -> BaseException:
    return classify_storage_error(exc) or exc


def _os_error(exc: OSError) -> CoordAppError | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno == errno.EROFS:
        return ReadOnlyStorage()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR):
        name = getattr(exc, "filename", None)
        where = f" ({name})" if name else ""
        return FileUnreadable(
            f"Un fichier ou dossier ne peut pas être lu ou écrit{where} : droits d'accès, "
            "ou dossier à la place d'un fichier. Rien n'a été modifié.")
    return None
