"""Requests for support (sollicitations), answered and possibly turned into a case."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class ReferralChannel(enum.StrEnum):
    PHONE = "phone"
    SECURE_MAIL = "secure_mail"  # MSSanté
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    MEETING = "meeting"
    OTHER = "other"


class Urgency(enum.StrEnum):
    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"


class ReferralAnswer(enum.StrEnum):
    INFORMATION = "information"  # answered by information only
    ORIENTATION = "orientation"  # referred elsewhere
    INCLUSION = "inclusion"  # became a case
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class RequesterKind(enum.StrEnum):
    GP = "gp"
    SPECIALIST = "specialist"
    HOSPITAL = "hospital"
    NURSE = "nurse"
    PHARMACIST = "pharmacist"
    PHYSIOTHERAPIST = "physiotherapist"
    HOME_CARE_SERVICE = "home_care_service"  # SSIAD, SAAD, HAD
    SOCIAL_WORKER = "social_worker"
    COUNCIL = "council"
    PERSON = "person"
    CAREGIVER = "caregiver"
    OTHER = "other"


class Referral(SyncedRecord, Base):
    __tablename__ = "referral"

    patient_id: Mapped[str | None] = mapped_column(ForeignKey("patient.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(16), default=ReferralChannel.PHONE)
    requester_kind: Mapped[str] = mapped_column(String(32), default=RequesterKind.OTHER)
    requester_name: Mapped[str | None] = mapped_column(String(200))
    requester_profession: Mapped[str | None] = mapped_column(String(120))
    requester_structure: Mapped[str | None] = mapped_column(String(200))
    requester_phone: Mapped[str | None] = mapped_column(String(32))
    professional_id: Mapped[str | None] = mapped_column(ForeignKey("professional.id"))
    subject_summary: Mapped[str | None] = mapped_column(String(200))  # who it is about
    reason: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(16), default=Urgency.ROUTINE)
    first_contact_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(String(16), index=True)
    answer_note: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Complex-situation criteria ticked at intake (MedicalCriterion / PsychosocialCriterion).
    complexity_medical: Mapped[list[str]] = mapped_column(JSON, default=list)
    complexity_psychosocial: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The level of service decided (ServiceLevel) and why.
    service_level: Mapped[str | None] = mapped_column(String(32))
    service_level_reason: Mapped[str | None] = mapped_column(Text)
    #: A hospital discharge: planned_on, ward, contact, ready (day-0 items), note.
    discharge: Mapped[dict[str, object] | None] = mapped_column(JSON)

    # The requests waiting for an answer, counted and ordered index-only (migration 0010).
    __table_args__ = (Index("ix_referral_pending", "answer", "deleted_hlc", "received_at",
                            "patient_id", "id"),)
