"""Seeing commits made by other programs on the same base, without reading any data.

``PRAGMA data_version`` of one connection changes whenever a commit is made through any
other connection (another process, or another connection of this one). A connection is
kept aside for it; this workspace's own writes are absorbed right after they commit, so
only changes made elsewhere are reported.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine


class ChangeWatch:
    def __init__(self, engine: Callable[[], Engine]) -> None:
        self._engine = engine
        self._conn: Any = None
        self._version: int | None = None

    def _current(self) -> int:
        if self._conn is None:
            self._conn = self._engine().raw_connection()
        return int(self._conn.driver_connection.execute("PRAGMA data_version").fetchone()[0])

    def external_change(self) -> bool:
        version = self._current()
        changed = self._version is not None and version != self._version
        self._version = version
        return changed

    def absorb(self) -> None:
        """After one of our own commits: not a change made elsewhere."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._version = self._current()

    def stop(self) -> None:
        """Before the key is forgotten: the kept connection is closed."""
        conn, self._conn, self._version = self._conn, None, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
