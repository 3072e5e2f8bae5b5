"""Follow-up queries across the caseload, and the unmet-needs report per territory."""

from __future__ import annotations

import datetime as dt

import pytest

from coordapp.services.plans.closure import CaseClosureService
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.follow_up import PlanFollowUpService, departement
from coordapp.services.plans.versions import derived_id
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_plans import new_member, new_patient, validate


def day(offset: int) -> dt.date:
    return today() + dt.timedelta(days=offset)


def plan_with_actions(workspace: Workspace, patient_id: str, *dues: int | None
                      ) -> tuple[str, str, list[str]]:
    """A draft with one need and goal, one action per due offset; (plan, goal, actions)."""
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    need_id = plans.add_need(plan_id, {"domain": "health", "text": "Chutes"}).id
    goal_id = plans.add_goal(need_id, {"text": "Plus de chute"}).id
    actions = [plans.add_action(goal_id, {"text": f"Action {i}",
                                          "due_on": day(due) if due is not None else None}).id
               for i, due in enumerate(dues)]
    return plan_id, goal_id, actions


@pytest.mark.parametrize(("postal_code", "expected"), [
    ("08000", "08"), ("75011", "75"), ("20000", "2A"), ("20137", "2A"), ("20200", "2B"),
    ("20600", "2B"), ("97400", "974"), ("97133", "971"), ("98800", "988"), (None, None),
    ("", None), ("8000", None), ("ABCDE", None),
])
def test_departement_from_postal_code(postal_code: str | None, expected: str | None) -> None:
    assert departement(postal_code) == expected


def test_overdue_and_coming_actions_across_the_caseload(workspace: Workspace) -> None:
    plans = PlanService(workspace)
    first = new_patient(workspace)
    nurse = new_member(workspace, first, "Infirmier(ère) libéral(e)", "Mme Roux")
    _plan, _goal, (late, soon, later, undated, done) = plan_with_actions(
        workspace, first, -5, 3, 40, None, -10)
    plans.update_action(late, {"responsible_id": nurse})
    plans.close_action(done, "Fait")
    second = new_patient(workspace, family_name="Aubry", birth_date="1938-05-02")
    _plan2, _goal2, (late2,) = plan_with_actions(workspace, second, -1)

    follow_up = PlanFollowUpService(workspace)
    overdue = follow_up.overdue_actions(today())
    assert [(a.action_id, a.days_late) for a in overdue] == [(late, 5), (late2, 1)]
    assert overdue[0].patient_id == first
    assert overdue[0].patient_name == "LEFÈVRE Éloïse"
    assert (overdue[0].responsible_name, overdue[0].goal_text, overdue[0].need_text) == (
        "Mme Roux", "Plus de chute", "Chutes")
    assert [a.action_id for a in follow_up.actions_due_between(day(0), day(7))] == [soon]
    assert [a.action_id for a in follow_up.actions_due_between(day(-5), day(40))] == [
        late, late2, soon, later]
    assert undated not in {a.action_id for a in follow_up.actions_due_between(day(-99), day(99))}


def test_only_the_current_plan_counts_and_closed_cases_are_left_out(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    _plan, _goal, (late,) = plan_with_actions(workspace, patient_id, -3)
    validate(workspace, patient_id)
    follow_up = PlanFollowUpService(workspace)
    assert [a.action_id for a in follow_up.overdue_actions(today())] == [late]
    draft = PlanService(workspace).open_draft(patient_id)  # the draft is now current
    assert [a.action_id for a in follow_up.overdue_actions(today())] == [
        derived_id(late, draft)]

    CaseClosureService(workspace).close_case(patient_id, "deceased")
    assert follow_up.overdue_actions(today()) == []


def test_reviews_due(workspace: Workspace) -> None:
    soon = new_patient(workspace)
    plan_with_actions(workspace, soon, 10)
    plans = PlanService(workspace)
    plans.update_plan(plans.open_draft(soon), {"review_due": day(10)})
    validate(workspace, soon)
    later = new_patient(workspace, family_name="Aubry", birth_date="1938-05-02")
    plan_with_actions(workspace, later, 10)
    validate(workspace, later)  # review: +6 months by default
    draft_only = new_patient(workspace, family_name="Caron", birth_date="1940-01-01")
    plans.update_plan(plans.open_draft(draft_only), {"review_due": day(5)})

    follow_up = PlanFollowUpService(workspace)
    due = follow_up.reviews_due(day(15))
    assert [(r.patient_id, r.review_due, r.version) for r in due] == [(soon, day(10), 1)]
    assert {r.patient_id for r in follow_up.reviews_due(day(200))} == {soon, later}
    assert follow_up.reviews_due(day(9)) == []


def test_goals_not_reached_are_unmet_needs_counted_per_territory(
    workspace: Workspace,
) -> None:
    plans = PlanService(workspace)
    ardennes = new_patient(workspace, postal_code="08000")
    _p, goal, _a = plan_with_actions(workspace, ardennes)
    validate(workspace, ardennes)
    plans.update_goal(goal, {"status": "not_reached"})  # follow-up on the plan in force

    corsica = new_patient(workspace, family_name="Santoni", birth_date="1939-02-02",
                          postal_code="20200")
    plan_id, goal2, _a2 = plan_with_actions(workspace, corsica)
    need2 = plans.add_need(plan_id, {"domain": "social", "text": "Pas de portage de repas"}).id
    plans.update_need(need2, {"unmet": True})
    plans.update_goal(goal2, {"status": "not_reached"})
    validate(workspace, corsica)
    CaseClosureService(workspace).close_case(corsica, "care_home")

    nowhere = new_patient(workspace, family_name="Petit", birth_date="1945-03-03",
                          postal_code=None)
    _p3, goal3, _a3 = plan_with_actions(workspace, nowhere)
    plans.update_goal(goal3, {"status": "not_reached"})
    plans.update_goal(goal3, {"status": "reached"})  # not unmet any more

    follow_up = PlanFollowUpService(workspace)
    rows = follow_up.unmet_needs()
    assert [(r.departement, r.reason, r.goal_text or r.need_text) for r in rows] == [
        ("08", "goal_not_reached", "Plus de chute"),
        ("2B", "goal_not_reached", "Plus de chute"),
        ("2B", "need_unmet", "Pas de portage de repas"),
    ]
    counts = follow_up.unmet_needs_by_territory()
    assert [(c.departement, c.patients, c.unmet_needs, c.goals_not_reached)
            for c in counts] == [("08", 1, 0, 1), ("2B", 1, 1, 1)]
    open_only = follow_up.unmet_needs_by_territory(include_closed=False)
    assert [(c.departement, c.patients) for c in open_only] == [("08", 1)]
