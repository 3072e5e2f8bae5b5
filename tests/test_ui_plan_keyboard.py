"""The PPCS outline from the keyboard: Inser adds the right kind of item, Ctrl+Entrée
saves, Échap cancels, Suppr deletes (after confirmation), Ctrl+↑/↓ reorders needs; and
what stays read-only on a closed case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.closure import CaseClosureService
from coordapp.services.plans.editing import PlanService
from coordapp.services.workspace import Workspace
from coordapp.ui.plan import PlanTab
from tests.informed import INFORMED
from tests.test_ui_plan import actions, current, open_tab

CTRL = Qt.KeyboardModifier.ControlModifier


def new_patient(workspace: Workspace) -> str:
    return CaseloadService(workspace).add_patient(
        {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
         "sex": "F", "status": "active"}, allow_duplicate=True, information=INFORMED).id


def type_and_save(qtbot, tab: PlanTab, text: str) -> None:
    """Fill the new item's text (setText: accents) and press Ctrl+Entrée in the field."""
    form = tab.editor.form()
    assert form is not None and form.new
    edit = form.fields["text"].widget
    assert edit.hasFocus()
    edit.setPlainText(text)
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)
    assert tab.tree.hasFocus()


@pytest.fixture
def tab(qtbot, workspace, app_paths) -> PlanTab:
    patient_id = new_patient(workspace)
    FollowUpService(workspace).add_care_team_member(
        patient_id, {"role": "Infirmier(ère) libéral(e)", "informal_name": "Zoé Girard"})
    return open_tab(qtbot, workspace, app_paths, patient_id)


def test_insert_adds_a_need_then_a_goal_then_an_action(qtbot, workspace, tab) -> None:
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)  # no plan yet: an empty draft is opened
    assert tab.editor.kind == "need"
    tab.editor.need_form.domain_combo.setCurrentIndex(
        tab.editor.need_form.domain_combo.findData("autonomy"))
    type_and_save(qtbot, tab, "Se laver sans risque de chute")
    need = current(workspace, tab.patient_id).needs[0]
    assert (need.text, need.domain) == ("Se laver sans risque de chute", "autonomy")
    assert tab.current_node().key == need.id

    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    assert tab.editor.kind == "goal" and tab.editor.parent_key == need.id
    assert "Se laver sans risque de chute" in tab.editor.goal_form.context_label.text()
    type_and_save(qtbot, tab, "Toilette quotidienne assurée")
    goal = current(workspace, tab.patient_id).needs[0].goals[0]
    assert goal.text == "Toilette quotidienne assurée"

    qtbot.keyClick(tab.tree, Qt.Key.Key_N, CTRL)
    assert tab.editor.kind == "action" and tab.editor.parent_key == goal.id
    combo = tab.editor.action_form.responsible_combo
    combo.setCurrentIndex(combo.findText("Zoé Girard — Infirmier(ère) libéral(e)"))
    tab.editor.action_form.due_edit.setText("+15")
    type_and_save(qtbot, tab, "Passage de l'infirmière chaque matin")
    [action] = actions(current(workspace, tab.patient_id))
    assert action.text == "Passage de l'infirmière chaque matin"
    assert action.responsible_name == "Zoé Girard"
    assert action.due_on is not None

    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)  # on an action: another action, same goal
    assert tab.editor.kind == "action" and tab.editor.parent_key == goal.id
    qtbot.keyClick(tab.editor.action_form.text_edit, Qt.Key.Key_Escape)
    assert tab.editor.kind == "action" and not tab.editor.is_new()
    assert len(actions(current(workspace, tab.patient_id))) == 1


def test_delete_asks_first(qtbot, workspace, tab, monkeypatch) -> None:
    plans = PlanService(workspace)
    plan_id = plans.open_draft(tab.patient_id)
    need = plans.add_need(plan_id, {"domain": "social", "text": "Isolement"}).id
    goal = plans.add_goal(need, {"text": "Une visite par semaine"}).id
    plans.add_action(goal, {"text": "Visites de bénévoles"})
    tab.reload(select=goal)
    asked: list[str] = []
    answer = False
    monkeypatch.setattr(tab, "confirm", lambda q: asked.append(q) or answer)

    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert asked == ["Supprimer l'objectif « Une visite par semaine » avec ses 1 action(s) ?"]
    assert current(workspace, tab.patient_id).needs[0].goals  # kept: answered no

    answer = True
    with qtbot.waitSignal(tab.changed) as changed:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert changed.args == ["goal"]
    assert current(workspace, tab.patient_id).needs[0].goals == []
    assert tab.current_node().key == need


def test_ctrl_up_and_down_reorder_needs_the_persons_own_first(
        qtbot, workspace, tab) -> None:
    plans = PlanService(workspace)
    plan_id = plans.open_draft(tab.patient_id)
    own = plans.add_need(plan_id, {"domain": "social", "text": "Revoir ses amis",
                                   "raised_by_person": True}).id
    health_a = plans.add_need(plan_id, {"domain": "health", "text": "Diabète"}).id
    health_b = plans.add_need(plan_id, {"domain": "health", "text": "Douleurs"}).id
    tab.reload(select=health_b)
    assert tab.model.need_order() == [own, health_a, health_b]
    assert tab.model.index_for(own).data().startswith("★ ")

    tab.tree.setFocus()
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(tab.tree, Qt.Key.Key_Up, CTRL)
    assert [n.id for n in current(workspace, tab.patient_id).needs] == [
        own, health_b, health_a]
    assert tab.current_node().key == health_b

    qtbot.keyClick(tab.tree, Qt.Key.Key_Up, CTRL)  # first of its domain: the domain moves…
    assert [n.id for n in current(workspace, tab.patient_id).needs] == [
        own, health_b, health_a]  # …but the person's own priority stays first
    assert "restent en tête" in tab.error_label.text()


def test_f2_moves_to_the_form(qtbot, workspace, tab) -> None:
    plans = PlanService(workspace)
    plan_id = plans.open_draft(tab.patient_id)
    need = plans.add_need(plan_id, {"domain": "social", "text": "Isolement"}).id
    tab.reload(select=need)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    assert tab.editor.need_form.text_edit.hasFocus()
    qtbot.keyClick(tab.editor.need_form.text_edit, Qt.Key.Key_Escape)
    assert tab.tree.hasFocus()


def test_a_closed_case_is_read_only(qtbot, workspace, tab) -> None:
    plans = PlanService(workspace)
    plan_id = plans.open_draft(tab.patient_id)
    need = plans.add_need(plan_id, {"domain": "social", "text": "Isolement"}).id
    goal = plans.add_goal(need, {"text": "Une visite par semaine"}).id
    action = plans.add_action(goal, {"text": "Visites de bénévoles"}).id
    CaseClosureService(workspace).close_case(tab.patient_id, "moved")
    tab.reload(select=action)

    assert "Dossier clôturé" in tab.header.banner.text() and tab.header.banner.isVisible()
    for button in (tab.header.template_button, tab.header.validate_button,
                   tab.header.new_version_button):
        assert not button.isEnabled()
    form = tab.editor.action_form
    assert form.text_edit.isReadOnly() and not form.status_combo.isEnabled()
    assert not tab.editor.save_button.isVisible()
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    assert "lecture seule" in tab.error_label.text()
    assert tab.editor.kind == "action" and not tab.editor.is_new()
