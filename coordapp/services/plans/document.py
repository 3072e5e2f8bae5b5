"""Everything a printed or exported PPCS needs, read in one go into frozen dataclasses.

Read-only: nothing is written, not even the audit trail (the export use cases record
what they do). Tombstoned rows are left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.documents.plan import (
    CircleMember,
    ConsentEntry,
    Contact,
    PersonIdentity,
    PlanAction,
    PlanContent,
    PlanDocument,
    PlanGoal,
    PlanNeed,
)
from coordapp.errors import NotFound
from coordapp.models import (
    Action,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    Coordinator,
    Goal,
    Need,
    Patient,
    Professional,
    Structure,
)
from coordapp.services.assessments.summary import latest_assessment_line
from coordapp.services.patient.pathway_entries import load_gp_searches, load_tasks
from coordapp.services.plans.views import current_plan
from coordapp.services.views import age_on
from coordapp.services.workspace import Workspace


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
