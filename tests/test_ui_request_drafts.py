"""A half-typed request is kept as a draft, listed under "À faire › Demandes à
compléter", reopened where it was, and gone once saved or given up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.request_drafts import RequestDraftService
from coordapp.services.workspace import Workspace
from coordapp.ui.dashboard_lines import Section
from coordapp.ui.dashboard_model import DashboardModel
from coordapp.ui.main_window import MainWindow
from coordapp.ui.new_case_dialog import NewCaseDialog

NAME = "Vandenbroucke"


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("todo")
    return window


def _type_half_a_request(qtbot, window: MainWindow) -> NewCaseDialog:
    window.commands.new_case.trigger()
    dialog = window.new_case_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.request_form.reason_edit, "Chutes a repetition, vit seule")
    qtbot.keyClick(dialog.request_form.reason_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert dialog.pages.currentIndex() == dialog.PERSON
    qtbot.keyClicks(dialog.person_step.family_edit, NAME)
    qtbot.keyClicks(dialog.person_step.given_edit, "Odette")
    qtbot.keyClicks(dialog.person_step.birth_edit, "02051936")
    return dialog


def _answer(box_text: str):
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == box_text).click()
    return click


def test_a_half_typed_request_is_kept_and_reopened_where_it_was(
        qtbot, window: MainWindow, workspace: Workspace) -> None:
    drafts = RequestDraftService(workspace)
    dialog = _type_half_a_request(qtbot, window)
    # Written in the base as it is typed, before any closing: a crash loses nothing.
    qtbot.waitUntil(lambda: bool(drafts.mine()) and
                    drafts.mine()[0].data["person"]["birth_date"] == "02051936")
    [draft] = drafts.mine()
    assert draft.step == dialog.PERSON
    assert draft.data["request"]["reason"] == "Chutes a repetition, vit seule"

    QTimer.singleShot(0, _answer("Garder en brouillon"))
    qtbot.keyClick(dialog.person_step.family_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.new_case_dialog is None)

    view = window.dashboard_view
    assert view is not None
    qtbot.waitUntil(lambda: view.model.count(Section.DRAFTS) == 1)
    section = view.model.index(Section.DRAFTS, 0)
    assert view.model.data(section) == "Demandes à compléter (saisie interrompue) (1)"
    line = view.model.index(0, 0, section)
    assert line.data() == "VANDENBROUCKE Odette"
    assert line.data(DashboardModel.DraftRole) == draft.id
    view.tree.setFocus()
    view.tree.setCurrentIndex(line)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)

    reopened = window.new_case_dialog
    assert reopened is not None and reopened is not dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reopened)
    assert reopened.pages.currentIndex() == reopened.PERSON
    assert reopened.person_step.family_edit.text() == NAME
    assert reopened.person_step.birth_edit.date().isoformat() == "1936-05-02"
    assert reopened.request_form.reason_edit.toPlainText() == "Chutes a repetition, vit seule"
    reopened.person_step.sex_combo.setCurrentIndex(reopened.person_step.sex_combo.findData("F"))
    qtbot.keyClick(reopened.person_step.family_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert reopened.pages.currentIndex() == reopened.ANSWER
    reopened.answer_step.later_radio.setChecked(True)
    qtbot.keyClick(reopened.answer_step.later_radio, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.new_case_dialog is None)
    assert CaseloadService(workspace).count() == 1
    assert drafts.mine() == []  # saved: the draft is gone
    qtbot.waitUntil(lambda: view.model.count(Section.DRAFTS) == 0)


def test_a_request_given_up_leaves_no_draft(qtbot, window: MainWindow,
                                            workspace: Workspace) -> None:
    drafts = RequestDraftService(workspace)
    dialog = _type_half_a_request(qtbot, window)
    qtbot.waitUntil(lambda: bool(drafts.mine()))
    QTimer.singleShot(0, _answer("Abandonner"))
    dialog.reject()
    assert window.new_case_dialog is None or not dialog.isVisible()
    assert drafts.mine() == []
    assert CaseloadService(workspace).count() == 0


def test_a_reopened_draft_keeps_its_discharge_and_its_requester_from_the_directory(
        qtbot, window: MainWindow, workspace: Workspace) -> None:
    from coordapp.services.directory import DirectoryService

    gp = DirectoryService(workspace).add_professional({
        "family_name": "Durand", "given_name": "Paul", "profession": "Médecin généraliste",
        "city": "Sedan", "phone": "03 24 27 00 11"}).id
    drafts = RequestDraftService(workspace)
    window.commands.new_case.trigger()
    dialog = window.new_case_dialog
    assert dialog is not None
    form = dialog.request_form
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    form.name_edit.setFocus()
    qtbot.keyClicks(form.name_edit, "dura")
    completer = form.requester_completer
    assert completer is not None
    qtbot.waitUntil(completer.popup().isVisible)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.requester is not None)
    qtbot.keyClicks(form.reason_edit, "Retour a domicile apres une fracture")
    qtbot.keyClick(form.reason_edit, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.discharge.planned_edit.hasFocus)  # « Sortie d'&hospitalisation »
    qtbot.keyClicks(form.discharge.planned_edit, "05122026")
    qtbot.keyClicks(form.discharge.ward_edit, "Geriatrie, CH de Sedan")
    form.discharge.ready_checks["equipment"].setChecked(True)
    qtbot.keyClicks(form.discharge.note_edit, "Lit medicalise a livrer")
    qtbot.waitUntil(lambda: bool(drafts.mine()) and
                    (drafts.mine()[0].data["request"]["discharge"] or {}).get("note")
                    == "Lit medicalise a livrer")
    QTimer.singleShot(0, _answer("Garder en brouillon"))
    qtbot.keyClick(form.reason_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.new_case_dialog is None)

    [draft] = drafts.mine()
    window.open_request_draft(draft.id)
    reopened = window.new_case_dialog
    assert reopened is not None and reopened is not dialog
    again = reopened.request_form
    assert again.discharge.is_discharge() and again.discharge.details.isVisible()
    assert again.discharge.planned_edit.date().isoformat() == "2026-12-05"
    assert again.discharge.ward_edit.text() == "Geriatrie, CH de Sedan"
    assert [c for c, b in again.discharge.ready_checks.items() if b.isChecked()] == [
        "equipment"]
    assert again.discharge.note_edit.toPlainText() == "Lit medicalise a livrer"
    assert again.values()["professional_id"] == gp  # still linked: circle and GP follow
    assert again.name_edit.text() == "Paul Durand"
    reopened.done(0)
