"""The main window's commands for the territory's work (Outils menu): the list of
people looking for an attending GP, the information sheet on resources. Their dialogs
close when CoordApp locks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from coordapp.services.caseload.gp_seekers import GpSeekerService
from coordapp.services.info_sheet import InfoSheetService
from coordapp.ui.gp_seekers_dialog import GpSeekersDialog
from coordapp.ui.info_sheet_dialog import InfoSheetDialog


class FieldCommands(QObject):
    """``window`` is the ``MainWindow`` (its ``workspace``, ``commands``, ``locked``)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.gp_seekers_dialog: GpSeekersDialog | None = None
        self.info_sheet_dialog: InfoSheetDialog | None = None
        window.commands.gp_seekers.triggered.connect(self.open_gp_seekers)
        window.commands.info_sheet.triggered.connect(self.open_info_sheet)
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

    def open_info_sheet(self) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.is_locked or self.info_sheet_dialog is not None:
            return
        self.info_sheet_dialog = InfoSheetDialog(InfoSheetService(workspace), self.window)
        self.info_sheet_dialog.finished.connect(self._on_info_sheet_finished)
        self.info_sheet_dialog.open()

    def _on_info_sheet_finished(self, _result: int) -> None:
        dialog, self.info_sheet_dialog = self.info_sheet_dialog, None
        if dialog is not None:
            if dialog.saved_path:
                self.window.statusBar().showMessage(self.tr(
                    "Fiche d'information enregistrée : {path}").format(
                        path=dialog.saved_path), 8000)
            dialog.deleteLater()

    def _on_finished(self, _result: int) -> None:
        if self.gp_seekers_dialog is not None:
            self.gp_seekers_dialog.deleteLater()
        self.gp_seekers_dialog = None

    def close_all(self) -> None:
        for dialog in (self.gp_seekers_dialog, self.info_sheet_dialog):
            if dialog is not None:
                dialog.reject()
