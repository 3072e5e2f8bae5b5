"""Erasing a person (GDPR right to erasure): an ``erase`` operation for every record about
them, which travels to colleagues (``coordapp.sync.erase``); their text purged from the
records, the change log and the conflicts; freed pages wiped and the file compacted."""

from __future__ import annotations

from dataclasses import dataclass

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, Patient
from coordapp.services.workspace import Workspace
from coordapp.sync.cascade import erase_records
from coordapp.sync.conflicts import LocalWriter
from coordapp.sync.erase import ERASED, record_ids_of
from coordapp.textkeys import fold

__all__ = ["ERASED", "ErasureResult", "ErasureService"]


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
        ws = self.ws
        with ws.unit_of_work() as uow:
            session = uow.session
            patient = session.get(Patient, patient_id)
            if patient is None:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            if fold(confirm_family_name) != fold(patient.family_name):
                raise InvalidInput("Pour confirmer l'effacement, tapez exactement le nom de "
                                   "naissance de la personne.", "confirm")
            records = record_ids_of(session, patient_id)
            writer = LocalWriter(session, ws.clock, ws.device_id, ws.user_id)
            erase_records(session, writer, records)
            uow.audit.record(AuditAction.DELETE, "patient", patient_id,
                             f"effacement RGPD ({len(records)} fiches)")
        compact(ws)
        withdraw_own_bundles(ws)
        return ErasureResult(patient_id, len(records))


def withdraw_own_bundles(ws: Workspace) -> None:
    """The bundles this copy left in the shared folder still hold the erased text."""
    from coordapp.services.sync.shared_folder import withdraw_own_bundles as withdraw

    withdraw(ws)


def compact(ws: Workspace) -> None:
    """secure_delete already zeroes freed pages; VACUUM rewrites the file and the WAL
    is checkpointed, so no old page keeps the text."""
    raw = ws.store.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    ws.caches.clear()  # VACUUM may renumber the change log the caseload index follows
