"""Every write to a shared record goes through here and lands in the change log.

The recorder sets the sync metadata (HLC stamps, device, author, tombstone) and appends
one change-log row per write, holding the fields written and their new values. The
same encoding serves bulk inserts (demo data, later bundle import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import JSON, Date, DateTime, String, Text, inspect
from sqlalchemy.orm import Session

from coordapp.hlc import HybridLogicalClock
from coordapp.ids import new_id
from coordapp.models import SYNC_COLUMNS, Change, ChangeKind, SyncedRecord
from coordapp.records.version_vectors import note_local_write
from coordapp.text_input import clean_value

R = TypeVar("R", bound=SyncedRecord)


def encode_value(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def decode_value(model: type[SyncedRecord], field: str, value: Any) -> Any:
    """The column value for an encoded ``value`` of ``model.field``."""
    if value is None:
        return None
    column_type = inspect(model).columns[field].type
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    return value


_TEXT_COLUMNS: dict[str, dict[str, bool]] = {}


def _text_columns(model: type[SyncedRecord]) -> dict[str, bool]:
    """Text columns of ``model``: True for free text (notes), False for one-line fields."""
    name = model.__name__
    if name not in _TEXT_COLUMNS:
        _TEXT_COLUMNS[name] = {
            c.key: isinstance(c.type, Text) for c in inspect(model).columns
            if isinstance(c.type, String | JSON) and c.key not in SYNC_COLUMNS}
    return _TEXT_COLUMNS[name]


def cleaned(model: type[SyncedRecord], values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` through the one input cleaner (``coordapp.text_input``): NFC, no control,
    bidi or zero-width characters where they do not belong; ``InvalidInput`` names the
    field otherwise. Every local write passes here."""
    kinds = _text_columns(model)
    return {key: clean_value(value, field=key, free=kinds[key]) if key in kinds else value
            for key, value in values.items()}


def data_columns(model: type[SyncedRecord]) -> list[str]:
    """The user-data columns of a shared record (sync metadata excluded)."""
    return [c.key for c in inspect(model).columns if c.key not in SYNC_COLUMNS]


class ChangeRecorder:
    """Creates, updates and tombstones shared records inside one session."""

    def __init__(
        self,
        session: Session,
        clock: HybridLogicalClock,
        device_id: str,
        author_id: str | None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.device_id = device_id
        self.author_id = author_id

    def create(self, model: type[R], values: Mapping[str, Any], *, id: str | None = None) -> R:
        stamp = self.clock.now().encode()
        unknown = set(values) - set(data_columns(model))
        if unknown:
            raise ValueError(f"unknown fields for {model.__name__}: {sorted(unknown)}")
        values = cleaned(model, values)
        record = model(**values)
        record.id = id or new_id()
        record.created_hlc = record.updated_hlc = stamp
        record.origin_device = self.device_id
        record.created_by = record.updated_by = self.author_id
        self.session.add(record)
        written = {key: getattr(record, key) for key in values}
        self._log(model, record.id, ChangeKind.CREATE, written, stamp, None)
        return record

    def update(self, record: SyncedRecord, values: Mapping[str, Any]) -> list[str]:
        """Apply ``values``; returns the fields that really changed (nothing logged if none)."""
        allowed = set(data_columns(type(record)))
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"unknown fields for {type(record).__name__}: {sorted(unknown)}")
        values = cleaned(type(record), values)
        changed = {k: v for k, v in values.items() if getattr(record, k) != v}
        if not changed:
            return []
        base = record.updated_hlc
        stamp = self.clock.now().encode()
        for key, value in changed.items():
            setattr(record, key, value)
        self._touch(record, stamp)
        self._log(type(record), record.id, ChangeKind.UPDATE, changed, stamp, base)
        return sorted(changed)

    def delete(self, record: SyncedRecord) -> None:
        """Tombstone: the row stays, marked deleted, and the deletion syncs."""
        if record.deleted_hlc is not None:
            return
        base = record.updated_hlc
        stamp = self.clock.now().encode()
        record.deleted_hlc = stamp
        self._touch(record, stamp)
        self._log(type(record), record.id, ChangeKind.DELETE, {}, stamp, base)

    def _touch(self, record: SyncedRecord, stamp: str) -> None:
        # The latest stamp wins, as in sync's merge: a colleague's clock set to 2099 keeps
        # the record's updated_hlc there on every copy alike.
        if stamp > record.updated_hlc:
            record.updated_hlc = stamp
            record.updated_by = self.author_id

    def _log(
        self,
        model: type[SyncedRecord],
        entity_id: str,
        kind: ChangeKind,
        values: Mapping[str, Any],
        stamp: str,
        base: str | None,
    ) -> None:
        row = change_row(model, entity_id, kind, values, stamp, base, self.device_id,
                         self.author_id)
        note_local_write(self.session, row)  # sync: version vector, conflicts it closes
        self.session.add(Change(**row))


def change_row(
    model: type[SyncedRecord],
    entity_id: str,
    kind: ChangeKind,
    values: Mapping[str, Any],
    stamp: str,
    base: str | None,
    device_id: str,
    author_id: str | None,
) -> dict[str, Any]:
    """The change-log row for one write, as a plain dict (for ORM or bulk insert)."""
    return {
        "op_id": new_id(),
        "hlc": stamp,
        "entity": model.__tablename__,  # type: ignore[attr-defined]
        "entity_id": entity_id,
        "kind": kind.value,
        "values": {key: encode_value(value) for key, value in values.items()},
        "base_hlc": base,
        "device_id": device_id,
        "author_id": author_id,
        "recorded_at": dt.datetime.now(),
    }
