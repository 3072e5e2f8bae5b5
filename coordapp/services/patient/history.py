"""A person's field-level change log: every value written to their records, by whom, from
which device, when (``coordapp patient history``). Erased values read as erased."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coordapp.errors import NotFound
from coordapp.models import AuditAction, Change, Coordinator, Patient, SyncPeer
from coordapp.services.workspace import Workspace
from coordapp.sync.erase import record_ids_of


@dataclass(frozen=True)
class FieldChange:
    recorded_at: dt.datetime
    hlc: str
    record: str  # table name
    record_id: str
    kind: str  # create | update | delete | restore | erase
    field: str | None  # None for a deletion, restore or erasure
    value: Any
    author_id: str | None
    author_name: str | None
    device_id: str
    device_name: str | None


class HistoryService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def field_changes(self, patient_id: str, *, audit: bool = True) -> list[FieldChange]:
        """Oldest first, one entry per field written (and one per deletion or erasure).
        ``audit``: record the consultation (the patient window already has)."""
        ws = self.ws
        with ws.unit_of_work() as uow:
            session = uow.session
            if session.get(Patient, patient_id) is None:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            ids = [i for _, i in record_ids_of(session, patient_id)]
            authors = {i: n for i, n in session.execute(
                select(Coordinator.id, Coordinator.display_name))}
            devices: dict[str, str | None] = {
                p.device_id: p.display_name for p in session.scalars(select(SyncPeer))
                if p.device_id}
            devices[ws.device_id] = ws.owner_name()
            rows = list(session.scalars(select(Change).where(Change.entity_id.in_(ids))
                                        .order_by(Change.hlc, Change.op_id)))
            out: list[FieldChange] = []
            for c in rows:
                def entry(name: str | None, value: Any, c: Change = c) -> FieldChange:
                    return FieldChange(c.recorded_at, c.hlc, c.entity, c.entity_id, c.kind,
                                       name, value, c.author_id, authors.get(c.author_id or ""),
                                       c.device_id, devices.get(c.device_id))
                if c.values:
                    out += [entry(name, value) for name, value in sorted(c.values.items())]
                else:
                    out.append(entry(None, None))
            if audit:
                uow.audit.record(AuditAction.VIEW, "patient", patient_id, "historique")
            return out
