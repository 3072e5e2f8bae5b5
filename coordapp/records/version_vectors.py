"""Version vectors of local writes (called by the change recorder; models only here).

A local write to a record that holds only this device's writes needs nothing: its
default context ``{device_id: base_hlc}`` is exact. Once colleagues' writes to the record
are here, the recorder stores the full vector, and the write closes the open conflicts
on the fields it sets, since its author had every value on this copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coordapp.models import Change, ChangeKind, SyncConflict, SyncOpContext

RECORD_FIELD = "*"


def record_vv(session: Session, entity_id: str) -> dict[str, str]:
    """Origin device -> highest stamp of its writes to the record held on this copy."""
    rows = session.execute(
        select(Change.device_id, func.max(Change.hlc))
        .where(Change.entity_id == entity_id)
        .group_by(Change.device_id)
    )
    return {device: stamp for device, stamp in rows}


def note_local_write(session: Session, row: Mapping[str, Any]) -> None:
    """Before logging a local update, deletion or restore (``row`` from ``change_row``)."""
    if row["kind"] == ChangeKind.CREATE:
        return
    vv = record_vv(session, row["entity_id"])
    if all(device == row["device_id"] for device in vv):
        return
    session.add(SyncOpContext(op_id=row["op_id"], vv=vv))
    if row["kind"] == ChangeKind.UPDATE:
        close_conflicts(session, row["entity_id"], row["values"], "superseded")
    elif row["kind"] == ChangeKind.RESTORE:
        close_conflicts(session, row["entity_id"], [RECORD_FIELD], "superseded")


def close_conflicts(
    session: Session, entity_id: str, fields: Iterable[str], resolution: str
) -> int:
    """Mark the open conflicts of these fields resolved; returns how many."""
    names = list(fields)
    if not names:
        return 0
    result = session.execute(
        update(SyncConflict)
        .where(SyncConflict.entity_id == entity_id, SyncConflict.field.in_(names),
               SyncConflict.resolved_at.is_(None))
        .values(resolved_at=dt.datetime.now(), resolution=resolution)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
