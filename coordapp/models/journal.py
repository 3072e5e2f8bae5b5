"""The journal: append-only contact notes. Entries are never edited, only added."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class JournalKind(enum.StrEnum):
    CALL = "call"
    HOME_VISIT = "home_visit"
    MEETING = "meeting"  # concertation, team meeting
    MESSAGE = "message"
    HOSPITAL_ADMISSION = "hospital_admission"
    HOSPITAL_DISCHARGE = "hospital_discharge"
    NOTE = "note"


class JournalEntry(SyncedRecord, Base):
    __tablename__ = "journal_entry"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(24), default=JournalKind.NOTE)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("coordinator.id"))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_journal_entry_patient_occurred", "patient_id", "occurred_at"),)
