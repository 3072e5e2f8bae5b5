"""Reads on a worker thread, their results handed back on the GUI thread.

After unlock, a large caseload's in-memory index and the "À faire" lists take a second
or more to read; run here, the window stays responsive meanwhile. The work is a service
call (services open their own session on the workspace's thread-safe pool) and never
touches a widget; its result reaches the GUI thread through a queued signal, where
``done(result)`` is called. One worker: reads run in the order they were asked for.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coordapp.errors import CoordAppError

#: From this many patients, the caseload index and "À faire" are read in the background
#: after unlock (below, reading them at once costs less than a second paint).
BACKGROUND_FROM = 2_000


class _Read(QRunnable):
    def __init__(self, reader: BackgroundReader, ticket: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._reader, self._ticket, self._work = reader, ticket, work

    def run(self) -> None:  # on the worker thread: no widget here
        try:
            result = self._work()
        except CoordAppError as exc:
            self._reader.refused.emit(self._ticket, exc.message)
        except Exception as exc:  # one sentence; exception texts may quote patient data
            logging.getLogger("coordapp").error("unexpected %s in a background read",
                                                type(exc).__name__)
            self._reader.refused.emit(self._ticket, f"Erreur inattendue ({type(exc).__name__}).")
        else:
            self._reader.delivered.emit(self._ticket, result)


class BackgroundReader(QObject):
    """``submit(work, done, failed)``: ``work()`` on the worker, then ``done(result)``
    (or ``failed(message)``) on the GUI thread."""

    #: (ticket, result), emitted on the worker, received on the GUI thread.
    delivered = Signal(int, object)
    #: (ticket, French message).
    refused = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple[_Read, Callable[[Any], None],
                                       Callable[[str], None] | None]] = {}
        self.delivered.connect(self._on_delivered)
        self.refused.connect(self._on_refused)

    @property
    def busy(self) -> bool:
        """True while a read is queued, running, or its result not yet handed over."""
        return bool(self._waiting)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[str], None] | None = None) -> None:
        ticket = next(self._tickets)
        task = _Read(self, ticket, work)
        task.setAutoDelete(False)  # kept here until its result is handed over
        self._waiting[ticket] = (task, done, failed)
        self._pool.start(task)

    def wait(self) -> None:
        """Let the reads under way finish (before the workspace locks or closes); their
        results are still handed over, and the views drop them once detached."""
        self._pool.waitForDone()

    def _on_delivered(self, ticket: int, result: object) -> None:
        entry = self._waiting.pop(ticket, None)
        if entry is not None:
            entry[1](result)

    def _on_refused(self, ticket: int, message: str) -> None:
        entry = self._waiting.pop(ticket, None)
        if entry is not None and entry[2] is not None:
            entry[2](message)
