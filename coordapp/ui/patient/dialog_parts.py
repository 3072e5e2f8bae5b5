"""The parts every small editing dialog of the patient file shares: a hidden error line
and an accept / "Annuler" button row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from coordapp.ui.patient.styles import ERROR_STYLE


def error_line() -> QLabel:
    """A red, word-wrapped message line, hidden until there is something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def accept_buttons(dialog: QDialog, accept_text: str,
                   on_accept: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """``accept_text`` (the default button, calling ``on_accept``) and "Annuler"."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    buttons.addButton(QCoreApplication.translate("DialogParts", "Annuler"),
                      QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept
