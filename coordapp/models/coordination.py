"""What the field asked for beyond the plan: the complex-situation criteria, the level of
service decided, coordination tasks (contact the GP, call after a discharge), people
looking for a GP and the proposals made to them, and breaks in the pathway."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class MedicalCriterion(enum.StrEnum):
    """The medical side of a complex situation (regional network definition)."""

    SEVERAL_ILLNESSES = "several_illnesses"  # several illnesses and/or several ALD
    SEVERITY = "severity"
    UNBALANCED = "unbalanced"  # balance not reached for several months
    REPEATED_HOSPITALISATIONS = "repeated_hospitalisations"  # same problem, in the year


class PsychosocialCriterion(enum.StrEnum):
    """The psycho-social side of a complex situation."""

    LITTLE_USE_OF_CARE = "little_use_of_care"  # because of isolation
    SOCIAL_VULNERABILITY = "social_vulnerability"
    UNSUITED_PRACTICES = "unsuited_practices"  # unsuited health practices
    DEPENDENCY = "dependency"  # illnesses entangled with dependency
    SEVERAL_ACTORS = "several_actors"  # several actors needed


class ServiceLevel(enum.StrEnum):
    """The four levels of service of a DAC."""

    INFORMATION = "information"  # information on the territory's resources
    ORIENTATION = "orientation"  # orientation / one-off support to organise the pathway
    COMPLEX_COORDINATION = "complex_coordination"  # specific coordination with a PPCS
    PROFESSIONAL_SUPPORT = "professional_support"  # analysis of a difficult situation


class TaskKind(enum.StrEnum):
    GP_CONTACT = "gp_contact"  # "Prendre contact avec le médecin traitant"
    FIND_GP = "find_gp"  # "…trouver un médecin traitant"
    DISCHARGE_CALL = "discharge_call"  # call the person on day 2 after a discharge


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class CoordinationTask(SyncedRecord, Base):
    """A coordinator's to-do that belongs to no plan action (shown on "À faire")."""

    __tablename__ = "coordination_task"

    patient_id: Mapped[str | None] = mapped_column(ForeignKey("patient.id"), index=True)
    referral_id: Mapped[str | None] = mapped_column(ForeignKey("referral.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.OPEN)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    journal_entry_id: Mapped[str | None] = mapped_column(ForeignKey("journal_entry.id"))

    __table_args__ = (Index("ix_coordination_task_status_due_on", "status", "due_on"),)


class ProposalAnswer(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REFUSED = "refused"


class GpSearch(SyncedRecord, Base):
    """A person looking for an attending GP (CPTS mission 1: access to care)."""

    __tablename__ = "gp_search"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    asked_on: Mapped[dt.date] = mapped_column(Date)
    precarity: Mapped[bool] = mapped_column(Boolean, default=False)
    coordinator_priority: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    found_on: Mapped[dt.date | None] = mapped_column(Date)
    found_gp_id: Mapped[str | None] = mapped_column(ForeignKey("professional.id"))


class GpProposal(SyncedRecord, Base):
    """A GP of the directory proposed to a person looking for one, and the answer."""

    __tablename__ = "gp_proposal"

    search_id: Mapped[str] = mapped_column(ForeignKey("gp_search.id"), index=True)
    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    professional_id: Mapped[str] = mapped_column(ForeignKey("professional.id"))
    proposed_on: Mapped[dt.date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(String(16), default=ProposalAnswer.PENDING)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)


class DysfunctionKind(enum.StrEnum):
    REDUNDANT_EXAMS = "redundant_exams"  # "who prescribes what and when"
    DISCHARGE_NOT_PREPARED = "discharge_not_prepared"
    UNCHECKED_DELEGATION = "unchecked_delegation"  # delegated to primary care unchecked
    RIGHTS_NOT_OPENED = "rights_not_opened"
    NO_GP = "no_gp"
    OTHER = "other"


class Dysfunction(SyncedRecord, Base):
    """A break in the pathway seen on a person's file, fed back to the territory."""

    __tablename__ = "dysfunction"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    #: Structure kinds involved (StructureKind codes): what the anonymous report counts.
    structure_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Names of the structures or professionals involved, as typed (never reported).
    structures: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
