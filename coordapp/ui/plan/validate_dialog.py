"""Validating the PPCS draft: how and when the person agreed, and the review date.
The service's refusals (no need, no agreement, a date in the future…) are shown here,
and before anything, every hole the draft leaves (actions with no one responsible or
no due date, goals without actions, problems without goals), in one message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.services.plans.holes import holes_message
from coordapp.services.plans.rules import REVIEW_MONTHS, add_months
from coordapp.services.plans.versions import PlanVersionService
from coordapp.ui.plan.dates import DateField
from coordapp.ui.plan.style import BANNER_STYLE, ERROR_STYLE, MUTED_STYLE
from coordapp.ui.unsaved_input import AsksBeforeClosing


class ValidateDialog(AsksBeforeClosing, QDialog):
    """On OK, validates the draft of ``patient_id``; stays open when refused."""

    def __init__(self, versions: PlanVersionService, patient_id: str, *, version: int,
                 review_due: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = versions
        self.patient_id = patient_id
        self.validated_id: str | None = None
        self.setWindowTitle(self.tr("Valider le PPCS"))
        intro = QLabel(self.tr(
            "La version {n} sera figée, datée et signée de votre nom ; elle remplacera la "
            "version en vigueur. Le suivi (actions réalisées, objectifs atteints) restera "
            "possible.").format(n=version))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        # The holes are asked about here, before the agreement is typed: complete the
        # plan ("Annuler"), or validate it as it is ("Valider quand même").
        try:
            self.holes = versions.holes(patient_id)
        except CoordAppError:
            self.holes = []
        self.holes_label = QLabel()
        self.holes_label.setObjectName("planHoles")
        self.holes_label.setWordWrap(True)
        self.holes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.holes_label.setStyleSheet(BANNER_STYLE)
        if self.holes:
            self.holes_label.setText(holes_message(self.holes) + "\n" + self.tr(
                "Complétez le PPCS (Annuler), ou validez-le tel quel : ces points "
                "seront imprimés « À préciser »."))
        self.holes_label.setVisible(bool(self.holes))
        self.agreement_edit = QPlainTextEdit()
        self.agreement_edit.setTabChangesFocus(True)
        self.agreement_edit.setPlaceholderText(self.tr(
            "ex. Accord oral de la personne lors de la visite à domicile, en présence de sa "
            "fille ; plan relu avec elle."))
        self.agreement_edit.setFixedHeight(
            self.agreement_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.agreement_on_edit = DateField(relative=False)
        self.agreement_on_edit.set_date(dt.date.today())
        self.review_edit = DateField()
        self.review_edit.set_date(review_due or add_months(dt.date.today(), REVIEW_MONTHS))
        # Shown when the GP contact is still open (the GP rule): why validate without it.
        self.gp_note_edit = QPlainTextEdit()
        self.gp_note_edit.setTabChangesFocus(True)
        self.gp_note_edit.setPlaceholderText(self.tr(
            "ex. Médecin traitant en congés jusqu'au 15, informé par messagerie sécurisée"))
        self.gp_note_edit.setFixedHeight(
            self.gp_note_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        self.form = form
        for key, text, widget in (
                ("agreement", self.tr("&Accord de la personne :"), self.agreement_edit),
                ("agreement_on", self.tr("Accord &donné le :"), self.agreement_on_edit),
                ("review_due", self.tr("&Révision prévue le :"), self.review_edit),
                ("gp_contact_note", self.tr("Valider &sans le contact avec le médecin "
                                            "traitant, parce que :"), self.gp_note_edit)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            column.addWidget(error)
            holder.setFocusProxy(widget)
            self.errors[key] = error
            form.addRow(text, holder)
            label = form.labelForField(holder)
            if isinstance(label, QLabel):  # Alt+letter to the field (not its holder)
                label.setBuddy(widget)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Valider quand même la version {n}").format(n=version) if self.holes
            else self.tr("Valider la version {n}").format(n=version))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.holes_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        form.setRowVisible(self.gp_note_edit.parentWidget(), False)
        self.agreement_edit.setFocus()
        self.resize(540, self.sizeHint().height())

    def accept(self) -> None:
        self._clear_errors()
        agreement_on = self.agreement_on_edit.date()
        review = self.review_edit.date()
        if self.agreement_on_edit.text().strip() and agreement_on is None:
            self._show("agreement_on", self.tr("Date invalide : JJ/MM/AAAA."))
            return
        if self.review_edit.text().strip() and review is None:
            self._show("review_due", self.tr("Date invalide : JJ/MM/AAAA."))
            return
        try:
            self.validated_id = self.versions.validate(
                self.patient_id, agreement=self.agreement_edit.toPlainText(),
                agreement_on=agreement_on, review_due=review,
                gp_contact_note=self.gp_note_edit.toPlainText())
        except InvalidInput as exc:
            if exc.field == "gp_contact_note":
                self.form.setRowVisible(self.gp_note_edit.parentWidget(), True)
                self.gp_note_edit.setFocus()
            self._show(exc.field, exc.message)
            return
        except CoordAppError as exc:
            self._show(None, exc.message)
            return
        super().accept()

    def _show(self, field: str | None, message: str) -> None:
        label = self.errors.get(field or "", self.error_label)
        label.setText(message)
        label.show()

    def _clear_errors(self) -> None:
        for label in [*self.errors.values(), self.error_label]:
            label.clear()
            label.hide()
