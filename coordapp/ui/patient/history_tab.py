"""Historique: who saw or changed this file, from the audit trail (newest first)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coordapp.errors import CoordAppError
from coordapp.services.patient.history import HistoryService
from coordapp.services.safety.audit_log import AuditEntryView, AuditLogService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view
from coordapp.ui.sync.helpers import field_label, show_value

#: How many entries the tab shows (the CLI ``coordapp audit --patient`` gives them all).
LIMIT = 500


class HistoryTab(QWidget):
    def __init__(self, workspace: Workspace, patient_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = AuditLogService(workspace)
        self._patient_id = patient_id
        actions = {
            "view": self.tr("Consultation"), "create": self.tr("Création"),
            "update": self.tr("Modification"), "delete": self.tr("Suppression"),
            "print": self.tr("Impression"), "export": self.tr("Export"),
            "import": self.tr("Import"),
        }
        records = {
            "patient": self.tr("Dossier"), "referral": self.tr("Demande"),
            "care_team_member": self.tr("Cercle de soins"), "journal_entry": self.tr("Journal"),
            "consent_record": self.tr("Consentement"), "assessment": self.tr("Évaluation"),
            "care_plan": self.tr("PPCS"), "need": self.tr("Besoin"),
            "goal": self.tr("Objectif"), "action": self.tr("Action"),
        }

        kinds = {"delete": self.tr("suppression"), "restore": self.tr("restauration"),
                 "erase": self.tr("effacement (RGPD)")}

        def when(e: AuditEntryView) -> str:
            return e.at.strftime("%d/%m/%Y %H:%M")

        self.model = ViewTableModel([
            ColumnSpec(self.tr("Date"), when, lambda e: e.at, sample="00/00/0000 00:00"),
            ColumnSpec(self.tr("Personne"), lambda e: e.user_name or self.tr("inconnue")),
            ColumnSpec(self.tr("Action"), lambda e: actions.get(e.action, e.action)),
            ColumnSpec(self.tr("Élément"), lambda e: records.get(e.entity or "", e.entity or ""),
                       stretch=True),
        ], self)
        self.view = make_table_view(self.model, self)
        self.note = QLabel(self.tr(
            "Chaque consultation, modification, impression ou export de ce dossier est "
            "inscrit dans le journal d'audit, sans aucun texte médical."))
        self.note.setWordWrap(True)
        self._changes = HistoryService(workspace)
        self.changes_model = ViewTableModel([
            ColumnSpec(self.tr("Date"), lambda c: c.recorded_at.strftime("%d/%m/%Y %H:%M"),
                       lambda c: c.hlc, sample="00/00/0000 00:00"),
            ColumnSpec(self.tr("Personne"), lambda c: c.author_name or c.device_name
                       or self.tr("inconnue")),
            ColumnSpec(self.tr("Élément"), lambda c: records.get(c.record, c.record)),
            ColumnSpec(self.tr("Champ"), lambda c: field_label(c.record, c.field)
                       if c.field else kinds.get(c.kind, c.kind)),
            ColumnSpec(self.tr("Valeur"), lambda c: show_value(c.value) if c.field else "",
                       stretch=True),
        ], self)
        self.changes_view = make_table_view(self.changes_model, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("Modifications, champ par champ (celles des collègues "
                                        "comprises) :")))
        layout.addWidget(self.changes_view, 1)

    def reload(self) -> None:
        try:
            self.model.set_rows(self._service.entries(self._patient_id, LIMIT))
            changes = self._changes.field_changes(self._patient_id, audit=False)
            self.changes_model.set_rows(list(reversed(changes))[:LIMIT])
        except CoordAppError as exc:
            self.note.setText(exc.message)

    def showEvent(self, event: object) -> None:
        self.reload()  # read when shown: the list grows as the file is used
        super().showEvent(event)  # type: ignore[arg-type]
