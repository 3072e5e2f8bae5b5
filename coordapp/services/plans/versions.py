"""PPCS versions: draft → validated (frozen) → a new draft copied from it → …

Lineage without a schema change: a copied need, goal or action gets an id *derived*
from the id of the item it copies and the id of the new plan (:func:`derived_id`).
The copy keeps the source's 64-bit time-ordered prefix (so items stay in their order,
which follows ids) and takes the rest from a SHA-256 of both ids. Given two versions
where one is based on the other, ``derived_id(old.id, new_plan.id) == new.id`` tells
which item is the copy of which, on every device (ids travel with sync), with no
extra column and nothing to keep in step. Versions further apart are matched through
the chain of ``based_on_id``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import Action, AuditAction, CarePlan, Goal, Need, PlanStatus
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.caseload.tasks import open_tasks_in
from coordapp.services.patient.consent import require_information
from coordapp.services.plans import views as pv
from coordapp.services.plans.holes import PlanHole, plan_holes
from coordapp.services.plans.rules import (
    REVIEW_MONTHS,
    add_months,
    ensure_open_case,
    live_patient,
    live_plan,
)
from coordapp.services.views import (
    FieldChange,
    PlanDiff,
    PlanItemChange,
    PlanVersionSummary,
    PlanVersionView,
)
from coordapp.services.workspace import Workspace

NEED_COMPARED = ("domain", "text", "priority", "raised_by_person", "unmet")
GOAL_COMPARED = ("text", "person_opinion", "target_date", "evaluation_criterion", "status")
ACTION_COMPARED = ("text", "responsible_id", "start_on", "due_on", "recurrence", "status",
                   "done_on", "result")
PLAN_COMPARED = ("wishes", "alert_procedure", "review_due")


def derived_id(source_id: str, plan_id: str) -> str:
    """The id of the copy of item ``source_id`` in plan ``plan_id`` (deterministic)."""
    source = uuid.UUID(source_id).hex
    digest = hashlib.sha256(f"{source_id}|{plan_id}".encode()).hexdigest()
    variant = format(0x8 | (int(digest[0], 16) & 0x3), "x")
    return str(uuid.UUID(source[:16] + variant + digest[1:16]))


# -- drafts ---------------------------------------------------------------------------------


def open_draft(uow: UnitOfWork, patient_id: str) -> CarePlan:
    """The person's draft; created empty (version 1) or as a copy of the latest
    validated version when there is none."""
    session = uow.session
    ensure_open_case(live_patient(session, patient_id))
    draft = pv.draft_of(session, patient_id)
    if draft is not None:
        return draft
    base = pv.latest_frozen(session, patient_id)
    last = session.scalar(select(func.max(CarePlan.version))
                          .where(CarePlan.patient_id == patient_id)) or 0
    values: dict[str, Any] = {"patient_id": patient_id, "version": last + 1,
                              "status": PlanStatus.DRAFT.value}
    if base is not None:
        values |= {"based_on_id": base.id, "wishes": base.wishes,
                   "alert_procedure": base.alert_procedure}
    draft = uow.changes.create(CarePlan, values)
    session.flush()
    if base is not None:
        _copy_items(uow, base, draft)
    uow.audit.record(AuditAction.CREATE, "care_plan", draft.id,
                     f"version {draft.version}" + (f" depuis {base.version}" if base else ""))
    return draft


def _copy_items(uow: UnitOfWork, base: CarePlan, draft: CarePlan) -> None:
    session = uow.session
    needs = pv.live_needs(session, [base.id])
    goals = pv.live_goals(session, [n.id for n in needs])
    actions = pv.live_actions(session, [g.id for g in goals])
    for need in needs:
        uow.changes.create(Need, _values(need, NEED_COMPARED) | {"plan_id": draft.id},
                           id=derived_id(need.id, draft.id))
    session.flush()  # parents first: the mappers have no relationships to order inserts
    for goal in goals:
        uow.changes.create(Goal, _values(goal, GOAL_COMPARED)
                           | {"need_id": derived_id(goal.need_id, draft.id)},
                           id=derived_id(goal.id, draft.id))
    session.flush()
    for action in actions:
        uow.changes.create(Action, _values(action, ACTION_COMPARED)
                           | {"goal_id": derived_id(action.goal_id, draft.id)},
                           id=derived_id(action.id, draft.id))


def _values(record: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {key: getattr(record, key) for key in fields}


# -- validation -----------------------------------------------------------------------------


def validate_plan(uow: UnitOfWork, plan: CarePlan, *, agreement: str | None,
                  agreement_on: dt.date | None, validated_by: str | None,
                  today: dt.date | None = None,
                  gp_contact_note: str | None = None) -> list[str]:
    """Freeze a draft: dated, by whom, with the person's agreement. The version it
    replaces becomes superseded. Returns the ids of superseded versions."""
    session = uow.session
    today = today or dt.date.today()
    ensure_open_case(live_patient(session, plan.patient_id))
    if plan.status != PlanStatus.DRAFT:
        raise InvalidInput(f"La version {plan.version} du PPCS n'est pas un brouillon : "
                           "elle est déjà validée ou remplacée.", "plan_id")
    if not pv.live_needs(session, [plan.id]):
        raise InvalidInput("Un PPCS doit comporter au moins un besoin pour être validé.",
                           "needs")
    require_information(session, plan.patient_id, "de valider le PPCS")
    agreement = (agreement or "").strip()
    if not agreement:
        raise InvalidInput("Indiquez comment la personne a donné son accord au PPCS.",
                           "agreement")
    if agreement_on is None:
        raise InvalidInput("Indiquez la date de l'accord de la personne.",
                           "agreement_on")
    if agreement_on > today:
        raise InvalidInput("La date de l'accord ne peut pas être dans le futur.",
                           "agreement_on")
    gp_contact_note = (gp_contact_note or "").strip() or None
    open_gp = open_tasks_in(session, plan.patient_id)
    if open_gp and gp_contact_note is None:
        raise InvalidInput(
            f"Le contact avec le médecin traitant n'est pas fait (tâche « {open_gp[0].title} » "
            "ouverte) : faites-le d'abord, ou indiquez pourquoi valider sans lui.",
            "gp_contact_note")
    superseded = [p for p in pv.plans_of(session, plan.patient_id)
                  if p.status == PlanStatus.VALIDATED and p.id != plan.id]
    for old in superseded:
        uow.changes.update(old, {"status": PlanStatus.SUPERSEDED.value})
        uow.audit.record(AuditAction.UPDATE, "care_plan", old.id, "superseded")
    uow.changes.update(plan, {
        "status": PlanStatus.VALIDATED.value,
        "validated_at": dt.datetime.now().replace(microsecond=0),
        "validated_by": validated_by,
        "agreement": agreement,
        "agreement_on": agreement_on,
        "review_due": plan.review_due or add_months(today, REVIEW_MONTHS),
        "gp_contact_note": gp_contact_note if open_gp else None,
    })
    uow.audit.record(AuditAction.UPDATE, "care_plan", plan.id, "validated")
    return [old.id for old in superseded]


# -- comparing versions ---------------------------------------------------------------------


def _items(session: Session, plan_id: str) -> tuple[list[Need], list[Goal], list[Action]]:
    needs = pv.live_needs(session, [plan_id])
    goals = pv.live_goals(session, [n.id for n in needs])
    return needs, goals, pv.live_actions(session, [g.id for g in goals])


def _ids(session: Session, plan: CarePlan) -> list[str]:
    return [item.id for group in _items(session, plan.id) for item in group]


def diff_plans(session: Session, older: CarePlan, newer: CarePlan) -> PlanDiff:
    """Needs, goals and actions added, removed or changed from ``older`` to ``newer``."""
    chain = [newer]
    while chain[-1].id != older.id:
        parent_id = chain[-1].based_on_id
        if parent_id is None:
            raise InvalidInput(f"La version {newer.version} ne dérive pas de la version "
                               f"{older.version} : comparaison impossible.", "version")
        chain.append(live_plan(session, parent_id))
    chain.reverse()
    old_needs, old_goals, old_actions = _items(session, older.id)
    old_items: list[Need | Goal | Action] = [*old_needs, *old_goals, *old_actions]
    origin: dict[str, str | None] = {item.id: item.id for item in old_items}
    for parent, child in itertools.pairwise(chain):
        copies = {derived_id(pid, child.id): origin.get(pid) for pid in _ids(session, parent)}
        origin = {cid: copies.get(cid) for cid in _ids(session, child)}
    new_needs, new_goals, new_actions = _items(session, newer.id)
    old_text = {i.id: i.text for i in old_items}
    changes: list[PlanItemChange] = []
    matched: set[str] = set()
    old_by_id = {i.id: i for i in old_items}

    def compare(kind: str, item: Any, fields: Sequence[str], parent_text: str | None) -> None:
        source_id = origin.get(item.id)
        source = old_by_id.get(source_id or "")
        if source is None:
            changes.append(PlanItemChange(kind, "added", item.id, None, item.text,
                                          parent_text, []))
            return
        matched.add(source.id)
        diffs = [FieldChange(f, getattr(source, f), getattr(item, f)) for f in fields
                 if getattr(source, f) != getattr(item, f)]
        if diffs:
            changes.append(PlanItemChange(kind, "changed", item.id, source.id, item.text,
                                          parent_text, diffs))

    goals_of: dict[str, list[Goal]] = {}
    for goal in new_goals:
        goals_of.setdefault(goal.need_id, []).append(goal)
    actions_of: dict[str, list[Action]] = {}
    for action in new_actions:
        actions_of.setdefault(action.goal_id, []).append(action)
    for need in new_needs:
        compare("need", need, NEED_COMPARED, None)
        for goal in goals_of.get(need.id, []):
            compare("goal", goal, GOAL_COMPARED, need.text)
            for action in actions_of.get(goal.id, []):
                compare("action", action, ACTION_COMPARED, goal.text)
    for row in old_items:
        if row.id not in matched:
            kind, parent_text = (
                ("need", None) if isinstance(row, Need)
                else ("goal", old_text.get(row.need_id)) if isinstance(row, Goal)
                else ("action", old_text.get(row.goal_id)))
            changes.append(PlanItemChange(kind, "removed", row.id, row.id, row.text,
                                          parent_text, []))
    return PlanDiff(
        patient_id=newer.patient_id, from_version=older.version, to_version=newer.version,
        from_plan_id=older.id, to_plan_id=newer.id,
        plan_fields=[FieldChange(f, getattr(older, f), getattr(newer, f))
                     for f in PLAN_COMPARED if getattr(older, f) != getattr(newer, f)],
        items=changes,
    )


# -- service --------------------------------------------------------------------------------


class PlanVersionService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def open_draft(self, patient_id: str) -> str:
        """The id of the draft to edit, created (from the latest validated) if needed."""
        with self.ws.unit_of_work() as uow:
            return open_draft(uow, patient_id).id

    def holes(self, patient_id: str) -> list[PlanHole]:
        """What the person's draft leaves open (none without a draft)."""
        with self.ws.reading() as uow:
            live_patient(uow.session, patient_id)
            draft = pv.draft_of(uow.session, patient_id)
            return [] if draft is None else plan_holes(uow.session, draft)

    def validate(self, patient_id: str, *, agreement: str | None,
                 agreement_on: dt.date | None, review_due: dt.date | None = None,
                 gp_contact_note: str | None = None) -> str:
        """Validate the person's draft; returns its id."""
        with self.ws.unit_of_work() as uow:
            live_patient(uow.session, patient_id)
            draft = pv.draft_of(uow.session, patient_id)
            if draft is None:
                raise InvalidInput("Aucun brouillon de PPCS à valider pour ce patient.",
                                   "plan_id")
            if review_due is not None:
                if review_due < dt.date.today():
                    raise InvalidInput("La date de révision est déjà passée.", "review_due")
                uow.changes.update(draft, {"review_due": review_due})
            validate_plan(uow, draft, agreement=agreement, agreement_on=agreement_on,
                          validated_by=self.ws.user_id, gp_contact_note=gp_contact_note)
            return draft.id

    def versions(self, patient_id: str) -> list[PlanVersionSummary]:
        with self.ws.reading() as uow:
            live_patient(uow.session, patient_id)
            return pv.version_summaries(uow.session, patient_id)

    def show(self, patient_id: str, version: int | None = None, *,
                 audit: bool = True) -> PlanVersionView:
        """One version (default: the current one: draft, else latest validated)."""
        with self.ws.reading() as uow:
            patient = live_patient(uow.session, patient_id)
            plan = (pv.current_plan(uow.session, patient_id) if version is None
                    else _version(uow.session, patient_id, version))
            if plan is None:
                raise NotFound("Aucun PPCS pour ce patient.")
            document = pv.plan_version_view(uow.session, plan, patient)
            if audit:
                uow.audit.record(AuditAction.VIEW, "care_plan", plan.id)
            return document

    def diff(self, patient_id: str, from_version: int, to_version: int) -> PlanDiff:
        if from_version >= to_version:
            raise InvalidInput("Comparez une version avec une version plus récente.",
                               "version")
        with self.ws.reading() as uow:
            live_patient(uow.session, patient_id)
            older = _version(uow.session, patient_id, from_version)
            newer = _version(uow.session, patient_id, to_version)
            return diff_plans(uow.session, older, newer)


def _version(session: Session, patient_id: str, version: int) -> CarePlan:
    for plan in pv.plans_of(session, patient_id):
        if plan.version == version:
            return plan
    raise NotFound(f"Aucune version {version} du PPCS pour ce patient.")
