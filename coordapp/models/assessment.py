"""Multidimensional assessment: AGGIR (GIR), Zarit, complexity factors, notes by domain."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    #: How the letters were coded (migration 0005): variable or sub-variable -> the four
    #: adverbs ticked, overrides with their reasons (see ``services.aggir_coding``).
    #: None for grids entered as letters only.
    aggir_detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    gir: Mapped[int | None] = mapped_column(Integer)
    #: Zarit answers in order: 22 or 4 items scored 0..4, or 7 mini-Zarit scores 0/0.5/1
    #: (empty when not assessed; see services.zarit).
    zarit_items: Mapped[list[float]] = mapped_column(JSON, default=list)
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
