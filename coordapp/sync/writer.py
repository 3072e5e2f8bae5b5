"""The merge's writes, sent to the database by a second thread while the next batch is
prepared.

SQLite works on the rows of an ``executemany`` without holding Python's interpreter lock,
so while this thread writes batch *n*, the merging thread can parse and fold batch *n + 1*
on the other core. It is still one connection and one transaction: the two threads never
use the connection at the same time (``flush`` waits for the writes sent before any other
statement), statements run in the order they were sent, and the first error stops the
writer and is raised in the merging thread, which then rolls the whole import back as
before.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

Statement = tuple[str, Sequence[tuple[Any, ...]]]
_STOP = None


class BatchWriter:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        #: One batch written while one waits: memory stays at about two batches.
        self._jobs: queue.Queue[list[Statement] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def send(self, statements: list[Statement]) -> None:
        """Queue these statements (run in order, after those sent before)."""
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="import-writer",
                                            daemon=True)
            self._thread.start()
        self._jobs.put(statements)

    def flush(self) -> None:
        """Wait until everything sent is written (before using the connection here)."""
        if self._thread is not None:
            self._jobs.join()
        self._raise()

    def close(self) -> None:
        """Stop the thread once it has written what was sent (or failed); idempotent."""
        if self._thread is not None:
            self._jobs.put(_STOP)
            self._thread.join()
            self._thread = None

    def check(self) -> None:
        """Raise the error of a write already failed, without waiting."""
        self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        while True:
            statements = self._jobs.get()
            try:
                if statements is _STOP:
                    return
                if self._error is None:  # after a failure, what follows is dropped
                    for sql, rows in statements:
                        self.conn.exec_driver_sql(sql, rows)
            except BaseException as exc:  # raised again in the merging thread
                self._error = exc
            finally:
                self._jobs.task_done()
