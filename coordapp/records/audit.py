"""The audit trail: append MAC-chained entries; verify the chain and its anchored head.

Each entry's ``hash`` is HMAC-SHA256, under a key derived from the base's data key, of
the previous entry's hash, the entry's sequence number and its fields: editing,
removing, reordering or duplicating an entry breaks the chain there, and a forger
without the key cannot recompute it. Removing the *last* entries (or all of them)
leaves a valid chain, so the head (count and last hash, MAC'd too) is also written
outside the table, in the keyslot file (``storage.keyslots.AuditAnchor``).

Bases made before MACs used a plain SHA-256 chain starting from ``LEGACY_GENESIS``; they
are re-sealed once, when their chain is intact (:func:`reseal_legacy_chain`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordapp.hlc import HybridLogicalClock
from coordapp.models import AuditAction, AuditEvent
from coordapp.storage.keyslots import AuditAnchor

LEGACY_GENESIS = "0" * 64
#: The first entry of a MAC-chained trail points at this (never a valid hex digest).
MAC_GENESIS = "mac-v1:" + "0" * 57
GENESIS_HASH = LEGACY_GENESIS  # kept for older imports


def entry_hash(prev_hash: str, fields: dict[str, str | None]) -> str:
    """The legacy, unkeyed link (SHA-256)."""
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(prev_hash.encode("ascii") + canonical.encode("utf-8")).hexdigest()


def entry_mac(key: bytes, prev_hash: str, seq: int, fields: dict[str, str | None]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    message = f"{prev_hash}|{seq}|".encode("ascii") + canonical.encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


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


@dataclass(frozen=True)
class PendingEntry:
    """An audit entry noted during a read, written with the next write."""

    at: dt.datetime
    hlc: str
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


@dataclass
class AuditTrail:
    """Appends entries in the current write transaction (or, with ``buffer``, notes them
    for later: reads never write, so they never fail because of the audit trail)."""

    session: Session
    clock: HybridLogicalClock
    device_id: str
    user_id: str | None
    key: bytes = b""
    buffer: list[PendingEntry] | None = None
    written: list[int] = field(default_factory=list)
    _last: tuple[int, str] | None = None

    def record(
        self,
        action: AuditAction,
        entity: str | None = None,
        entity_id: str | None = None,
        detail: str | None = None,
    ) -> AuditEvent | PendingEntry:
        """Append one entry. ``detail`` must never hold clinical text or names."""
        pending = PendingEntry(dt.datetime.now().replace(microsecond=0),
                               self.clock.now().encode(), action.value, entity, entity_id,
                               detail)
        if self.buffer is not None:
            self.buffer.append(pending)
            return pending
        return self.append(pending)

    def append(self, entry: PendingEntry) -> AuditEvent:
        # The write transaction holds the base's write lock: after the first entry, the
        # chain's end is known here without asking the base again (bulk imports).
        if self._last is None:
            row = self.session.execute(
                select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc())
                .limit(1)).first()
            self._last = (int(row[0]), str(row[1])) if row else (0, MAC_GENESIS)
        seq, prev_hash = self._last[0] + 1, self._last[1]
        event = AuditEvent(
            seq=seq, at=entry.at, hlc=entry.hlc, device_id=self.device_id,
            user_id=self.user_id, action=entry.action, entity=entry.entity,
            entity_id=entry.entity_id, detail=entry.detail, prev_hash=prev_hash,
        )
        event.hash = entry_mac(self.key, prev_hash, seq, _fields(event))
        self.session.add(event)
        self._last = (seq, event.hash)
        self.written.append(seq)
        return event


def current_head(session: Session, key: bytes,
                 previous: AuditAnchor | None = None) -> AuditAnchor | None:
    """The head to anchor now; None when the previous anchor's entry is no longer in the
    table as anchored (entries removed): the anchor is kept, so the removal stays visible."""
    last_seq = select(func.max(AuditEvent.seq)).scalar_subquery()
    wanted = [last_seq] if previous is None or previous.count == 0 else [
        last_seq, previous.count]
    rows = dict(session.execute(
        select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.seq.in_(wanted))).all())
    if previous is not None and previous.count > 0 and (
            rows.get(previous.count) != previous.last or not previous.valid(key)):
        return None
    if not rows:
        return None if previous is not None and previous.count > 0 else \
            AuditAnchor.make(key, 0, MAC_GENESIS)
    seq = max(rows)
    return AuditAnchor.make(key, int(seq), str(rows[seq]))


def is_legacy(session: Session) -> bool:
    first = session.scalar(select(AuditEvent.prev_hash).order_by(AuditEvent.seq).limit(1))
    return first == LEGACY_GENESIS


def first_broken_legacy(session: Session) -> int | None:
    prev_hash = LEGACY_GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        if event.prev_hash != prev_hash or event.hash != entry_hash(prev_hash, _fields(event)):
            return event.seq
        prev_hash = event.hash
    return None


def reseal_legacy_chain(session: Session, key: bytes) -> bool:
    """Re-chain an intact legacy (SHA-256) trail with MACs and sequence numbers; False
    (nothing changed) when it is not legacy or already broken (the break stays visible)."""
    if not is_legacy(session) or first_broken_legacy(session) is not None:
        return False
    prev_hash = MAC_GENESIS
    for expected, event in enumerate(
            session.scalars(select(AuditEvent).order_by(AuditEvent.seq)), start=1):
        if event.seq != expected:  # gaps: renumber (an intact legacy chain has none)
            return False
        event.prev_hash = prev_hash
        event.hash = entry_mac(key, prev_hash, event.seq, _fields(event))
        prev_hash = event.hash
    session.flush()
    return True


@dataclass(frozen=True)
class AuditVerdict:
    """``broken_at``: first entry edited, inserted, moved or removed in the middle;
    ``missing``: a sentence when entries were removed at the end (or all of them)."""

    broken_at: int | None = None
    missing: str | None = None

    @property
    def intact(self) -> bool:
        return self.broken_at is None and self.missing is None

    def sentence(self) -> str:
        if self.broken_at is not None:
            return (f"Le journal d'audit a été modifié : la chaîne est rompue à l'entrée "
                    f"n° {self.broken_at}.")
        return self.missing or "Journal d'audit intègre."


def first_broken_entry(session: Session, key: bytes) -> int | None:
    """The sequence number of the first entry whose chain link fails, or None if intact."""
    if is_legacy(session):
        return first_broken_legacy(session)
    prev_hash = MAC_GENESIS
    expected = 1
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        good = entry_mac(key, prev_hash, event.seq, _fields(event))
        if (event.seq != expected or event.prev_hash != prev_hash
                or not hmac.compare_digest(event.hash, good)):
            return event.seq
        prev_hash = event.hash
        expected += 1
    return None


def verify(session: Session, key: bytes, anchor: AuditAnchor | None) -> AuditVerdict:
    """The chain, then the head anchored in the keyslot file."""
    broken = first_broken_entry(session, key)
    if broken is not None:
        return AuditVerdict(broken_at=broken)
    if is_legacy(session):
        return AuditVerdict(missing=None if anchor is None else
                            "Le journal d'audit a été remplacé par une version antérieure.")
    if anchor is None:
        return AuditVerdict(missing="Le journal d'audit n'est pas ancré dans le fichier de "
                                    "clés : il a pu être tronqué ou le fichier remplacé.")
    if not anchor.valid(key):
        return AuditVerdict(missing="L'ancre du journal d'audit dans le fichier de clés a été "
                                    "modifiée.")
    count = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    if anchor.count == 0:
        return AuditVerdict()
    at_anchor = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == anchor.count))
    if count == 0:
        return AuditVerdict(missing=f"Les {anchor.count} entrées du journal d'audit ont été "
                                    "supprimées.")
    if at_anchor is None:
        last = int(session.scalar(select(func.max(AuditEvent.seq))) or 0)
        return AuditVerdict(missing=(
            f"Le journal d'audit a été tronqué : les entrées n° {last + 1} à "
            f"{anchor.count} ont été supprimées."))
    if not hmac.compare_digest(at_anchor, anchor.last):
        return AuditVerdict(broken_at=anchor.count)
    return AuditVerdict()
