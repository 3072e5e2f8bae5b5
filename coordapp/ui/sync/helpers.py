"""Small read helpers over the sync service, shared by the page and the patient header."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from coordapp.errors import CoordAppError
from coordapp.records.patient_fields import LABELS
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from coordapp.sync.format import EXTENSION


def patient_conflicts(ws: Workspace, patient_id: str) -> list[sync.ConflictView]:
    """Open conflicts about one patient (the service lists them all; filtered here)."""
    return [c for c in sync.list_conflicts(ws) if c.patient_id == patient_id]


def open_conflict_count(ws: Workspace, patient_id: str) -> int:
    """0 when the workspace cannot answer (locked, closed): a badge is no error."""
    try:
        return len(patient_conflicts(ws, patient_id))
    except CoordAppError:
        return 0


def show_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✔" if value else "✘"
    return str(value)


def show_time(moment: dt.datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def with_extension(path: str) -> str:
    return path if path.endswith(EXTENSION) else path + EXTENSION


def record_label(entity: str) -> str:
    """The record kind in French (the stored table name otherwise)."""
    labels = {
        "patient": QCoreApplication.translate("SyncLabels", "Dossier"),
        "referral": QCoreApplication.translate("SyncLabels", "Demande"),
        "care_team_member": QCoreApplication.translate("SyncLabels", "Cercle de soins"),
        "journal_entry": QCoreApplication.translate("SyncLabels", "Journal"),
        "consent_record": QCoreApplication.translate("SyncLabels", "Consentement"),
        "assessment": QCoreApplication.translate("SyncLabels", "Évaluation"),
        "care_plan": QCoreApplication.translate("SyncLabels", "PPCS"),
        "need": QCoreApplication.translate("SyncLabels", "Besoin"),
        "goal": QCoreApplication.translate("SyncLabels", "Objectif"),
        "action": QCoreApplication.translate("SyncLabels", "Action"),
        "professional": QCoreApplication.translate("SyncLabels", "Professionnel"),
        "structure": QCoreApplication.translate("SyncLabels", "Structure"),
    }
    return labels.get(entity, entity)


def field_label(entity: str, field: str) -> str:
    """A patient field's French label (as on the identity screen), else its name."""
    if entity == "patient":
        return LABELS.get(field, field)
    return field
