"""Dialogs that never drop what was typed: Escape, "Annuler" or the window's close button
with something typed ask "Enregistrer / Ne pas enregistrer / Annuler".

``AsksBeforeClosing`` goes before ``QDialog`` in a dialog's bases. What the dialog shows
once opened (its own prefills included) is the reference; "Enregistrer" presses the
dialog's default (accepting) button, so a refusal keeps the dialog open with its message.
QDialog's close event calls ``reject()``, so the close button asks too. Escape in an open
drop-down list or completer reaches the popup only, never the dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def input_state(dialog: QWidget) -> list[Any]:
    """What the user can change in ``dialog``: texts, choices, ticks."""
    state: list[Any] = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog:
            continue
        inner = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)  # seen as a whole
        if isinstance(widget, QLineEdit) and not inner:
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


class AsksBeforeClosing:
    """Mixin for a ``QDialog`` with user input (see the module's docstring)."""

    _opened_state: list[Any] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._opened_state is None:
            self._opened_state = input_state(self)  # type: ignore[arg-type]

    def has_unsaved_input(self) -> bool:
        return self._opened_state is not None and \
            input_state(self) != self._opened_state  # type: ignore[arg-type]

    def reject(self) -> None:
        # imported here: coordapp.ui.patient's dialogs use this mixin
        from coordapp.ui.patient.dialog_parts import DISCARD, SAVE, ask_before_closing

        dialog: Any = self
        if dialog.isVisible() and self.has_unsaved_input():
            choice = ask_before_closing(dialog)
            if choice == SAVE:
                default = next((b for b in dialog.findChildren(QPushButton)
                                if b.isDefault() and b.isEnabled()), None)
                if default is not None:
                    default.click()
                return
            if choice != DISCARD:
                return
        super().reject()  # type: ignore[misc]
