"""Declarative base and the sync metadata every shared record carries."""

from __future__ import annotations

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coordapp.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

HLC = String(64)
UUID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedRecord:
    """Mixin for records shared between colleagues through bundles.

    - ``id``: UUIDv7, the same on every copy;
    - ``created_hlc`` / ``updated_hlc``: hybrid-logical-clock stamps, never raw wall time;
    - ``origin_device``: the installation that created the record;
    - ``created_by`` / ``updated_by``: coordinator ids;
    - ``deleted_hlc``: set instead of deleting the row (tombstone).
    """

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    created_hlc: Mapped[str] = mapped_column(HLC)
    updated_hlc: Mapped[str] = mapped_column(HLC, index=True)
    origin_device: Mapped[str] = mapped_column(UUID)
    created_by: Mapped[str | None] = mapped_column(UUID)
    updated_by: Mapped[str | None] = mapped_column(UUID)
    deleted_hlc: Mapped[str | None] = mapped_column(HLC, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_hlc is not None


#: Columns kept by the change machinery itself, never edited as user data.
SYNC_COLUMNS = frozenset(
    {"id", "created_hlc", "updated_hlc", "origin_device", "created_by", "updated_by",
     "deleted_hlc"}
)
