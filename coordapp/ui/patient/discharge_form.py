"""The hospital-discharge part of a request: ticked when the call is about a discharge,
it shows the planned date, the ward and whom to call there, and what must be ready at
home on day 0 (the service then plans the call to the person on day 2)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import InvalidInput
from coordapp.services.patient.discharge import DischargeItem, discharge_values
from coordapp.ui.patient.date_edit import DateLineEdit
from coordapp.ui.patient.field_errors import FieldErrors
from coordapp.ui.patient.styles import MUTED_STYLE


class DischargeForm(QWidget):
    """``values()`` is the ``discharge`` object the intake service takes (None when the
    request is not a discharge)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.discharge_check = QCheckBox(self.tr("Sortie d'&hospitalisation"))
        self.discharge_check.setAccessibleDescription(self.tr(
            "La demande porte sur une sortie d'hôpital : affiche les détails de la sortie"))
        self.hint_label = QLabel(self.tr(
            "Cochez si la demande porte sur une sortie d'hôpital : date, service, ce qui "
            "doit être prêt le jour de la sortie. Un appel à la personne est prévu à J+2."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(MUTED_STYLE)

        self.planned_edit = DateLineEdit()
        self.ward_edit = QLineEdit()
        self.ward_edit.setPlaceholderText(self.tr("Médecine gériatrique, CH de Sedan"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Cadre de santé, assistante sociale…"))
        items = {
            DischargeItem.NURSE: self.tr("&Infirmier à domicile"),
            DischargeItem.HOME_HELP: self.tr("Aide à domici&le"),
            DischargeItem.EQUIPMENT: self.tr("Matériel (lit, &fauteuil…)"),
            DischargeItem.MEDICINES: self.tr("Médicamen&ts"),
            DischargeItem.FOLLOW_UP: self.tr("&Rendez-vous de suivi"),
        }
        self.ready_checks = {code.value: QCheckBox(text) for code, text in items.items()}
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)

        self.details = QGroupBox(self.tr("La sortie"))
        form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(form)
        self.fields.add_row("discharge.planned_on", self.tr("&Date de sortie prévue"),
                            self.planned_edit)
        self.fields.add_row("discharge.ward", self.tr("Ser&vice"), self.ward_edit)
        self.fields.add_row("discharge.contact", self.tr("&Contact dans le service"),
                            self.contact_edit)
        ready_box = QWidget()
        grid = QGridLayout(ready_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, check in enumerate(self.ready_checks.values()):
            check.setAccessibleDescription(self.tr("Prêt le jour de la sortie"))
            grid.addWidget(check, index // 2, index % 2)
        self.fields.add_row("discharge.ready", self.tr("Prêt le jour J"), ready_box)
        ready_box.setFocusProxy(self.ready_checks[DischargeItem.NURSE.value])
        self.fields.add_row("discharge.note", self.tr("N&ote"), self.note_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.discharge_check)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.discharge_check.toggled.connect(self._on_toggled)
        self._on_toggled(False)

    def is_discharge(self) -> bool:
        return self.discharge_check.isChecked()

    def values(self) -> dict[str, Any] | None:
        if not self.is_discharge():
            return None
        return {
            "planned_on": self.planned_edit.value(),
            "ward": self.ward_edit.text(),
            "contact": self.contact_edit.text(),
            "ready": [code for code, check in self.ready_checks.items() if check.isChecked()],
            "note": self.note_edit.toPlainText(),
        }

    def set_values(self, values: dict[str, Any] | None) -> None:
        """Fill the box again from :meth:`values` (a draft reopened); None: not a discharge."""
        self.discharge_check.setChecked(values is not None)
        values = values or {}
        planned = str(values.get("planned_on") or "")
        try:
            self.planned_edit.set_date(dt.date.fromisoformat(planned))
        except ValueError:  # as typed, not a date yet
            self.planned_edit.setText(planned)
        self.ward_edit.setText(str(values.get("ward") or ""))
        self.contact_edit.setText(str(values.get("contact") or ""))
        ready = set(values.get("ready") or ())
        for code, check in self.ready_checks.items():
            check.setChecked(code in ready)
        self.note_edit.setPlainText(str(values.get("note") or ""))

    def has_input(self) -> bool:
        """Something typed or ticked that closing the dialog would lose."""
        return self.is_discharge() and bool(
            self.planned_edit.text().strip() or self.ward_edit.text().strip()
            or self.contact_edit.text().strip() or self.note_edit.toPlainText().strip()
            or any(check.isChecked() for check in self.ready_checks.values()))

    def check(self) -> bool:
        """The service's own checks, shown under the field before the user moves on."""
        self.fields.clear()
        try:
            discharge_values(self.values())
        except InvalidInput as exc:
            self.show_error(exc.field, exc.message)
            return False
        return True

    def show_error(self, field: str | None, message: str) -> bool:
        if not (field or "").startswith("discharge"):
            return False
        if field == "discharge":
            field = "discharge.planned_on"
        if not self.is_discharge():
            self.discharge_check.setChecked(True)
        return self.fields.show(field, message)

    def _on_toggled(self, checked: bool) -> None:
        self.details.setVisible(checked)
        self.hint_label.setVisible(not checked)
        if checked and self.isVisible():
            self.planned_edit.setFocus()
