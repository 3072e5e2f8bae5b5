"""Sync bookkeeping kept on this installation only (never exported in bundles).

- ``sync_identity``: this device's Ed25519 signing key and age X25519 identity (the
  secrets live here, inside the encrypted database);
- ``sync_peer``: the roster of colleagues' devices: name, signing key, age recipient,
  trust and revocation, and the frontier they acknowledged (what they already hold);
- ``sync_knowledge``: per origin device, an exclusive HLC bound below which this copy
  holds every shareable operation of that device;
- ``sync_op_context``: the version vector an operation was written against, when it is
  not the default ``{device_id: base_hlc}`` (see ``coordapp.sync.ops``);
- ``sync_conflict``: concurrent values kept for a person to review;
- ``sync_imported_bundle``: bundles already applied (a second import is a no-op), and
  the bundles this copy dropped in a shared folder;
- ``sync_sent``: what was sent to which colleague, and when;
- ``sync_setting``: the team's sync choices on this copy (who may see which patients,
  the shared folder and how often it is read).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import HLC, UUID, Base
from coordapp.models.change_log import Change

#: Exports "everything a peer has not acknowledged" scan the change log per device.
CHANGE_LOG_DEVICE_INDEX = Index("ix_change_log_device_id_hlc", Change.device_id, Change.hlc)


class SyncIdentity(Base):
    """This installation's keys. One row, created lazily on first use of sync."""

    __tablename__ = "sync_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(UUID)
    signing_secret: Mapped[str] = mapped_column(String(64))  # Ed25519 seed, hex
    signing_key: Mapped[str] = mapped_column(String(64))  # Ed25519 public key, hex
    age_identity: Mapped[str] = mapped_column(String(128))  # AGE-SECRET-KEY-1…
    age_recipient: Mapped[str] = mapped_column(String(128))  # age1…
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncPeer(Base):
    """A colleague's installation, known by its signing key and/or its age recipient."""

    __tablename__ = "sync_peer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str | None] = mapped_column(UUID, unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    signing_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    age_recipient: Mapped[str | None] = mapped_column(String(128))
    trusted: Mapped[bool] = mapped_column(Boolean, default=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_import_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Their structure (DAC, CPTS…), as they wrote it on their card or in their bundles.
    structure: Mapped[str | None] = mapped_column(String(200))
    #: Their coordinator record (author of their bundles): for "patients they may see".
    coordinator_id: Mapped[str | None] = mapped_column(UUID)
    first_exchange_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_export_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: What this peer said it holds: origin device -> exclusive HLC bound.
    acked: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class SyncKnowledge(Base):
    __tablename__ = "sync_knowledge"

    device_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    #: Every shareable operation of ``device_id`` stamped strictly below this is here.
    hlc: Mapped[str] = mapped_column(HLC)


class SyncOpContext(Base):
    __tablename__ = "sync_op_context"

    op_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    #: Origin device -> highest stamp of that device's writes to the record already seen.
    vv: Mapped[dict[str, str]] = mapped_column(JSON)


class SyncConflict(Base):
    """Two concurrent values of one field (or an edit concurrent with a deletion).

    ``field`` is ``"*"`` when the record was deleted while someone else edited it: the
    winner is the deletion and the loser holds the edited fields.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(UUID, index=True)
    field: Mapped[str] = mapped_column(String(64))
    winner_op_id: Mapped[str] = mapped_column(UUID)
    winner_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    winner_hlc: Mapped[str] = mapped_column(HLC)
    winner_device: Mapped[str] = mapped_column(UUID)
    winner_author: Mapped[str | None] = mapped_column(UUID)
    loser_op_id: Mapped[str] = mapped_column(UUID)
    loser_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_hlc: Mapped[str] = mapped_column(HLC)
    loser_device: Mapped[str] = mapped_column(UUID)
    loser_author: Mapped[str | None] = mapped_column(UUID)
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: mine | theirs | edit | superseded (a later write that knew both values).
    resolution: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (UniqueConstraint("entity_id", "field", "loser_op_id"),)


class SyncImportedBundle(Base):
    __tablename__ = "sync_imported_bundle"

    bundle_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    signer_device: Mapped[str] = mapped_column(UUID)
    scope: Mapped[str] = mapped_column(String(16))
    created_hlc: Mapped[str] = mapped_column(HLC)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    op_count: Mapped[int] = mapped_column(Integer)
    new_ops: Mapped[int] = mapped_column(Integer)


class SyncSent(Base):
    """One bundle sent to one colleague (a bundle for three colleagues is three rows)."""

    __tablename__ = "sync_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    peer_id: Mapped[int] = mapped_column(ForeignKey("sync_peer.id"), index=True)
    bundle_id: Mapped[str] = mapped_column(UUID)
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)
    op_count: Mapped[int] = mapped_column(Integer)
    patients: Mapped[int] = mapped_column(Integer)


class SyncSetting(Base):
    __tablename__ = "sync_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
