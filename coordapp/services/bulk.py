"""Bulk insertion of shared records with their change-log rows (Core executemany).

For large generated or imported batches, where the ORM's per-object work would dominate:
each record gets its sync metadata and exactly one create row in the change log, as
``ChangeRecorder.create`` would write it.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from coordapp.ids import new_id
from coordapp.models import Change, ChangeKind
from coordapp.records.changes import change_row, data_columns
from coordapp.services.workspace import Workspace


class BulkWriter:
    """Buffers rows and their change-log rows; bulk-inserts them parents first."""

    def __init__(self, session: Session, workspace: Workspace,
                 order: Sequence[type[Any]]) -> None:
        """``order``: the models in insertion order, parents first (foreign keys)."""
        self.session = session
        self.clock = workspace.clock
        self.device = workspace.device_id
        self.user = workspace.user_id
        self.blank = {
            m: {c: _default(m, c) for c in data_columns(m) if c != "search_key"}
            for m in order
        }
        self.rows: dict[type[Any], list[dict[str, Any]]] = {m: [] for m in order}
        self.changes: list[dict[str, Any]] = []
        self.counts: Counter[type[Any]] = Counter()

    def add(self, model: type[Any], values: dict[str, Any], key: str | None = None) -> str:
        """Queue one record (every data column, None when not given); returns its id.

        The change row holds every data column written; ``key`` (the search key) is
        stored on the row only, as the services do.
        """
        blank = self.blank[model]
        data = {**blank, **values}
        if len(data) != len(blank):
            raise ValueError(f"unknown fields for {model.__name__}: {set(values) - set(blank)}")
        record_id = new_id()
        stamp = self.clock.now().encode()
        self.changes.append(change_row(model, record_id, ChangeKind.CREATE, data, stamp, None,
                                       self.device, self.user))
        row = {**data, "id": record_id, "created_hlc": stamp, "updated_hlc": stamp,
               "origin_device": self.device, "created_by": self.user, "updated_by": self.user,
               "deleted_hlc": None}
        if key is not None:
            row["search_key"] = key
        self.rows[model].append(row)
        self.counts[model] += 1
        return record_id

    def flush(self) -> None:
        conn = self.session.connection()
        for model, rows in self.rows.items():
            if rows:
                insert_rows(conn, cast(Table, model.__table__), rows)
                self.rows[model] = []
        if self.changes:
            insert_rows(conn, cast(Table, Change.__table__), self.changes)
            self.changes = []


def _default(model: type[Any], column: str) -> Any:
    """The column's Python-side default (a flag's False, an empty list), else None."""
    default = model.__table__.c[column].default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    return None


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``conn.execute(insert(table), rows)``, but one ``executemany`` straight through the
    driver: each value converted by its column's own bind processor (the same stored text),
    without SQLAlchemy's per-row parameter machinery, a third of a demo generation's time.
    Rows that do not give every column (defaults to fill in) take SQLAlchemy's path."""
    names = list(rows[0])
    if set(names) != set(table.c.keys()) or any(len(row) != len(names) for row in rows):
        conn.execute(insert(table), rows)
        return
    dialect = conn.dialect
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                  for name in names]
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    values = operator.itemgetter(*names)
    params = []
    for row in rows:
        line = list(values(row))
        for i, process in converted:
            line[i] = process(line[i])
        params.append(tuple(line))
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", params)
