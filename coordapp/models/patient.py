"""The person followed: identity (INS traits), contact, situation, case status, consents."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class PatientStatus(enum.StrEnum):
    REQUEST = "request"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class IdentityStatus(enum.StrEnum):
    """INS identity status (RNIV). Typed by hand, at best VALI; RECUP and QUAL only come
    from an import out of a system that queried the INSi teleservice."""

    PROV = "PROV"
    RECUP = "RECUP"
    VALI = "VALI"
    QUAL = "QUAL"


class IdentityDocument(enum.StrEnum):
    """The document an identity was checked on (FR Core fr-core-cs-mode-validation-identity,
    the pieces the RNIV accepts to validate an identity)."""

    CN = "CN"  # carte nationale d'identité
    PA = "PA"  # passeport
    CS = "CS"  # carte ou titre de séjour
    ECN = "eCN"  # e-carte d'identité
    IN = "IN"  # Identité Numérique La Poste
    AV = "AV"  # application carte Vitale
    LECV = "LECV"  # livret de famille avec carte Vitale à photographie
    AN = "AN"  # extrait d'acte de naissance
    LEP = "LEP"  # livret de famille des parents
    CC = "CC"  # carnet de circulation
    ANCV = "ANCV"  # acte de naissance avec carte Vitale à photographie


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"


class LegalProtection(enum.StrEnum):
    NONE = "none"
    SAFEGUARD = "sauvegarde_justice"
    CURATORSHIP = "curatelle"
    REINFORCED_CURATORSHIP = "curatelle_renforcee"
    GUARDIANSHIP = "tutelle"
    FAMILY_AUTHORISATION = "habilitation_familiale"
    FUTURE_PROTECTION = "mandat_protection_future"


class LivingSituation(enum.StrEnum):
    ALONE = "alone"
    COUPLE = "couple"
    FAMILY = "family"
    SHARED_HOUSING = "shared_housing"
    INSTITUTION = "institution"
    HOMELESS = "homeless"
    OTHER = "other"


class ClosureReason(enum.StrEnum):
    GOALS_REACHED = "goals_reached"
    MOVED = "moved"
    CARE_HOME = "care_home"
    DECEASED = "deceased"
    REFUSED = "refused"
    HANDED_OVER = "handed_over"
    OTHER = "other"


class Patient(SyncedRecord, Base):
    __tablename__ = "patient"

    # Strict INS traits
    family_name: Mapped[str] = mapped_column(String(120))  # birth name
    given_names: Mapped[str] = mapped_column(String(200))  # birth first names, in order
    birth_date: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    birth_place_code: Mapped[str | None] = mapped_column(String(5))  # INSEE commune/country
    nir: Mapped[str | None] = mapped_column(String(15), index=True)  # NIR or NIA
    identity_status: Mapped[str] = mapped_column(String(5), default=IdentityStatus.PROV)
    # Where the status comes from (migration 0004). Typed by hand: at best VALI, with the
    # document checked (fr-core-cs-mode-validation-identity code) and when. RECUP and QUAL
    # only from a system that queried INSi: its name and the date of that query.
    identity_method: Mapped[str | None] = mapped_column(String(8))  # SM, INSI, CV…
    identity_document: Mapped[str | None] = mapped_column(String(8))  # CN, PA, CS…
    identity_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    identity_source: Mapped[str | None] = mapped_column(String(200))  # importing system
    insi_queried_on: Mapped[dt.date | None] = mapped_column(Date)
    # Usual identity
    used_name: Mapped[str | None] = mapped_column(String(120))
    used_given_name: Mapped[str | None] = mapped_column(String(80))
    # Contact
    phone: Mapped[str | None] = mapped_column(String(32))
    phone_alt: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    city: Mapped[str | None] = mapped_column(String(120))
    # Situation
    gp_id: Mapped[str | None] = mapped_column(ForeignKey("professional.id"), index=True)
    ald: Mapped[list[str]] = mapped_column(JSON, default=list)  # long-term illnesses
    living_situation: Mapped[str | None] = mapped_column(String(32))
    legal_protection: Mapped[str | None] = mapped_column(String(32))
    trusted_person: Mapped[str | None] = mapped_column(Text)
    situation_notes: Mapped[str | None] = mapped_column(Text)
    # Interpreting: languages spoken (the first is the preferred one), interpreter needed
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Case
    status: Mapped[str] = mapped_column(String(16), default=PatientStatus.REQUEST)
    referent_id: Mapped[str | None] = mapped_column(ForeignKey("coordinator.id"), index=True)
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(32))
    # Folded names, NIR and city, written by the service on every change, for search.
    search_key: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_patient_identity", "family_name", "birth_date"),
        Index("ix_patient_status_family_name", "status", "family_name"),
        # Every column the in-memory caseload index reads (services.caseload_index), so
        # that loading it is an index-only scan (migration 0005).
        Index("ix_patient_caseload_index", "family_name", "given_names", "id", "search_key",
              "deleted_hlc", "used_name", "used_given_name", "birth_date", "sex", "nir",
              "city", "status", "identity_status", "referent_id", "opened_on", "gp_id"),
    )


class ConsentKind(enum.StrEnum):
    INFORMATION_GIVEN = "information_given"  # the person was informed of the support
    OBJECTION = "objection"  # droit d'opposition exercised
    OBJECTION_WITHDRAWN = "objection_withdrawn"
    SHARING_CONSENT = "sharing_consent"  # consent to share beyond the care team
    SHARING_CONSENT_WITHDRAWN = "sharing_consent_withdrawn"


class ConsentRecord(SyncedRecord, Base):
    """One dated event of information, objection or consent; the latest of a kind rules."""

    __tablename__ = "consent_record"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    given_by: Mapped[str | None] = mapped_column(String(200))  # who informed / received it
    how: Mapped[str | None] = mapped_column(String(200))  # oral, written, by the guardian…
    #: To whom the information was given when the person is represented (migration 0005).
    recipient: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
