"""Everything a printed or exported PPCS needs, read in one go into frozen dataclasses.

Read-only: nothing is written, not even the audit trail (the export use cases record
what they do). Tombstoned rows are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from coordapp.errors import NotFound
from coordapp.models import (
    Action,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    Coordinator,
    Goal,
    GoalStatus,
    Need,
    Patient,
    PlanStatus,
    Professional,
    Structure,
)
from coordapp.services.assessment_summary import latest_assessment_line
from coordapp.services.pathway_entries import (
    GpSearchEntry,
    TaskEntry,
    load_gp_searches,
    load_tasks,
)
from coordapp.services.views import age_on
from coordapp.services.workspace import Workspace


@dataclass(frozen=True)
class Contact:
    """A coordinator or a professional, as the document shows them."""

    id: str
    name: str
    phone: str | None = None
    email: str | None = None
    structure: str | None = None
    profession: str | None = None
    rpps: str | None = None
    adeli: str | None = None
    family_name: str | None = None  # professionals only: the name in parts
    given_name: str | None = None


@dataclass(frozen=True)
class CircleMember:
    id: str
    kind: str  # professional | structure | informal
    role: str
    name: str
    profession: str | None
    relationship: str | None
    phone: str | None
    email: str | None
    is_main_caregiver: bool
    started_on: dt.date | None
    ended_on: dt.date | None
    professional_id: str | None
    structure_id: str | None
    rpps: str | None = None
    adeli: str | None = None
    finess: str | None = None
    family_name: str | None = None  # professionals only: the name in parts
    given_name: str | None = None

    def is_current(self, on: dt.date) -> bool:
        return self.ended_on is None or self.ended_on >= on


@dataclass(frozen=True)
class PlanAction:
    id: str
    text: str
    responsible_id: str | None
    responsible_name: str | None
    responsible_role: str | None
    start_on: dt.date | None
    due_on: dt.date | None
    recurrence: str | None
    status: str
    done_on: dt.date | None
    result: str | None


@dataclass(frozen=True)
class PlanGoal:
    id: str
    text: str
    person_opinion: str | None
    target_date: dt.date | None
    evaluation_criterion: str | None
    status: str
    actions: tuple[PlanAction, ...]


@dataclass(frozen=True)
class PlanNeed:
    id: str
    domain: str
    text: str
    priority: int
    raised_by_person: bool
    unmet: bool
    goals: tuple[PlanGoal, ...]


@dataclass(frozen=True)
class UnmetItem:
    """A need without answer on the territory, or a goal set but not reached."""

    kind: str  # need | goal
    domain: str
    text: str
    need_text: str


@dataclass(frozen=True)
class PlanContent:
    id: str
    version: int
    status: str
    wishes: str | None
    alert_procedure: str | None
    review_due: dt.date | None
    validated_at: dt.datetime | None
    validated_by_id: str | None
    validated_by_name: str | None
    agreement: str | None
    agreement_on: dt.date | None
    closed_on: dt.date | None
    needs: tuple[PlanNeed, ...]

    @property
    def is_draft(self) -> bool:
        return self.status == PlanStatus.DRAFT

    @property
    def actions(self) -> tuple[tuple[PlanNeed, PlanGoal, PlanAction], ...]:
        """Every action with its goal and need, in plan order (need priority first)."""
        return tuple((n, g, a) for n in self.needs for g in n.goals for a in g.actions)

    @property
    def unmet(self) -> tuple[UnmetItem, ...]:
        items: list[UnmetItem] = []
        for need in self.needs:
            if need.unmet:
                items.append(UnmetItem("need", need.domain, need.text, need.text))
            items += [UnmetItem("goal", need.domain, g.text, need.text)
                      for g in need.goals if g.status == GoalStatus.NOT_REACHED]
        return tuple(items)


@dataclass(frozen=True)
class ConsentEntry:
    id: str
    kind: str
    recorded_on: dt.date
    given_by: str | None
    how: str | None


@dataclass(frozen=True)
class PersonIdentity:
    id: str
    family_name: str  # birth name
    given_names: str  # birth first names, in order
    used_name: str | None
    used_given_name: str | None
    birth_date: dt.date
    age: int
    sex: str
    birth_place_code: str | None
    nir: str | None
    identity_status: str
    phone: str | None
    phone_alt: str | None
    email: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    living_situation: str | None
    legal_protection: str | None
    trusted_person: str | None
    ald: tuple[str, ...]
    status: str
    opened_on: dt.date | None
    closed_on: dt.date | None
    identity_method: str | None = None  # fr-core-cs-method-collection code
    identity_document: str | None = None  # fr-core-cs-mode-validation-identity code
    identity_checked_on: dt.date | None = None
    identity_source: str | None = None
    insi_queried_on: dt.date | None = None
    languages: tuple[str, ...] = ()
    interpreter_needed: bool = False

    @property
    def first_name(self) -> str:
        return self.used_given_name or self.given_names.split(" ")[0]

    @property
    def display_name(self) -> str:
        """``Éloïse MARTIN`` (the name in use, for the person's own copy)."""
        return f"{self.first_name} {(self.used_name or self.family_name).upper()}"

    @property
    def identity_line(self) -> str:
        """``LEFÈVRE (MARTIN) Éloïse``: birth name first, as identity vigilance asks."""
        name = self.family_name.upper()
        if self.used_name and self.used_name.upper() != name:
            name += f" ({self.used_name.upper()})"
        return f"{name} {self.first_name}"

    @property
    def address_line(self) -> str | None:
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        line = ", ".join(p for p in (self.address, town) if p)
        return line or None


@dataclass(frozen=True)
class PlanDocument:
    person: PersonIdentity
    referent: Contact | None
    gp: Contact | None
    care_circle: tuple[CircleMember, ...]
    plan: PlanContent | None
    consents: tuple[ConsentEntry, ...]
    generated_on: dt.date
    assessment: str | None = None  # the latest assessment in one line (GIR, Zarit)
    tasks: tuple[TaskEntry, ...] = ()  # coordination tasks (GP contact, day-2 call)
    gp_searches: tuple[GpSearchEntry, ...] = ()  # looking for an attending GP

    @property
    def current_circle(self) -> tuple[CircleMember, ...]:
        return tuple(m for m in self.care_circle if m.is_current(self.generated_on))


class PlanDocumentService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def build(self, patient_id: str, plan_id: str | None = None) -> PlanDocument:
        with self.ws.unit_of_work() as uow:
            return load_plan_document(uow.session, patient_id, plan_id=plan_id)


def load_plan_document(
    session: Session, patient_id: str, *, plan_id: str | None = None,
    today: dt.date | None = None,
) -> PlanDocument:
    """The document for the current plan (the draft if any, else the latest validated or
    closed version), or for ``plan_id`` when given."""
    today = today or dt.date.today()
    patient = session.get(Patient, patient_id)
    if patient is None or patient.is_deleted:
        raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
    circle = _circle(session, patient_id)
    referent = session.get(Coordinator, patient.referent_id) if patient.referent_id else None
    return PlanDocument(
        person=_person(patient, today),
        referent=_coordinator_contact(referent),
        gp=_gp(session, patient.gp_id, circle),
        care_circle=circle,
        plan=_plan(session, patient_id, plan_id, circle),
        consents=tuple(
            ConsentEntry(c.id, c.kind, c.recorded_on, c.given_by, c.how)
            for c in session.scalars(
                select(ConsentRecord)
                .where(ConsentRecord.patient_id == patient_id,
                       ConsentRecord.deleted_hlc.is_(None))
                .order_by(ConsentRecord.recorded_on, ConsentRecord.id))
        ),
        generated_on=today,
        assessment=latest_assessment_line(session, patient_id),
        tasks=load_tasks(session, patient_id),
        gp_searches=load_gp_searches(session, patient, today),
    )


def current_plan(session: Session, patient_id: str) -> CarePlan | None:
    """The current plan: the draft being edited if any, else the latest validated version,
    else the latest closed one (superseded versions never)."""
    rank = case((CarePlan.status == PlanStatus.DRAFT, 0),
                (CarePlan.status == PlanStatus.VALIDATED, 1), else_=2)
    return session.scalars(
        select(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.deleted_hlc.is_(None),
               CarePlan.status != PlanStatus.SUPERSEDED)
        .order_by(rank, CarePlan.version.desc())
        .limit(1)
    ).first()


def _person(p: Patient, today: dt.date) -> PersonIdentity:
    return PersonIdentity(
        id=p.id, family_name=p.family_name, given_names=p.given_names, used_name=p.used_name,
        used_given_name=p.used_given_name, birth_date=p.birth_date,
        age=age_on(p.birth_date, today), sex=p.sex, birth_place_code=p.birth_place_code,
        nir=p.nir, identity_status=p.identity_status, phone=p.phone, phone_alt=p.phone_alt,
        email=p.email, address=p.address, postal_code=p.postal_code, city=p.city,
        living_situation=p.living_situation, legal_protection=p.legal_protection,
        trusted_person=p.trusted_person, ald=tuple(p.ald or ()), status=p.status,
        opened_on=p.opened_on, closed_on=p.closed_on, identity_method=p.identity_method,
        identity_document=p.identity_document, identity_checked_on=p.identity_checked_on,
        identity_source=p.identity_source, insi_queried_on=p.insi_queried_on,
        languages=tuple(p.languages or ()), interpreter_needed=bool(p.interpreter_needed),
    )


def _coordinator_contact(c: Coordinator | None) -> Contact | None:
    if c is None or c.is_deleted:
        return None
    return Contact(id=c.id, name=c.display_name, phone=c.phone, email=c.email,
                   structure=c.structure_name, profession=c.profession)


def _professional_name(p: Professional) -> str:
    return f"{p.given_name or ''} {p.family_name}".strip()


def _gp(session: Session, gp_id: str | None,
        circle: tuple[CircleMember, ...]) -> Contact | None:
    if gp_id is None:
        return None
    found = session.execute(
        select(Professional, Structure.name)
        .outerjoin(Structure, Structure.id == Professional.structure_id)
        .where(Professional.id == gp_id)
    ).first()
    if found is None or found[0].is_deleted:
        return None
    gp, structure = found
    # A phone recorded on the care-circle line (a direct line) wins over the directory's.
    member_phone = next((m.phone for m in circle if m.professional_id == gp_id and m.phone),
                        None)
    return Contact(id=gp.id, name=_professional_name(gp), phone=member_phone or gp.phone,
                   email=gp.email, structure=structure, profession=gp.profession,
                   rpps=gp.rpps, adeli=gp.adeli, family_name=gp.family_name,
                   given_name=gp.given_name)


def _circle(session: Session, patient_id: str) -> tuple[CircleMember, ...]:
    query = (
        select(CareTeamMember, Professional, Structure)
        .outerjoin(Professional, (Professional.id == CareTeamMember.professional_id)
                   & Professional.deleted_hlc.is_(None))
        .outerjoin(Structure, (Structure.id == CareTeamMember.structure_id)
                   & Structure.deleted_hlc.is_(None))
        .where(CareTeamMember.patient_id == patient_id, CareTeamMember.deleted_hlc.is_(None))
        .order_by(CareTeamMember.ended_on.is_not(None), CareTeamMember.is_main_caregiver.desc(),
                  CareTeamMember.role, CareTeamMember.id)
    )
    members: list[CircleMember] = []
    for m, pro, struct in session.execute(query):
        common: dict[str, Any] = {"id": m.id, "role": m.role, "relationship": m.relationship,
                  "is_main_caregiver": m.is_main_caregiver, "started_on": m.started_on,
                  "ended_on": m.ended_on, "professional_id": m.professional_id,
                  "structure_id": m.structure_id}
        if pro is not None:
            members.append(CircleMember(
                kind="professional", name=_professional_name(pro), profession=pro.profession,
                phone=m.phone or pro.phone, email=pro.email, rpps=pro.rpps, adeli=pro.adeli,
                family_name=pro.family_name, given_name=pro.given_name, **common))
        elif struct is not None:
            members.append(CircleMember(
                kind="structure", name=struct.name, profession=struct.kind,
                phone=m.phone or struct.phone, email=struct.email, finess=struct.finess,
                **common))
        elif m.informal_name:
            members.append(CircleMember(
                kind="informal", name=m.informal_name, profession=None, phone=m.phone,
                email=None, **common))
    return tuple(members)


def _plan(session: Session, patient_id: str, plan_id: str | None,
          circle: tuple[CircleMember, ...]) -> PlanContent | None:
    if plan_id is None:
        plan = current_plan(session, patient_id)
    else:
        plan = session.get(CarePlan, plan_id)
        if plan is None or plan.is_deleted or plan.patient_id != patient_id:
            raise NotFound(f"Aucun PPCS avec l'identifiant {plan_id} pour ce patient.")
    if plan is None:
        return None
    validator = session.get(Coordinator, plan.validated_by) if plan.validated_by else None
    members = {m.id: m for m in circle}
    needs = list(session.scalars(
        select(Need).where(Need.plan_id == plan.id, Need.deleted_hlc.is_(None))
        .order_by(Need.priority, Need.id)))
    goals = list(session.scalars(
        select(Goal).where(Goal.need_id.in_([n.id for n in needs]), Goal.deleted_hlc.is_(None))
        .order_by(Goal.target_date.is_(None), Goal.target_date, Goal.id)))
    actions_by_goal: dict[str, list[PlanAction]] = defaultdict(list)
    for a in session.scalars(
        select(Action).where(Action.goal_id.in_([g.id for g in goals]),
                             Action.deleted_hlc.is_(None))
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    ):
        member = members.get(a.responsible_id or "")
        actions_by_goal[a.goal_id].append(PlanAction(
            id=a.id, text=a.text, responsible_id=a.responsible_id,
            responsible_name=member.name if member else None,
            responsible_role=member.role if member else None, start_on=a.start_on,
            due_on=a.due_on, recurrence=a.recurrence, status=a.status, done_on=a.done_on,
            result=a.result))
    goals_by_need: dict[str, list[PlanGoal]] = defaultdict(list)
    for g in goals:
        goals_by_need[g.need_id].append(PlanGoal(
            id=g.id, text=g.text, person_opinion=g.person_opinion, target_date=g.target_date,
            evaluation_criterion=g.evaluation_criterion, status=g.status,
            actions=tuple(actions_by_goal[g.id])))
    return PlanContent(
        id=plan.id, version=plan.version, status=plan.status, wishes=plan.wishes,
        alert_procedure=plan.alert_procedure, review_due=plan.review_due,
        validated_at=plan.validated_at, validated_by_id=plan.validated_by,
        validated_by_name=validator.display_name if validator else None,
        agreement=plan.agreement, agreement_on=plan.agreement_on, closed_on=plan.closed_on,
        needs=tuple(
            PlanNeed(id=n.id, domain=n.domain, text=n.text, priority=n.priority,
                     raised_by_person=n.raised_by_person, unmet=n.unmet,
                     goals=tuple(goals_by_need[n.id]))
            for n in needs),
    )
