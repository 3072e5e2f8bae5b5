"""Validating a PPCS lists every hole of the draft in one message, then the
coordinator decides: complete the plan, or validate it as it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.holes import holes_message
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from coordapp.ui.plan.validate_dialog import ValidateDialog
from tests.clock import today
from tests.test_plans import new_patient


def holey_plan(workspace: Workspace) -> str:
    """A draft with 2 actions without responsible, 1 without due date, a goal without
    action and a problem without goal; plus what is no hole (done action, unmet need)."""
    patient_id = new_patient(workspace)
    nurse = FollowUpService(workspace).add_care_team_member(
        patient_id, {"role": "Infirmier(ère) libéral(e)", "informal_name": "Mme Roux"}).id
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    need = plans.add_need(plan_id, {"domain": "health", "text": "Chutes répétées"}).id
    goal = plans.add_goal(need, {"text": "Plus de chute d'ici trois mois"}).id
    plans.add_action(goal, {"text": "Bilan de kinésithérapie",
                            "due_on": today() + dt.timedelta(days=10)})
    plans.add_action(goal, {"text": "Téléassistance"})
    plans.add_action(goal, {"text": "Soins infirmiers", "responsible_id": nurse,
                            "recurrence": "chaque jour"})
    plans.add_action(goal, {"text": "Passage de l'IDE", "responsible_id": nurse,
                            "due_on": today() + dt.timedelta(days=3)})
    plans.add_goal(need, {"text": "Reprendre la marche"})
    plans.add_need(plan_id, {"domain": "caregiver", "text": "Épuisement de la fille"})
    plans.add_need(plan_id, {"domain": "social", "text": "Pas de portage de repas",
                             "unmet": True})
    return patient_id


def test_every_hole_is_listed_in_one_french_message(workspace: Workspace) -> None:
    patient_id = holey_plan(workspace)
    holes = PlanVersionService(workspace).holes(patient_id)
    kinds = [hole.kind for hole in holes]
    assert kinds.count("action_without_responsible") == 2
    assert kinds.count("action_without_due_date") == 1  # the recurring one needs none
    assert kinds.count("goal_without_action") == 1
    assert "need_without_goal" in kinds
    message = holes_message(holes)
    assert message.startswith("Le PPCS comporte des manques :")
    assert "• 2 actions sans responsable : « Bilan de kinésithérapie », « Téléassistance »" \
        in message
    assert "• 1 action sans échéance : « Téléassistance »" in message
    assert "• 1 objectif sans action : « Reprendre la marche »" in message
    assert "« Épuisement de la fille »" in message
    assert "portage" not in message  # unmet: no answer on the territory, no hole


def test_a_complete_plan_has_no_hole(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    member = FollowUpService(workspace).add_care_team_member(
        patient_id, {"role": "Médecin traitant", "informal_name": "Dr Ba"}).id
    plans = PlanService(workspace)
    need = plans.add_need(plans.open_draft(patient_id), {"domain": "health",
                                                          "text": "Douleurs"}).id
    goal = plans.add_goal(need, {"text": "Douleur soulagée"}).id
    plans.add_action(goal, {"text": "Consultation", "responsible_id": member,
                            "due_on": today() + dt.timedelta(days=7)})
    assert PlanVersionService(workspace).holes(patient_id) == []
    assert holes_message([]) == ""


def test_the_validation_dialog_shows_the_holes_and_validates_only_when_asked(
        qtbot, workspace: Workspace, tmp_path) -> None:
    patient_id = holey_plan(workspace)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ValidateDialog(PlanVersionService(workspace), patient_id, version=1,
                            review_due=None, parent=parent)
    dialog.resize(683, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.holes_label.text()
    assert dialog.holes_label.isVisible()
    assert "2 actions sans responsable" in shown and "1 objectif sans action" in shown
    assert "Complétez le PPCS (Annuler)" in shown
    assert dialog.ok_button.text() == "Valider quand même la version 1"
    dialog.grab().save(str(tmp_path / "validate-holes.png"))
    qtbot.keyClicks(dialog.agreement_edit, "Accord oral de Mme, chez elle")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.validated_id is not None
    assert PlanVersionService(workspace).holes(patient_id) == []  # no draft any more


def test_a_plan_without_holes_validates_with_the_usual_button(
        qtbot, workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    member = FollowUpService(workspace).add_care_team_member(
        patient_id, {"role": "Médecin traitant", "informal_name": "Dr Ba"}).id
    plans = PlanService(workspace)
    need = plans.add_need(plans.open_draft(patient_id), {"domain": "health",
                                                          "text": "Douleurs"}).id
    goal = plans.add_goal(need, {"text": "Douleur soulagée"}).id
    plans.add_action(goal, {"text": "Consultation", "responsible_id": member,
                            "due_on": today() + dt.timedelta(days=7)})
    dialog = ValidateDialog(PlanVersionService(workspace), patient_id, version=1,
                            review_due=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.holes_label.isVisible()
    assert dialog.ok_button.text() == "Valider la version 1"
