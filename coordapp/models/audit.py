"""Audit trail: who viewed, changed, printed, exported or imported what, hash-chained.

Entries hold ids and actions, never clinical text. Each entry's ``hash`` covers the
previous entry's hash, so removing or editing an entry breaks the chain from there on.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import HLC, UUID, Base


class AuditAction(enum.StrEnum):
    CREATE_DATABASE = "create_database"
    UNLOCK = "unlock"
    CHANGE_PASSPHRASE = "change_passphrase"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    SEARCH = "search"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    GENERATE_DEMO = "generate_demo"
    BACKUP = "backup"
    RESTORE = "restore"
    VERIFY_AUDIT = "verify_audit"
    REFUSE = "refuse"  # an export refused by a rule (the person objected to sharing…)


class AuditEvent(Base):
    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    hlc: Mapped[str] = mapped_column(HLC)
    device_id: Mapped[str] = mapped_column(UUID)
    user_id: Mapped[str | None] = mapped_column(UUID)
    action: Mapped[str] = mapped_column(String(24))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(UUID, index=True)
    #: Non-clinical detail: a count, a field list, a file name chosen by the user.
    detail: Mapped[str | None] = mapped_column(String(500))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
