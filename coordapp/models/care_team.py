"""The care circle (cercle de soins): professionals, structures and close ones."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class CareTeamMember(SyncedRecord, Base):
    """A member of one person's care circle, with a role and dates.

    Exactly one of ``professional_id``, ``structure_id`` or an informal name is the
    member: informal carers (family, neighbours) are not in the directory.
    """

    __tablename__ = "care_team_member"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    professional_id: Mapped[str | None] = mapped_column(ForeignKey("professional.id"), index=True)
    structure_id: Mapped[str | None] = mapped_column(ForeignKey("structure.id"))
    informal_name: Mapped[str | None] = mapped_column(String(200))
    relationship: Mapped[str | None] = mapped_column(String(80))  # daughter, neighbour…
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(120))  # médecin traitant, IDEL, aidant principal…
    is_main_caregiver: Mapped[bool] = mapped_column(Boolean, default=False)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
