"""What a PPCS draft leaves open before it is validated: its holes, all of them at once.

A plan that validates with actions nobody carries out, or a problem with no goal,
prints "À préciser" on the person's and the team's PDF. Before validating, the
coordinator is shown every hole in one message and decides: complete the plan, or
validate it as it is (a plan may rightly leave an action to be assigned at the meeting).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from coordapp.models import ActionStatus, CarePlan, GoalStatus
from coordapp.services.plans import views as pv

#: Kinds of hole, in the order the message lists them.
NEED_WITHOUT_GOAL = "need_without_goal"
GOAL_WITHOUT_ACTION = "goal_without_action"
ACTION_WITHOUT_RESPONSIBLE = "action_without_responsible"
ACTION_WITHOUT_DUE_DATE = "action_without_due_date"
KINDS = (ACTION_WITHOUT_RESPONSIBLE, ACTION_WITHOUT_DUE_DATE, GOAL_WITHOUT_ACTION,
         NEED_WITHOUT_GOAL)

_HEADINGS = {
    ACTION_WITHOUT_RESPONSIBLE: ("action sans responsable", "actions sans responsable"),
    ACTION_WITHOUT_DUE_DATE: ("action sans échéance", "actions sans échéance"),
    GOAL_WITHOUT_ACTION: ("objectif sans action", "objectifs sans action"),
    NEED_WITHOUT_GOAL: ("problème (besoin) sans objectif", "problèmes (besoins) sans objectif"),
}
_CLOSED_GOALS = {GoalStatus.REACHED, GoalStatus.NOT_REACHED, GoalStatus.ABANDONED}
_CLOSED_ACTIONS = {ActionStatus.DONE, ActionStatus.CANCELLED}
_SHOWN_PER_KIND = 5
_TEXT_LIMIT = 60


@dataclass(frozen=True)
class PlanHole:
    kind: str
    item_id: str
    text: str


def plan_holes(session: Session, plan: CarePlan) -> list[PlanHole]:
    """Every hole of ``plan``, grouped by kind (``KINDS`` order), each in the plan's order.

    Closed items are no holes (a reached goal needs no action, a cancelled action no
    one responsible), nor is a need marked unmet (no answer exists on the territory).
    An action that recurs ("chaque semaine") needs no due date.
    """
    needs = pv.live_needs(session, [plan.id])
    goals = pv.live_goals(session, [n.id for n in needs])
    actions = pv.live_actions(session, [g.id for g in goals])
    goals_of: dict[str, list[str]] = {}
    for goal in goals:
        goals_of.setdefault(goal.need_id, []).append(goal.id)
    open_actions_of: dict[str, int] = {}
    found: dict[str, list[PlanHole]] = {kind: [] for kind in KINDS}
    for action in actions:
        if action.status in _CLOSED_ACTIONS:
            continue
        open_actions_of[action.goal_id] = open_actions_of.get(action.goal_id, 0) + 1
        if action.responsible_id is None:
            found[ACTION_WITHOUT_RESPONSIBLE].append(
                PlanHole(ACTION_WITHOUT_RESPONSIBLE, action.id, action.text))
        if action.due_on is None and not (action.recurrence or "").strip():
            found[ACTION_WITHOUT_DUE_DATE].append(
                PlanHole(ACTION_WITHOUT_DUE_DATE, action.id, action.text))
    for goal in goals:
        if goal.status not in _CLOSED_GOALS and not open_actions_of.get(goal.id):
            found[GOAL_WITHOUT_ACTION].append(PlanHole(GOAL_WITHOUT_ACTION, goal.id, goal.text))
    for need in needs:
        if not need.unmet and not goals_of.get(need.id):
            found[NEED_WITHOUT_GOAL].append(PlanHole(NEED_WITHOUT_GOAL, need.id, need.text))
    return [hole for kind in KINDS for hole in found[kind]]


def holes_message(holes: list[PlanHole]) -> str:
    """One French message listing every kind of hole, with the items concerned."""
    if not holes:
        return ""
    lines = ["Le PPCS comporte des manques :"]
    for kind in KINDS:
        items = [hole for hole in holes if hole.kind == kind]
        if not items:
            continue
        one, many = _HEADINGS[kind]
        names = ", ".join(f"« {_short(hole.text)} »" for hole in items[:_SHOWN_PER_KIND])
        more = len(items) - _SHOWN_PER_KIND
        if more > 0:
            names += f" et {more} autre{'s' if more > 1 else ''}"
        lines.append(f"• {len(items)} {one if len(items) == 1 else many} : {names}")
    return "\n".join(lines)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_LIMIT else text[:_TEXT_LIMIT - 1].rstrip() + "…"
