"""Apply received operations to the database, batch by batch, inside one transaction.

For each record touched by new operations, all its known operations (here and received)
are folded again (``coordapp.sync.fold``) and the row is written from the result:
inserted when new, updated otherwise. Received operations join the change log with their
own ids (so they re-export to third parties and a second import finds them known), and
the open conflicts of touched records are brought in line with the fold. SQL is batched:
one query loads the history of a whole batch of records, and writes are executemany.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import JSON, Connection, Date, DateTime, String, Text, insert, inspect, update

from coordapp.hlc import MAX_FUTURE_SKEW_MS
from coordapp.models import SYNCED_MODELS, SyncConflict, SyncedRecord
from coordapp.records.search_keys import (
    patient_search_key,
    professional_search_key,
    structure_search_key,
)
from coordapp.sync.erase import ERASE, blank_history, erased_values, values_json
from coordapp.sync.errors import BundleDamaged, BundleIncomplete, ClonedInstallation
from coordapp.sync.fold import RECORD_FIELD, Folded, fold
from coordapp.sync.ops import FIELDS, Op
from coordapp.sync.select import chunks
from coordapp.sync.writer import BatchWriter, Statement
from coordapp.text_input import sanitize_text

SEARCH_KEYS: dict[str, Callable[[Any], str]] = {
    "patient": patient_search_key, "professional": professional_search_key,
    "structure": structure_search_key,
}
_LOAD_SQL = (
    'SELECT c.op_id, c.hlc, c.entity, c.entity_id, c.kind, c.base_hlc, c.device_id, '
    'c.author_id, c.recorded_at, c."values", x.vv FROM change_log AS c '
    "LEFT JOIN sync_op_context AS x ON x.op_id = c.op_id WHERE c.entity_id IN ({})"
)
_INSERT_CHANGE = (
    'INSERT INTO change_log (op_id, hlc, entity, entity_id, kind, "values", base_hlc, '
    "device_id, author_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CONTEXT = "INSERT INTO sync_op_context (op_id, vv) VALUES (?, ?)"
_CONFLICT_SQL = (
    "SELECT id, entity_id, field, loser_op_id, winner_op_id, resolved_at FROM sync_conflict "
    "WHERE entity_id IN ({})"
)


def _storage(column: Any) -> Callable[[Any], Any] | None:
    """Operation value (JSON) -> what SQLAlchemy itself would store in SQLite (None: as is)."""
    kind = column.type
    if isinstance(kind, DateTime):
        def store_datetime(value: Any) -> Any:
            if value is None:
                return None
            moment = dt.datetime.fromisoformat(value)  # checks the value
            if moment.tzinfo is not None:
                raise ValueError("aware datetime")
            if len(value) == 19 and value[10] == "T":  # what isoformat() writes
                return f"{value[:10]} {value[11:]}.000000"
            return f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"
        return store_datetime
    if isinstance(kind, Date):
        return lambda value: None if value is None else dt.date.fromisoformat(value).isoformat()
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, String):
        # What an older version let through (a NUL, a terminal escape, a bidi override)
        # is removed on the way in: the one input cleaner, lenient for received data.
        free = isinstance(kind, Text)
        return lambda value: value if not isinstance(value, str) else sanitize_text(
            value, free=free)
    return None


def _default(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    value = default.arg(None) if default.is_callable else default.arg
    value = value.value if isinstance(value, enum.Enum) else value
    store = _storage(column)
    return value if store is None else store(value)


@dataclass(frozen=True)
class _TableInfo:
    """How to write one table's rows straight through the driver."""

    columns: tuple[str, ...]  # data fields, in order, then the sync columns and search_key
    fields: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]  # name, storage, default
    insert_sql: str
    update_sql: str
    search_key: Callable[[Any], str] | None
    defaults: tuple[Any, ...]  # each data field's default, in order
    slots: dict[str, tuple[int, Callable[[Any], Any] | None]]  # field -> (index, storage)


def _table_info(name: str, model: type[SyncedRecord]) -> _TableInfo:
    cols = [c for c in inspect(model).columns if c.key in FIELDS[name]]
    fields = tuple((c.key, _storage(c), _default(c)) for c in cols)
    key = SEARCH_KEYS.get(name)
    columns = (*[c.key for c in cols], *_SYNC, *(("search_key",) if key else ()))
    quoted = [f'"{c}"' for c in columns]
    return _TableInfo(
        columns, fields,
        f"INSERT INTO {name} ({', '.join(quoted)}) VALUES ({', '.join('?' * len(columns))})",
        f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in quoted)} WHERE id = ?",
        key,
        tuple(default for _name, _store, default in fields),
        {name: (i, store) for i, (name, store, _default) in enumerate(fields)},
    )


