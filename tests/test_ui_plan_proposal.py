"""The short path in the patient file: the PPCS proposed after the assessment, then
"Valider et imprimer" (validation refused with its reason, or the person's PDF saved)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coordapp.paths import AppPaths
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.proposal import PlanProposalService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from coordapp.ui.plan.proposal_dialog import ProposalDialog
from coordapp.ui.plan.validate_print_dialog import ValidatePrintDialog, free_path
from tests.test_plan_proposal import _assessment, _circle
from tests.test_plans import new_patient


def _window(qtbot, workspace: Workspace, app_paths: AppPaths, patient_id: str
            ) -> PatientWindow:
    window = PatientWindow(workspace, patient_id, paths=app_paths)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_proposal_creates_the_draft_and_shows_it(qtbot, workspace: Workspace,
                                                     app_paths: AppPaths) -> None:
    patient_id = new_patient(workspace)
    members = _circle(workspace, patient_id)
    assessment_id = _assessment(workspace, patient_id)
    window = _window(qtbot, workspace, app_paths, patient_id)
    tab = window.assessment_tab
    window.tabs.setCurrentWidget(tab)
    tab.suggestions.show_for(assessment_id)
    qtbot.mouseClick(tab.suggestions.propose_button, Qt.MouseButton.LeftButton)
    dialog = tab.proposal_dialog
    assert isinstance(dialog, ProposalDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.wishes_edit.hasFocus)  # the person's own priority, asked first
    assert set(dialog.chosen_templates()) == {"exhausted_caregiver", "elderly_at_home",
                                              "polymedication", "no_gp"}
    dialog.template_checks["no_gp"].setChecked(False)
    qtbot.keyClicks(dialog.wishes_edit, "Rester chez moi")
    qtbot.keyClick(dialog.wishes_edit, Qt.Key.Key_Return)

    assert tab.proposal_dialog is None
    assert window.tabs.currentWidget() is window.plan_tab
    plan = window.plan_tab.document.plan
    assert plan.wishes == "Rester chez moi"
    texts = [n.text for n in plan.needs]
    assert "Trouver un médecin traitant" not in texts and "Soulager l'aidant principal" in texts
    responsible = {a.responsible_id for n in plan.needs for g in n.goals for a in g.actions}
    assert {members["gp"], members["nurse"], members["carer"]} <= responsible
    qtbot.waitUntil(window.print_commands.print_button.isEnabled)


def test_validate_and_print_lists_what_blocks_then_saves_the_pdf(
        qtbot, workspace: Workspace, app_paths: AppPaths, tmp_path: Path) -> None:
    patient_id = new_patient(workspace, informed=False)
    _circle(workspace, patient_id)
    assessment_id = _assessment(workspace, patient_id)
    PlanProposalService(workspace, app_paths).create(assessment_id,
                                                     templates=["polymedication"])
    window = _window(qtbot, workspace, app_paths, patient_id)
    tab = window.plan_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.header.validate_print_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ValidatePrintDialog)
    qtbot.waitUntil(dialog.agreement_edit.hasFocus)
    out = tmp_path / "ppcs.pdf"
    dialog.path_edit.setText(str(out))
    qtbot.keyClicks(dialog.agreement_edit, "Accord oral de la personne")
    qtbot.keyClick(dialog.agreement_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    # The person's information is not recorded: refused, said, nothing saved.
    assert dialog.isVisible() and tab.dialog is dialog
    shown = [label.text() for label in [*dialog.errors.values(), dialog.error_label]
             if label.isVisible()]
    assert any("information" in text.lower() for text in shown), shown
    assert not out.exists()
    assert PlanVersionService(workspace).show(patient_id).plan.status == "draft"
    QDialog.reject(dialog)  # given up, without the unsaved-input question

    FollowUpService(workspace).record_consent(patient_id, "information_given",
                                              given_by="Anne Martin", how="Oral")
    qtbot.mouseClick(tab.header.validate_print_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ValidatePrintDialog)
    dialog.path_edit.setText(str(tmp_path / "absent" / "x.pdf"))
    qtbot.keyClicks(dialog.agreement_edit, "Accord oral de la personne")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.path_error.isVisible()  # no such folder
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    assert PlanVersionService(workspace).show(patient_id).plan.status == "validated"
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "LEFÈVRE" in text.upper() and "piluliers" in text
    assert str(out) in window.statusBar().currentMessage()


def test_a_free_path_never_overwrites(tmp_path: Path) -> None:
    assert free_path(tmp_path, "ppcs") == tmp_path / "ppcs.pdf"
    (tmp_path / "ppcs.pdf").write_bytes(b"x")
    (tmp_path / "ppcs-2.pdf").write_bytes(b"x")
    assert free_path(tmp_path, "ppcs") == tmp_path / "ppcs-3.pdf"
