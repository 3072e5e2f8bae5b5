"""The directory: health, social and medico-social professionals and structures."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class StructureKind(enum.StrEnum):
    DAC = "DAC"
    CPTS = "CPTS"
    MSP = "MSP"
    ESP = "ESP"
    HOSPITAL = "hospital"
    SSIAD = "SSIAD"
    SAAD = "SAAD"
    HAD = "HAD"
    CCAS = "CCAS"
    COUNCIL = "council"  # conseil départemental services
    PHARMACY = "pharmacy"
    LABORATORY = "laboratory"
    CARE_HOME = "EHPAD"
    ASSOCIATION = "association"
    NETWORK = "network"  # réseau de santé
    INTERPRETING = "interpreting"  # telephone interpreting service for professionals
    OTHER = "other"


class Structure(SyncedRecord, Base):
    __tablename__ = "structure"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default=StructureKind.OTHER)
    operator: Mapped[str | None] = mapped_column(String(200))  # organisme gestionnaire
    finess: Mapped[str | None] = mapped_column(String(9), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    city: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    #: Opening hours as typed ("lun.–ven. 9 h–17 h"), for the information sheet.
    hours: Mapped[str | None] = mapped_column(String(200))


class Professional(SyncedRecord, Base):
    __tablename__ = "professional"

    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str | None] = mapped_column(String(80))
    profession: Mapped[str] = mapped_column(String(80))  # médecin généraliste, IDEL…
    specialty: Mapped[str | None] = mapped_column(String(120))
    rpps: Mapped[str | None] = mapped_column(String(11), index=True)
    adeli: Mapped[str | None] = mapped_column(String(9))
    structure_id: Mapped[str | None] = mapped_column(ForeignKey("structure.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))  # often a MSSanté address
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    city: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    #: A GP taking new patients (the CPTS list of people looking for one).
    accepts_new_patients: Mapped[bool] = mapped_column(Boolean, default=False)
