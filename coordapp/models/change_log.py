"""The change log: every write, field by field, stamped with the HLC.

One row per write of one record: ``values`` maps each field written to its new value
(JSON), so a creation is one row, not one per field. The merge unit stays the field:
a field's current stamp is the highest ``hlc`` among the rows that wrote it. The log
feeds sync bundles and, with the audit trail, answers "who changed this".
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import HLC, UUID, Base


class ChangeKind(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # tombstone
    RESTORE = "restore"
    ERASE = "erase"  # GDPR erasure: absorbing, blanks every value ever written


class Change(Base):
    __tablename__ = "change_log"

    op_id: Mapped[str] = mapped_column(UUID, primary_key=True)
    hlc: Mapped[str] = mapped_column(HLC, index=True)
    entity: Mapped[str] = mapped_column(String(40))  # table name
    entity_id: Mapped[str] = mapped_column(UUID)
    kind: Mapped[str] = mapped_column(String(8))
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Highest stamp of this record the author had seen when writing (None: creation).
    base_hlc: Mapped[str | None] = mapped_column(HLC)
    device_id: Mapped[str] = mapped_column(UUID)
    author_id: Mapped[str | None] = mapped_column(UUID)
    #: Local wall time of recording, for display only (ordering uses ``hlc``).
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_change_log_entity_id_hlc", "entity_id", "hlc"),)
