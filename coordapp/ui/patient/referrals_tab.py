"""The "Demandes" tab: the requests for support received about this person."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coordapp.models import ReferralAnswer, ReferralChannel, RequesterKind, Urgency
from coordapp.services.views import PatientFile, ReferralView
from coordapp.ui.labels import format_date, format_datetime, label
from coordapp.ui.patient.answer_dialog import AnswerDialog
from coordapp.ui.patient.file_tab import FileTab
from coordapp.ui.patient.new_referral_dialog import NewReferralDialog
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view


def requester_text(referral: ReferralView) -> str:
    """``Dr Jean Roux — Médecin généraliste, Cabinet du Lac`` (what is known of it)."""
    who = referral.requester_name or label(RequesterKind, referral.requester_kind)
    details = ", ".join(part for part in (referral.requester_profession,
                                          referral.requester_structure) if part)
    return f"{who} — {details}" if details else who


class ReferralsTab(FileTab):
    def __init__(self, services: PatientServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        waiting = self.tr("En attente")
        self.model = ViewTableModel([
            ColumnSpec(self.tr("Reçue le"), lambda r: format_datetime(r.received_at),
                       sort=lambda r: r.received_at, sample="00/00/0000 00:000"),
            ColumnSpec(self.tr("Demandeur"), requester_text,
                       sample="Alexandre Mathieu — Assistante sociale", tooltip=True),
            ColumnSpec(self.tr("Canal"), lambda r: label(ReferralChannel, r.channel),
                       sample="Téléphone", tooltip=True),
            ColumnSpec(self.tr("Urgence"), lambda r: label(Urgency, r.urgency),
                       sample="Urgente"),
            ColumnSpec(self.tr("Réponse"),
                       lambda r: label(ReferralAnswer, r.answer) if r.answer else waiting,
                       sample="Retirée par le demandeur"),
            ColumnSpec(self.tr("Répondue le"), lambda r: format_date(r.answered_on),
                       sort=lambda r: r.answered_on, sample="Répondue le"),
            ColumnSpec(self.tr("Motif"), lambda r: r.reason, tooltip=True),
        ], self)
        self.table = make_table_view(self.model, self, wrap=True)

        self.new_button = QPushButton(self.tr("&Nouvelle demande…"))
        self.answer_button = QPushButton(self.tr("&Répondre…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.answer_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self._on_new_clicked)
        self.answer_button.clicked.connect(self._on_answer_clicked)
        self.table.doubleClicked.connect(self._on_answer_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._on_current_changed()

    def set_file(self, patient: PatientFile) -> None:
        super().set_file(patient)
        self.model.set_rows(patient.referrals)
        self.table.resizeRowsToContents()
        if patient.referrals:
            self.table.selectRow(0)
        self._on_current_changed()

    def current_referral(self) -> ReferralView | None:
        return self.model.row(self.table.currentIndex())

    def _on_current_changed(self) -> None:
        self.answer_button.setEnabled(self.current_referral() is not None)

    def _on_new_clicked(self) -> None:
        if self.file is not None:
            self.open_dialog(NewReferralDialog(self.services.follow_up, self.file.id, self,
                                              services=self.services))

    def _on_answer_clicked(self) -> None:
        referral = self.current_referral()
        if referral is None or self.file is None:
            return
        self.open_dialog(AnswerDialog(self.services, referral, self.file.id,
                                      self.file.identity["status"], self))
