"""Reading PPCS versions into plain views: the one place plans are queried and assembled.

Shared by the plan services, the patient file and the follow-up queries. Functions take
an open session and return ORM rows (private helpers) or frozen views (public result).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from coordapp.models import (
    Action,
    CarePlan,
    CareTeamMember,
    Coordinator,
    Goal,
    Need,
    Patient,
    PatientStatus,
    PlanStatus,
    Professional,
    Structure,
)
from coordapp.services.views import (
    ActionView,
    CarePlanView,
    GoalView,
    NeedView,
    PlanVersionSummary,
    PlanVersionView,
)


def patient_name(patient: Patient) -> str:
    """``DUPONT (MARTIN) Marie``: birth name first, as identity-vigilance asks."""
    return name_of(patient.family_name, patient.used_name, patient.given_names,
                   patient.used_given_name)


def name_of(family_name: str, used_name: str | None, given_names: str,
            used_given_name: str | None) -> str:
    """:func:`patient_name` from the four columns (a list read as plain rows)."""
    name = family_name.upper()
    if used_name and used_name.upper() != name:
        name += f" ({used_name.upper()})"
    given = used_given_name or given_names.split(" ")[0]
    return f"{name} {given}"


def member_names(session: Session, patient_id: str) -> dict[str, str]:
    """Display name of each member of the person's care circle, by member id."""
    query = (
        select(CareTeamMember, Professional, Structure)
        .outerjoin(Professional, Professional.id == CareTeamMember.professional_id)
        .outerjoin(Structure, Structure.id == CareTeamMember.structure_id)
        .where(CareTeamMember.patient_id == patient_id, CareTeamMember.deleted_hlc.is_(None))
    )
    names: dict[str, str] = {}
    for member, professional, structure in session.execute(query):
        if professional is not None:
            names[member.id] = f"{professional.given_name or ''} {professional.family_name}".strip()
        elif structure is not None:
            names[member.id] = structure.name
        else:
            names[member.id] = member.informal_name or member.role
    return names


def plans_of(session: Session, patient_id: str) -> list[CarePlan]:
    """All live versions of the person's plan, oldest first."""
    return list(session.scalars(
        select(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.deleted_hlc.is_(None))
        .order_by(CarePlan.version, CarePlan.id)
    ))


def current_plan(session: Session, patient_id: str) -> CarePlan | None:
    """The draft being edited if any, else the latest validated (or closed) version."""
    rank = case((CarePlan.status == PlanStatus.DRAFT, 0),
                (CarePlan.status == PlanStatus.VALIDATED, 1), else_=2)
    return session.scalars(
        select(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.deleted_hlc.is_(None),
               CarePlan.status != PlanStatus.SUPERSEDED)
        .order_by(rank, CarePlan.version.desc())
        .limit(1)
    ).first()


def draft_of(session: Session, patient_id: str) -> CarePlan | None:
    return session.scalars(
        select(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.deleted_hlc.is_(None),
               CarePlan.status == PlanStatus.DRAFT)
        .order_by(CarePlan.version.desc())
        .limit(1)
    ).first()


def latest_frozen(session: Session, patient_id: str) -> CarePlan | None:
    """The newest validated (or closed) version: the base of a new draft."""
    return session.scalars(
        select(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.deleted_hlc.is_(None),
               CarePlan.status.in_([PlanStatus.VALIDATED, PlanStatus.CLOSED]))
        .order_by(CarePlan.version.desc())
        .limit(1)
    ).first()


def live_needs(session: Session, plan_ids: Iterable[str]) -> list[Need]:
    return list(session.scalars(
        select(Need).where(Need.plan_id.in_(list(plan_ids)), Need.deleted_hlc.is_(None))
        .order_by(Need.priority, Need.id)
    ))


def live_goals(session: Session, need_ids: Sequence[str]) -> list[Goal]:
    return list(session.scalars(
        select(Goal).where(Goal.need_id.in_(list(need_ids)), Goal.deleted_hlc.is_(None))
        .order_by(Goal.id)
    ))


def live_actions(session: Session, goal_ids: Sequence[str]) -> list[Action]:
    return list(session.scalars(
        select(Action).where(Action.goal_id.in_(list(goal_ids)), Action.deleted_hlc.is_(None))
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    ))


