"""Entry points of the daily path that must be in sight: the "Nouvelle demande" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow


def test_a_visible_new_request_button_opens_the_wizard(qtbot, workspace: Workspace,
                                                        app_paths: AppPaths):
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for page in ("todo", "caseload", "directory", "sync"):
        window.show_page(page)
        button = window.new_case_button
        assert isinstance(button, QToolButton) and button.isVisible(), page
        assert button.defaultAction() is window.commands.new_case
        assert button.text() == "Nouvelle demande"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.new_case_dialog is not None and window.new_case_dialog.isVisible()
    window.new_case_dialog.done(0)


def test_my_profile_phone_and_structure_are_printed_on_the_plan(
    qtbot, workspace: Workspace, app_paths: AppPaths, tmp_path
):
    from pypdf import PdfReader

    from coordapp.services.caseload.patients import CaseloadService
    from coordapp.services.exports import ExportService
    from coordapp.services.plans.editing import PlanService
    from coordapp.ui.preferences_dialog import PreferencesDialog

    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.commands.preferences.trigger()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.profile_form is not None
    form = dialog.profile_form
    assert form.edits["display_name"].text() == "Anne Martin"
    form.edits["phone"].setText("0612")  # refused: the dialog stays on the profile
    dialog.accept()
    assert window.preferences_dialog is dialog and dialog.tabs.currentWidget() is form
    assert form.fields.labels["phone"].isVisible()
    form.edits["phone"].setText("03 24 56 00 11")
    form.edits["structure_name"].setText("DAC Nord Ardennes")
    dialog.accept()
    assert window.preferences_dialog is None

    patient_id = CaseloadService(workspace).add_patient(
        {"family_name": "Roux", "given_names": "Paul", "birth_date": "1940-02-02",
         "sex": "M", "referent_id": workspace.user_id}).id
    PlanService(workspace).open_draft(patient_id)
    out = tmp_path / "plan.pdf"
    ExportService(workspace).export_plan_pdf(patient_id, out, "person")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "03 24 56 00 11" in text and "DAC Nord Ardennes" in text
    assert "Téléphone non renseigné" not in text


def test_a_need_added_from_the_assessment_makes_the_plan_printable_at_once(
    qtbot, workspace: Workspace, app_paths: AppPaths
):
    from coordapp.services.assessments.recording import AssessmentService
    from coordapp.services.caseload.patients import CaseloadService
    from coordapp.ui.patient import PatientWindow

    patient_id = CaseloadService(workspace).add_patient(
        {"family_name": "Roux", "given_names": "Paul", "birth_date": "1940-02-02",
         "sex": "M"}).id
    assessment_id = AssessmentService(workspace).record(
        patient_id, {"complexity_factors": ["isolation"]}).id
    window = PatientWindow(workspace, patient_id, paths=app_paths)
    qtbot.addWidget(window)
    window.show()
    commands = window.print_commands
    assert not commands.print_button.isEnabled()
    window.tabs.setCurrentWidget(window.assessment_tab)
    window.assessment_tab.suggestions.show_for(assessment_id)
    assert window.assessment_tab.suggestions.accept("break_isolation")
    qtbot.waitUntil(commands.print_button.isEnabled)  # without visiting the PPCS tab
    assert window.plan_tab.document is not None
    assert commands.print_action.isEnabled()
