"""Erasure (GDPR right to erasure) as an operation that travels: the ``erase`` kind.

An ``erase`` operation is written for every record about the person. It is absorbing:
once a copy holds one for a record, the record stays deleted whatever else arrives, and
every value ever written to it (in the row, in the change log and in its conflicts) is
replaced by its erased form. The erased form of a value depends only on the field and the
value's type, so every copy blanks the same operation the same way and copies still
converge. Operations about the record that the erasure did not know (a colleague who had
not seen it yet) are blanked on arrival and kept as conflicts without any text.

When an erasure reaches a copy holding records about the person that the erasing copy
never had (a note written meanwhile), that copy erases them in turn (``cascade``), and
so does any copy later receiving such a record: nothing can bring the person back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, Connection, Date, DateTime, String, Text, inspect, select
from sqlalchemy.orm import Session

from coordapp.models import (
    SYNCED_MODELS,
    Action,
    Assessment,
    CarePlan,
    CareTeamMember,
    ChangeKind,
    ConsentRecord,
    Goal,
    JournalEntry,
    Need,
    Referral,
    SyncedRecord,
)
from coordapp.records.changes import data_columns, decode_value, encode_value
from coordapp.sync.select import chunks

ERASE = ChangeKind.ERASE.value
ERASED = "[effacé]"
#: Coded columns that cannot be empty get a neutral code rather than the marker.
NEUTRAL: dict[str, object] = {"sex": "U", "identity_status": "PROV"}
#: Kept so that the erased rows still satisfy their constraints and links.
KEPT_COLUMNS = frozenset({"patient_id", "plan_id", "need_id", "goal_id", "professional_id",
                          "structure_id", "responsible_id", "author_id", "based_on_id",
                          "referent_id", "gp_id", "validated_by", "status", "kind",
                          "version", "priority"})
_NEUTRAL_DATETIME = "1900-01-01T00:00:00"
_NEUTRAL_DATE = "1900-01-01"


def _erased(model: type[SyncedRecord], key: str, value: Any) -> Any:
    """The erased form of one encoded (JSON) value of ``model.key``."""
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
        return None if column.nullable else _NEUTRAL_DATETIME
    if isinstance(kind, Date):
        return None if column.nullable else _NEUTRAL_DATE
    return value


def erased_values(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values of an operation once erased: same fields, no text (idempotent)."""
    model = SYNCED_MODELS[entity]
    return {key: _erased(model, key, value) for key, value in values.items()}


def erased_column(model: type[SyncedRecord], key: str, value: object) -> object:
    """What an erased column of a loaded record holds (Python values, not JSON)."""
    return decode_value(model, key, _erased(model, key, encode_value(value)))


def values_json(values: dict[str, Any]) -> str:
    """As SQLAlchemy's JSON type writes it, so that every copy stores the same text."""
    return json.dumps(values)


# -- on a database connection ----------------------------------------------------------


def blank_history(conn: Connection, entity_ids: Iterable[str]) -> None:
    """Replace every value in the change log and the conflicts of these records."""
    ids = sorted(set(entity_ids))
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        rows = list(conn.exec_driver_sql(
            f'SELECT op_id, entity, "values" FROM change_log WHERE entity_id IN ({marks})',
            tuple(part)))
        updates = []
        for op_id, entity, raw in rows:
            values = json.loads(raw) if raw else {}
            if values and entity in SYNCED_MODELS:
                blank = values_json(erased_values(entity, values))
                if blank != raw:
                    updates.append((blank, op_id))
        if updates:
            conn.exec_driver_sql('UPDATE change_log SET "values" = ? WHERE op_id = ?', updates)
        conn.exec_driver_sql(
            "UPDATE sync_conflict SET winner_value = NULL, loser_value = NULL "
            f"WHERE entity_id IN ({marks})", tuple(part))


def erased_records(conn: Connection, entity_ids: Iterable[str]) -> set[str]:
    """Which of these records hold an erase operation on this copy."""
    found: set[str] = set()
    for part in chunks(sorted(set(entity_ids))):
        rows = conn.exec_driver_sql(
            f"SELECT DISTINCT entity_id FROM change_log WHERE kind = ? AND entity_id IN "
            f"({','.join('?' * len(part))})", (ERASE, *part))
        found.update(r[0] for r in rows)
    return found


def erased_patients(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT entity_id FROM change_log WHERE kind = ? AND entity = 'patient'",
        (ERASE,))
    return {r[0] for r in rows}


def record_ids_of(session: Session, patient_id: str) -> list[tuple[str, str]]:
    """(table, id) of the person and of every record about them, parents first."""
    found = [("patient", patient_id)]
    for model in (ConsentRecord, Referral, CareTeamMember, Assessment, CarePlan, JournalEntry):
        found += [(model.__tablename__, i) for i in session.scalars(
            select(model.id).where(model.patient_id == patient_id))]
    plans = select(CarePlan.id).where(CarePlan.patient_id == patient_id)
    needs = select(Need.id).where(Need.plan_id.in_(plans))
    goals = select(Goal.id).where(Goal.need_id.in_(needs))
    found += [("need", i) for i in session.scalars(needs)]
    found += [("goal", i) for i in session.scalars(goals)]
    found += [("action", i) for i in session.scalars(
        select(Action.id).where(Action.goal_id.in_(goals)))]
    return found


def purge_row(model: type[SyncedRecord], record: SyncedRecord) -> None:
    """Blank every user-data column of a loaded record but links and codes."""
    for key in data_columns(model):
        if key not in KEPT_COLUMNS:
            setattr(record, key, erased_column(model, key, getattr(record, key)))
    if hasattr(record, "search_key"):
        record.search_key = ""
