"""Comparing PPCS versions: items matched through their lineage, across several versions."""

from __future__ import annotations

import datetime as dt

import pytest

from coordapp.errors import InvalidInput, NotFound
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.versions import PlanVersionService, derived_id
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_plans import new_patient, validate


def build_history(workspace: Workspace) -> dict[str, str]:
    """v1 (validated) → v2 (validated) → v3 (draft); returns ids of interest."""
    patient_id = new_patient(workspace)
    plans = PlanService(workspace)
    v1 = plans.open_draft(patient_id)
    plans.update_plan(v1, {"wishes": "Rester chez moi"})
    need_a = plans.add_need(v1, {"domain": "autonomy", "text": "Aide à la toilette"}).id
    goal_a1 = plans.add_goal(need_a, {"text": "Toilette quotidienne assurée"}).id
    action_a1 = plans.add_action(goal_a1, {"text": "Passage du SSIAD",
                                           "due_on": today() + dt.timedelta(days=10)}).id
    need_b = plans.add_need(v1, {"domain": "social", "text": "Isolement"}).id
    plans.add_goal(need_b, {"text": "Une visite par semaine"})
    validate(workspace, patient_id)

    v2 = plans.open_draft(patient_id)
    plans.update_plan(v2, {"wishes": "Rester chez moi avec mon chat"})
    plans.update_need(derived_id(need_a, v2), {"text": "Aide à la toilette et à l'habillage"})
    plans.add_goal(derived_id(need_a, v2), {"text": "Habillage le matin"})
    plans.update_action(derived_id(action_a1, v2), {"due_on": today() + dt.timedelta(days=20)})
    plans.delete_need(derived_id(need_b, v2))
    need_c = plans.add_need(v2, {"domain": "health", "text": "Chutes"}).id
    validate(workspace, patient_id)

    v3 = plans.open_draft(patient_id)
    plans.update_goal(derived_id(derived_id(goal_a1, v2), v3), {"status": "reached"})
    return {"patient": patient_id, "v1": v1, "v2": v2, "v3": v3, "need_a": need_a,
            "need_b": need_b, "need_c": need_c, "action_a1": action_a1, "goal_a1": goal_a1}


def changes(diff: object) -> set[tuple[str, str, str]]:
    return {(c.kind, c.change, c.text) for c in diff.items}  # type: ignore[attr-defined]


def test_diff_between_consecutive_versions(workspace: Workspace) -> None:
    h = build_history(workspace)
    diff = PlanVersionService(workspace).diff(h["patient"], 1, 2)
    assert (diff.from_version, diff.to_version, diff.from_plan_id, diff.to_plan_id) == (
        1, 2, h["v1"], h["v2"])
    assert [(f.field, f.before, f.after) for f in diff.plan_fields] == [
        ("wishes", "Rester chez moi", "Rester chez moi avec mon chat")]
    assert changes(diff) == {
        ("need", "changed", "Aide à la toilette et à l'habillage"),
        ("goal", "added", "Habillage le matin"),
        ("action", "changed", "Passage du SSIAD"),
        ("need", "added", "Chutes"),
        ("need", "removed", "Isolement"),
        ("goal", "removed", "Une visite par semaine"),
    }
    by_text = {c.text: c for c in diff.items}
    need = by_text["Aide à la toilette et à l'habillage"]
    assert (need.id, need.origin_id) == (derived_id(h["need_a"], h["v2"]), h["need_a"])
    assert [(f.field, f.before) for f in need.fields] == [("text", "Aide à la toilette")]
    action = by_text["Passage du SSIAD"]
    assert [(f.field, f.before, f.after) for f in action.fields] == [
        ("due_on", today() + dt.timedelta(days=10), today() + dt.timedelta(days=20))]
    assert action.parent_text == "Toilette quotidienne assurée"
    assert by_text["Une visite par semaine"].parent_text == "Isolement"


def test_diff_across_several_versions_follows_the_lineage(workspace: Workspace) -> None:
    h = build_history(workspace)
    versions = PlanVersionService(workspace)
    diff = versions.diff(h["patient"], 1, 3)
    by_text = {c.text: c for c in diff.items}
    goal = by_text["Toilette quotidienne assurée"]
    assert (goal.change, goal.origin_id) == ("changed", h["goal_a1"])
    assert [(f.field, f.before, f.after) for f in goal.fields] == [
        ("status", "proposed", "reached")]
    assert ("need", "added", "Chutes") in changes(diff)
    assert ("need", "removed", "Isolement") in changes(diff)

    only_v3 = versions.diff(h["patient"], 2, 3)
    assert changes(only_v3) == {("goal", "changed", "Toilette quotidienne assurée")}
    # A new draft has no review date until it is validated (default: +6 months then).
    assert [(f.field, f.after) for f in only_v3.plan_fields] == [("review_due", None)]


def test_diff_arguments_are_checked(workspace: Workspace) -> None:
    h = build_history(workspace)
    versions = PlanVersionService(workspace)
    with pytest.raises(InvalidInput, match="plus récente"):
        versions.diff(h["patient"], 2, 1)
    with pytest.raises(NotFound, match="version 9"):
        versions.diff(h["patient"], 1, 9)


def test_derived_ids_are_deterministic_unique_and_keep_the_order(
    workspace: Workspace,
) -> None:
    h = build_history(workspace)
    a, b = derived_id(h["need_a"], h["v2"]), derived_id(h["need_a"], h["v3"])
    assert a == derived_id(h["need_a"], h["v2"]) and a != b != h["need_a"]
    assert a[:18] == h["need_a"][:18]  # the time-ordered prefix is kept
    assert (h["need_a"] < h["need_b"]) == (
        derived_id(h["need_a"], h["v2"]) < derived_id(h["need_b"], h["v2"]))
    summaries = PlanVersionService(workspace).versions(h["patient"])
    assert [(s.version, s.status, s.based_on_id) for s in summaries] == [
        (1, "superseded", None), (2, "validated", h["v1"]), (3, "draft", h["v2"])]
