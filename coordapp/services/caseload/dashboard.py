"""The coordinator's to-do list ("À faire"): what needs doing today across the caseload.

Late and coming actions and PPCS reviews come from :class:`PlanFollowUpService`; this
module adds the two lists it does not have (requests for support not answered yet, active
patients without a GP) and gathers everything in one :class:`Dashboard` for the screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from coordapp.models import Coordinator, Patient, PatientStatus, Referral
from coordapp.services.caseload.tasks import TaskService, TaskView
from coordapp.services.patient.request_drafts import RequestDraftService, RequestDraftView
from coordapp.services.plans.follow_up import PlanFollowUpService
from coordapp.services.plans.views import patient_name
from coordapp.services.views import DueActionView, ReviewDueView
from coordapp.services.workspace import Workspace

#: Actions "due this week": from today to today + 6 days.
DUE_SOON_DAYS = 7
#: PPCS reviews shown: overdue ones and those due within this many days.
REVIEW_HORIZON_DAYS = 30


@dataclass(frozen=True)
class PendingReferralView:
    """A request for support with no answer recorded yet."""

    referral_id: str
    patient_id: str | None  # None: not linked to a patient file yet
    patient_name: str | None
    subject_summary: str | None  # who it is about, when no patient is linked
    received_at: dt.datetime
    requester_kind: str
    requester_name: str | None
    requester_profession: str | None
    requester_structure: str | None
    urgency: str
    reason: str
    days_waiting: int


@dataclass(frozen=True)
class PatientWithoutGpView:
    """An active case with no médecin traitant recorded."""

    patient_id: str
    patient_name: str
    city: str | None
    referent_id: str | None
    referent_name: str | None
    opened_on: dt.date | None


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    overdue_actions: list[DueActionView]
    actions_due_soon: list[DueActionView]
    reviews_due: list[ReviewDueView]
    pending_referrals: list[PendingReferralView]
    patients_without_gp: list[PatientWithoutGpView]
    #: Coordination tasks still open (contact the GP, call after a discharge).
    coordination_tasks: list[TaskView] = field(default_factory=list)
    #: New requests left half-typed by the user (never filtered: they are the user's).
    request_drafts: list[RequestDraftView] = field(default_factory=list)
    #: How many lines each list has in all (by field name), when the lists above are
    #: only their first lines (``DashboardService.load(limit=…)``); else empty.
    totals: dict[str, int] = field(default_factory=dict)

    def total(self, name: str) -> int:
        """The number of lines of list ``name``, shown or not."""
        return self.totals.get(name, len(getattr(self, name)))


#: The lists of a dashboard, in screen order.
SECTIONS = ("overdue_actions", "actions_due_soon", "reviews_due", "pending_referrals",
            "patients_without_gp", "coordination_tasks", "request_drafts")


class DashboardService:
    """Read-only queries for the "À faire" screen; ``referent_id`` keeps one coordinator's
    patients only (None: the whole caseload)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.follow_up = PlanFollowUpService(workspace)

    def load(self, today: dt.date | None = None, *, referent_id: str | None = None,
             limit: int | None = None) -> Dashboard:
        """Every list of the screen, computed for ``today``; with ``limit``, only the
        first ``limit`` lines of each, and their counts (``Dashboard.totals``)."""
        drafts = RequestDraftService(self.ws).mine()
        if limit is not None:
            from coordapp.services.caseload.dashboard_preview import load_preview

            return replace(load_preview(self.ws, today or dt.date.today(), referent_id,
                                        limit), request_drafts=drafts)
        today = today or dt.date.today()
        soon_end = today + dt.timedelta(days=DUE_SOON_DAYS - 1)
        return Dashboard(
            today=today,
            overdue_actions=self.follow_up.overdue_actions(today, referent_id=referent_id),
            actions_due_soon=self.follow_up.actions_due_between(
                today, soon_end, referent_id=referent_id, today=today),
            reviews_due=self.follow_up.reviews_due(
                today + dt.timedelta(days=REVIEW_HORIZON_DAYS), referent_id=referent_id),
            pending_referrals=self.pending_referrals(today, referent_id=referent_id),
            patients_without_gp=self.patients_without_gp(referent_id=referent_id),
            coordination_tasks=TaskService(self.ws).open_tasks(referent_id=referent_id),
            request_drafts=drafts,
        )

    def section(self, name: str, today: dt.date, *, referent_id: str | None = None
                ) -> Dashboard:
        """A dashboard whose list ``name`` (one of ``SECTIONS``) is complete, the others
        empty: what "show the others" reads after a limited :meth:`load`."""
        from coordapp.services.caseload.dashboard_preview import load_section

        if name == "request_drafts":
            return Dashboard(today, [], [], [], [], [],
                             request_drafts=RequestDraftService(self.ws).mine())
        return load_section(self.ws, name, today, referent_id)

    def complete_task(self, task_id: str, note: str) -> None:
        """The task is done; the contact is logged in the person's journal."""
        TaskService(self.ws).complete(task_id, note)

    def pending_referrals(self, today: dt.date | None = None, *,
                          referent_id: str | None = None) -> list[PendingReferralView]:
        """Requests with no answer, newest first.

        With ``referent_id``, requests about that coordinator's patients, plus those nobody
        is in charge of yet (no patient linked, or a patient without referent): a new
        request must reach someone.
        """
        today = today or dt.date.today()
        with self.ws.reading() as uow:
            return [_pending(referral, patient, today)
                    for referral, patient in uow.session.execute(referrals_query(referent_id))]

    def patients_without_gp(self, *, referent_id: str | None = None
                            ) -> list[PatientWithoutGpView]:
        """Active cases with no médecin traitant, by birth name."""
        with self.ws.reading() as uow:
            return without_gp_views(uow.session, without_gp_query(referent_id))


