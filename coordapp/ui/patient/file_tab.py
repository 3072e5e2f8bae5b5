"""What the follow-up tabs share: the file shown, one dialog at a time, a write signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from coordapp.services.views import PatientFile
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import ERROR_STYLE


class FileTab(QWidget):
    #: Something was written for this patient; the window reloads the file.
    written = Signal()

    def __init__(self, services: PatientServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.file: PatientFile | None = None
        #: The dialog open from this tab, if any (window-modal, so tests can drive it).
        self.dialog: QDialog | None = None
        self._on_dialog_accepted: Callable[[QDialog], None] | None = None
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

    def set_file(self, patient: PatientFile) -> None:
        self.file = patient

    def open_dialog(self, dialog: QDialog,
                    on_accepted: Callable[[QDialog], None] | None = None) -> None:
        """Show ``dialog``; once accepted, ``on_accepted(dialog)`` runs (default: the
        dialog wrote something, announce it)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        self._on_dialog_accepted = on_accepted
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        callback, self._on_dialog_accepted = self._on_dialog_accepted, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        if callback is not None:
            callback(dialog)
        else:
            self.show_error("")
            self.written.emit()
