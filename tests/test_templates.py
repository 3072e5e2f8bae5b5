"""Plan templates: shipped data, application with relative dates, saving a plan as one."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coordapp.errors import InvalidInput, NotFound
from coordapp.paths import AppPaths
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.templates import (
    TemplateService,
    get_template,
    list_templates,
    parse_template,
    shipped_dir,
    user_dir,
)
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from tests.test_plans import new_member, new_patient, validate

SHIPPED = {"hospital_discharge", "elderly_at_home", "exhausted_caregiver",
           "social_precarity_rights", "no_gp", "fall_prevention", "polymedication"}
START = dt.date(2030, 3, 1)


def test_the_shipped_templates_are_all_valid_data() -> None:
    templates = list_templates()
    assert {t.key for t in templates} == SHIPPED
    assert len(list(shipped_dir().glob("*.json"))) == len(SHIPPED)
    for template in templates:
        summary = template.summary()
        assert summary.source == "shipped" and summary.needs and summary.goals
        assert summary.actions and template.title and template.description


def test_applying_a_template_adds_needs_goals_and_actions_with_relative_dates(
    workspace: Workspace, app_paths: AppPaths,
) -> None:
    patient_id = new_patient(workspace)
    gp = new_member(workspace, patient_id, "Médecin traitant", "Dr Henry")
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    own = plans.add_need(plan_id, {"domain": "social", "text": "Voir mes petits-enfants",
                                   "raised_by_person": True}).id

    result = TemplateService(workspace, app_paths).apply(patient_id, "fall_prevention",
                                                         start=START)
    assert result.id == plan_id and len(result.changed) == 2
    plan = PlanVersionService(workspace).show(patient_id).plan
    assert plan.needs[0].id == own  # the person's need stays first
    assert [n.text for n in plan.needs[1:]] == ["Réduire le risque de chute",
                                                "Sécuriser le logement"]
    first_goal = plan.needs[1].goals[0]
    assert first_goal.target_date == START + dt.timedelta(days=45)
    assert first_goal.status == "proposed"
    review = first_goal.actions[0]
    assert review.text.startswith("Bilan des chutes")
    assert (review.start_on, review.due_on) == (START, START + dt.timedelta(days=30))
    assert (review.responsible_id, review.responsible_name) == (gp, "Dr Henry")
    kine = plan.needs[1].goals[1].actions[0]
    assert (kine.responsible_id, kine.recurrence) == (None, "2 fois par semaine")
    assert (kine.start_on, kine.due_on) == (START + dt.timedelta(days=7),
                                            START + dt.timedelta(days=90))


def test_applying_opens_a_draft_and_refuses_unknown_templates(
    workspace: Workspace, app_paths: AppPaths,
) -> None:
    patient_id = new_patient(workspace)
    service = TemplateService(workspace, app_paths)
    result = service.apply(patient_id, "no_gp")
    document = PlanVersionService(workspace).show(patient_id)
    assert (document.plan.id, document.plan.version) == (result.id, 1)
    assert document.plan.needs[0].raised_by_person
    action = document.plan.needs[0].goals[0].actions[0]
    assert action.due_on == dt.date.today() + dt.timedelta(days=30)
    with pytest.raises(NotFound):
        service.apply(patient_id, "no_such_template")


def test_saving_a_plan_as_a_user_template_and_reusing_it(
    workspace: Workspace, app_paths: AppPaths,
) -> None:
    first = new_patient(workspace)
    new_member(workspace, first, "Aidant principal", "M. Lefèvre")
    service = TemplateService(workspace, app_paths)
    service.apply(first, "exhausted_caregiver", start=dt.date.today())
    validate(workspace, first)
    plan_id = PlanVersionService(workspace).show(first).plan.id

    summary = service.save_plan_as_template(plan_id, "Répit de l'aidant (Ardennes)",
                                            description="Version locale")
    assert (summary.key, summary.source) == ("repit_de_l_aidant_ardennes", "user")
    path = user_dir(app_paths) / "repit_de_l_aidant_ardennes.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and data["title"] == "Répit de l'aidant (Ardennes)"
    action = data["needs"][0]["goals"][1]["actions"][1]
    assert action["responsible_role"] == "Aidant principal"
    assert (action["start_in_days"], action["due_in_days"]) == (0, 60)
    assert "status" not in json.dumps(data) and "result" not in json.dumps(data)
    assert oct(path.stat().st_mode & 0o777) == "0o600"

    assert {s.key for s in service.summaries()} == SHIPPED | {summary.key}
    assert get_template(summary.key, app_paths).summary() == summary
    with pytest.raises(InvalidInput, match="existe déjà"):
        service.save_plan_as_template(plan_id, "Répit de l'aidant (Ardennes)")
    with pytest.raises(InvalidInput, match="existe déjà"):
        service.save_plan_as_template(plan_id, "Polymédication", key="polymedication")

    second = new_patient(workspace, family_name="Aubry", birth_date="1938-05-02")
    service.apply(second, summary.key)
    assert len(PlanVersionService(workspace).show(second).plan.needs) == summary.needs


def test_broken_user_templates_are_skipped_and_the_shape_is_checked(
    app_paths: AppPaths,
) -> None:
    folder = user_dir(app_paths)
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "other.json").write_text(json.dumps(
        {"schema": 1, "key": "mismatch", "title": "x",
         "needs": [{"domain": "health", "text": "x"}]}), encoding="utf-8")
    assert {t.key for t in list_templates(app_paths)} == SHIPPED

    good = {"schema": 1, "key": "k", "title": "T",
            "needs": [{"domain": "health", "text": "Besoin", "goals": [
                {"text": "But", "actions": [{"text": "Faire", "start_in_days": 3,
                                             "due_in_days": 10}]}]}]}
    assert parse_template(good, "user").summary().actions == 1
    for bad, message in (
        (good | {"schema": 2}, "format"),
        (good | {"key": "Pas Bon"}, "Identifiant"),
        (good | {"needs": []}, "aucun besoin"),
        (good | {"needs": [{"domain": "cosmos", "text": "x"}]}, "domaine"),
        (good | {"needs": [{"domain": "health"}]}, "text"),
        (good | {"needs": [{"domain": "health", "text": "x", "goals": [
            {"text": "g", "actions": [{"text": "a", "due_in_days": -1}]}]}]}, "jours"),
        (good | {"needs": [{"domain": "health", "text": "x", "goals": [
            {"text": "g", "actions": [{"text": "a", "start_in_days": 5,
                                       "due_in_days": 1}]}]}]}, "précède"),
    ):
        with pytest.raises(InvalidInput, match=message):
            parse_template(bad, "user")
