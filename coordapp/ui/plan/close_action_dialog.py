"""Closing an action: done (with its result and the day it was done) or cancelled (with
the reason). The service refuses to close an action without it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.models import ActionStatus
from coordapp.ui.plan.dates import DateField
from coordapp.ui.plan.style import ERROR_STYLE
from coordapp.ui.unsaved_input import AsksBeforeClosing


class CloseActionDialog(AsksBeforeClosing, QDialog):
    def __init__(self, action_text: str, status: str, result: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clore l'action"))
        self.done_button = QRadioButton(self.tr("&Réalisée"))
        self.cancelled_button = QRadioButton(self.tr("A&nnulée"))
        group = QButtonGroup(self)
        group.addButton(self.done_button)
        group.addButton(self.cancelled_button)
        (self.cancelled_button if status == ActionStatus.CANCELLED else
         self.done_button).setChecked(True)
        self.result_edit = QPlainTextEdit(result or "")
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setFixedHeight(self.result_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.done_edit = DateField(relative=False)
        self.done_edit.set_date(dt.date.today())
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        what = QLabel(action_text)
        what.setWordWrap(True)
        choice = QHBoxLayout()
        choice.addWidget(self.done_button)
        choice.addWidget(self.cancelled_button)
        choice.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Action :"), what)
        form.addRow(self.tr("Issue :"), choice)
        form.addRow(self.tr("Résultat ou &motif :"), self.result_edit)
        form.addRow(self.tr("Réalisée &le :"), self.done_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Clore l'action"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.done_button.toggled.connect(self.done_edit.setEnabled)
        self.done_edit.setEnabled(self.done_button.isChecked())
        self.result_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def status(self) -> str:
        return (ActionStatus.DONE if self.done_button.isChecked()
                else ActionStatus.CANCELLED).value

    def result(self) -> str:
        return self.result_edit.toPlainText().strip()

    def done_on(self) -> dt.date | None:
        return self.done_edit.date() if self.done_button.isChecked() else None

    def accept(self) -> None:
        if not self.result():
            self.error_label.setText(self.tr(
                "Indiquez le résultat de l'action (ou le motif de son annulation)."))
            self.error_label.show()
            self.result_edit.setFocus()
            return
        done = self.done_on()
        if self.done_button.isChecked() and (done is None or done > dt.date.today()):
            self.error_label.setText(self.tr("Date de réalisation : une date passée ou "
                                             "d'aujourd'hui, au format JJ/MM/AAAA."))
            self.error_label.show()
            self.done_edit.setFocus()
            return
        super().accept()
