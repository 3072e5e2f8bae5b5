"""Builders shared by the export tests: one person with a complete, known PPCS."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from coordapp.models import (
    Action,
    AuditEvent,
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
from coordapp.services.workspace import Workspace
from tests.clock import today

COORDINATOR_PHONE = "+33612345678"
COORDINATOR_PHONE_TEXT = "06 12 34 56 78"
GP_PHONE_TEXT = "03 24 56 78 90"
NIR = "241037511612371"
WISHES = "Rester chez moi « le plus longtemps possible » ; garder l’œil sur le jardin."


@dataclass
class PlanIds:
    patient: str
    plan: str
    gp: str
    structure: str
    caregiver: str
    needs: list[str] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    #: (id, text, status, due_on) of every action, in creation order
    actions: list[tuple[str, str, str, dt.date]] = field(default_factory=list)


def action_text(i: int, long: bool = False) -> str:
    base = f"Action n°{i:02d} : passage de l’infirmière pour préparer le pilulier"
    if long:
        base += (" et vérifier la prise des traitements du soir, puis noter les"
                 " observations dans le cahier de liaison posé sur la commode")
    return base


def make_plan(
    workspace: Workspace,
    *,
    actions: int = 4,
    status: str = "validated",
    identity_status: str = "VALI",
    long_actions: bool = False,
    referent_id: str | None = None,
    family_name: str = "Lefèvre",
    patient_status: str = "active",
    version: int = 1,
    validated_days_ago: int = 10,
) -> PlanIds:
    """A person with a care circle (GP, SSIAD, daughter), two needs, two goals and
    ``actions`` actions spread over them (one in four done, one in ten cancelled)."""
    with workspace.unit_of_work() as uow:
        c = uow.changes
        owner = uow.session.get(Coordinator, workspace.user_id)
        assert owner is not None
        c.update(owner, {"phone": COORDINATOR_PHONE, "structure_name": "DAC des Ardennes"})
        gp = c.create(Professional, {
            "family_name": "Lœb", "given_name": "Jean-Édouard",
            "profession": "Médecin généraliste", "rpps": "10003456789",
            "phone": "+33324567890", "city": "Sedan"})
        ssiad = c.create(Structure, {"name": "SSIAD du Val-de-Meuse", "kind": "SSIAD",
                                     "finess": "080001234", "phone": "+33324001122"})
        uow.session.flush()
        patient = c.create(Patient, {
            "family_name": family_name, "given_names": "Éloïse Marie", "used_name": "Dvořák",
            "birth_date": dt.date(1941, 3, 12), "sex": "F", "birth_place_code": "08105",
            "nir": NIR, "identity_status": identity_status, "phone": "+33324112233",
            "address": "3 rue des Lilas", "postal_code": "08000",
            "city": "Charleville-Mézières", "gp_id": gp.id, "ald": ["Insuffisance cardiaque"],
            "living_situation": "alone", "status": patient_status,
            "referent_id": referent_id or workspace.user_id,
            "opened_on": today() - dt.timedelta(days=90),
            "closed_on": today() - dt.timedelta(days=1) if patient_status == "closed" else None,
            "closure_reason": "moved" if patient_status == "closed" else None})
        uow.session.flush()
        members = [
            c.create(CareTeamMember, {"patient_id": patient.id, "professional_id": gp.id,
                                      "role": "Médecin traitant"}),
            c.create(CareTeamMember, {"patient_id": patient.id, "structure_id": ssiad.id,
                                      "role": "Soins infirmiers à domicile"}),
            c.create(CareTeamMember, {"patient_id": patient.id, "informal_name": "Zoé Lefèvre",
                                      "relationship": "Fille", "phone": "+33698765432",
                                      "role": "Aidante principale",
                                      "is_main_caregiver": True}),
        ]
        validated = status != "draft"
        plan = c.create(CarePlan, {
            "patient_id": patient.id, "version": version, "status": status, "wishes": WISHES,
            "alert_procedure": "Si la porte reste fermée au passage de l'infirmière : "
                               "appeler Zoé, puis la coordinatrice.",
            "review_due": today() + dt.timedelta(days=120) if validated else None,
            "validated_at": dt.datetime.combine(today() - dt.timedelta(days=validated_days_ago),
                                                dt.time(14, 30)) if validated else None,
            "validated_by": workspace.user_id if validated else None,
            "agreement": "Accord oral recueilli à domicile" if validated else None,
            "agreement_on": today() - dt.timedelta(days=10) if validated else None})
        uow.session.flush()
        ids = PlanIds(patient=patient.id, plan=plan.id, gp=gp.id, structure=ssiad.id,
                      caregiver=members[2].id)
        for priority, (domain, text, unmet) in enumerate(
                [("health", "Risque de chute et traitements oubliés", False),
                 ("social", "Isolement depuis le décès du conjoint", True)], 1):
            need = c.create(Need, {"plan_id": plan.id, "domain": domain, "text": text,
                                   "priority": priority, "raised_by_person": priority == 1,
                                   "unmet": unmet})
            uow.session.flush()
            goal = c.create(Goal, {
                "need_id": need.id, "text": f"Objectif {priority} : vivre chez soi en sécurité",
                "evaluation_criterion": "Aucune chute en trois mois",
                "person_opinion": "D'accord", "target_date": today() + dt.timedelta(days=90),
                "status": "in_progress" if priority == 1 else "not_reached"})
            uow.session.flush()
            ids.needs.append(need.id)
            ids.goals.append(goal.id)
        for i in range(1, actions + 1):
            state = "cancelled" if i % 10 == 0 else "done" if i % 4 == 0 else (
                "in_progress" if i % 3 == 0 else "planned")
            due = today() + dt.timedelta(days=i)
            action = c.create(Action, {
                "goal_id": ids.goals[i % 2], "text": action_text(i, long_actions),
                "responsible_id": members[i % 3].id, "start_on": today() - dt.timedelta(days=5),
                "due_on": due, "status": state,
                "done_on": today() - dt.timedelta(days=1) if state == "done" else None,
                "recurrence": "chaque semaine" if i == 2 else None})
            ids.actions.append((action.id, action.text, state, due))
        c.create(ConsentRecord, {"patient_id": patient.id, "kind": "information_given",
                                 "recorded_on": today() - dt.timedelta(days=90)})
        c.create(ConsentRecord, {"patient_id": patient.id, "kind": "sharing_consent",
                                 "recorded_on": today() - dt.timedelta(days=80), "how": "oral"})
    return ids


def flat(text: str) -> str:
    """Whitespace collapsed, so that text wrapped over lines can be searched."""
    return re.sub(r"\s+", " ", text).strip()


def audit_events(workspace: Workspace, action: str) -> list[AuditEvent]:
    with workspace.unit_of_work() as uow:
        return list(uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)))


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())
