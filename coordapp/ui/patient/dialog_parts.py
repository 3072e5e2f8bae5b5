"""The parts every small editing dialog of the patient file shares: a hidden error line,
the waiting bar of a save on a busy base, and an accept / "Annuler" button row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from coordapp.paths import AppPaths
from coordapp.ui.patient.busy_retry import BusyRetry, busy_wait_seconds
from coordapp.ui.patient.styles import ERROR_STYLE


def error_line() -> QLabel:
    """A red, word-wrapped message line, hidden until there is something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def busy_line(dialog: QDialog) -> BusyRetry:
    """The dialog's save on a busy base: one short try, then « Base occupée… » while it
    tries again by itself (the patience of ``ui.ini``), the input kept. Closing the
    dialog stops the wait: nothing is written after « Ne pas enregistrer »."""
    busy = BusyRetry(busy_wait_seconds(AppPaths.from_environment()), dialog)
    for button in (busy.cancel_button, busy.retry_button):
        button.setAutoDefault(False)  # Enter still saves, as everywhere in the dialog
    dialog.finished.connect(busy.clear)
    return busy


def accept_buttons(dialog: QDialog, accept_text: str,
                   on_accept: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """``accept_text`` (the default button, calling ``on_accept``) and "Annuler".

    Enter accepts wherever the focus is, "Annuler" included: no button becomes the
    default by receiving the focus (Space still presses the focused button)."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QCoreApplication.translate("DialogParts", "Annuler"),
                               QDialogButtonBox.ButtonRole.RejectRole)
    for button in (accept, cancel):
        button.setAutoDefault(False)
    accept.setDefault(True)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


SAVE, DISCARD, KEEP = "save", "discard", "keep"


def ask_before_closing(dialog: QDialog) -> str:
    """Escape or "Annuler" with something typed: ``SAVE``, ``DISCARD`` or ``KEEP``
    (the dialog stays open); Escape in the question means ``KEEP``."""
    question = QCoreApplication.translate("DialogParts", "Enregistrer ce que vous avez saisi ?")
    box = QMessageBox(QMessageBox.Icon.Question, dialog.windowTitle(), question,
                      QMessageBox.StandardButton.NoButton, dialog)
    role = QMessageBox.ButtonRole
    save = box.addButton(QCoreApplication.translate("DialogParts", "Enregistrer"),
                         role.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("DialogParts", "Ne pas enregistrer"),
                            role.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DialogParts", "Annuler"), role.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    dialog.setProperty("closing_question", True)
    try:
        box.exec()
    finally:
        dialog.setProperty("closing_question", False)
        box.deleteLater()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else KEEP
