"""SQLAlchemy engine over SQLCipher, keyed with a raw data key.

``create_engine("sqlite://", creator=..., module=sqlcipher3)`` rather than the
``sqlite+pysqlcipher`` dialect: that dialect re-keys with an empty key when given a
creator, and a bare creator quietly picks ``SingletonThreadPool``, which has crashed
sqlcipher3 elsewhere. ``module=`` makes SQLAlchemy wrap sqlcipher3's own exceptions.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from coordapp.errors import DatabaseBusy, DatabaseDamaged, FileUnreadable, WrongKeysFile

#: Messages SQLCipher and SQLite give for a damaged file (or, on page 1, a wrong key).
DAMAGE_MARKERS = (
    "file is not a database",
    "database disk image is malformed",
    "hmac",
    "malformed",
    "file is encrypted",
)


#: Execution option that makes a connection's transactions ``BEGIN IMMEDIATE``.
WRITE_OPTION = "coordapp_write"
WAIT_OPTION = "coordapp_wait_ms"
#: How long a writer waits for another program's write to finish before giving up.
BUSY_TIMEOUT_MS = 15_000

BUSY_MARKERS = ("database is locked", "database table is locked", "database is busy")
READ_ONLY_MARKERS = ("readonly database", "read-only", "unable to open database file")
FULL_MARKERS = ("database or disk is full", "disk is full", "no space left")


def is_damage_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in DAMAGE_MARKERS)


def is_busy_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in BUSY_MARKERS)


def is_full_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in FULL_MARKERS)


def is_read_only_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in READ_ONLY_MARKERS)


def _key_pragma(dek: bytes) -> str:
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    # Hex digits only: nothing the user typed ever reaches this statement.
    return f"PRAGMA key = \"x'{dek.hex()}'\""


def is_read_only_location(db_path: Path) -> bool:
    """True when the base cannot be written here (read-only media or no write right)."""
    return not (os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK))


def _open(db_path: Path, read_only: bool) -> Any:
    if not read_only:
        return sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    # Read-only: a WAL base can be read without creating its -shm file only if it is
    # declared immutable, which is only true when no -wal file holds recent pages.
    wal = Path(str(db_path) + "-wal")
    immutable = "&immutable=1" if not wal.exists() else ""
    uri = f"{db_path.resolve().as_uri()}?mode=ro{immutable}"
    return sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)


def wrong_key(db_path: Path, dek: bytes, read_only: bool) -> bool:
    """After a failed first read: True when every page fails its HMAC (the key of another
    base), False when only some do (a damaged file). On a fresh connection: the failed
    one keeps its error."""
    try:
        size = db_path.stat().st_size
        conn = _open(db_path, read_only)
    except (OSError, sqlcipher3.DatabaseError):
        return False
    try:
        conn.execute(_key_pragma(dek))
        failed = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    pages = size // 4096
    return pages > 1 and len(failed) >= pages


def connect_raw(db_path: Path, dek: bytes, *, read_only: bool = False) -> Any:
    """One keyed sqlcipher3 connection with CoordApp's pragmas; fails fast if unreadable."""
    try:
        conn = _open(db_path, read_only)
    except sqlcipher3.OperationalError as exc:
        raise FileUnreadable() from exc
    try:
        conn.execute(_key_pragma(dek))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if is_damage_error(exc) and wrong_key(db_path, dek, read_only):
                raise WrongKeysFile() from exc
            raise
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in (
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        ):
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if is_damage_error(exc):
            raise DatabaseDamaged() from exc
        if is_busy_error(exc):
            raise DatabaseBusy() from exc
        if "unable to open" in str(exc).lower():
            raise FileUnreadable() from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(
    db_path: Path, dek: bytes | Callable[[], bytes], *, pool_size: int = 2,
    read_only: bool = False,
) -> Engine:
    """An engine whose connections are keyed with ``dek`` (or what the callable returns
    at connect time, so that a locked store can refuse new connections)."""
    key = dek if callable(dek) else (lambda: dek)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(db_path, key(), read_only=read_only),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=False,
    )

    # pysqlite's own transaction handling is off (isolation_level=None above); emit
    # BEGIN ourselves so that every Session is one real transaction (SQLAlchemy docs,
    # "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    # Writers take the write lock at BEGIN (IMMEDIATE), where the busy timeout lets
    # them wait for another program's write; a deferred transaction that reads and then
    # writes would be refused at once ("database is locked") once the other committed.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if not options.get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN")
            return
        wait_ms = int(options.get(WAIT_OPTION) or BUSY_TIMEOUT_MS)
        if conn.info.get(WAIT_OPTION, BUSY_TIMEOUT_MS) != wait_ms:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {wait_ms}")
            conn.info[WAIT_OPTION] = wait_ms
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def writer(engine: Engine, *, wait_ms: int | None = None) -> Engine:
    """The same engine (pool, events), whose transactions begin ``IMMEDIATE`` and wait at
    most ``wait_ms`` (by default ``BUSY_TIMEOUT_MS``) for another writer."""
    return engine.execution_options(**{WRITE_OPTION: True, WAIT_OPTION: wait_ms})
