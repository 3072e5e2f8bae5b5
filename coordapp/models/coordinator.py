"""Coordinators (users) and this installation."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import UUID, Base, SyncedRecord


class Coordinator(SyncedRecord, Base):
    """A care coordinator: the user of an installation, or a colleague known by sync."""

    __tablename__ = "coordinator"

    display_name: Mapped[str] = mapped_column(String(200))
    profession: Mapped[str | None] = mapped_column(String(120))
    structure_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    # Where the structure is: prefills new professionals, ranks the directory search.
    postal_code: Mapped[str | None] = mapped_column(String(5))
    city: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class Installation(Base):
    """This copy of CoordApp: its device id and its owner. Never shared, one row."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(UUID, unique=True)
    owner_id: Mapped[str] = mapped_column(UUID)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
