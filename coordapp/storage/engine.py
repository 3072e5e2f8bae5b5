"""SQLAlchemy engine over SQLCipher, keyed with a raw data key.

``create_engine("sqlite://", creator=..., module=sqlcipher3)`` rather than the
``sqlite+pysqlcipher`` dialect: that dialect re-keys with an empty key when given a
creator, and a bare creator quietly picks ``SingletonThreadPool``, which has crashed
sqlcipher3 elsewhere. ``module=`` makes SQLAlchemy wrap sqlcipher3's own exceptions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from coordapp.errors import DatabaseDamaged

#: Messages SQLCipher and SQLite give for a damaged file (or, on page 1, a wrong key).
DAMAGE_MARKERS = (
    "file is not a database",
    "database disk image is malformed",
    "hmac",
    "malformed",
    "file is encrypted",
)


def is_damage_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in DAMAGE_MARKERS)


def _key_pragma(dek: bytes) -> str:
    if len(dek) != 32:
        raise ValueError("the data key must be 32 bytes")
    # Hex digits only: nothing the user typed ever reaches this statement.
    return f"PRAGMA key = \"x'{dek.hex()}'\""


def connect_raw(db_path: Path, dek: bytes) -> Any:
    """One keyed sqlcipher3 connection with CoordApp's pragmas; fails fast if unreadable."""
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(_key_pragma(dek))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in (
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA busy_timeout = 5000",
        ):
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if is_damage_error(exc):
            raise DatabaseDamaged() from exc
        raise
    return conn


def make_engine(
    db_path: Path, dek: bytes | Callable[[], bytes], *, pool_size: int = 2
) -> Engine:
    """An engine whose connections are keyed with ``dek`` (or what the callable returns
    at connect time, so that a locked store can refuse new connections)."""
    key = dek if callable(dek) else (lambda: dek)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(db_path, key()),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=False,
    )

    # pysqlite's own transaction handling is off (isolation_level=None above); emit
    # BEGIN ourselves so that every Session is one real transaction (SQLAlchemy docs,
    # "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
