"""The fields of a request for support (sollicitation), as the phone call goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.models import ReferralChannel, RequesterKind, Urgency
from coordapp.ui.labels import fill_combo, select_data
from coordapp.ui.patient.date_edit import make_datetime_edit
from coordapp.ui.patient.discharge_form import DischargeForm
from coordapp.ui.patient.field_errors import FieldErrors


class ReferralForm(QWidget):
    """``values()`` is what ``FollowUpService.record_referral`` takes (without patient)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.received_edit = make_datetime_edit()
        self.channel_combo = QComboBox()
        fill_combo(self.channel_combo, ReferralChannel)
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, RequesterKind)
        select_data(self.kind_combo, RequesterKind.GP.value)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.profession_edit = QLineEdit()
        self.profession_edit.setPlaceholderText(self.tr("Médecin généraliste, infirmière…"))
        self.structure_edit = QLineEdit()
        self.structure_edit.setPlaceholderText(self.tr("Cabinet, hôpital, service…"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("03 24 00 00 00"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr(
            "Pourquoi le demandeur appelle : la situation, ce qui inquiète, ce qu'il attend"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 6 + 14)
        self.urgency_combo = QComboBox()
        fill_combo(self.urgency_combo, Urgency)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(form)
        self.fields.add_row("received_at", self.tr("Reçue le"), self.received_edit)
        self.fields.add_row("channel", self.tr("Par"), self.channel_combo)
        self.fields.add_row("requester_kind", self.tr("Demandeur"), self.kind_combo)
        self.fields.add_row("requester_name", self.tr("Nom du demandeur"), self.name_edit)
        self.fields.add_row("requester_profession", self.tr("Profession"),
                            self.profession_edit)
        self.fields.add_row("requester_structure", self.tr("Structure"), self.structure_edit)
        self.fields.add_row("requester_phone", self.tr("Téléphone du demandeur"),
                            self.phone_edit)
        self.fields.add_row("reason", self.tr("Motif (obligatoire)"), self.reason_edit)
        self.fields.add_row("urgency", self.tr("Urgence"), self.urgency_combo)
        self.discharge = DischargeForm()  # shown when the request is a discharge
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.discharge, 2)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._suggested_profession = ""
        self._on_kind_changed()

    def values(self) -> dict[str, Any]:
        return {
            "received_at": self.received_edit.dateTime().toPython(),
            "channel": self.channel_combo.currentData(),
            "requester_kind": self.kind_combo.currentData(),
            "requester_name": self.name_edit.text(),
            "requester_profession": self.profession_edit.text(),
            "requester_structure": self.structure_edit.text(),
            "requester_phone": self.phone_edit.text(),
            "reason": self.reason_edit.toPlainText(),
            "urgency": self.urgency_combo.currentData(),
            "discharge": self.discharge.values(),
        }

    def show_error(self, field: str | None, message: str) -> bool:
        # The phone check names its field "phone", whichever phone it was.
        if field == "phone":
            field = "requester_phone"
        return self.discharge.show_error(field, message) or self.fields.show(field, message)

    def _on_kind_changed(self) -> None:
        """Suggest the profession from the kind of requester, unless one was typed."""
        text = self.profession_edit.text().strip()
        if text and text != self._suggested_profession:
            return
        kind = self.kind_combo.currentData()
        suggestions = {
            "gp": self.tr("Médecin généraliste"), "nurse": self.tr("Infirmier(ère)"),
            "pharmacist": self.tr("Pharmacien(ne)"),
            "physiotherapist": self.tr("Masseur-kinésithérapeute"),
            "social_worker": self.tr("Assistant(e) social(e)"),
        }
        self._suggested_profession = suggestions.get(kind, "")
        self.profession_edit.setText(self._suggested_profession)