def build_plan_view(session: Session, plan: CarePlan, names: dict[str, str]) -> CarePlanView:
    """The whole plan: needs by priority, their goals, the goals' actions."""
    needs = live_needs(session, [plan.id])
    goals = live_goals(session, [n.id for n in needs])
    actions_by_goal: dict[str, list[ActionView]] = defaultdict(list)
    for a in live_actions(session, [g.id for g in goals]):
        actions_by_goal[a.goal_id].append(ActionView(
            id=a.id, text=a.text, responsible_id=a.responsible_id,
            responsible_name=names.get(a.responsible_id or ""), start_on=a.start_on,
            due_on=a.due_on, recurrence=a.recurrence, status=a.status, done_on=a.done_on,
            result=a.result,
        ))
    goals_by_need: dict[str, list[GoalView]] = defaultdict(list)
    for g in goals:
        goals_by_need[g.need_id].append(GoalView(
            id=g.id, text=g.text, person_opinion=g.person_opinion, target_date=g.target_date,
            evaluation_criterion=g.evaluation_criterion, status=g.status,
            actions=actions_by_goal[g.id],
        ))
    return CarePlanView(
        id=plan.id, version=plan.version, status=plan.status, wishes=plan.wishes,
        alert_procedure=plan.alert_procedure, review_due=plan.review_due,
        validated_at=plan.validated_at, validated_by=plan.validated_by,
        agreement=plan.agreement, agreement_on=plan.agreement_on,
        needs=[
            NeedView(id=n.id, domain=n.domain, text=n.text, priority=n.priority,
                     raised_by_person=n.raised_by_person, unmet=n.unmet,
                     goals=goals_by_need[n.id])
            for n in needs
        ],
    )


def needs_by_domain(plan: CarePlanView) -> list[tuple[str, list[NeedView]]]:
    """Needs grouped by domain; domains ordered by their most urgent need."""
    groups: dict[str, list[NeedView]] = {}
    for need in plan.needs:  # already by priority
        groups.setdefault(need.domain, []).append(need)
    return list(groups.items())


def version_summaries(session: Session, patient_id: str) -> list[PlanVersionSummary]:
    plans = plans_of(session, patient_id)
    counts: dict[str, int] = defaultdict(int)
    for need in live_needs(session, [p.id for p in plans]):
        counts[need.plan_id] += 1
    authors = {p.validated_by for p in plans if p.validated_by}
    names = {c.id: c.display_name for c in session.scalars(
        select(Coordinator).where(Coordinator.id.in_(authors)))} if authors else {}
    return [
        PlanVersionSummary(
            id=p.id, version=p.version, status=p.status, based_on_id=p.based_on_id,
            validated_at=p.validated_at, validated_by=p.validated_by,
            validated_by_name=names.get(p.validated_by or ""), agreement_on=p.agreement_on,
            review_due=p.review_due, closed_on=p.closed_on, needs=counts[p.id],
        )
        for p in plans
    ]


def is_trackable(session: Session, plan: CarePlan) -> bool:
    """Action results and goal statuses are recorded on the plan in force: the draft, or
    the validated version while no draft has been opened on top of it."""
    if plan.status == PlanStatus.DRAFT:
        return True
    return plan.status == PlanStatus.VALIDATED and draft_of(session, plan.patient_id) is None


def plan_version_view(session: Session, plan: CarePlan, patient: Patient) -> PlanVersionView:
    names = member_names(session, patient.id)
    validator = session.get(Coordinator, plan.validated_by) if plan.validated_by else None
    open_case = patient.status != PatientStatus.CLOSED
    return PlanVersionView(
        patient_id=patient.id,
        patient_name=patient_name(patient),
        patient_status=patient.status,
        plan=build_plan_view(session, plan, names),
        based_on_id=plan.based_on_id,
        validated_by_name=validator.display_name if validator else None,
        closed_on=plan.closed_on,
        editable=open_case and plan.status == PlanStatus.DRAFT,
        trackable=open_case and is_trackable(session, plan),
        versions=version_summaries(session, patient.id),
    )
