"""Writing erasures on this copy: the person erased here, or records about an erased
person that arrived or were written here without the erasure knowing them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.hlc import HybridLogicalClock
from coordapp.models import SYNCED_MODELS, ChangeKind, Patient, SyncConflict
from coordapp.sync.conflicts import LocalWriter
from coordapp.sync.erase import blank_history, erased_records, purge_row, record_ids_of


def erase_records(session: Session, writer: LocalWriter,
                  records: Iterable[tuple[str, str]]) -> int:
    """Write an erase operation for each record not yet erased, blank its row, its change
    log and its conflicts (closed: nothing is left to decide); returns how many."""
    pairs = list(records)
    conn = session.connection()
    done = erased_records(conn, [i for _, i in pairs])
    written = 0
    for table, entity_id in pairs:
        model = SYNCED_MODELS[table]
        record = session.get(model, entity_id)
        if record is None:
            continue
        purge_row(model, record)
        if entity_id not in done:
            writer.write(record, ChangeKind.ERASE, {})
            written += 1
    session.flush()
    ids = [i for _, i in pairs]
    blank_history(conn, ids)
    for conflict in session.scalars(select(SyncConflict).where(
            SyncConflict.entity_id.in_(ids), SyncConflict.resolved_at.is_(None))):
        conflict.resolved_at = dt.datetime.now()
        conflict.resolution = "erased"
    session.flush()
    return written


def cascade(session: Session, clock: HybridLogicalClock, device_id: str,
            author_id: str | None) -> int:
    """Erase here every record about an erased person that no erasure covers yet."""
    conn = session.connection()
    deleted = set(session.scalars(select(Patient.id).where(Patient.deleted_hlc.is_not(None))))
    writer = LocalWriter(session, clock, device_id, author_id)
    total = 0
    for patient_id in sorted(erased_records(conn, deleted)):
        pairs = record_ids_of(session, patient_id)
        missing = {i for _, i in pairs} - erased_records(conn, [i for _, i in pairs])
        if missing:
            total += erase_records(session, writer, [p for p in pairs if p[1] in missing])
    return total
