"""Follow-up across the caseload: late and coming actions, reviews due, unmet needs.

The dashboard calls these; each returns plain views naming the patient. The "current"
plan of a person is the draft being edited if any, else the latest validated version
(else, for a closed case, its closed version).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from coordapp.models import (
    Action,
    ActionStatus,
    CarePlan,
    CareTeamMember,
    Goal,
    GoalStatus,
    Need,
    Patient,
    PatientStatus,
    PlanStatus,
    Professional,
    Structure,
)
from coordapp.services.plans.views import name_of, patient_name
from coordapp.services.views import (
    DueActionView,
    ReviewDueView,
    TerritoryUnmetCount,
    UnmetNeedView,
)
from coordapp.services.workspace import Workspace

OPEN_ACTION = (ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value)


def departement(postal_code: str | None) -> str | None:
    """The département of a French postal code: "08", "2A"/"2B" (Corsica), "974"…"""
    code = (postal_code or "").strip()
    if len(code) != 5 or not code.isdigit():
        return None
    if code[:2] in ("97", "98"):
        return code[:3]
    if code[:2] == "20":
        return "2A" if int(code) < 20200 else "2B"
    return code[:2]


def current_plan_ids() -> Select[tuple[str]]:
    """Ids of every person's current plan, as a subquery (one per patient)."""
    rank = case((CarePlan.status == PlanStatus.DRAFT, 0),
                (CarePlan.status == PlanStatus.VALIDATED, 1), else_=2)
    ranked = (
        select(CarePlan.id.label("id"), func.row_number().over(
            partition_by=CarePlan.patient_id, order_by=(rank, CarePlan.version.desc())
        ).label("rn"))
        .where(CarePlan.deleted_hlc.is_(None), CarePlan.status != PlanStatus.SUPERSEDED)
        .subquery()
    )
    return select(ranked.c.id).where(ranked.c.rn == 1)


class PlanFollowUpService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def overdue_actions(self, today: dt.date | None = None, *,
                        referent_id: str | None = None) -> list[DueActionView]:
        """Open actions whose due date has passed, most late first (open cases only)."""
        today = today or dt.date.today()
        query = _action_query(referent_id).where(Action.due_on < today)
        return self._actions(query, today)

    def actions_due_between(self, start: dt.date, end: dt.date, *,
                            referent_id: str | None = None,
                            today: dt.date | None = None) -> list[DueActionView]:
        """Open actions due from ``start`` to ``end`` (both included)."""
        query = _action_query(referent_id).where(Action.due_on >= start, Action.due_on <= end)
        return self._actions(query, today or dt.date.today())

    def reviews_due(self, before: dt.date, *,
                    referent_id: str | None = None) -> list[ReviewDueView]:
        """Validated plans in force whose review date is on or before ``before``."""
        with self.ws.reading() as uow:
            return review_views(uow.session, reviews_query(before, referent_id), before)

    def unmet_needs(self, *, include_closed: bool = True) -> list[UnmetNeedView]:
        """PPCS part 4: goals not reached and needs left unmet, in current plans."""
        base = (
            select(Need, CarePlan.id, Patient)
            .join(CarePlan, CarePlan.id == Need.plan_id)
            .join(Patient, Patient.id == CarePlan.patient_id)
            .where(CarePlan.id.in_(current_plan_ids()), Need.deleted_hlc.is_(None),
                   Patient.deleted_hlc.is_(None))
        )
        if not include_closed:
            base = base.where(Patient.status != PatientStatus.CLOSED)
        goals = (
            base.add_columns(Goal)
            .join(Goal, Goal.need_id == Need.id)
            .where(Goal.deleted_hlc.is_(None), Goal.status == GoalStatus.NOT_REACHED)
        )
        rows: list[UnmetNeedView] = []
        with self.ws.reading() as uow:
            for need, plan_id, patient in uow.session.execute(base.where(Need.unmet.is_(True))):
                rows.append(_unmet(need, plan_id, patient, None))
            for need, plan_id, patient, goal in uow.session.execute(goals):
                rows.append(_unmet(need, plan_id, patient, goal))
        rows.sort(key=lambda r: (r.departement or "~", r.patient_name, r.need_id,
                                 r.goal_id or ""))
        return rows

    def unmet_needs_by_territory(self, *, include_closed: bool = True
                                 ) -> list[TerritoryUnmetCount]:
        """Counts of :meth:`unmet_needs` per département (unknown postal code last)."""
        patients: dict[str | None, set[str]] = defaultdict(set)
        needs: dict[str | None, int] = defaultdict(int)
        goals: dict[str | None, int] = defaultdict(int)
        for row in self.unmet_needs(include_closed=include_closed):
            patients[row.departement].add(row.patient_id)
            if row.reason == "need_unmet":
                needs[row.departement] += 1
            else:
                goals[row.departement] += 1
        return [
            TerritoryUnmetCount(departement=dep, patients=len(patients[dep]),
                                unmet_needs=needs[dep], goals_not_reached=goals[dep])
            for dep in sorted(patients, key=lambda d: (d is None, d or ""))
        ]

    def _actions(self, query: Select[*tuple[Any, ...]], today: dt.date) -> list[DueActionView]:
        with self.ws.reading() as uow:
            return action_views(uow.session, query, today)


