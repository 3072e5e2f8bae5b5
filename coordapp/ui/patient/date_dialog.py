"""Ask for one date (end of an intervention…), today by default."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from coordapp.ui.patient.date_edit import make_date_edit
from coordapp.ui.unsaved_input import AsksBeforeClosing


class DateDialog(AsksBeforeClosing, QDialog):
    def __init__(self, title: str, question: str, field_label: str,
                 parent: QWidget | None = None, *, minimum: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.date_edit = make_date_edit()
        if minimum is not None:
            self.date_edit.setMinimumDate(minimum)
        text = QLabel(question)
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Valider"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QFormLayout(self)
        layout.addRow(text)
        layout.addRow(field_label, self.date_edit)
        layout.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def date(self) -> dt.date:
        return self.date_edit.date().toPython()
