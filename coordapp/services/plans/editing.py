"""Editing the PPCS: needs (by priority, the person's own first) → goals → actions.

Every write checks :mod:`plan_rules` (closed case read-only, validated version frozen,
follow-up on the plan in force) and goes through the change recorder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from coordapp.errors import InvalidInput
from coordapp.models import (
    Action,
    ActionStatus,
    AuditAction,
    CarePlan,
    Goal,
    GoalStatus,
    Need,
    NeedDomain,
)
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.plans import views as pv
from coordapp.services.plans.rules import (
    ACTION_CONTENT,
    ACTION_TRACKING,
    GOAL_CONTENT,
    GOAL_TRACKING,
    NEED_CONTENT,
    NEED_TRACKING,
    PLAN_FIELDS,
    action_and_plan,
    check_action_rules,
    check_responsible,
    clean,
    goal_and_plan,
    live_plan,
    need_and_plan,
    writable_plan,
)
from coordapp.services.plans.versions import open_draft
from coordapp.services.views import WriteResult
from coordapp.services.workspace import Workspace

# -- building blocks, inside a unit of work (also used by templates and suggestions) -------


def add_need_in(uow: UnitOfWork, plan: CarePlan, raw: Mapping[str, Any]) -> Need:
    values = clean(raw, NEED_CONTENT, NEED_TRACKING)
    values.setdefault("domain", None)
    if values["domain"] is None:
        raise InvalidInput("Choisissez le domaine du besoin.", "domain")
    if not values.get("text"):
        raise InvalidInput("Le champ « besoin » est obligatoire.", "text")
    values.setdefault("raised_by_person", False)
    values.setdefault("unmet", False)
    needs = pv.live_needs(uow.session, [plan.id])
    order: list[Need | None] = [*needs, None]  # None: the new need
    priorities = _priorities(order, new_raised=values["raised_by_person"])
    for need, priority in zip(needs, priorities, strict=False):
        uow.changes.update(need, {"priority": priority})
    need = uow.changes.create(Need, {"plan_id": plan.id, "priority": priorities[-1], **values})
    uow.session.flush()  # parents before children: no ORM relationships order the inserts
    uow.audit.record(AuditAction.CREATE, "need", need.id)
    return need


def add_goal_in(uow: UnitOfWork, need: Need, raw: Mapping[str, Any]) -> Goal:
    values = clean(raw, GOAL_CONTENT, GOAL_TRACKING)
    if not values.get("text"):
        raise InvalidInput("Le champ « objectif » est obligatoire.", "text")
    values.setdefault("status", GoalStatus.PROPOSED.value)
    goal = uow.changes.create(Goal, {"need_id": need.id, **values})
    uow.session.flush()
    uow.audit.record(AuditAction.CREATE, "goal", goal.id)
    return goal


def add_action_in(uow: UnitOfWork, goal: Goal, plan: CarePlan, raw: Mapping[str, Any]
                  ) -> Action:
    values = clean(raw, ACTION_CONTENT, ACTION_TRACKING)
    if not values.get("text"):
        raise InvalidInput("Le champ « action » est obligatoire.", "text")
    values.setdefault("status", ActionStatus.PLANNED.value)
    values |= check_action_rules(values)
    check_responsible(uow.session, plan.patient_id, values.get("responsible_id"))
    action = uow.changes.create(Action, {"goal_id": goal.id, **values})
    uow.audit.record(AuditAction.CREATE, "action", action.id)
    return action


def _priorities(order: Sequence[Need | None], *, new_raised: bool = False) -> list[int]:
    """Priorities (1 first) for ``order``, the person's own needs moved ahead of the
    others, each group keeping its relative order; ``None`` stands for a new need."""
    def raised(item: Need | None) -> bool:
        return new_raised if item is None else item.raised_by_person

    ranked = sorted(range(len(order)), key=lambda i: (not raised(order[i]), i))
    priorities = [0] * len(order)
    for rank, index in enumerate(ranked, 1):
        priorities[index] = rank
    return priorities


def renumber(uow: UnitOfWork, needs: Sequence[Need]) -> None:
    for need, priority in zip(needs, _priorities(list(needs)), strict=True):
        uow.changes.update(need, {"priority": priority})


class PlanService:
    """Writes to a person's PPCS. Ids in, ids and changed fields out."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def open_draft(self, patient_id: str) -> str:
        """The draft to edit: the current one, or a new version copied from the latest
        validated one, or an empty version 1."""
        with self.ws.unit_of_work() as uow:
            return open_draft(uow, patient_id).id

    def update_plan(self, plan_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """The person's wishes, the alert procedure (whom to call when), the review date."""
        values = clean(raw, PLAN_FIELDS)
        with self.ws.unit_of_work() as uow:
            plan = live_plan(uow.session, plan_id)
            writable_plan(uow.session, plan, tracking=False)
            review = values.get("review_due")
            if review and review < dt.date.today():
                raise InvalidInput("La date de révision est déjà passée.", "review_due")
            changed = uow.changes.update(plan, values)
            if changed:
                uow.audit.record(AuditAction.UPDATE, "care_plan", plan_id, ",".join(changed))
            return WriteResult(plan_id, changed)

    # -- needs ----------------------------------------------------------------------------

    def add_need(self, plan_id: str, raw: Mapping[str, Any]) -> WriteResult:
        with self.ws.unit_of_work() as uow:
            plan = live_plan(uow.session, plan_id)
            writable_plan(uow.session, plan, tracking=False)
            need = add_need_in(uow, plan, raw)
            return WriteResult(need.id, sorted(raw))

    def update_need(self, need_id: str, raw: Mapping[str, Any]) -> WriteResult:
        values = clean(raw, NEED_CONTENT, NEED_TRACKING)
        with self.ws.unit_of_work() as uow:
            need, plan = need_and_plan(uow.session, need_id)
            writable_plan(uow.session, plan, tracking=not set(values) & set(NEED_CONTENT))
            changed = uow.changes.update(need, values)
            if "raised_by_person" in changed:
                renumber(uow, pv.live_needs(uow.session, [plan.id]))
            if changed:
                uow.audit.record(AuditAction.UPDATE, "need", need_id, ",".join(changed))
            return WriteResult(need_id, changed)

    def reorder_needs(self, plan_id: str, need_ids: Sequence[str]) -> list[str]:
        """Set the order of the needs (all of them, first = highest priority). The
        person's own needs stay ahead of the others. Returns the resulting order."""
        with self.ws.unit_of_work() as uow:
            plan = live_plan(uow.session, plan_id)
            writable_plan(uow.session, plan, tracking=False)
            needs = {n.id: n for n in pv.live_needs(uow.session, [plan_id])}
            if sorted(need_ids) != sorted(needs):
                raise InvalidInput("Indiquez l'ordre de tous les besoins du PPCS, une fois "
                                   "chacun.", "need_ids")
            ordered = [needs[i] for i in need_ids]
            renumber(uow, ordered)
            uow.audit.record(AuditAction.UPDATE, "care_plan", plan_id, "priorities")
            return [n.id for n in sorted(ordered, key=lambda n: n.priority)]

    def delete_need(self, need_id: str) -> None:
        """Remove a need with its goals and actions (tombstones: the history stays)."""
        with self.ws.unit_of_work() as uow:
            need, plan = need_and_plan(uow.session, need_id)
            writable_plan(uow.session, plan, tracking=False)
            goals = pv.live_goals(uow.session, [need.id])
            for action in pv.live_actions(uow.session, [g.id for g in goals]):
                uow.changes.delete(action)
            for goal in goals:
                uow.changes.delete(goal)
            uow.changes.delete(need)
            renumber(uow, pv.live_needs(uow.session, [plan.id]))
            uow.audit.record(AuditAction.DELETE, "need", need_id)

    # -- goals ----------------------------------------------------------------------------

    def add_goal(self, need_id: str, raw: Mapping[str, Any]) -> WriteResult:
        with self.ws.unit_of_work() as uow:
            need, plan = need_and_plan(uow.session, need_id)
            writable_plan(uow.session, plan, tracking=False)
            return WriteResult(add_goal_in(uow, need, raw).id, sorted(raw))

    def update_goal(self, goal_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """Content fields on a draft; ``status`` alone also on the plan in force."""
        values = clean(raw, GOAL_CONTENT, GOAL_TRACKING)
        with self.ws.unit_of_work() as uow:
            goal, _need, plan = goal_and_plan(uow.session, goal_id)
            writable_plan(uow.session, plan, tracking=not set(values) & set(GOAL_CONTENT))
            changed = uow.changes.update(goal, values)
            if changed:
                uow.audit.record(AuditAction.UPDATE, "goal", goal_id, ",".join(changed))
            return WriteResult(goal_id, changed)

    def delete_goal(self, goal_id: str) -> None:
        with self.ws.unit_of_work() as uow:
            goal, _need, plan = goal_and_plan(uow.session, goal_id)
            writable_plan(uow.session, plan, tracking=False)
            for action in pv.live_actions(uow.session, [goal.id]):
                uow.changes.delete(action)
            uow.changes.delete(goal)
            uow.audit.record(AuditAction.DELETE, "goal", goal_id)

    # -- actions --------------------------------------------------------------------------

    def add_action(self, goal_id: str, raw: Mapping[str, Any]) -> WriteResult:
        with self.ws.unit_of_work() as uow:
            goal, _need, plan = goal_and_plan(uow.session, goal_id)
            writable_plan(uow.session, plan, tracking=False)
            return WriteResult(add_action_in(uow, goal, plan, raw).id, sorted(raw))

    def update_action(self, action_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """Content fields on a draft; status, done_on and result also on the plan in
        force. Closing (done or cancelled) requires a result."""
        values = clean(raw, ACTION_CONTENT, ACTION_TRACKING)
        with self.ws.unit_of_work() as uow:
            action, _goal, plan = action_and_plan(uow.session, action_id)
            writable_plan(uow.session, plan, tracking=not set(values) & set(ACTION_CONTENT))
            merged = {k: getattr(action, k) for k in (*ACTION_CONTENT, *ACTION_TRACKING)}
            merged |= values
            values |= check_action_rules(merged)
            if "responsible_id" in values:
                check_responsible(uow.session, plan.patient_id, values["responsible_id"])
            changed = uow.changes.update(action, values)
            if changed:
                uow.audit.record(AuditAction.UPDATE, "action", action_id, ",".join(changed))
            return WriteResult(action_id, changed)

    def close_action(self, action_id: str, result: str, *, done_on: dt.date | None = None,
                     cancelled: bool = False) -> WriteResult:
        """Mark an action done (or cancelled), with its result (required)."""
        status = ActionStatus.CANCELLED if cancelled else ActionStatus.DONE
        raw: dict[str, Any] = {"status": status.value, "result": result}
        if done_on is not None:
            raw["done_on"] = done_on
        return self.update_action(action_id, raw)

    def delete_action(self, action_id: str) -> None:
        with self.ws.unit_of_work() as uow:
            action, _goal, plan = action_and_plan(uow.session, action_id)
            writable_plan(uow.session, plan, tracking=False)
            uow.changes.delete(action)
            uow.audit.record(AuditAction.DELETE, "action", action_id)


NEED_DOMAIN_LABELS: dict[str, str] = {
    NeedDomain.HEALTH: "Santé",
    NeedDomain.AUTONOMY: "Autonomie",
    NeedDomain.PSYCHOLOGICAL: "Psychologique",
    NeedDomain.SOCIAL: "Social",
    NeedDomain.ENVIRONMENT: "Environnement, logement",
    NeedDomain.CAREGIVER: "Aidant",
    NeedDomain.ADMINISTRATIVE: "Droits, démarches",
}