def reviews_query(before: dt.date, referent_id: str | None) -> Select[*tuple[Any, ...]]:
    """Validated plans in force whose review is due on or before ``before``."""
    query: Select[*tuple[Any, ...]] = (
        select(CarePlan, Patient)
        .join(Patient, Patient.id == CarePlan.patient_id)
        .where(CarePlan.deleted_hlc.is_(None), CarePlan.status == PlanStatus.VALIDATED,
               CarePlan.review_due.is_not(None), CarePlan.review_due <= before,
               Patient.deleted_hlc.is_(None), Patient.status != PatientStatus.CLOSED)
        .order_by(CarePlan.review_due, Patient.family_name, Patient.id)
    )
    if referent_id:
        query = query.where(Patient.referent_id == referent_id)
    return query


def review_views(session: Session, query: Select[*tuple[Any, ...]], before: dt.date
                 ) -> list[ReviewDueView]:
    return [
        ReviewDueView(plan_id=plan.id, patient_id=patient.id,
                      patient_name=patient_name(patient), version=plan.version,
                      review_due=plan.review_due or before, referent_id=patient.referent_id)
        for plan, patient in session.execute(query)
    ]


def actions_by_id(session: Session, ids: list[str], today: dt.date) -> list[DueActionView]:
    """The "À faire" views of actions ``ids``, in that order."""
    if not ids:
        return []
    found = {view.action_id: view for view in action_views(
        session, _action_query(None, current_only=False).where(Action.id.in_(ids)), today)}
    return [found[action_id] for action_id in ids if action_id in found]


def action_views(session: Session, query: Select[*tuple[Any, ...]], today: dt.date
                 ) -> list[DueActionView]:
    """The rows of ``query`` (:func:`_action_query`: plain columns, no ORM objects
    built: the "À faire" preview reads 100 of them after every change)."""
    return [
        DueActionView(
            action_id=action_id, plan_id=plan_id, patient_id=patient_id,
            patient_name=name_of(family, used, given, used_given), text=text,
            start_on=start_on, due_on=due_on, recurrence=recurrence, status=status,
            responsible_id=responsible_id, responsible_name=responsible,
            goal_text=goal_text, need_text=need_text,
            days_late=max(0, (today - due_on).days) if due_on else 0,
        )
        for (action_id, text, start_on, due_on, recurrence, status, responsible_id, plan_id,
             patient_id, family, used, given, used_given, goal_text, need_text, responsible)
        in session.execute(query)
    ]


def _action_query(referent_id: str | None, *, current_only: bool = True
                  ) -> Select[*tuple[Any, ...]]:
    """Open actions of open cases; ``current_only``: of current plans (False when the
    ids already come from the current plans: the subquery ranks every plan)."""
    professional, structure = aliased(Professional), aliased(Structure)
    responsible = func.coalesce(
        func.trim(func.coalesce(professional.given_name + " ", "") + professional.family_name),
        structure.name, CareTeamMember.informal_name, CareTeamMember.role,
    )
    query: Select[*tuple[Any, ...]] = (
        select(Action.id, Action.text, Action.start_on, Action.due_on, Action.recurrence,
               Action.status, Action.responsible_id, CarePlan.id, Patient.id,
               Patient.family_name, Patient.used_name, Patient.given_names,
               Patient.used_given_name, Goal.text, Need.text, responsible)
        .join(Goal, Goal.id == Action.goal_id)
        .join(Need, Need.id == Goal.need_id)
        .join(CarePlan, CarePlan.id == Need.plan_id)
        .join(Patient, Patient.id == CarePlan.patient_id)
        .outerjoin(CareTeamMember, CareTeamMember.id == Action.responsible_id)
        .outerjoin(professional, professional.id == CareTeamMember.professional_id)
        .outerjoin(structure, structure.id == CareTeamMember.structure_id)
        .where(Action.deleted_hlc.is_(None),
               Goal.deleted_hlc.is_(None), Need.deleted_hlc.is_(None),
               Patient.deleted_hlc.is_(None), Patient.status != PatientStatus.CLOSED,
               Action.status.in_(OPEN_ACTION), Action.due_on.is_not(None))
        .order_by(Action.due_on, Patient.family_name, Patient.id, Action.id)
    )
    if current_only:
        query = query.where(CarePlan.id.in_(current_plan_ids()))
    if referent_id:
        query = query.where(Patient.referent_id == referent_id)
    return query


def _unmet(need: Need, plan_id: str, patient: Patient, goal: Goal | None) -> UnmetNeedView:
    return UnmetNeedView(
        patient_id=patient.id, patient_name=patient_name(patient),
        departement=departement(patient.postal_code), plan_id=plan_id, need_id=need.id,
        domain=need.domain, need_text=need.text, goal_id=goal.id if goal else None,
        goal_text=goal.text if goal else None,
        reason="goal_not_reached" if goal else "need_unmet",
    )
