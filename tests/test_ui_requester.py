"""The requester chosen from the directory is entered once: the request's fields, the
person's GP (when the requester is a GP) and the care circle, with their role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.new_case_dialog import NewCaseDialog
from tests.test_ui_new_case import ELOISE, fill_person, open_dialog


def add_directory(workspace: Workspace) -> dict[str, str]:
    directory = DirectoryService(workspace)
    return {
        "gp": directory.add_professional({
            "family_name": "Durand", "given_name": "Paul",
            "profession": "Médecin généraliste", "city": "Sedan",
            "phone": "03 24 27 00 11"}).id,
        "nurse": directory.add_professional({
            "family_name": "Roux", "given_name": "Claire",
            "profession": "Infirmier(ère)", "city": "Sedan"}).id,
    }


def choose_requester(qtbot, dialog: NewCaseDialog, search: str) -> None:
    """Keyboard only: Tab from the name to "Choisir dans l'annuaire…", Space opens it,
    the search is typed, Enter takes the first line."""
    form = dialog.request_form
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts need an active window
    form.name_edit.setFocus()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    assert form.directory_button.hasFocus()
    qtbot.keyClick(form.directory_button, Qt.Key.Key_Space)
    picker = dialog.directory_dialog
    assert picker is not None and picker.isVisible()
    assert picker.windowTitle() == "Choisir le demandeur dans l'annuaire"
    qtbot.keyClicks(picker.search_edit, search)
    picker.search()  # what the typing timer does after a pause
    with qtbot.waitSignal(picker.finished):
        qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert dialog.directory_dialog is None


def include_new_person(qtbot, dialog: NewCaseDialog) -> str:
    qtbot.keyClicks(dialog.request_form.reason_edit, "Chutes repetees, vit seule")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    fill_person(dialog.person_step, "Lefevre", "Eloise", "12/03/1941")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.answer_step.informed_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.case_created) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return str(created.args[0])


def test_a_gp_from_the_directory_is_the_persons_gp_and_in_the_care_circle(
        qtbot, workspace: Workspace) -> None:
    ids = add_directory(workspace)
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitExposed(dialog)
    choose_requester(qtbot, dialog, "durand")
    form = dialog.request_form
    assert form.name_edit.text() == "Paul Durand"
    assert form.kind_combo.currentData() == "gp"
    assert form.profession_edit.text() == "Médecin généraliste"
    assert form.phone_edit.text() == "03 24 27 00 11"
    assert form.reason_edit.hasFocus()  # the next thing to type

    patient_id = include_new_person(qtbot, dialog)
    file = PatientFileService(workspace).load(patient_id, audit=False)
    assert file.identity["gp_id"] == ids["gp"]
    assert [(m.professional_id, m.role) for m in file.care_team] == [
        (ids["gp"], "Médecin traitant")]
    assert file.referrals[0].requester_name == "Paul Durand"


def test_a_nurse_joins_the_care_circle_of_a_known_person_with_her_role(
        qtbot, workspace: Workspace) -> None:
    ids = add_directory(workspace)
    known = CaseloadService(workspace).add_patient({**ELOISE, "status": "request"}).id
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitExposed(dialog)
    choose_requester(qtbot, dialog, "roux")
    assert dialog.request_form.kind_combo.currentData() == "nurse"
    qtbot.keyClicks(dialog.request_form.reason_edit, "Plaies, refus de soins")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    person = dialog.person_step
    fill_person(person, "Lefevre", "Eloise", "12/03/1941")
    person.table.selectRow(0)
    qtbot.mouseClick(person.link_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.answer_step.later_radio.setChecked(True)
    with qtbot.waitSignal(dialog.case_created):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    file = PatientFileService(workspace).load(known, audit=False)
    assert file.identity["gp_id"] is None  # a nurse is nobody's GP
    assert [(m.professional_id, m.role) for m in file.care_team] == [
        (ids["nurse"], "Infirmier(ère)")]


def test_a_name_typed_over_the_choice_unlinks_the_directory(qtbot, workspace) -> None:
    add_directory(workspace)
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitExposed(dialog)
    choose_requester(qtbot, dialog, "durand")
    form = dialog.request_form
    form.name_edit.selectAll()
    qtbot.keyClicks(form.name_edit, "Dr Martin, remplacant")
    assert form.values()["professional_id"] is None
    patient_id = include_new_person(qtbot, dialog)
    file = PatientFileService(workspace).load(patient_id, audit=False)
    assert file.identity["gp_id"] is None and file.care_team == []
    assert dialog.result() == QDialog.DialogCode.Accepted


def type_ahead(qtbot, form, typed: str):
    """Type the first letters of the requester's name: the directory's matches pop up."""
    completer = form.requester_completer
    assert completer is not None
    form.name_edit.setFocus()
    qtbot.waitUntil(form.name_edit.hasFocus)
    qtbot.keyClicks(form.name_edit, typed)
    qtbot.waitUntil(completer.popup().isVisible)  # once the keys are handled
    return completer


def test_the_requester_is_found_as_the_name_is_typed(qtbot, workspace: Workspace) -> None:
    ids = add_directory(workspace)
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.request_form
    completer = type_ahead(qtbot, form, "dura")
    assert [entry.id for entry in completer.shown] == [ids["gp"]]
    assert completer.popup().model().index(0, 0).data() == \
        "Paul Durand — Médecin généraliste · Sedan"
    popup = completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.requester is not None)
    assert form.name_edit.text() == "Paul Durand"  # the name, not the popup's line
    assert form.kind_combo.currentData() == "gp"
    assert form.phone_edit.text() == "03 24 27 00 11"
    assert form.values()["professional_id"] == ids["gp"]
    qtbot.waitUntil(form.reason_edit.hasFocus)  # the next thing to type

    patient_id = include_new_person(qtbot, dialog)
    file = PatientFileService(workspace).load(patient_id, audit=False)
    assert file.identity["gp_id"] == ids["gp"]
    assert [m.professional_id for m in file.care_team] == [ids["gp"]]


def test_a_name_the_directory_does_not_know_stays_free_text(qtbot, workspace) -> None:
    add_directory(workspace)
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitExposed(dialog)
    form = dialog.request_form
    form.name_edit.setFocus()
    qtbot.keyClicks(form.name_edit, "Mme Colin")
    completer = form.requester_completer
    assert completer is not None
    completer.refresh()  # what the timer after the keystrokes does
    assert completer.shown == [] and not completer.popup().isVisible()
    assert form.name_edit.text() == "Mme Colin" and form.values()["professional_id"] is None


def test_a_new_request_in_the_file_finds_its_requester_too(qtbot, workspace) -> None:
    from coordapp.ui.patient.new_referral_dialog import NewReferralDialog
    from coordapp.ui.patient.services import PatientServices

    ids = add_directory(workspace)
    patient_id = CaseloadService(workspace).add_patient({**ELOISE, "status": "request"}).id
    services = PatientServices.from_workspace(workspace)
    dialog = NewReferralDialog(services.follow_up, patient_id, services=services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.form.directory_button.isVisible()
    completer = type_ahead(qtbot, dialog.form, "rou")
    assert [entry.id for entry in completer.shown] == [ids["nurse"]]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.requester is not None)
    assert dialog.form.kind_combo.currentData() == "nurse"
    qtbot.keyClicks(dialog.form.reason_edit, "Plaies, refus de soins")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [referral] = PatientFileService(workspace).load(patient_id, audit=False).referrals
    assert referral.requester_name == "Claire Roux"
