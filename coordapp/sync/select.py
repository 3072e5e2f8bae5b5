"""What goes in a bundle: which records, and their whole histories, parents first.

A bundle always carries every known operation of each record it includes (see
``coordapp.sync.ops``), tables in foreign-key order (``SYNCED_MODELS``) and each record's
operations together, so that an import can work record by record in one pass.

Patients who objected to sharing (their latest objection record is not withdrawn) are
never exported, with everything that belongs to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.hlc import Timestamp
from coordapp.models import SYNCED_MODELS, ConsentKind, SyncKnowledge
from coordapp.sync.ops import op_line

CHUNK = 900
#: Own writes younger than this when an export starts are not claimed as delivered.
OWN_MARGIN_MS = 60_000


def _patient_links() -> tuple[tuple[str, str, str], ...]:
    """Patient-bound tables: (table, column pointing to a parent, parent table), parents
    first. Read from the models' foreign keys, so that a new table about a patient (a
    task, a GP search, a dysfunction) is held back with them when they object: its
    ``patient_id`` when it has one, else its indexed links to patient-bound parents (an
    action by its goal; never a scan of a whole table at every export)."""
    bound, links = {"patient"}, []
    for name, model in SYNCED_MODELS.items():  # in foreign-key order: parents first
        table = model.__table__  # type: ignore[attr-defined]
        leading = {index.columns[0].name for index in table.indexes}
        found = sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                       if fk.column.table.name in bound and fk.column.table.name != name)
        direct = [(column, parent) for column, parent in found if parent == "patient"]
        chosen = direct or [(column, parent) for column, parent in found
                            if column in leading]
        links += [(name, column, parent) for column, parent in chosen]
        if chosen:
            bound.add(name)
    return tuple(links)


#: Patient-bound tables: (table, column pointing to the parent, parent table), in order.
PATIENT_LINKS = _patient_links()
#: Table -> [(column, referred shared table)]: what a record needs on the receiving side.
REFERENCES = {
    name: [(fk.parent.name, fk.column.table.name)
           for fk in model.__table__.foreign_keys  # type: ignore[attr-defined]
           if fk.column.table.name in SYNCED_MODELS]
    for name, model in SYNCED_MODELS.items()
}
Selection = dict[str, set[str]]


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _column(conn: Connection, sql: str, ids: Iterable[str]) -> set[str]:
    """``sql`` holds one ``{}`` for a list of placeholders; returns the first column."""
    found: set[str] = set()
    for part in chunks(sorted(set(ids))):
        rows = conn.exec_driver_sql(sql.format(_marks(len(part))), tuple(part))
        found.update(row[0] for row in rows if row[0] is not None)
    return found


def objecting_patients(conn: Connection) -> set[str]:
    """Patients whose latest objection-type record is an objection (not withdrawn)."""
    rows = conn.exec_driver_sql(
        "SELECT patient_id, kind FROM consent_record WHERE deleted_hlc IS NULL AND kind IN "
        "(?, ?) ORDER BY patient_id, recorded_on, created_hlc",
        (ConsentKind.OBJECTION.value, ConsentKind.OBJECTION_WITHDRAWN.value),
    )
    latest: dict[str, str] = {}
    for patient_id, kind in rows:
        latest[patient_id] = kind
    return {pid for pid, kind in latest.items() if kind == ConsentKind.OBJECTION}


def patient_records(conn: Connection, patient_ids: Iterable[str]) -> Selection:
    """The patients and every record that belongs to them."""
    selected: Selection = {name: set() for name in SYNCED_MODELS}
    selected["patient"] = set(patient_ids)
    for table, column, parent in PATIENT_LINKS:
        if selected[parent]:
            sql = f"SELECT id FROM {table} WHERE {column} IN ({{}})"
            selected[table] |= _column(conn, sql, selected[parent])
    return selected


def add_references(conn: Connection, selected: Selection) -> None:
    """Add every record the selected ones point to (patient of a note, goal of an action,
    general practitioner, author…), and theirs in turn, so that the receiver can satisfy
    every foreign key even if it never had them."""
    pending = {name: set(ids) for name, ids in selected.items()}
    while any(pending.values()):
        found: Selection = {name: set() for name in SYNCED_MODELS}
        for name, ids in pending.items():
            for column, target in REFERENCES[name] if ids else ():
                sql = f"SELECT DISTINCT {column} FROM {name} WHERE id IN ({{}})"
                found[target] |= _column(conn, sql, ids) - selected[target]
        for name, ids in found.items():
            selected[name] |= ids
        pending = found


def existing(conn: Connection, table: str, ids: Iterable[str]) -> set[str]:
    return _column(conn, f"SELECT id FROM {table} WHERE id IN ({{}})", ids)


def devices(conn: Connection) -> list[str]:
    """Origin devices present in the change log (loose index scan: one probe each)."""
    found: list[str] = []
    last = ""
    while True:
        row = conn.exec_driver_sql(
            "SELECT device_id FROM change_log WHERE device_id > ? ORDER BY device_id LIMIT 1",
            (last,),
        ).first()
        if row is None:
            return found
        last = row[0]
        found.append(last)


def changed_since(conn: Connection, since: dict[str, str]) -> Selection:
    """Records with an operation the peer may lack (at or above its frontier)."""
    selected: Selection = {name: set() for name in SYNCED_MODELS}
    for device in devices(conn):
        bound = since.get(device, "")
        rows = conn.exec_driver_sql(
            "SELECT DISTINCT entity, entity_id FROM change_log WHERE device_id = ? AND hlc >= ?",
            (device, bound),
        )
        for entity, entity_id in rows:
            if entity in selected:
                selected[entity].add(entity_id)
    return selected


def excluded_records(conn: Connection) -> Selection:
    return patient_records(conn, objecting_patients(conn))


def lowest_excluded(conn: Connection, excluded: Selection) -> dict[str, str]:
    """Per device, the lowest stamp among operations that must not leave this copy."""
    lowest: dict[str, str] = {}
    ids = sorted(set().union(*excluded.values()))
    for part in chunks(ids):
        rows = conn.exec_driver_sql(
            f"SELECT device_id, min(hlc) FROM change_log WHERE entity_id IN "
            f"({_marks(len(part))}) GROUP BY device_id", tuple(part))
        for device, stamp in rows:
            if device not in lowest or stamp < lowest[device]:
                lowest[device] = stamp
    return lowest


_OPS_SQL = (
    'SELECT c.op_id, c.hlc, c.entity, c.entity_id, c.kind, c.base_hlc, c.device_id, '
    'c.author_id, c.recorded_at, c."values", x.vv FROM change_log AS c '
    "LEFT JOIN sync_op_context AS x ON x.op_id = c.op_id"
)
_FETCH = 5000


def _rows(conn: Connection, sql: str, params: Sequence[str] = ()) -> Iterator[tuple[Any, ...]]:
    """Rows straight from the driver cursor, fetched by the thousand."""
    cursor: Any = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, tuple(params))
        while rows := cursor.fetchmany(_FETCH):
            yield from rows
    finally:
        cursor.close()


def op_lines(conn: Connection, selected: Selection) -> Iterator[tuple[str, str]]:
    """(table, bundle line) for every operation of the selected records, each record's
    operations together, in stamp order."""
    sql = _OPS_SQL + " WHERE c.entity_id IN ({}) ORDER BY c.entity_id, c.hlc, c.op_id"
    for name in SYNCED_MODELS:
        for part in chunks(sorted(selected.get(name, ()))):
            for row in _rows(conn, sql.format(_marks(len(part))), part):
                yield name, op_line(row)


def all_op_lines(conn: Connection, excluded: Selection) -> Iterator[tuple[str, str]]:
    """(table, bundle line) for every operation but the excluded records', in one scan of
    the change log (sequential reads: each encrypted page is decrypted once)."""
    skip = set().union(*excluded.values())
    for row in _rows(conn, _OPS_SQL):
        if row[3] not in skip and row[2] in SYNCED_MODELS:
            yield row[2], op_line(row)


def count_rows(conn: Connection) -> dict[str, int]:
    return {name: int(conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar() or 0)
            for name in SYNCED_MODELS}


def selection(conn: Any, scope: str, patient_ids: Sequence[str], since: dict[str, str],
              excluded: Selection) -> Selection:
    """The records of a ``peer`` or ``patients`` bundle, with the directory they need."""
    if scope == "peer":
        selected = changed_since(conn, since)
    else:
        if not patient_ids:
            raise InvalidInput("Indiquez au moins un patient (--patient).", "patient")
        known = existing(conn, "patient", patient_ids)
        missing = sorted(set(patient_ids) - known)
        if missing:
            raise NotFound(f"Aucun patient avec l'identifiant {missing[0]}.")
        if set(patient_ids) & excluded["patient"]:
            raise InvalidInput("Ce patient s'est opposé au partage de ses données : il ne peut "
                               "pas être exporté.", "patient")
        selected = patient_records(conn, patient_ids)
    add_references(conn, selected)
    return selected


def frontier(session: Session, conn: Any, device_id: str, started: Timestamp,
             excluded: Selection) -> dict[str, str]:
    """What this copy holds, per origin device (exclusive bounds), lowered below any
    operation that must not leave it.

    For this device the bound is the export's start minus a margin: a write stamped just
    before but committed after the export's snapshot is then sent again next time rather
    than wrongly claimed (duplicates are harmless, omissions are not).
    """
    found = {k.device_id: k.hlc for k in session.scalars(select(SyncKnowledge))}
    found[device_id] = Timestamp(max(0, started.wall_ms - OWN_MARGIN_MS), 0, "0").encode()
    for device, lowest in lowest_excluded(conn, excluded).items():
        if device in found and lowest < found[device]:
            found[device] = lowest
    return found
