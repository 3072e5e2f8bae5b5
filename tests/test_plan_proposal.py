"""The PPCS proposed after an assessment: templates that fit, the care circle set as the
responsible people, dates from today, all written in one transaction."""

from __future__ import annotations

import datetime as dt

import pytest

from coordapp.errors import InvalidInput
from coordapp.paths import AppPaths
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.proposal import PlanProposalService
from coordapp.services.plans.roles import role_family
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_plans import new_patient


def _circle(workspace: Workspace, patient_id: str, *, gp_role: str = "Médecin généraliste"
            ) -> dict[str, str]:
    directory = DirectoryService(workspace)
    gp = directory.add_professional({"family_name": "Roux", "given_names": "Paul",
                                     "profession": "Médecin généraliste"}).id
    nurse = directory.add_professional({"family_name": "Caron", "given_names": "Lise",
                                        "profession": "Infirmier(ère)"}).id
    follow_up = FollowUpService(workspace)
    ids = {
        "gp": follow_up.add_care_team_member(
            patient_id, {"role": gp_role, "professional_id": gp}).id,
        "nurse": follow_up.add_care_team_member(
            patient_id, {"role": "IDEL", "professional_id": nurse}).id,
        "carer": follow_up.add_care_team_member(
            patient_id, {"role": "Aidant", "informal_name": "Marie Dupont",
                         "relationship": "Fille", "is_main_caregiver": True}).id,
    }
    return ids


def _assessment(workspace: Workspace, patient_id: str) -> str:
    return AssessmentService(workspace).record(patient_id, {
        "aggir": dict.fromkeys(("coherence", "orientation", "toilette", "habillage",
                                "alimentation", "elimination", "transferts",
                                "deplacements_interieurs", "deplacements_exterieurs",
                                "communication"), "B"),
        "zarit_items": [4] * 22,
        "complexity_factors": ["polymedication", "cognitive_decline"],
    }).id


@pytest.mark.parametrize(("text", "family"), [
    ("Médecin traitant", "gp"), ("Médecin généraliste", "gp"), ("IDEL", "nurse"),
    ("Infirmier(ère) libéral(e)", "nurse"), ("SSIAD", "home_nursing"),
    ("Service de soins infirmiers à domicile", "home_nursing"),
    ("Assistant(e) social(e)", "social_worker"), ("Aidant principal", "main_carer"),
    ("Aidant", "carer"), ("Masseur-kinésithérapeute", "physiotherapist"),
    ("Aide à domicile (SAAD)", "home_help"), ("Médecin spécialiste", None), ("", None),
    ("Pharmacien", "pharmacist"), ("Guide", None),
])
def test_roles_and_professions_are_read_as_one_family(text: str, family: str | None) -> None:
    assert role_family(text) == family


def test_the_assessment_proposes_templates_with_the_circle_as_responsible(
    workspace: Workspace, app_paths: AppPaths,
) -> None:
    patient_id = new_patient(workspace, living_situation="alone")
    members = _circle(workspace, patient_id)
    assessment_id = _assessment(workspace, patient_id)
    service = PlanProposalService(workspace, app_paths)

    proposal = service.propose(assessment_id)
    keys = [t.key for t in proposal.templates]
    # Zarit 88 (severe burden), GIR 2-4 at 85: APA, polymedication, no GP in the file.
    assert keys[:1] == ["exhausted_caregiver"]
    assert {"exhausted_caregiver", "elderly_at_home", "polymedication", "no_gp"} == set(keys)
    home = next(t for t in proposal.templates if t.key == "elderly_at_home")
    assert any("Vit seul" in r for r in home.reasons) and len(home.reasons) >= 2
    assert [n.code for n in proposal.needs] == ["cognitive_assessment"]  # no template
    poly = next(t for t in proposal.templates if t.key == "polymedication")
    assert (poly.actions, poly.assigned) == (5, 3)  # GP and nurse (x2); no pharmacist

    result = service.create(assessment_id, templates=["polymedication", "exhausted_caregiver"],
                            needs=["cognitive_assessment"], wishes="Rester chez moi")
    plan = PlanVersionService(workspace).show(patient_id).plan
    assert plan.id == result.id and plan.wishes == "Rester chez moi"
    actions = {a.text: a for n in plan.needs for g in n.goals for a in g.actions}
    assert actions["Révision de l'ordonnance par le médecin traitant"].responsible_id \
        == members["gp"]
    assert actions["Préparation des piluliers"].responsible_id == members["nurse"]
    assert actions["Préparation des piluliers"].due_on == today() + dt.timedelta(days=7)
    carer_action = next(a for t, a in actions.items() if t.startswith("Vérifier le suivi"))
    assert carer_action.responsible_id == members["carer"]
    assert actions["Bilan partagé de médication avec le pharmacien"].responsible_id is None
    assert "Bilan des troubles cognitifs et adaptation de l'accompagnement" in [
        n.text for n in plan.needs]

    # Proposed again: what is in the plan is not added twice.
    again = service.propose(assessment_id)
    assert next(t for t in again.templates if t.key == "polymedication").already_in_plan
    assert again.needs == ()
    before = len(plan.needs)
    service.create(assessment_id, templates=["polymedication"])
    assert len(PlanVersionService(workspace).show(patient_id).plan.needs) == before


def test_the_file_gp_is_the_gp_whatever_the_circle_calls_them(
    workspace: Workspace, app_paths: AppPaths,
) -> None:
    patient_id = new_patient(workspace)
    members = _circle(workspace, patient_id, gp_role="Référent médical")
    gp_id = DirectoryService(workspace).search_professionals("Roux", 5)[0].id
    CaseloadService(workspace).update_patient(patient_id, {"gp_id": gp_id})
    assessment_id = _assessment(workspace, patient_id)
    service = PlanProposalService(workspace, app_paths)
    assert "no_gp" not in [t.key for t in service.propose(assessment_id).templates]
    service.create(assessment_id, templates=["polymedication"])
    plan = PlanVersionService(workspace).show(patient_id).plan
    actions = {a.text: a for n in plan.needs for g in n.goals for a in g.actions}
    assert actions["Révision de l'ordonnance par le médecin traitant"].responsible_id \
        == members["gp"]


def test_a_refused_proposal_writes_nothing(workspace: Workspace, app_paths: AppPaths) -> None:
    patient_id = new_patient(workspace)
    assessment_id = _assessment(workspace, patient_id)
    service = PlanProposalService(workspace, app_paths)
    with pytest.raises(InvalidInput):
        service.create(assessment_id, templates=["polymedication", "no_such_template"])
    with pytest.raises(InvalidInput):
        service.create(assessment_id, needs=["protection_assessment"])  # not suggested
    with pytest.raises(InvalidInput):
        service.create(assessment_id)
    assert PlanVersionService(workspace).versions(patient_id) == []
