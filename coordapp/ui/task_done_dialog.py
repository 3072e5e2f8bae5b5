"""Marking a coordination task done: what was said or done goes to the person's journal
(the GP rule: the contact with the attending GP is logged)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coordapp.errors import CoordAppError
from coordapp.ui.patient.dialog_parts import accept_buttons, error_line
from coordapp.ui.unsaved_input import AsksBeforeClosing


class TaskDoneDialog(AsksBeforeClosing, QDialog):
    def __init__(self, title: str, complete: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = complete
        self.setWindowTitle(self.tr("Tâche faite"))
        intro = QLabel(self.tr("« {title} » : notez ce qui a été dit ou fait. La note est "
                               "ajoutée au journal du patient.").format(title=title))
        intro.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note pour le journal"))
        self.note_edit.setPlaceholderText(self.tr(
            "Ex. : Dr Roux joint par téléphone, d'accord pour une visite à domicile"))
        self.error_label = error_line()
        buttons, self.ok_button = accept_buttons(self, self.tr("Marquer comme fait"),
                                                 self._on_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, 240)

    def _on_accept(self) -> None:
        try:
            self._complete(self.note_edit.toPlainText())
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.accept()
