"""Erasing a person (GDPR right to erasure): tombstones everywhere, clinical text purged
from the records and from the change log, freed pages wiped and the file compacted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import JSON, Date, DateTime, String, Text, inspect, select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import SYNCED_MODELS, AuditAction, Change, Patient, SyncedRecord
from coordapp.services.audit_log import record_ids_of
from coordapp.services.changes import data_columns, decode_value, encode_value
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold

ERASED = "[effacé]"
#: Coded columns that cannot be empty get a neutral code rather than the marker.
NEUTRAL: dict[str, object] = {"sex": "U", "identity_status": "PROV"}
#: Kept so that the erased rows still satisfy their constraints and links.
KEPT_COLUMNS = frozenset({"patient_id", "plan_id", "need_id", "goal_id", "professional_id",
                          "structure_id", "responsible_id", "author_id", "based_on_id",
                          "referent_id", "gp_id", "validated_by", "status", "kind",
                          "version", "priority"})


@dataclass(frozen=True)
class ErasureResult:
    patient_id: str
    records: int


class ErasureService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def erase(self, patient_id: str, confirm_family_name: str) -> ErasureResult:
        """Erase everything about the person. ``confirm_family_name`` must be their birth
        name (accents and case ignored): the confirmation names the person."""
        with self.ws.unit_of_work() as uow:
            patient = uow.session.get(Patient, patient_id)
            if patient is None:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            if fold(confirm_family_name) != fold(patient.family_name):
                raise InvalidInput("Pour confirmer l'effacement, tapez exactement le nom de "
                                   "naissance de la personne.", "confirm")
            ids = set(record_ids_of(uow.session, patient_id))
            for model in SYNCED_MODELS.values():
                column = model.__table__.c.id  # type: ignore[attr-defined]
                for record in uow.session.scalars(select(model).where(column.in_(ids))):
                    uow.changes.delete(record)  # the deletion syncs to colleagues
                    _purge(model, record)
            _erase_operations(uow.session, ids)
            uow.audit.record(AuditAction.DELETE, "patient", patient_id,
                             f"effacement RGPD ({len(ids)} fiches)")
        self._compact()
        return ErasureResult(patient_id, len(ids))

    def _compact(self) -> None:
        """secure_delete already zeroes freed pages; VACUUM rewrites the file and the WAL
        is checkpointed, so no old page keeps the text."""
        raw = self.ws.store.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()


def _purge(model: type[SyncedRecord], record: SyncedRecord) -> None:
    """Blank every user-data column of ``record`` but links and codes."""
    for key in data_columns(model):
        if key not in KEPT_COLUMNS:
            setattr(record, key, _erased_value(model, key, getattr(record, key)))
    if hasattr(record, "search_key"):
        record.search_key = ""


def _erased_value(model: type[SyncedRecord], key: str, value: object) -> object:
    """What an erased column holds: nothing, or a neutral value where one is required."""
    if key in KEPT_COLUMNS:
        return value
    if key in NEUTRAL:
        return NEUTRAL[key]
    column = inspect(model).columns[key]
    kind = column.type
    if isinstance(kind, JSON):
        return [] if isinstance(value, list) else {}
    if isinstance(kind, String | Text):
        return None if column.nullable else ERASED
    if isinstance(kind, DateTime):
        return None if column.nullable else dt.datetime(1900, 1, 1)
    if isinstance(kind, Date):
        return None if column.nullable else dt.date(1900, 1, 1)
    return value


def _erase_operations(session: Session, ids: set[str]) -> None:
    """Each operation keeps its id and the fields it wrote (so the record's history stays
    complete for colleagues, and an old copy of it is recognised and never re-applied),
    but the values become the erased ones."""
    for change in session.scalars(select(Change).where(Change.entity_id.in_(ids))):
        model = SYNCED_MODELS.get(change.entity)
        if model is None or not change.values:
            continue
        change.values = {
            key: encode_value(_erased_value(model, key, decode_value(model, key, value)))
            for key, value in change.values.items()
        }
