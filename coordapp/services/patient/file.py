"""One person's whole file: identity, care circle, current plan, journal, requests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import NotFound
from coordapp.models import (
    Assessment,
    AuditAction,
    CareTeamMember,
    ConsentRecord,
    Coordinator,
    JournalEntry,
    Patient,
    Professional,
    Referral,
    Structure,
)
from coordapp.services.assessments import aggir_coding, zarit
from coordapp.services.assessments.aggir import ALL_VARIABLES
from coordapp.services.caseload.patients import EDITABLE_FIELDS
from coordapp.services.patient.identity_origin import ORIGIN_FIELDS
from coordapp.services.patient.intake import referral_view
from coordapp.services.plans.views import build_plan_view, current_plan
from coordapp.services.views import (
    AssessmentView,
    CarePlanView,
    CareTeamMemberView,
    ConsentView,
    JournalEntryView,
    PatientFile,
    ReferralView,
    age_on,
)
from coordapp.services.workspace import Workspace


class PatientFileService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def load(self, patient_id: str, *, audit: bool = True) -> PatientFile:
        """The whole file; reading it is recorded in the audit trail."""
        with self.ws.reading() as uow:
            session = uow.session
            patient = session.get(Patient, patient_id)
            if patient is None or patient.is_deleted:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            identity: dict[str, Any] = {key: getattr(patient, key)
                                        for key in (*EDITABLE_FIELDS, *ORIGIN_FIELDS)}
            gp = session.get(Professional, patient.gp_id) if patient.gp_id else None
            referent = (
                session.get(Coordinator, patient.referent_id) if patient.referent_id else None
            )
            team = _care_team(session, patient_id)
            result = PatientFile(
                id=patient.id,
                identity=identity,
                age=age_on(patient.birth_date, dt.date.today()),
                gp_name=f"{gp.given_name or ''} {gp.family_name}".strip() if gp else None,
                referent_name=referent.display_name if referent else None,
                care_team=team,
                current_plan=_current_plan(session, patient_id, {m.id: m.name for m in team}),
                journal=_journal(session, patient_id),
                referrals=_referrals(session, patient_id),
                consents=_consents(session, patient_id),
                assessments=_assessments(session, patient_id),
            )
            if audit:
                uow.audit.record(AuditAction.VIEW, "patient", patient_id)
        return result

    def care_team(self, patient_id: str) -> list[CareTeamMemberView]:
        """Just the care circle, current members first (e.g. to pick who does an action)."""
        with self.ws.reading() as uow:
            return _care_team(uow.session, patient_id)


def _care_team(session: Session, patient_id: str) -> list[CareTeamMemberView]:
    query = (
        select(CareTeamMember, Professional, Structure)
        .outerjoin(Professional, Professional.id == CareTeamMember.professional_id)
        .outerjoin(Structure, Structure.id == CareTeamMember.structure_id)
        .where(CareTeamMember.patient_id == patient_id, CareTeamMember.deleted_hlc.is_(None))
        .order_by(CareTeamMember.ended_on.is_not(None), CareTeamMember.role)
    )
    members = []
    for member, professional, structure in session.execute(query):
        if professional is not None:
            kind = "professional"
            name = f"{professional.given_name or ''} {professional.family_name}".strip()
            profession, phone = professional.profession, member.phone or professional.phone
        elif structure is not None:
            kind, name, profession = "structure", structure.name, structure.kind
            phone = member.phone or structure.phone
        else:
            kind, name, profession = "informal", member.informal_name or "", None
            phone = member.phone
        members.append(
            CareTeamMemberView(
                id=member.id, role=member.role, name=name, kind=kind,
                professional_id=member.professional_id, structure_id=member.structure_id,
                profession=profession, phone=phone, relationship=member.relationship,
                is_main_caregiver=member.is_main_caregiver, started_on=member.started_on,
                ended_on=member.ended_on,
            )
        )
    return members


def _current_plan(
    session: Session, patient_id: str, member_names: dict[str, str]
) -> CarePlanView | None:
    """The draft being edited if any, else the latest validated (or closed) version."""
    plan = current_plan(session, patient_id)
    return build_plan_view(session, plan, member_names) if plan is not None else None


def _journal(session: Session, patient_id: str) -> list[JournalEntryView]:
    query = (
        select(JournalEntry, Coordinator.display_name)
        .outerjoin(Coordinator, Coordinator.id == JournalEntry.author_id)
        .where(JournalEntry.patient_id == patient_id, JournalEntry.deleted_hlc.is_(None))
        .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc())
    )
    return [
        JournalEntryView(id=e.id, occurred_at=e.occurred_at, kind=e.kind, author_id=e.author_id,
                         author_name=name, text=e.text)
        for e, name in session.execute(query)
    ]


def _referrals(session: Session, patient_id: str) -> list[ReferralView]:
    query = (
        select(Referral)
        .where(Referral.patient_id == patient_id, Referral.deleted_hlc.is_(None))
        .order_by(Referral.received_at.desc())
    )
    return [
        referral_view(r) for r in session.scalars(query)
    ]


def _consents(session: Session, patient_id: str) -> list[ConsentView]:
    query = (
        select(ConsentRecord)
        .where(ConsentRecord.patient_id == patient_id, ConsentRecord.deleted_hlc.is_(None))
        .order_by(ConsentRecord.recorded_on.desc(), ConsentRecord.id.desc())
    )
    return [
        ConsentView(id=c.id, kind=c.kind, recorded_on=c.recorded_on, given_by=c.given_by,
                    how=c.how, note=c.note, recipient=c.recipient)
        for c in session.scalars(query)
    ]


def _assessments(session: Session, patient_id: str) -> list[AssessmentView]:
    query = (
        select(Assessment)
        .where(Assessment.patient_id == patient_id, Assessment.deleted_hlc.is_(None))
        .order_by(Assessment.assessed_on.desc())
    )
    views = []
    for a in session.scalars(query):
        result = zarit.score(a.zarit_items or [])
        views.append(AssessmentView(
            id=a.id, assessed_on=a.assessed_on, gir=a.gir, zarit_total=a.zarit_total,
            complexity_factors=list(a.complexity_factors),
            aggir=_ordered_grid(dict(a.aggir or {})),
            aggir_coding=aggir_coding.coding_json(a.aggir_detail),
            zarit_form=result.form if result else None,
            zarit_score=result.total if result else None,
            zarit_band=result.band if result else None,
            zarit_items=list(a.zarit_items or []), notes=dict(a.notes or {})))
    return views


def _ordered_grid(grid: dict[str, str]) -> dict[str, str]:
    """The AGGIR grid in the form's order (discriminant variables first)."""
    ordered = {name: grid[name] for name in ALL_VARIABLES if name in grid}
    return {**ordered, **{name: value for name, value in grid.items() if name not in ordered}}
