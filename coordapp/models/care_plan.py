"""The PPCS (plan personnalisé de coordination en santé): needs → goals → actions."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.models.base import Base, SyncedRecord


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    SUPERSEDED = "superseded"
    CLOSED = "closed"


class NeedDomain(enum.StrEnum):
    HEALTH = "health"
    AUTONOMY = "autonomy"
    PSYCHOLOGICAL = "psychological"
    SOCIAL = "social"
    ENVIRONMENT = "environment"
    CAREGIVER = "caregiver"
    ADMINISTRATIVE = "administrative"  # rights, benefits, legal protection


class GoalStatus(enum.StrEnum):
    PROPOSED = "proposed"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    NOT_REACHED = "not_reached"  # fed back to the territory as an unmet need
    ABANDONED = "abandoned"


class ActionStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CarePlan(SyncedRecord, Base):
    __tablename__ = "care_plan"

    patient_id: Mapped[str] = mapped_column(ForeignKey("patient.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default=PlanStatus.DRAFT)
    based_on_id: Mapped[str | None] = mapped_column(ForeignKey("care_plan.id"))
    wishes: Mapped[str | None] = mapped_column(Text)  # the person's words
    alert_procedure: Mapped[str | None] = mapped_column(Text)  # whom to call when
    review_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    validated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    validated_by: Mapped[str | None] = mapped_column(ForeignKey("coordinator.id"))
    agreement: Mapped[str | None] = mapped_column(Text)  # how the person agreed
    agreement_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Why the plan was validated while the GP contact was still open.
    gp_contact_note: Mapped[str | None] = mapped_column(Text)

    # Links read by services.caseload_index from the index alone (migration 0005).
    __table_args__ = (Index("ix_care_plan_tree", "id", "patient_id", "status", "version",
                            "deleted_hlc"),
                      # The count of reviews due, index-only (migration 0010).
                      Index("ix_care_plan_review", "status", "review_due", "patient_id",
                            "deleted_hlc"))


class Need(SyncedRecord, Base):
    __tablename__ = "need"

    plan_id: Mapped[str] = mapped_column(ForeignKey("care_plan.id"), index=True)
    domain: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, default=1)  # 1 comes first
    raised_by_person: Mapped[bool] = mapped_column(Boolean, default=False)
    unmet: Mapped[bool] = mapped_column(Boolean, default=False)  # no answer on the territory

    __table_args__ = (Index("ix_need_tree", "id", "plan_id", "deleted_hlc"),)


class Goal(SyncedRecord, Base):
    __tablename__ = "goal"

    need_id: Mapped[str] = mapped_column(ForeignKey("need.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    person_opinion: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    evaluation_criterion: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=GoalStatus.PROPOSED)

    __table_args__ = (Index("ix_goal_tree", "id", "need_id", "deleted_hlc"),)


class Action(SyncedRecord, Base):
    __tablename__ = "action"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("care_team_member.id"))
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    recurrence: Mapped[str | None] = mapped_column(String(120))  # "chaque semaine"
    status: Mapped[str] = mapped_column(String(16), default=ActionStatus.PLANNED)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str | None] = mapped_column(Text)

    # Open actions by due date, with the link to their goal (migration 0005).
    __table_args__ = (Index("ix_action_open", "status", "due_on", "goal_id", "deleted_hlc",
                            "id"),)
