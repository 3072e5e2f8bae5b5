"""The audit trail: append hash-chained entries; verify the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.hlc import HybridLogicalClock
from coordapp.models import AuditAction, AuditEvent

GENESIS_HASH = "0" * 64


def entry_hash(prev_hash: str, fields: dict[str, str | None]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode("ascii") + canonical.encode("utf-8")).hexdigest()


def _fields(event: AuditEvent) -> dict[str, str | None]:
    return {
        "at": event.at.isoformat(),
        "hlc": event.hlc,
        "device_id": event.device_id,
        "user_id": event.user_id,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "detail": event.detail,
    }


class AuditTrail:
    def __init__(self, session: Session, clock: HybridLogicalClock, device_id: str,
                 user_id: str | None) -> None:
        self.session = session
        self.clock = clock
        self.device_id = device_id
        self.user_id = user_id

    def record(
        self,
        action: AuditAction,
        entity: str | None = None,
        entity_id: str | None = None,
        detail: str | None = None,
    ) -> AuditEvent:
        """Append one entry. ``detail`` must never hold clinical text or names."""
        previous = self.session.scalar(
            select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        )
        prev_hash = previous or GENESIS_HASH
        event = AuditEvent(
            at=dt.datetime.now().replace(microsecond=0),
            hlc=self.clock.now().encode(),
            device_id=self.device_id,
            user_id=self.user_id,
            action=action.value,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            prev_hash=prev_hash,
        )
        event.hash = entry_hash(prev_hash, _fields(event))
        self.session.add(event)
        self.session.flush()
        return event


def first_broken_entry(session: Session) -> int | None:
    """The sequence number of the first entry whose chain link fails, or None if intact."""
    prev_hash = GENESIS_HASH
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        if event.prev_hash != prev_hash or event.hash != entry_hash(prev_hash, _fields(event)):
            return event.seq
        prev_hash = event.hash
    return None
