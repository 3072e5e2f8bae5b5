"""Building the PPCS: needs by priority, goals, actions, validation, freezing, closure."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditEvent, CarePlan, Change, Patient
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.closure import CaseClosureService
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.versions import PlanVersionService, derived_id
from coordapp.services.workspace import Workspace
from tests.clock import today


def new_patient(workspace: Workspace, *, informed: bool = True, **extra: Any) -> str:
    """An active case; ``informed``: the person's information is recorded, as every
    included case must have. Without it, the case is one included before the rule
    existed (a record of an older base): written as such, the services refuse it."""
    values = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
              "sex": "F", "status": "active", "postal_code": "08000"} | extra
    caseload = CaseloadService(workspace)
    if informed:
        return caseload.add_patient(values, allow_duplicate=True, information={
            "given_by": "Anne Martin", "how": "Oral, à domicile"}).id
    patient_id = caseload.add_patient(values | {"status": "request"},
                                      allow_duplicate=True).id
    with workspace.unit_of_work() as uow:
        patient = uow.session.get(Patient, patient_id)
        assert patient is not None
        uow.changes.update(patient, {"status": values["status"]})
    return patient_id


def new_member(workspace: Workspace, patient_id: str, role: str, name: str) -> str:
    return FollowUpService(workspace).add_care_team_member(
        patient_id, {"role": role, "informal_name": name}).id


def simple_plan(workspace: Workspace, patient_id: str) -> dict[str, str]:
    """A draft with one need, goal and action; returns their ids."""
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    need_id = plans.add_need(plan_id, {"domain": "caregiver", "text": "Soulager l'aidante"}).id
    goal_id = plans.add_goal(need_id, {"text": "Deux jours de répit par mois",
                                       "evaluation_criterion": "Zarit en baisse"}).id
    action_id = plans.add_action(goal_id, {"text": "Accueil de jour",
                                           "due_on": today() + dt.timedelta(days=30)}).id
    return {"plan": plan_id, "need": need_id, "goal": goal_id, "action": action_id}


def validate(workspace: Workspace, patient_id: str, **extra: Any) -> str:
    return PlanVersionService(workspace).validate(
        patient_id, agreement=extra.get("agreement", "Accord oral, en présence de sa fille"),
        agreement_on=extra.get("agreement_on", today()))


def test_first_draft_is_version_1_and_reopening_it_returns_the_same(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    assert plans.open_draft(patient_id) == plan_id
    document = PlanVersionService(workspace).show(patient_id)
    assert (document.plan.version, document.plan.status, document.editable) == (1, "draft", True)


def test_the_persons_own_needs_come_first_and_reorder_keeps_them_ahead(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    falls = plans.add_need(plan_id, {"domain": "autonomy", "text": "Chutes"}).id
    rights = plans.add_need(plan_id, {"domain": "administrative", "text": "Droits"}).id
    home = plans.add_need(plan_id, {"domain": "environment", "text": "Rester chez moi",
                                    "raised_by_person": True}).id
    order = [n.id for n in PlanVersionService(workspace).show(patient_id).plan.needs]
    assert order == [home, falls, rights]

    assert plans.reorder_needs(plan_id, [rights, falls, home]) == [home, rights, falls]
    needs = PlanVersionService(workspace).show(patient_id).plan.needs
    assert [(n.id, n.priority) for n in needs] == [(home, 1), (rights, 2), (falls, 3)]
    with pytest.raises(InvalidInput, match="tous les besoins"):
        plans.reorder_needs(plan_id, [rights, falls])

    plans.delete_need(rights)
    needs = PlanVersionService(workspace).show(patient_id).plan.needs
    assert [(n.id, n.priority) for n in needs] == [(home, 1), (falls, 2)]


def test_goals_and_actions_under_needs_with_responsible_from_the_care_circle(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    nurse = new_member(workspace, patient_id, "Infirmier(ère) libéral(e)", "Mme Roux")
    ids = simple_plan(workspace, patient_id)
    plans = PlanService(workspace)
    plans.update_goal(ids["goal"], {"person_opinion": "D'accord si c'est le mardi",
                                    "target_date": "15/12/2030", "status": "in_progress"})
    plans.update_action(ids["action"], {"responsible_id": nurse, "recurrence": "chaque mardi"})
    need = PlanVersionService(workspace).show(patient_id).plan.needs[0]
    goal = need.goals[0]
    assert (goal.person_opinion, goal.target_date, goal.status) == (
        "D'accord si c'est le mardi", dt.date(2030, 12, 15), "in_progress")
    assert goal.actions[0].responsible_name == "Mme Roux"

    other = new_patient(workspace, family_name="Martin", birth_date="1950-01-01")
    stranger = new_member(workspace, other, "Aidant principal", "M. Martin")
    with pytest.raises(InvalidInput, match="cercle de soins") as info:
        plans.update_action(ids["action"], {"responsible_id": stranger})
    assert info.value.field == "responsible_id"
    with pytest.raises(InvalidInput, match="précède"):
        plans.update_action(ids["action"], {"start_on": "2031-01-02", "due_on": "2031-01-01"})
    with pytest.raises(InvalidInput, match="inconnu"):
        plans.add_need(ids["plan"], {"domain": "cosmic", "text": "x"})


def test_closing_an_action_requires_its_result(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    ids = simple_plan(workspace, patient_id)
    plans = PlanService(workspace)
    with pytest.raises(InvalidInput, match="résultat") as info:
        plans.update_action(ids["action"], {"status": "done"})
    assert info.value.field == "result"
    with pytest.raises(InvalidInput, match="annulation"):
        plans.close_action(ids["action"], "  ", cancelled=True)
    plans.close_action(ids["action"], "Deux jours par mois depuis mars")
    action = PlanVersionService(workspace).show(patient_id).plan.needs[0].goals[0].actions[0]
    assert (action.status, action.done_on, action.result) == (
        "done", today(), "Deux jours par mois depuis mars")
    plans.update_action(ids["action"], {"status": "in_progress"})  # reopened
    action = PlanVersionService(workspace).show(patient_id).plan.needs[0].goals[0].actions[0]
    assert (action.status, action.done_on) == ("in_progress", None)


def test_validation_needs_a_need_and_the_persons_agreement(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    versions = PlanVersionService(workspace)
    with pytest.raises(InvalidInput, match="Aucun brouillon"):
        validate(workspace, patient_id)
    PlanService(workspace).open_draft(patient_id)
    with pytest.raises(InvalidInput, match="au moins un besoin"):
        validate(workspace, patient_id)
    simple_plan(workspace, patient_id)
    with pytest.raises(InvalidInput, match="accord") as info:
        versions.validate(patient_id, agreement=" ", agreement_on=today())
    assert info.value.field == "agreement"
    with pytest.raises(InvalidInput, match="date de l'accord"):
        versions.validate(patient_id, agreement="Oral", agreement_on=None)
    with pytest.raises(InvalidInput, match="futur"):
        versions.validate(patient_id, agreement="Oral",
                          agreement_on=today() + dt.timedelta(days=1))
    with pytest.raises(NotFound):
        versions.validate("no-such-patient", agreement="Oral", agreement_on=today())


def test_validation_freezes_the_version_and_a_new_draft_copies_it(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    ids = simple_plan(workspace, patient_id)
    plans, versions = PlanService(workspace), PlanVersionService(workspace)
    plan_id = validate(workspace, patient_id, agreement_on=today() - dt.timedelta(days=2))
    assert plan_id == ids["plan"]

    v1 = versions.show(patient_id)
    assert (v1.plan.status, v1.plan.agreement_on, v1.validated_by_name) == (
        "validated", today() - dt.timedelta(days=2), "Anne Martin")
    assert v1.plan.validated_at is not None and v1.plan.validated_at.date() == today()
    review = v1.plan.review_due
    assert review is not None and 181 <= (review - today()).days <= 184  # default: +6 months
    assert (v1.editable, v1.trackable) == (False, True)

    # Content is frozen...
    for edit in (lambda: plans.add_need(plan_id, {"domain": "health", "text": "x"}),
                 lambda: plans.update_need(ids["need"], {"text": "autre"}),
                 lambda: plans.update_goal(ids["goal"], {"text": "autre"}),
                 lambda: plans.update_action(ids["action"], {"due_on": "2031-01-01"}),
                 lambda: plans.delete_action(ids["action"]),
                 lambda: plans.update_plan(plan_id, {"wishes": "autre"})):
        with pytest.raises(InvalidInput, match="version 1 du PPCS est validée et figée"):
            edit()
    with pytest.raises(InvalidInput, match="Aucun brouillon"):
        validate(workspace, patient_id)
    # ...but follow-up is recorded on the plan in force.
    plans.update_goal(ids["goal"], {"status": "in_progress"})

    draft_id = plans.open_draft(patient_id)
    v2 = versions.show(patient_id)
    assert (draft_id, v2.plan.version, v2.plan.status, v2.based_on_id) == (
        draft_id, 2, "draft", plan_id)
    assert [s.status for s in versions.versions(patient_id)] == ["validated", "draft"]
    copied_need = v2.plan.needs[0]
    assert copied_need.id != ids["need"] and copied_need.id == derived_id(ids["need"], draft_id)
    assert copied_need.text == "Soulager l'aidante"
    assert copied_need.goals[0].status == "in_progress"
    assert copied_need.goals[0].actions[0].id == derived_id(ids["action"], draft_id)
    # Once a draft exists the validated version is entirely frozen, follow-up included.
    with pytest.raises(InvalidInput, match="brouillon"):
        plans.update_goal(ids["goal"], {"status": "reached"})

    plans.update_need(copied_need.id, {"text": "Soulager l'aidante épuisée"})
    validate(workspace, patient_id)
    statuses = {s.version: s.status for s in versions.versions(patient_id)}
    assert statuses == {1: "superseded", 2: "validated"}
    assert versions.show(patient_id, 1).plan.needs[0].text == "Soulager l'aidante"  # readable
    old = versions.show(patient_id, 1)
    assert (old.editable, old.trackable) == (False, False)


def test_every_plan_write_is_in_the_change_log_and_the_audit_trail(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    ids = simple_plan(workspace, patient_id)
    plan_id = validate(workspace, patient_id)
    with workspace.unit_of_work() as uow:
        logged = set(uow.session.scalars(select(Change.entity_id)))
        audit = [(e.entity, e.detail) for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == plan_id))]
    assert set(ids.values()) <= logged
    assert ("care_plan", "validated") in audit


def test_a_closed_case_is_read_only_until_reopened(workspace: Workspace) -> None:
    patient_id = new_patient(workspace, opened_on=(today() - dt.timedelta(days=90)).isoformat())
    ids = simple_plan(workspace, patient_id)
    plan_id = validate(workspace, patient_id)
    closure = CaseClosureService(workspace)
    with pytest.raises(InvalidInput, match="Motif"):
        closure.close_case(patient_id, "bored")
    closure.close_case(patient_id, "care_home")

    patient = CaseloadService(workspace).get(patient_id)
    assert patient.status == "closed"
    document = PlanVersionService(workspace).show(patient_id)
    assert (document.plan.status, document.closed_on, document.trackable) == (
        "closed", today(), False)
    plans = PlanService(workspace)
    for edit in (lambda: plans.open_draft(patient_id),
                 lambda: plans.close_action(ids["action"], "Fait"),
                 lambda: plans.update_goal(ids["goal"], {"status": "reached"})):
        with pytest.raises(InvalidInput, match="clôturé : le PPCS est en lecture seule"):
            edit()
    with pytest.raises(InvalidInput, match="clôturé"):
        CaseloadService(workspace).update_patient(patient_id, {"city": "Sedan"})
    with pytest.raises(InvalidInput, match="déjà clôturé"):
        closure.close_case(patient_id, "moved")

    closure.reopen_case(patient_id)
    assert CaseloadService(workspace).get(patient_id).status == "active"
    loaded = PatientFileService(workspace).load(patient_id, audit=False)
    assert loaded.identity["closure_reason"] is None
    assert loaded.current_plan is not None and loaded.current_plan.status == "validated"
    plans.close_action(ids["action"], "Fait")
    with workspace.unit_of_work() as uow:
        plan = uow.session.get(CarePlan, plan_id)
        assert plan is not None and plan.closed_on is None


def test_closing_through_the_caseload_only_allows_closure_fields(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    caseload = CaseloadService(workspace)
    caseload.update_patient(patient_id, {"status": "closed", "closure_reason": "moved"})
    caseload.update_patient(patient_id, {"closure_reason": "deceased"})
    caseload.update_patient(patient_id, {"status": "active"})
    caseload.update_patient(patient_id, {"city": "Sedan"})
    assert caseload.get(patient_id).city == "Sedan"


def test_patient_file_shows_the_current_plan(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    ids = simple_plan(workspace, patient_id)
    loaded = PatientFileService(workspace).load(patient_id, audit=False)
    assert loaded.current_plan is not None
    assert loaded.current_plan.needs[0].goals[0].actions[0].id == ids["action"]
