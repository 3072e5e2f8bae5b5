"""Housekeeping after unlocking, in the background: the weekly integrity check of the
encrypted file, then the day's automatic backup (with rotation)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.import_task import ServiceTask


class Maintenance(QObject):
    #: Pages reported by SQLCipher's integrity check: the file is damaged.
    damage_found = Signal(int)
    #: The day's backup was written (its path).
    backed_up = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task: ServiceTask | None = None

    def start(self, workspace: Workspace, paths: AppPaths) -> None:
        def work(_progress: object, _cancel: object) -> tuple[int, str | None]:
            problems = workspace.weekly_integrity_problems(paths.config_dir) or []
            if problems:
                return len(problems), None  # never back up a damaged file over good copies
            info = workspace.daily_backup()
            return 0, str(info.path) if info else None

        self._task = ServiceTask(work)
        self._task.signals.finished.connect(self._on_finished)
        self._pool.start(self._task)

    def wait(self) -> None:
        """Before the workspace closes: let a running backup finish."""
        self._pool.waitForDone()

    def _on_finished(self, result: object) -> None:
        assert isinstance(result, tuple)
        damaged, path = result
        if damaged:
            self.damage_found.emit(damaged)
        elif path:
            self.backed_up.emit(path)
