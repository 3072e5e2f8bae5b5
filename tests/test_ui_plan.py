"""The PPCS tab, driven like a user on a real encrypted workspace with demo patients:
template → responsible person → validation → new version → change → history diff."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.patient.file import PatientFileService
from coordapp.services.plans.templates import TemplateService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.views import ActionView, CarePlanView
from coordapp.services.workspace import Workspace
from coordapp.ui.plan import PlanTab
from coordapp.ui.plan.save_template_dialog import SaveTemplateDialog
from coordapp.ui.plan.template_dialog import TemplateDialog
from coordapp.ui.plan.validate_dialog import ValidateDialog
from coordapp.ui.plan.versions_dialog import VersionsDialog
from tests.clock import today
from tests.informed import INFORMED


def demo_patient(workspace: Workspace) -> str:
    """An active demo patient with a validated plan and a GP in the care circle."""
    generate_demo(workspace, 15, seed=4)
    files = PatientFileService(workspace)
    for summary in CaseloadService(workspace).search(status="active"):
        file = files.load(summary.id, audit=False)
        roles = {m.role for m in file.care_team}
        plan = file.current_plan
        open_actions = plan is not None and plan.status == "validated" and any(
            a.status in ("planned", "in_progress") for a in actions(plan))
        if "Médecin traitant" in roles and len(roles) >= 3 and open_actions:
            return summary.id
    raise AssertionError("no demo patient with a GP")  # pragma: no cover


def open_tab(qtbot, workspace: Workspace, app_paths: AppPaths, patient_id: str) -> PlanTab:
    tab = PlanTab(workspace, patient_id, app_paths)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts need an active window
    return tab


def current(workspace: Workspace, patient_id: str) -> CarePlanView:
    return PlanVersionService(workspace).show(patient_id, audit=False).plan


def actions(plan: CarePlanView) -> list[ActionView]:
    return [a for n in plan.needs for g in n.goals for a in g.actions]


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def patient(workspace: Workspace) -> str:
    return demo_patient(workspace)


def apply_template(qtbot, tab: PlanTab, key: str, start: dt.date) -> TemplateDialog:
    with qtbot.waitSignal(tab.changed) as changed:
        tab.header.template_button.click()
        dialog = tab.dialog
        assert isinstance(dialog, TemplateDialog)
        assert dialog.select(key)
        dialog.start_edit.setText(f"{start:%d/%m/%Y}")
        ok(dialog)
    assert changed.args == ["care_plan"]
    assert tab.dialog is None
    return dialog


def test_a_template_applied_through_the_dialog_builds_the_plan(
        qtbot, workspace, app_paths, patient) -> None:
    tab = open_tab(qtbot, workspace, app_paths, patient)
    before = current(workspace, patient)
    assert before.status == "validated"
    assert "validée" in tab.header.title_label.text()

    start = today() + dt.timedelta(days=3)
    apply_template(qtbot, tab, "fall_prevention", start)

    plan = current(workspace, patient)
    assert (plan.version, plan.status) == (before.version + 1, "draft")
    bilan = next(a for a in actions(plan) if a.text.startswith("Bilan des chutes"))
    assert bilan.due_on == start + dt.timedelta(days=30)
    assert bilan.responsible_name  # matched on the GP's role
    assert tab.header.title_label.text().startswith(f"PPCS — version {plan.version} — brouillon")
    assert tab.header.validate_button.isEnabled()
    assert not tab.header.new_version_button.isEnabled()
    need = next(n for n in plan.needs if n.text == "Réduire le risque de chute")
    index = tab.model.index_for(need.id)
    assert index.isValid() and tab.tree.isExpanded(index)
    assert tab.current_node().key == need.id  # the first need added is selected
    assert tab.editor.need_form.text_edit.toPlainText() == need.text
    assert tab.model.index_for(bilan.id).data() == bilan.text


def test_a_person_with_no_plan_starts_from_a_template(qtbot, workspace, app_paths) -> None:
    patient_id = CaseloadService(workspace).add_patient(
        {"family_name": "Gérard", "given_names": "Hélène", "birth_date": "1938-05-02",
         "sex": "F", "status": "active"}, information=INFORMED).id
    tab = open_tab(qtbot, workspace, app_paths, patient_id)
    assert tab.body.currentWidget() is tab.start_page
    assert not tab.header.validate_button.isEnabled()

    with qtbot.waitSignal(tab.changed):
        tab.start_page.template_button.click()
        dialog = tab.dialog
        assert dialog.select("exhausted_caregiver")
        ok(dialog)

    assert tab.body.currentWidget() is tab.splitter
    plan = current(workspace, patient_id)
    assert (plan.version, plan.status) == (1, "draft") and plan.needs
    assert all(a.responsible_id is None for a in actions(plan))  # nobody in the circle yet
    assert tab.model.index_for(plan.needs[0].id).isValid()


def test_the_responsible_person_is_chosen_in_the_care_circle(
        qtbot, workspace, app_paths, patient) -> None:
    tab = open_tab(qtbot, workspace, app_paths, patient)
    apply_template(qtbot, tab, "fall_prevention", today())
    action = next(a for a in actions(current(workspace, patient))
                  if a.text.startswith("Séances de rééducation"))
    team = PatientFileService(workspace).load(patient, audit=False).care_team
    carer = next(m for m in team if m.role == "Aidant principal")
    assert action.responsible_id != carer.id

    assert tab.select(action.id)
    form = tab.editor.action_form
    assert tab.editor.stack.currentWidget() is tab.editor.pages["action"]
    combo = form.responsible_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert f"{carer.name} — Aidant principal" in texts
    combo.setCurrentIndex(combo.findData(carer.id))
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.changed) as changed:
        tab.editor.save_button.click()

    assert changed.args == ["action"]
    saved = next(a for a in actions(current(workspace, patient)) if a.id == action.id)
    assert saved.responsible_id == carer.id
    assert saved.responsible_name == carer.name
    assert not tab.has_unsaved_changes()
    assert tab.model.index_for(action.id, 1).data() == carer.name


def test_validate_then_new_version_then_the_history_shows_the_change(
        qtbot, workspace, app_paths, patient) -> None:
    tab = open_tab(qtbot, workspace, app_paths, patient)
    apply_template(qtbot, tab, "fall_prevention", today())
    draft = current(workspace, patient)

    tab.header.validate_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ValidateDialog)
    ok(dialog)  # no agreement: the service refuses, the dialog stays open
    assert dialog.isVisible()
    assert "accord" in dialog.errors["agreement"].text()
    assert current(workspace, patient).status == "draft"
    dialog.agreement_edit.setPlainText("Accord oral de Mme et de sa fille, à domicile")
    review = today() + dt.timedelta(days=120)
    dialog.review_edit.setText(f"{review:%d/%m/%Y}")
    with qtbot.waitSignal(tab.changed):
        ok(dialog)

    validated = current(workspace, patient)
    assert (validated.id, validated.status) == (draft.id, "validated")
    assert validated.agreement == "Accord oral de Mme et de sa fille, à domicile"
    assert (validated.agreement_on, validated.review_due) == (today(), review)
    assert "validée le" in tab.header.title_label.text()
    assert "Anne Martin" in tab.header.title_label.text()
    assert tab.header.banner.isVisible()
    target = next(a for a in actions(validated) if a.text.startswith("Bilan des chutes"))
    tab.select(target.id)
    form = tab.editor.action_form
    assert form.text_edit.isReadOnly()  # content frozen…
    assert form.status_combo.isEnabled()  # …follow-up still possible
    assert not form.responsible_combo.isEnabled()

    with qtbot.waitSignal(tab.changed):
        tab.header.new_version_button.click()
    v_next = current(workspace, patient)
    assert (v_next.version, v_next.status) == (validated.version + 1, "draft")
    copy = next(a for a in actions(v_next) if a.text == target.text)
    tab.select(copy.id)
    assert not form.text_edit.isReadOnly()
    form.text_edit.setFocus()
    form.text_edit.setPlainText("Bilan des chutes chez le gériatre (hôpital de jour)")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert any(a.text == "Bilan des chutes chez le gériatre (hôpital de jour)"
               for a in actions(current(workspace, patient)))

    tab.header.history_button.click()
    history = tab.dialog
    assert isinstance(history, VersionsDialog)
    assert history.model.rowCount() == v_next.version
    history.set_pair(validated.version, v_next.version)
    assert history.compare()
    text = history.browser.toPlainText()
    assert f"De la version {validated.version} à la version {v_next.version}" in text
    assert "Modifié (1)" in text
    assert "Bilan des chutes par le médecin traitant" in text
    assert "Bilan des chutes chez le gériatre (hôpital de jour)" in text
    assert "Ajouté" not in text and "Supprimé" not in text
    history.reject()


def test_closing_an_action_asks_for_its_result(qtbot, workspace, app_paths, patient) -> None:
    tab = open_tab(qtbot, workspace, app_paths, patient)
    plan = current(workspace, patient)
    assert plan.status == "validated"  # follow-up is recorded on the plan in force
    action = next(a for a in actions(plan) if a.status in ("planned", "in_progress"))
    tab.select(action.id)
    form = tab.editor.action_form

    form.status_combo.setCurrentIndex(form.status_combo.findData("done"))
    dialog = form.close_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()  # changed her mind: the status goes back
    assert form.status_combo.currentData() == action.status
    assert not tab.has_unsaved_changes()

    form.close_button.click()
    dialog = form.close_dialog
    ok(dialog)  # no result: refused by the dialog itself
    assert dialog.isVisible() and "résultat" in dialog.error_label.text()
    dialog.result_edit.setPlainText("Passage effectué, la fille est rassurée")
    with qtbot.waitSignal(tab.changed):
        ok(dialog)

    saved = next(a for a in actions(current(workspace, patient)) if a.id == action.id)
    assert (saved.status, saved.result, saved.done_on) == (
        "done", "Passage effectué, la fille est rassurée", today())
    assert tab.model.index_for(action.id, 3).data() == "Réalisée"


def test_a_pending_edit_is_saved_when_another_item_is_chosen(
        qtbot, workspace, app_paths, patient) -> None:
    tab = open_tab(qtbot, workspace, app_paths, patient)
    tab.header.new_version_button.click()
    plan = current(workspace, patient)
    tab.select("plan")
    tab.editor.plan_form.wishes_edit.setPlainText("Rester chez moi, près de mon jardin")
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.changed):
        tab.tree.setCurrentIndex(tab.model.index_for(plan.needs[0].id))
    assert current(workspace, patient).wishes == "Rester chez moi, près de mon jardin"
    assert tab.current_node().key == plan.needs[0].id
    assert tab.editor.kind == "need"

    tab.editor.need_form.text_edit.setPlainText("")  # refused: a need needs a text
    tab.tree.setCurrentIndex(tab.model.index_for("plan"))
    qtbot.waitUntil(lambda: tab.current_node().key == plan.needs[0].id)
    assert "obligatoire" in tab.editor.need_form.fields["text"].error.text()
    assert tab.has_unsaved_changes() and not tab.save()


def test_the_plan_is_saved_as_a_template_and_versions_can_be_read(
        qtbot, workspace, app_paths, patient) -> None:
    tab = open_tab(qtbot, workspace, app_paths, patient)
    tab.header.save_template_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, SaveTemplateDialog)
    ok(dialog)  # no title: refused, stays open
    assert dialog.isVisible() and dialog.error_label.text() == "Donnez un titre au modèle."
    dialog.title_edit.setText("Maintien à domicile après chute")
    ok(dialog)
    assert tab.dialog is None
    summaries = {s.title: s for s in TemplateService(workspace, app_paths).summaries()}
    saved = summaries["Maintien à domicile après chute"]
    assert saved.source == "user" and saved.needs == len(current(workspace, patient).needs)

    tab.header.history_button.click()
    history = tab.dialog
    history.table.selectRow(0)
    history.show_selected()
    plan = current(workspace, patient)
    text = history.browser.toPlainText()
    assert f"Version {plan.version}" in text and plan.needs[0].text in text
