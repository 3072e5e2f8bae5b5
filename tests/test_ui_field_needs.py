"""The field's needs on screen (real widgets, real events, real database): the criteria
of both sides at intake, the GP task on À faire, the GP seekers list, a dysfunction
entry, the GP note at validation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog

from coordapp.services.caseload.dashboard import DashboardService
from coordapp.services.caseload.gp_seekers import GpSeekerService
from coordapp.services.caseload.tasks import TaskService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.dysfunctions import DysfunctionService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.intake import IntakeService
from coordapp.services.patient.requests import RequestService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from coordapp.ui.dashboard_model import Column, Section
from coordapp.ui.dashboard_view import DashboardView
from coordapp.ui.gp_seekers_dialog import GpSeekersDialog
from coordapp.ui.patient.dysfunctions_tab import DysfunctionsTab
from coordapp.ui.plan.validate_dialog import ValidateDialog
from tests.test_plans import new_patient, simple_plan
from tests.test_ui_new_case import fill_person, fill_request, open_dialog


def click(qtbot, widget) -> None:
    """A left click; on a check box, on its box (its label may end far from the centre)."""
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_intake_records_both_sides_and_the_level_of_service(qtbot, workspace: Workspace):
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    fill_person(dialog.person_step, "Durand", "Marcelle", "05/07/1936")
    click(qtbot, dialog.next_button)
    panel = dialog.complexity_panel
    assert panel.isVisible()
    click(qtbot, panel.medical_checks["repeated_hospitalisations"])
    assert panel.status_label.text() == "Volet manquant : psycho-social."
    click(qtbot, panel.psychosocial_checks["social_vulnerability"])
    assert "Les deux volets sont réunis" in panel.status_label.text()
    panel.level_combo.setFocus()
    panel.level_combo.setCurrentIndex(panel.level_combo.findData("complex_coordination"))
    qtbot.keyClicks(panel.reason_edit, "Deux volets, trois intervenants")
    click(qtbot, dialog.answer_step.informed_check)  # informed before inclusion
    with qtbot.waitSignal(dialog.case_created):
        click(qtbot, dialog.save_button)
    [line] = RequestService(workspace).list()
    detail = RequestService(workspace).show(line.id).as_json()
    assert detail["complex_situation"] == {"medical": ["repeated_hospitalisations"],
                                          "psychosocial": ["social_vulnerability"],
                                          "both_sides": True}
    assert (detail["service_level"], detail["service_level_reason"]) == (
        "complex_coordination", "Deux volets, trois intervenants")


def test_the_gp_task_is_on_the_todo_and_f4_marks_it_done(qtbot, workspace: Workspace):
    patient = new_patient(workspace)
    IntakeService(workspace).record_request(
        {"requester_kind": "caregiver", "reason": "Épuisement de l'aidante"},
        patient_id=patient)
    view = DashboardView(DashboardService(workspace), workspace.user_id)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    parent = view.model.index(Section.TASKS, 0)
    assert view.model.section_title(Section.TASKS).endswith("(1)")
    line = view.model.index(0, 0, parent)
    assert line.siblingAtColumn(Column.SUBJECT).data() == "Aider à trouver un médecin traitant"
    view.tree.setFocus()
    view.tree.setCurrentIndex(line)
    qtbot.keyClick(view.tree, Qt.Key.Key_F4)
    dialog = view.task_dialog
    assert dialog.isVisible()
    click(qtbot, dialog.ok_button)  # an empty note is refused
    assert dialog.error_label.isVisible() and dialog.isVisible()
    qtbot.keyClicks(dialog.note_edit, "Inscrite sur la liste de la CPTS")
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert view.model.count(Section.TASKS) == 0
    assert [e.text for e in PatientFileService(workspace).load(patient).journal] == [
        "Aider à trouver un médecin traitant : Inscrite sur la liste de la CPTS"]


def test_gp_seekers_list_in_priority_with_a_proposal_accepted(qtbot, workspace: Workspace):
    seekers = GpSeekerService(workspace)
    young = new_patient(workspace, family_name="Jeune", birth_date="1995-01-01")
    old = new_patient(workspace, family_name="Ancien", birth_date="1940-01-01",
                      ald=["Diabète"])
    seekers.register(young, asked_on=dt.date.today() - dt.timedelta(days=60))
    seekers.register(old, asked_on=dt.date.today())
    gp = DirectoryService(workspace).add_professional(
        {"family_name": "Garnier", "given_name": "Paul", "profession": "Médecin généraliste",
         "accepts_new_patients": True}).id
    dialog = GpSeekersDialog(seekers)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert names == ["ANCIEN Éloïse", "JEUNE Éloïse"]
    assert dialog.model.index(0, 5).data() == "ALD, plus de 70 ans"
    assert dialog.gp_combo.currentText() == "Paul Garnier"
    assert not dialog.accepted_button.isEnabled()
    click(qtbot, dialog.propose_button)
    assert dialog.pending_label.text() == "Proposition en attente : Paul Garnier"
    click(qtbot, dialog.accepted_button)
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == [
        "JEUNE Éloïse"]
    assert PatientFileService(workspace).load(old).identity["gp_id"] == gp


def test_a_dysfunction_is_entered_on_the_file(qtbot, workspace: Workspace):
    patient = new_patient(workspace)
    tab = DysfunctionsTab(workspace, patient)
    qtbot.addWidget(tab)
    tab.show()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("discharge_not_prepared"))
    click(qtbot, tab.structure_checks["hospital"])
    qtbot.keyClicks(tab.structures_edit, "CH de Sedan, medecine interne")
    qtbot.keyClicks(tab.text_edit, "Sortie un vendredi soir sans infirmier")
    click(qtbot, tab.add_button)
    [row] = DysfunctionService(workspace).of_patient(patient)
    assert (row.kind, row.structure_kinds, row.structures) == (
        "discharge_not_prepared", ["hospital"], "CH de Sedan, medecine interne")
    assert tab.model.rowCount() == 1


def test_validation_asks_why_while_the_gp_contact_is_open(qtbot, workspace: Workspace):
    patient = new_patient(workspace)
    simple_plan(workspace, patient)
    IntakeService(workspace).record_request({"requester_kind": "person", "reason": "Aide"},
                                            patient_id=patient)
    dialog = ValidateDialog(PlanVersionService(workspace), patient, version=1,
                            review_due=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.gp_note_edit.isVisible()
    qtbot.keyClicks(dialog.agreement_edit, "Accord oral")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.gp_note_edit.isVisible()
    assert "médecin traitant" in dialog.errors["gp_contact_note"].text()
    qtbot.keyClicks(dialog.gp_note_edit, "Recherche en cours avec la CPTS")
    click(qtbot, dialog.ok_button)
    assert dialog.validated_id
    assert TaskService(workspace).open_tasks()  # the task itself stays open
