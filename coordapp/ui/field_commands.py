"""The main window's commands for the territory's work (Outils menu): the list of
people looking for an attending GP. Its dialog closes when CoordApp locks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from coordapp.services.gp_seekers import GpSeekerService
from coordapp.ui.gp_seekers_dialog import GpSeekersDialog


class FieldCommands(QObject):
    """``window`` is the ``MainWindow`` (its ``workspace``, ``commands``, ``locked``)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.gp_seekers_dialog: GpSeekersDialog | None = None
        window.commands.gp_seekers.triggered.connect(self.open_gp_seekers)
        window.locked.connect(self.close_all)

    def open_gp_seekers(self) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.is_locked:
            return
        if self.gp_seekers_dialog is not None:
            self.gp_seekers_dialog.raise_()
            return
        self.gp_seekers_dialog = GpSeekersDialog(GpSeekerService(workspace), self.window)
        self.gp_seekers_dialog.finished.connect(self._on_finished)
        self.gp_seekers_dialog.open()

    def _on_finished(self, _result: int) -> None:
        if self.gp_seekers_dialog is not None:
            self.gp_seekers_dialog.deleteLater()
        self.gp_seekers_dialog = None

    def close_all(self) -> None:
        if self.gp_seekers_dialog is not None:
            self.gp_seekers_dialog.reject()