_SYNC = ("id", "created_hlc", "origin_device", "created_by", "updated_hlc", "updated_by",
         "deleted_hlc")
TABLES = {name: _table_info(name, model) for name, model in SYNCED_MODELS.items()}


@dataclass
class MergeStats:
    """What one import did (or, in a dry run, would do)."""

    new_ops: int = 0
    known_ops: int = 0
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    fields_changed: int = 0
    deleted: int = 0
    restored: int = 0
    conflicts_new: int = 0
    conflicts_closed: int = 0
    clamped: int = 0
    skewed_devices: set[str] = field(default_factory=set)
    new_patients: list[str] = field(default_factory=list)
    erased: set[str] = field(default_factory=set)  # records erased by this import
    erased_here: int = 0  # records about an erased person erased in turn here
    max_hlc: str = ""
    devices: set[str] = field(default_factory=set)


#: A change log up to this many operations is held in memory (its op and record ids)
#: while merging, instead of being queried for every batch: a new colleague's first
#: import (hundreds of thousands of operations into an almost empty base) then asks the
#: database nothing it cannot answer from memory.
IN_MEMORY_LOG = 100_000


class Merger:
    def __init__(self, conn: Connection, now_ms: int, own_device: str) -> None:
        self.conn = conn
        self.own_device = own_device
        self.stats = MergeStats()
        #: Stamps at or above this text have a wall time beyond now + the allowed skew.
        self.future_prefix = f"{now_ms + MAX_FUTURE_SKEW_MS + 1:013d}"
        self.now = dt.datetime.now()
        #: Every op id and record id of the change log (kept up to date by ``apply``),
        #: or None for a large log (then each batch asks the database).
        self.op_ids: set[str] | None = None
        self.entity_ids: set[str] = set()
        #: Writes go through a second thread (``coordapp.sync.writer``); ``finish`` waits.
        self.writer = BatchWriter(conn)
        held = conn.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 FROM change_log LIMIT {IN_MEMORY_LOG + 1})"
        ).scalar()
        if int(held or 0) <= IN_MEMORY_LOG:
            rows = conn.exec_driver_sql("SELECT op_id, entity_id FROM change_log").all()
            self.op_ids = {row[0] for row in rows}
            self.entity_ids = {row[1] for row in rows}

    def apply(self, ops: Sequence[Op]) -> None:
        """Merge one batch of received operations (any order, duplicates allowed)."""
        self.writer.check()  # a previous batch's write failed: stop here
        stats = self.stats
        known = self._known([op.op_id for op in ops])
        groups: dict[str, list[Op]] = defaultdict(list)
        for op in ops:
            if op.op_id in known:
                stats.known_ops += 1
            elif op.device_id == self.own_device:
                raise ClonedInstallation()  # our own write, yet unknown here: a copied base
            else:
                known.add(op.op_id)
                groups[op.entity_id].append(op)
        existing = self._load(list(groups))
        inserts: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        updates: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        changes: list[tuple[Any, ...]] = []
        contexts: list[tuple[str, str]] = []
        conflicts: dict[str, tuple[str, Folded]] = {}
        for entity_id, new in groups.items():
            old = existing.get(entity_id)
            entity = new[0].entity
            if old is None and len(new) == 1:
                op = new[0]
                if op.kind != "create":
                    raise BundleIncomplete()
                inserts[entity].append(self._created_row(entity, op))
                self._created(entity, entity_id)
            else:
                if any(op.entity != entity for op in (*(old or ()), *new)):
                    raise BundleDamaged()
                if any(op.kind == ERASE for op in (*(old or ()), *new)):
                    self._blank(entity_id, old or [], new)
                after = fold([*(old or ()), *new])
                if after is None:
                    raise BundleIncomplete()
                row = self._row(entity, entity_id, after)
                if old is None:
                    inserts[entity].append(row)
                    self._created(entity, entity_id)
                else:
                    updates[entity].append((*row, entity_id))
                    before = fold(old)
                    if before is None:
                        raise BundleIncomplete()
                    self._count_changes(entity, before, after)
                if old is not None or after.conflicts:
                    conflicts[entity_id] = (entity, after)
            for op in new:
                changes.append((op.op_id, op.hlc, op.entity, op.entity_id, op.kind, op.values_raw,
                                op.base_hlc, op.device_id, op.author_id, op.recorded_at))
                if op.ctx is not None:
                    contexts.append((op.op_id, json.dumps(op.ctx, sort_keys=True)))
        self._count_new([op for new in groups.values() for op in new])
        self._write(inserts, updates, changes, contexts)
        if self.op_ids is not None:
            self.op_ids.update(change[0] for change in changes)
            self.entity_ids.update(groups)
        self._sync_conflicts(conflicts, {eid for eid in conflicts if eid in existing})

    def finish(self) -> None:
        """Wait for every write sent; raises the first error of the writing thread."""
        try:
            self.writer.flush()
        finally:
            self.writer.close()

    def _blank(self, entity_id: str, old: list[Op], new: list[Op]) -> None:
        """An erased record: no value ever written to it stays, here or in what arrives."""
        if not any(op.kind == ERASE for op in old):
            self.writer.flush()
            blank_history(self.conn, [entity_id])  # the change log and conflicts held here
            self.stats.erased.add(entity_id)
        for op in (*old, *new):
            if op.values:
                op.values = erased_values(op.entity, op.values)
                op.values_raw = values_json(op.values)

    def _created(self, entity: str, entity_id: str) -> None:
        self.stats.created[entity] += 1
        if entity == "patient":
            self.stats.new_patients.append(entity_id)

    # -- reading -----------------------------------------------------------------------

    def _known(self, op_ids: list[str]) -> set[str]:
        if self.op_ids is not None:
            return self.op_ids.intersection(op_ids)
        self.writer.flush()
        found: set[str] = set()
        for part in chunks(op_ids):
            sql = f"SELECT op_id FROM change_log WHERE op_id IN ({','.join('?' * len(part))})"
            found.update(row[0] for row in self.conn.exec_driver_sql(sql, tuple(part)))
        return found

    def _load(self, entity_ids: list[str]) -> dict[str, list[Op]]:
        found: dict[str, list[Op]] = defaultdict(list)
        if self.op_ids is not None:  # only the records the change log holds
            entity_ids = [eid for eid in entity_ids if eid in self.entity_ids]
        if entity_ids:
            self.writer.flush()
        for part in chunks(entity_ids):
            rows = self.conn.exec_driver_sql(_LOAD_SQL.format(",".join("?" * len(part))),
                                             tuple(part))
            for r in rows:
                op = Op(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                        json.loads(r[10]) if r[10] else None, json.loads(r[9]), r[9])
                found[op.entity_id].append(op)
        return found

    # -- rows --------------------------------------------------------------------------

    def _row(self, entity: str, entity_id: str, folded: Folded) -> tuple[Any, ...]:
        info = TABLES[entity]
        winners = folded.winners
        row: list[Any] = []
        try:
            for name, store, default in info.fields:
                op = winners.get(name)
                if op is None:
                    row.append(default)
                else:
                    value = op.values[name]
                    row.append(value if store is None else store(value))
        except (TypeError, ValueError) as exc:
            raise BundleDamaged() from exc
        create, last, deleted = folded.create, folded.last, folded.deleted_by
        row += [entity_id, create.hlc, create.device_id, create.author_id, last.hlc,
                last.author_id, deleted.hlc if deleted else None]
        return self._keyed(info, row)

    def _created_row(self, entity: str, op: Op) -> tuple[Any, ...]:
        """The row of a record known by its creation alone (most of a first import)."""
        info = TABLES[entity]
        row = list(info.defaults)
        slots = info.slots
        try:  # only the fields the operation sets (parse_line checked they exist)
            for name, value in op.values.items():
                slot = slots.get(name)
                if slot is not None:
                    index, store = slot
                    row[index] = value if store is None else store(value)
        except (TypeError, ValueError) as exc:
            raise BundleDamaged() from exc
        row += [op.entity_id, op.hlc, op.device_id, op.author_id, op.hlc, op.author_id, None]
        return self._keyed(info, row)

    @staticmethod
    def _keyed(info: _TableInfo, row: list[Any]) -> tuple[Any, ...]:
        if info.search_key is not None:
            named = dict(zip(info.columns, row, strict=False))
            row.append(info.search_key(cast(Any, SimpleNamespace(**named))))
        return tuple(row)

    def _count_changes(self, entity: str, before: Folded, after: Folded) -> None:
        changed = sum(
            1 for name, op in after.winners.items()
            if (old := before.winners.get(name)) is not op
            and (old is None or old.values[name] != op.values[name])
        )
        was, now = before.deleted_by is not None, after.deleted_by is not None
        if changed or was != now:
            self.stats.updated[entity] += 1
            self.stats.fields_changed += changed
        if now and not was:
            self.stats.deleted += 1
        elif was and not now:
            self.stats.restored += 1

    def _count_new(self, ops: list[Op]) -> None:
        stats = self.stats
        stats.new_ops += len(ops)
        if not ops:
            return
        stats.devices.update(op.device_id for op in ops)
        stats.max_hlc = max(stats.max_hlc, max(op.hlc for op in ops))
        future = self.future_prefix
        skewed = [op.device_id for op in ops if op.hlc >= future]
        stats.clamped += len(skewed)
        stats.skewed_devices.update(skewed)

    def _write(
        self,
        inserts: dict[str, list[tuple[Any, ...]]],
        updates: dict[str, list[tuple[Any, ...]]],
        changes: list[tuple[Any, ...]],
        contexts: list[tuple[str, str]],
    ) -> None:
        statements: list[Statement] = []
        for name in SYNCED_MODELS:
            if inserts.get(name):
                statements.append((TABLES[name].insert_sql, inserts[name]))
            if updates.get(name):
                statements.append((TABLES[name].update_sql, updates[name]))
        if changes:
            statements.append((_INSERT_CHANGE, changes))
        if contexts:
            statements.append((_INSERT_CONTEXT, contexts))
        if statements:
            self.writer.send(statements)

    # -- conflicts ---------------------------------------------------------------------

    def _sync_conflicts(self, touched: dict[str, tuple[str, Folded]], known: set[str]) -> None:
        """Insert new open conflicts, reopen or re-point old ones, close the superseded."""
        if not known and not any(folded.conflicts for _entity, folded in touched.values()):
            return  # nothing stored to compare with, nothing to store
        self.writer.flush()
        stored: dict[str, dict[tuple[str, str], tuple[int, str, Any]]] = defaultdict(dict)
        for part in chunks(sorted(known)):
            sql = _CONFLICT_SQL.format(",".join("?" * len(part)))
            for cid, eid, name, loser, winner, resolved in self.conn.exec_driver_sql(
                sql, tuple(part)
            ):
                stored[eid][(name, loser)] = (cid, winner, resolved)
        table: Any = SyncConflict.__table__
        new_rows: list[dict[str, Any]] = []
        for entity_id, (entity, folded) in touched.items():
            rows = stored.get(entity_id, {})
            for key, (winner, loser) in folded.conflicts.items():
                current = rows.get(key)
                if current is None:
                    new_rows.append(self._conflict_row(entity, entity_id, key[0], winner, loser))
                    self.stats.conflicts_new += 1
                elif folded.erased:  # an acknowledged erasure conflict stays closed
                    if current[1] != winner.op_id:
                        self.conn.execute(update(table).where(table.c.id == current[0])
                                          .values(**_side("winner", key[0], winner)))
                elif current[2] is not None or current[1] != winner.op_id:
                    self.conn.execute(
                        update(table).where(table.c.id == current[0]).values(
                            resolved_at=None, resolution=None,
                            **_side("winner", key[0], winner)))
                    self.stats.conflicts_new += current[2] is not None
            for key, (cid, _winner, resolved) in rows.items():
                if key not in folded.conflicts and resolved is None:
                    self.conn.execute(update(table).where(table.c.id == cid).values(
                        resolved_at=self.now, resolution="superseded"))
                    self.stats.conflicts_closed += 1
        if new_rows:
            self.conn.execute(insert(table), new_rows)

    def _conflict_row(self, entity: str, entity_id: str, name: str, winner: Op,
                      loser: Op) -> dict[str, Any]:
        sides = {**_side("winner", name, winner), **_side("loser", name, loser)}
        if winner.kind == ERASE:  # kept without any text: which operation, by whom, when
            sides["loser_value"] = None
        return {"entity": entity, "entity_id": entity_id, "field": name, **sides,
                "detected_at": self.now, "resolved_at": None, "resolution": None}


def _side(prefix: str, name: str, op: Op) -> dict[str, Any]:
    value: Any
    if name == RECORD_FIELD:
        value = None if op.kind in ("delete", ERASE) else op.values
    else:
        value = op.values.get(name)
    return {f"{prefix}_op_id": op.op_id, f"{prefix}_value": value, f"{prefix}_hlc": op.hlc,
            f"{prefix}_device": op.device_id, f"{prefix}_author": op.author_id}

