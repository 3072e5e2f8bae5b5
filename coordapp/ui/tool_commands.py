"""The main window's tool and help commands: preferences, restoring a backup, the guide,
"À propos"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from coordapp.services.profile import ProfileService
from coordapp.ui.about_box import AboutBox
from coordapp.ui.guide_window import GuideWindow
from coordapp.ui.preferences_dialog import PreferencesDialog
from coordapp.ui.restore_dialog import RestoreDialog

STATUS_TIMEOUT_MS = 8000


class ToolCommands(QObject):
    """Wires ``window.commands``' tool and help actions; ``window`` is the ``MainWindow``."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.preferences_dialog: PreferencesDialog | None = None
        self.about_box: QMessageBox | None = None
        self.guide_window: GuideWindow | None = None
        actions = window.commands
        actions.preferences.triggered.connect(self.preferences_requested)
        actions.about.triggered.connect(self.about_requested)
        actions.guide.triggered.connect(self.guide_requested)
        actions.restore.triggered.connect(self.restore_requested)

    def preferences_requested(self) -> None:
        workspace = self.window.workspace
        profile = ProfileService(workspace) if workspace is not None else None
        self.preferences_dialog = PreferencesDialog(self.window.settings, self.window,
                                                    profile=profile)
        self.preferences_dialog.finished.connect(self.preferences_finished)
        self.preferences_dialog.open()

    def preferences_finished(self, result: int) -> None:
        dialog, self.preferences_dialog = self.preferences_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.window.idle_watcher.set_timeout(dialog.idle_minutes_chosen * 60_000)
        if result == QDialog.DialogCode.Accepted and dialog.language_changed:
            self.window.statusBar().showMessage(self.tr(
                "Langue enregistrée : elle s'appliquera au prochain démarrage de CoordApp."),
                STATUS_TIMEOUT_MS)

    def restore_requested(self) -> None:
        if self.window.workspace is None or self.window.workspace.is_locked:
            return
        dialog = RestoreDialog(self.window.workspace, self.window)
        try:
            restored = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if restored and self.window.workspace is not None:
            self.window.attach(self.window.workspace)  # every page reads the restored file
            self.window.statusBar().showMessage(self.tr("Sauvegarde restaurée."),
                                                STATUS_TIMEOUT_MS)

    def guide_requested(self) -> None:
        self.guide_window = GuideWindow(self.window)
        self.guide_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide_window.show()

    def about_requested(self) -> None:
        self.about_box = AboutBox(self.window.db_path, self.window)
        self.about_box.open()

