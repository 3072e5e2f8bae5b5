"""Conflict review: list both values with who wrote them and when; resolve by a new write.

A resolution is an ordinary operation whose version vector covers every value of the
field on this copy, so it supersedes them all here and, once it travels, everywhere
(see ``coordapp.sync.fold``). Keeping one's own value therefore still writes it again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.hlc import HybridLogicalClock
from coordapp.models import (
    SYNCED_MODELS,
    Change,
    ChangeKind,
    Coordinator,
    Patient,
    SyncConflict,
    SyncedRecord,
    SyncOpContext,
    SyncPeer,
)
from coordapp.records.changes import change_row, decode_value, encode_value
from coordapp.records.patient_fields import CLEANERS, clean_patient_values
from coordapp.records.version_vectors import RECORD_FIELD, close_conflicts, record_vv
from coordapp.sync.erase import erased_records
from coordapp.sync.merge import SEARCH_KEYS

CHOICES = ("mine", "theirs", "edit")
#: Parent link of patient-bound records, to name the patient a conflict is about.
_PARENT = {"need": ("plan_id", "care_plan"), "goal": ("need_id", "need"),
           "action": ("goal_id", "goal")}


@dataclass(frozen=True)
class ConflictSide:
    value: Any
    written_at: dt.datetime
    hlc: str
    device_id: str
    device_name: str | None
    author_id: str | None
    author_name: str | None
    current: bool  # the value the record shows now


@dataclass(frozen=True)
class ConflictView:
    id: int
    entity: str
    entity_id: str
    field: str  # "*" : the record was deleted while someone edited it
    patient_id: str | None
    patient_name: str | None
    mine: ConflictSide
    theirs: ConflictSide
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str | None

    @property
    def is_deletion(self) -> bool:
        return self.field == RECORD_FIELD


def list_conflicts(session: Session, device_id: str, owner_name: str | None,
                   *, include_resolved: bool = False) -> list[ConflictView]:
    query = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    rows = list(session.scalars(query))
    authors = {c.id: c.display_name for c in session.scalars(select(Coordinator))}
    devices: dict[str, str | None] = {
        p.device_id: p.display_name for p in session.scalars(select(SyncPeer)) if p.device_id}
    devices[device_id] = owner_name
    views = []
    for row in rows:
        winner = _side(row, "winner", authors, devices)
        loser = _side(row, "loser", authors, devices)
        mine, theirs = (loser, winner) if row.loser_device == device_id else (winner, loser)
        patient_id = _patient_of(session, row.entity, row.entity_id)
        patient = session.get(Patient, patient_id) if patient_id else None
        views.append(ConflictView(
            id=row.id, entity=row.entity, entity_id=row.entity_id, field=row.field,
            patient_id=patient_id,
            patient_name=f"{patient.family_name.upper()} {patient.given_names}" if patient
            else None,
            mine=mine, theirs=theirs, detected_at=row.detected_at, resolved_at=row.resolved_at,
            resolution=row.resolution))
    return views


def _side(row: SyncConflict, prefix: str, authors: dict[str, str],
          devices: dict[str, str | None]) -> ConflictSide:
    hlc = getattr(row, f"{prefix}_hlc")
    author = getattr(row, f"{prefix}_author")
    device = getattr(row, f"{prefix}_device")
    return ConflictSide(
        value=getattr(row, f"{prefix}_value"),
        written_at=dt.datetime.fromtimestamp(int(hlc[:13]) / 1000),
        hlc=hlc, device_id=device, device_name=devices.get(device), author_id=author,
        author_name=authors.get(author) if author else None, current=prefix == "winner")


def _patient_of(session: Session, entity: str, entity_id: str) -> str | None:
    if entity == "patient":
        return entity_id
    while entity in _PARENT:
        column, parent = _PARENT[entity]
        table: Any = SYNCED_MODELS[entity].__table__  # type: ignore[attr-defined]
        found = session.execute(select(table.c[column]).where(table.c.id == entity_id)
                                ).scalar_one_or_none()
        if found is None:
            return None
        entity, entity_id = parent, str(found)
    table = SYNCED_MODELS[entity].__table__  # type: ignore[attr-defined]
    if "patient_id" not in table.c:
        return None
    return cast(str | None, session.execute(
        select(table.c.patient_id).where(table.c.id == entity_id)).scalar_one_or_none())


def resolve(session: Session, clock: HybridLogicalClock, device_id: str, author_id: str | None,
            conflict_id: int, choice: str, value: Any = None) -> ConflictView:
    """Keep mine, keep theirs, or write an edited value; the resolution syncs."""
    if choice not in CHOICES:
        raise InvalidInput("Choix inconnu : « mine », « theirs » ou « edit ».", "choice")
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        raise NotFound(f"Aucun conflit numéro {conflict_id}.")
    if row.resolved_at is not None:
        raise InvalidInput("Ce conflit est déjà résolu.")
    (view,) = [v for v in list_conflicts(session, device_id, None, include_resolved=True)
               if v.id == conflict_id]
    model = SYNCED_MODELS[row.entity]
    record = session.get(model, row.entity_id)
    if record is None:
        raise NotFound("La fiche de ce conflit est introuvable.")
    writer = LocalWriter(session, clock, device_id, author_id)
    if erased_records(session.connection(), [row.entity_id]):
        pass  # an erased record: nothing to write, the conflict is only acknowledged
    elif row.field == RECORD_FIELD:
        if choice == "edit":
            raise InvalidInput("Pour une fiche supprimée, gardez la suppression ou la "
                               "modification.")
        side = view.mine if choice == "mine" else view.theirs
        keep_deletion = side.value is None
        writer.write(record, ChangeKind.DELETE if keep_deletion else ChangeKind.RESTORE, {})
    else:
        if choice == "edit":
            chosen = _clean(model, row.field, value)
        else:
            side = view.mine if choice == "mine" else view.theirs
            chosen = decode_value(model, row.field, side.value)
        writer.write(record, ChangeKind.UPDATE, {row.field: chosen})
    close_conflicts(session, row.entity_id, [row.field], choice)
    session.flush()
    session.expire(row)
    return next(v for v in list_conflicts(session, device_id, None, include_resolved=True)
                if v.id == conflict_id)


def _clean(model: type[SyncedRecord], field: str, value: Any) -> Any:
    if model is Patient and field in CLEANERS:
        return clean_patient_values({field: value}).get(field)
    try:
        return decode_value(model, field, value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"Valeur invalide pour « {field} ».", field) from exc


class LocalWriter:
    """Writes an operation that knows every version of the record held on this copy."""

    def __init__(self, session: Session, clock: HybridLogicalClock, device_id: str,
                 author_id: str | None) -> None:
        self.session, self.clock = session, clock
        self.device_id, self.author_id = device_id, author_id

    def write(self, record: SyncedRecord, kind: ChangeKind, values: dict[str, Any]) -> str:
        session = self.session
        vv = record_vv(session, record.id)
        stamp = self.clock.now().encode()
        row = change_row(type(record), record.id, kind, values, stamp, record.updated_hlc,
                         self.device_id, self.author_id)
        session.add(SyncOpContext(op_id=row["op_id"], vv=vv))
        session.add(Change(**row))
        for name, item in values.items():
            setattr(record, name, decode_value(type(record), name, encode_value(item)))
        if stamp > record.updated_hlc:
            record.updated_hlc, record.updated_by = stamp, self.author_id
        if kind in (ChangeKind.DELETE, ChangeKind.ERASE):
            record.deleted_hlc = max(record.deleted_hlc or "", stamp)
        elif kind == ChangeKind.RESTORE:
            record.deleted_hlc = None
        search_key = SEARCH_KEYS.get(type(record).__tablename__)  # type: ignore[attr-defined]
        if search_key is not None:
            record.search_key = search_key(record)  # type: ignore[attr-defined]
        return str(row["op_id"])
