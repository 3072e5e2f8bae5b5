"""Multidimensional assessment: AGGIR (GIR), Zarit, complexity factors, notes by domain."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class Assessment(SyncedRecord, Base):
    __tablename__ = "assessment"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("coordinator.id"))
    #: AGGIR variable name -> "A" | "B" | "C" (10 discriminant + 7 illustrative).
    aggir: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    gir: Mapped[int | None] = mapped_column(Integer)
    #: Zarit items 1..22 scored 0..4, in order (empty when not assessed).
    zarit_items: Mapped[list[int]] = mapped_column(JSON, default=list)
    zarit_total: Mapped[int | None] = mapped_column(Integer)
    #: Complexity factor codes ticked ("polypathology", "isolation", "no_gp"…).
    complexity_factors: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Free notes per domain (health, autonomy, psychological, social, environment…).
    notes: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    #: Complex-situation criteria, both sides (MedicalCriterion / PsychosocialCriterion).
    complexity_medical: Mapped[list[str]] = mapped_column(JSON, default=list)
    complexity_psychosocial: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: The level of service decided at this assessment (ServiceLevel) and why.
    service_level: Mapped[str | None] = mapped_column(String(32))
    service_level_reason: Mapped[str | None] = mapped_column(Text)
