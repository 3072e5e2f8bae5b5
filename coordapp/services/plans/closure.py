"""Closing a case with its reason, and reopening it.

A closed case is read-only (see :mod:`plan_rules`): its plan in force is marked closed
and dated; reopening sets the case back to active and that plan back in force.
"""

from __future__ import annotations

import datetime as dt

from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, ClosureReason, PatientStatus, PlanStatus
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.plans import views as pv
from coordapp.services.plans.rules import live_patient
from coordapp.services.views import WriteResult
from coordapp.services.workspace import Workspace


class CaseClosureService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def close_case(self, patient_id: str, reason: str, *,
                   closed_on: dt.date | None = None) -> WriteResult:
        allowed = [r.value for r in ClosureReason]
        if reason not in allowed:
            raise InvalidInput(f"Motif de clôture inconnu : {reason!r} (valeurs possibles : "
                               f"{', '.join(allowed)}).", "closure_reason")
        closed_on = closed_on or dt.date.today()
        if closed_on > dt.date.today():
            raise InvalidInput("La date de clôture ne peut pas être dans le futur.",
                               "closed_on")
        with self.ws.unit_of_work() as uow:
            patient = live_patient(uow.session, patient_id)
            if patient.status == PatientStatus.CLOSED:
                raise InvalidInput("Ce dossier est déjà clôturé.", "status")
            if patient.opened_on and closed_on < patient.opened_on:
                raise InvalidInput("La date de clôture précède la date d'inclusion.",
                                   "closed_on")
            changed = uow.changes.update(patient, {
                "status": PatientStatus.CLOSED.value, "closure_reason": reason,
                "closed_on": closed_on,
            })
            uow.audit.record(AuditAction.UPDATE, "patient", patient_id, f"closed:{reason}")
            close_plans(uow, patient_id, closed_on)
            return WriteResult(patient_id, changed)

    def reopen_case(self, patient_id: str) -> WriteResult:
        """Status back to active; the plan closed with the case is in force again."""
        with self.ws.unit_of_work() as uow:
            patient = live_patient(uow.session, patient_id)
            if patient.status != PatientStatus.CLOSED:
                raise InvalidInput("Ce dossier n'est pas clôturé.", "status")
            changed = uow.changes.update(patient, {
                "status": PatientStatus.ACTIVE.value, "closure_reason": None,
                "closed_on": None, "opened_on": patient.opened_on or dt.date.today(),
            })
            uow.audit.record(AuditAction.UPDATE, "patient", patient_id, "reopened")
            reopen_plans(uow, patient_id)
            return WriteResult(patient_id, changed)


def close_plans(uow: UnitOfWork, patient_id: str, closed_on: dt.date) -> None:
    """Inside a closing transaction: the validated plan in force is closed with the case."""
    for plan in pv.plans_of(uow.session, patient_id):
        if plan.status == PlanStatus.VALIDATED:
            uow.changes.update(plan, {"status": PlanStatus.CLOSED.value, "closed_on": closed_on})
            uow.audit.record(AuditAction.UPDATE, "care_plan", plan.id, "closed")


def reopen_plans(uow: UnitOfWork, patient_id: str) -> None:
    """Inside a reopening transaction: the plan closed with the case is in force again."""
    closed = [p for p in pv.plans_of(uow.session, patient_id) if p.status == PlanStatus.CLOSED]
    if closed:
        latest = closed[-1]
        uow.changes.update(latest, {"status": PlanStatus.VALIDATED.value, "closed_on": None})
        uow.audit.record(AuditAction.UPDATE, "care_plan", latest.id, "reopened")