def referrals_query(referent_id: str | None) -> Select[*tuple[Any, ...]]:
    query: Select[*tuple[Any, ...]] = (
        select(Referral, Patient)
        .outerjoin(Patient, Patient.id == Referral.patient_id)
        .where(Referral.deleted_hlc.is_(None), Referral.answer.is_(None),
               or_(Patient.id.is_(None), Patient.deleted_hlc.is_(None)))
        .order_by(Referral.received_at.desc(), Referral.id)
    )
    if referent_id:
        query = query.where(or_(Patient.id.is_(None), Patient.referent_id.is_(None),
                                Patient.referent_id == referent_id))
    return query


def without_gp_query(referent_id: str | None) -> Select[*tuple[Any, ...]]:
    query: Select[*tuple[Any, ...]] = (
        select(Patient, Coordinator.display_name)
        .outerjoin(Coordinator, Coordinator.id == Patient.referent_id)
        .where(Patient.deleted_hlc.is_(None), Patient.status == PatientStatus.ACTIVE,
               Patient.gp_id.is_(None))
        .order_by(Patient.family_name, Patient.given_names, Patient.id)
    )
    if referent_id:
        query = query.where(Patient.referent_id == referent_id)
    return query


def without_gp_views(session: Session, query: Select[*tuple[Any, ...]]
                     ) -> list[PatientWithoutGpView]:
    return [
        PatientWithoutGpView(
            patient_id=patient.id, patient_name=patient_name(patient), city=patient.city,
            referent_id=patient.referent_id, referent_name=referent,
            opened_on=patient.opened_on,
        )
        for patient, referent in session.execute(query)
    ]


def pending_view(referral: Referral, patient: Patient | None, today: dt.date
                 ) -> PendingReferralView:
    return _pending(referral, patient, today)


def _pending(referral: Referral, patient: Patient | None, today: dt.date) -> PendingReferralView:
    return PendingReferralView(
        referral_id=referral.id,
        patient_id=patient.id if patient else None,
        patient_name=patient_name(patient) if patient else None,
        subject_summary=referral.subject_summary,
        received_at=referral.received_at,
        requester_kind=referral.requester_kind,
        requester_name=referral.requester_name,
        requester_profession=referral.requester_profession,
        requester_structure=referral.requester_structure,
        urgency=referral.urgency,
        reason=referral.reason,
        days_waiting=max(0, (today - referral.received_at.date()).days),
    )
