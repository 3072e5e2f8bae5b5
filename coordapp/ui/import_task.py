"""Service work on a pool thread: ``work(progress, cancel)`` reports through Qt signals.

The service takes a plain ``progress(done, total, message)`` callable and a ``cancel()``
predicate (as ``generate_demo`` and the CSV import do); this adapter turns them into
signals queued to the GUI thread. The service raises when cancelled, inside its
transaction, so nothing is written.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar

from coordapp.errors import CoordAppError

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    #: ``(done, total, message)``
    progressed = Signal(int, int, str)
    #: The work returned this value.
    finished = Signal(object)
    #: The work raised (or was cancelled): one French sentence.
    failed = Signal(str)


class ServiceTask(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it until it has reported
        self.signals = TaskSignals()
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit, self._cancelled.is_set)
        except CoordAppError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # one sentence; exception texts may quote patient data
            logging.getLogger("coordapp").error("unexpected %s in a background task",
                                                type(exc).__name__)
            self.signals.failed.emit(f"Erreur inattendue ({type(exc).__name__}) : rien n'a "
                                     "été enregistré.")
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """One task at a time on its own pool, its progress shown in ``progress_bar``.

    ``start(work, done)`` calls ``done(result)`` on the GUI thread when the work returns;
    a failure (or a cancellation) emits ``failed``. ``ended`` follows either.
    """

    #: The task raised or was cancelled: one French sentence.
    failed = Signal(str)
    #: The task is over (after ``done`` or ``failed``).
    ended = Signal()

    def __init__(self, progress_bar: QProgressBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress_bar = progress_bar
        self.progress_bar.hide()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: ServiceTask | None = None
        self._done: Callable[[Any], None] | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, work: Work, done: Callable[[Any], None]) -> None:
        task = ServiceTask(work)
        task.signals.progressed.connect(self._on_progressed)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.task, self._done = task, done
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.pool.start(task)

    def cancel(self, *, wait: bool = False) -> None:
        """Ask the running task to stop (the service rolls back); optionally wait."""
        if self.task is not None:
            self.task.cancel()
            if wait:
                self.pool.waitForDone()

    def _on_progressed(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(f"{message} %v / %m")

    def _on_finished(self, result: object) -> None:
        done = self._done
        self._end()
        if done is not None:
            done(result)
        self.ended.emit()

    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
        self.ended.emit()

    def _end(self) -> None:
        self.task, self._done = None, None
        self.progress_bar.hide()
