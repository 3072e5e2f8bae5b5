"""Rules every PPCS write obeys: who may be edited when, and how raw input is cleaned.

- A closed case is read-only: nothing in its plan may change until it is reopened.
- Only a draft's content (texts, dates, who does what) may change; a validated version
  is frozen. Follow-up (action results, goal statuses, a need left unmet) is recorded
  on the plan in force: the draft, or the validated version while no draft exists.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from coordapp import validation as v
from coordapp.errors import InvalidInput, NotFound
from coordapp.models import (
    Action,
    ActionStatus,
    CarePlan,
    CareTeamMember,
    Goal,
    GoalStatus,
    Need,
    NeedDomain,
    Patient,
    PatientStatus,
    PlanStatus,
)
from coordapp.services.plans.views import is_trackable

CLOSED_CASE = ("Le dossier de ce patient est clôturé : le PPCS est en lecture seule. "
               "Rouvrez le dossier pour le modifier.")
REVIEW_MONTHS = 6

Cleaner = Callable[[Any], Any]


def frozen_message(plan: CarePlan) -> str:
    if plan.status == PlanStatus.DRAFT:  # pragma: no cover - callers check first
        return ""
    state = {"validated": "validée", "superseded": "remplacée",
             "closed": "clôturée"}.get(plan.status, plan.status)
    return (f"La version {plan.version} du PPCS est {state} et figée : ouvrez une nouvelle "
            "version (brouillon) pour la modifier.")


# -- loading with checks ------------------------------------------------------------------


def live_patient(session: Session, patient_id: str) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.is_deleted:
        raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
    return patient


def ensure_open_case(patient: Patient) -> None:
    if patient.status == PatientStatus.CLOSED:
        raise InvalidInput(CLOSED_CASE, "status")


def live_plan(session: Session, plan_id: str) -> CarePlan:
    plan = session.get(CarePlan, plan_id)
    if plan is None or plan.is_deleted:
        raise NotFound("PPCS introuvable.")
    return plan


def writable_plan(session: Session, plan: CarePlan, *, tracking: bool) -> Patient:
    """Check ``plan`` may be written: content (draft only) or follow-up (plan in force)."""
    patient = live_patient(session, plan.patient_id)
    ensure_open_case(patient)
    if plan.status == PlanStatus.DRAFT:
        return patient
    if tracking and is_trackable(session, plan):
        return patient
    if tracking and plan.status == PlanStatus.VALIDATED:
        raise InvalidInput(
            f"Une nouvelle version du PPCS est en cours de rédaction : enregistrez le suivi "
            f"dans le brouillon, la version {plan.version} est figée.", "plan_id")
    raise InvalidInput(frozen_message(plan), "plan_id")


def need_and_plan(session: Session, need_id: str) -> tuple[Need, CarePlan]:
    need = session.get(Need, need_id)
    if need is None or need.is_deleted:
        raise NotFound("Besoin introuvable.")
    return need, live_plan(session, need.plan_id)


def goal_and_plan(session: Session, goal_id: str) -> tuple[Goal, Need, CarePlan]:
    goal = session.get(Goal, goal_id)
    if goal is None or goal.is_deleted:
        raise NotFound("Objectif introuvable.")
    need, plan = need_and_plan(session, goal.need_id)
    return goal, need, plan


def action_and_plan(session: Session, action_id: str) -> tuple[Action, Goal, CarePlan]:
    action = session.get(Action, action_id)
    if action is None or action.is_deleted:
        raise NotFound("Action introuvable.")
    goal, _need, plan = goal_and_plan(session, action.goal_id)
    return action, goal, plan


def check_responsible(session: Session, patient_id: str, member_id: str | None) -> None:
    if member_id is None:
        return
    member = session.get(CareTeamMember, member_id)
    if member is None or member.is_deleted or member.patient_id != patient_id:
        raise InvalidInput("Le responsable de l'action doit faire partie du cercle de soins "
                           "de la personne.", "responsible_id")


# -- cleaning raw input ---------------------------------------------------------------------


def _text(field: str, label: str, *, required: bool = False, max_len: int | None = None
          ) -> Cleaner:
    def clean(value: Any) -> str | None:
        text = str(value).strip() if value is not None else ""
        if not text:
            if required:
                raise InvalidInput(f"Le champ « {label} » est obligatoire.", field)
            return None
        if max_len and len(text) > max_len:
            raise InvalidInput(f"Le champ « {label} » dépasse {max_len} caractères.", field)
        return text

    return clean


def _date(field: str, label: str) -> Cleaner:
    def clean(value: Any) -> dt.date | None:
        if value in (None, ""):
            return None
        try:
            return v.parse_date(value)
        except v.ValidationError as exc:
            raise InvalidInput(f"{label} : {exc.message}", field) from exc

    return clean


def _choice(field: str, label: str, choices: type[Any]) -> Cleaner:
    allowed = [c.value for c in choices]

    def clean(value: Any) -> str:
        text = str(value).strip() if value is not None else ""
        if text not in allowed:
            raise InvalidInput(f"Valeur inconnue pour « {label} » : {text!r} (valeurs "
                               f"possibles : {', '.join(allowed)}).", field)
        return text

    return clean


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "oui", "yes", "vrai")
    return bool(value)


PLAN_FIELDS: dict[str, Cleaner] = {
    "wishes": _text("wishes", "souhaits de la personne"),
    "alert_procedure": _text("alert_procedure", "procédure d'alerte"),
    "review_due": _date("review_due", "date de révision"),
}
NEED_CONTENT: dict[str, Cleaner] = {
    "domain": _choice("domain", "domaine", NeedDomain),
    "text": _text("text", "besoin", required=True),
    "raised_by_person": _flag,
}
NEED_TRACKING: dict[str, Cleaner] = {"unmet": _flag}
GOAL_CONTENT: dict[str, Cleaner] = {
    "text": _text("text", "objectif", required=True),
    "person_opinion": _text("person_opinion", "avis de la personne"),
    "target_date": _date("target_date", "échéance"),
    "evaluation_criterion": _text("evaluation_criterion", "critère d'évaluation"),
}
GOAL_TRACKING: dict[str, Cleaner] = {"status": _choice("status", "statut", GoalStatus)}
ACTION_CONTENT: dict[str, Cleaner] = {
    "text": _text("text", "action", required=True),
    "responsible_id": _text("responsible_id", "responsable", max_len=36),
    "start_on": _date("start_on", "début"),
    "due_on": _date("due_on", "échéance"),
    "recurrence": _text("recurrence", "fréquence", max_len=120),
}
ACTION_TRACKING: dict[str, Cleaner] = {
    "status": _choice("status", "statut", ActionStatus),
    "done_on": _date("done_on", "date de réalisation"),
    "result": _text("result", "résultat"),
}


def clean(raw: Mapping[str, Any], *groups: Mapping[str, Cleaner]) -> dict[str, Any]:
    """Cleaned values for the keys of ``raw``; keys outside ``groups`` refused."""
    cleaners: dict[str, Cleaner] = {}
    for group in groups:
        cleaners.update(group)
    unknown = sorted(set(raw) - set(cleaners))
    if unknown:
        raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)}.", unknown[0])
    return {key: cleaners[key](value) for key, value in raw.items()}


def check_action_rules(merged: Mapping[str, Any]) -> dict[str, Any]:
    """Cross-field rules of an action; returns fields to set as a consequence."""
    extra: dict[str, Any] = {}
    start, due = merged.get("start_on"), merged.get("due_on")
    if start and due and due < start:
        raise InvalidInput("L'échéance de l'action précède son début.", "due_on")
    status = merged.get("status") or ActionStatus.PLANNED
    if status in (ActionStatus.DONE, ActionStatus.CANCELLED):
        if not merged.get("result"):
            what = "le résultat" if status == ActionStatus.DONE else "le motif d'annulation"
            raise InvalidInput(f"Pour clore une action, indiquez {what} (champ résultat).",
                               "result")
        if status == ActionStatus.DONE and not merged.get("done_on"):
            extra["done_on"] = dt.date.today()
    elif merged.get("done_on"):
        extra["done_on"] = None  # reopened: no completion date
    done = merged.get("done_on") if "done_on" not in extra else extra["done_on"]
    if done and done > dt.date.today():
        raise InvalidInput("La date de réalisation ne peut pas être dans le futur.", "done_on")
    return extra


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus calendar months, clamped to the month's last day (31/08 + 6 → 28/02)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
