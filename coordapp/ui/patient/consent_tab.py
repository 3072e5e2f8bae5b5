"""The "Information & consentement" tab: what the person was told and agreed to."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordapp.models import ConsentKind
from coordapp.services.views import ConsentView, PatientFile
from coordapp.ui.labels import format_date, label
from coordapp.ui.patient.consent_dialog import ConsentDialog
from coordapp.ui.patient.file_tab import FileTab
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import ERROR_STYLE, OK_STYLE, WARNING_STYLE
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view


def latest(records: list[ConsentView], *kinds: str) -> ConsentView | None:
    """The most recent record of one of ``kinds`` (records come newest first)."""
    return next((r for r in records if r.kind in kinds), None)


class ConsentTab(FileTab):
    def __init__(self, services: PatientServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.information_label = QLabel()
        self.objection_label = QLabel()
        self.sharing_label = QLabel()
        summary = QFrame()
        summary.setObjectName("consentSummary")
        summary.setStyleSheet("#consentSummary { background: palette(base); "
                              "border: 1px solid palette(mid); border-radius: 4px; }")
        summary_layout = QVBoxLayout(summary)
        for text in (self.information_label, self.objection_label, self.sharing_label):
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary_layout.addWidget(text)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        texts = {
            "information_given": self.tr("Inform&ation donnée…"),
            "objection": self.tr("&Opposition…"),
            "objection_withdrawn": self.tr("&Retrait de l'opposition…"),
            "sharing_consent": self.tr("Consente&ment au partage…"),
            "sharing_consent_withdrawn": self.tr("Re&trait du consentement…"),
        }
        for kind, text in texts.items():
            if kind in ("objection", "sharing_consent"):
                row.addSpacing(16)  # pairs: an event and its withdrawal
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, k=kind: self._on_record_clicked(k))
            self.buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)

        self.model = ViewTableModel([
            ColumnSpec(self.tr("Date"), lambda c: format_date(c.recorded_on),
                       sort=lambda c: c.recorded_on, sample="00/00/00000"),
            ColumnSpec(self.tr("Événement"), lambda c: label(ConsentKind, c.kind),
                       sample="Retrait du consentement au partage"),
            ColumnSpec(self.tr("Par"), lambda c: c.given_by or "", sample="Marie-Christine Durand"),
            ColumnSpec(self.tr("Comment"), lambda c: c.how or "",
                       sample="Auprès du représentant légal"),
            ColumnSpec(self.tr("Donnée à"), lambda c: c.recipient or "",
                       sample="Jeanne Durand (fille)", tooltip=True),
            ColumnSpec(self.tr("Note"), lambda c: c.note or "", tooltip=True),
        ], self)
        self.table = make_table_view(self.model, self)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

    def set_file(self, patient: PatientFile) -> None:
        super().set_file(patient)
        records = patient.consents
        self.model.set_rows(records)

        info = latest(records, "information_given")
        if info is None:
            self._set(self.information_label, self.tr(
                "Information sur l'accompagnement : <b>pas encore donnée</b>"), WARNING_STYLE)
        else:
            self._set(self.information_label, self.tr(
                "Information donnée le <b>{date}</b>{by}").format(
                    date=format_date(info.recorded_on),
                    by=self.tr(" par {name}").format(name=html.escape(info.given_by))
                    if info.given_by else ""), OK_STYLE)

        objection = latest(records, "objection", "objection_withdrawn")
        objecting = objection is not None and objection.kind == "objection"
        if objecting:
            assert objection is not None
            self._set(self.objection_label, self.tr(
                "Opposition au partage : <b>oui</b>, depuis le {date}").format(
                    date=format_date(objection.recorded_on)), ERROR_STYLE)
        elif objection is not None:
            self._set(self.objection_label, self.tr(
                "Opposition au partage : <b>non</b> (levée le {date})").format(
                    date=format_date(objection.recorded_on)), "")
        else:
            self._set(self.objection_label, self.tr("Opposition au partage : <b>non</b>"), "")

        sharing = latest(records, "sharing_consent", "sharing_consent_withdrawn")
        consenting = sharing is not None and sharing.kind == "sharing_consent"
        if sharing is None:
            text = self.tr("Consentement au partage hors équipe de soins : <b>non recueilli</b>")
        elif consenting:
            text = self.tr("Consentement au partage hors équipe de soins : <b>donné le "
                           "{date}</b>").format(date=format_date(sharing.recorded_on))
        else:
            text = self.tr("Consentement au partage hors équipe de soins : <b>retiré le "
                           "{date}</b>").format(date=format_date(sharing.recorded_on))
        self._set(self.sharing_label, text, "")

        self.buttons["objection"].setEnabled(not objecting)
        self.buttons["objection_withdrawn"].setEnabled(objecting)
        self.buttons["sharing_consent"].setEnabled(not consenting)
        self.buttons["sharing_consent_withdrawn"].setEnabled(consenting)

    def summary_text(self) -> str:
        return "\n".join(label.text() for label in (
            self.information_label, self.objection_label, self.sharing_label))

    @staticmethod
    def _set(widget: QLabel, text: str, style: str) -> None:
        widget.setText(text)
        widget.setStyleSheet(style)

    def _on_record_clicked(self, kind: str) -> None:
        if self.file is not None:
            self.open_dialog(ConsentDialog(self.services.follow_up, self.file.id, kind,
                                           self.services.user_name, self))
