"""The follow-up tabs of a patient file: care circle, journal, consent, requests."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from coordapp.ui.patient.carer_dialog import CarerDialog
from coordapp.ui.patient.consent_dialog import ConsentDialog
from coordapp.ui.patient.date_dialog import DateDialog
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.new_referral_dialog import NewReferralDialog
from coordapp.ui.patient.professional_dialog import ProfessionalDialog
from tests.informed import INFORMED

PATIENT = {"family_name": "Nguyen", "given_names": "Thi Lan", "birth_date": "1950-01-15",
           "sex": "F", "city": "Givet"}


def setup(qtbot, workspace: Workspace, **changes) -> tuple[str, PatientWindow]:
    values = {**PATIENT, **changes}
    informed = INFORMED if values.get("status") in ("active", "on_hold") else None
    patient_id = CaseloadService(workspace).add_patient(values, information=informed).id
    window = PatientWindow(workspace, patient_id)
    qtbot.addWidget(window, before_close_func=lambda w: w.identity_tab.revert())
    window.show()
    return patient_id, window


def load(workspace: Workspace, patient_id: str):
    return PatientFileService(workspace).load(patient_id, audit=False)


def test_a_professional_from_the_directory_joins_the_care_circle(qtbot, workspace) -> None:
    nurse = DirectoryService(workspace).add_professional({
        "family_name": "Barbier", "given_name": "Claire",
        "profession": "Infirmier(ère) libéral(e)", "phone": "0324567890", "city": "Givet"}).id
    patient_id, window = setup(qtbot, workspace)
    tab = window.care_team_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.directory_button, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    assert isinstance(picker, DirectoryPickerDialog)
    picker.search_edit.setText("barbier")
    picker.search()
    assert [row.id for row in picker.model.rows] == [nurse]
    assert picker.role_combo.currentText() == "Infirmier(ère) libéral(e)"

    with qtbot.waitSignal(window.patient_changed):
        qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)

    [member] = load(workspace, patient_id).care_team
    assert (member.professional_id, member.role, member.started_on) == (
        nurse, "Infirmier(ère) libéral(e)", dt.date.today())
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 3)) == "03 24 56 78 90"
    assert tab.dialog is None


def test_a_professional_added_on_the_fly_is_selected_with_its_warnings(
    qtbot, workspace
) -> None:
    _patient_id, window = setup(qtbot, workspace)
    tab = window.care_team_tab
    qtbot.mouseClick(tab.directory_button, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    new = picker.professional_dialog
    assert isinstance(new, ProfessionalDialog)
    new.family_edit.setText("Colin")
    new.profession_combo.setCurrentText("Pharmacien")
    new.rpps_edit.setText("123")
    qtbot.mouseClick(new.add_button, Qt.MouseButton.LeftButton)
    assert new.fields.labels["rpps"].text() == "Le numéro RPPS doit comporter 11 chiffres."
    new.rpps_edit.setText("10101010100")  # 11 digits, doubtful key: a warning only
    qtbot.mouseClick(new.add_button, Qt.MouseButton.LeftButton)

    assert picker.professional_dialog is None
    current = picker.model.row(picker.table.currentIndex())
    assert current.family_name == "Colin" and current.rpps == "10101010100"
    assert "RPPS inhabituel" in picker.message_label.text()
    picker.done(0)  # closed without the "save what you typed?" question


def test_a_close_one_is_added_then_ends(qtbot, workspace) -> None:
    patient_id, window = setup(qtbot, workspace)
    tab = window.care_team_tab
    qtbot.mouseClick(tab.carer_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CarerDialog)
    dialog.name_edit.setText("Paul Nguyen")
    dialog.relationship_combo.setCurrentText("Fils")
    dialog.phone_edit.setText("12")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "Numéro de téléphone invalide" in dialog.fields.labels["phone"].text()
    dialog.phone_edit.setText("06 11 22 33 44")
    dialog.main_check.setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    [member] = load(workspace, patient_id).care_team
    assert (member.name, member.relationship, member.is_main_caregiver, member.role) == (
        "Paul Nguyen", "Fils", True, "Aidant principal")

    tab.table.selectRow(0)
    assert tab.end_button.isEnabled()
    qtbot.mouseClick(tab.end_button, Qt.MouseButton.LeftButton)
    ending = tab.dialog
    assert isinstance(ending, DateDialog)
    ending.accept()

    [member] = load(workspace, patient_id).care_team
    assert member.ended_on == dt.date.today()
    assert tab.model.data(tab.model.index(0, 5)) == f"{dt.date.today():%d/%m/%Y}"


def test_a_journal_entry_is_added_first(qtbot, workspace) -> None:
    patient_id, window = setup(qtbot, workspace)
    follow_up = FollowUpService(workspace)
    follow_up.add_journal_entry(patient_id, "Premier appel.",
                                occurred_at=dt.datetime.now() - dt.timedelta(days=3))
    window.reload()
    tab = window.journal_tab
    assert len(tab.entries()) == 1
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("home_visit"))
    tab.text_edit.setPlainText("Visite à domicile : réfrigérateur presque vide.")
    tab.text_edit.setFocus()

    with qtbot.waitSignal(window.patient_changed):
        qtbot.keyClick(tab.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    entries = load(workspace, patient_id).journal
    assert [e.text for e in entries] == ["Visite à domicile : réfrigérateur presque vide.",
                                         "Premier appel."]
    assert entries[0].kind == "home_visit" and entries[0].author_name == "Anne Martin"
    assert tab.model.data(tab.model.index(0, 3)) == entries[0].text
    assert tab.model.data(tab.model.index(0, 1)) == "Visite à domicile"
    assert tab.text_edit.toPlainText() == ""
    assert not tab.model.flags(tab.model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable


def test_an_empty_note_is_not_added(qtbot, workspace) -> None:
    patient_id, window = setup(qtbot, workspace)
    tab = window.journal_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.error_label.text() == "Écrivez la note avant de l'ajouter."
    assert load(workspace, patient_id).journal == []


def test_an_objection_shows_in_the_summary(qtbot, workspace) -> None:
    patient_id, window = setup(qtbot, workspace)
    tab = window.consent_tab
    assert "Opposition au partage : <b>non</b>" in tab.summary_text()
    assert not tab.buttons["objection_withdrawn"].isEnabled()
    qtbot.mouseClick(tab.buttons["objection"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.kind == "objection"
    assert dialog.by_edit.text() == "Anne Martin"
    dialog.how_combo.setCurrentText("Par écrit")
    with qtbot.waitSignal(window.patient_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [record] = load(workspace, patient_id).consents
    assert (record.kind, record.how, record.recorded_on) == (
        "objection", "Par écrit", dt.date.today())
    assert f"Opposition au partage : <b>oui</b>, depuis le {dt.date.today():%d/%m/%Y}" in \
        tab.summary_text()
    assert tab.buttons["objection_withdrawn"].isEnabled()
    assert not tab.buttons["objection"].isEnabled()
    assert tab.model.data(tab.model.index(0, 1)) == "Opposition"


def test_a_new_request_is_answered_and_includes_the_person(qtbot, workspace) -> None:
    patient_id, window = setup(qtbot, workspace)  # status "request" by default
    tab = window.referrals_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, NewReferralDialog)
    dialog.form.name_edit.setText("Dr Marc Lenoir")
    dialog.form.reason_edit.setPlainText("Retour à domicile après hospitalisation.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 4)) == "En attente"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.answer_button, Qt.MouseButton.LeftButton)
    answer = tab.dialog
    assert answer.answer_combo.currentData() == "inclusion"
    assert answer.effect_label.isVisibleTo(answer)
    answer.note_edit.setPlainText("Inclusion validée en réunion d'équipe.")
    qtbot.mouseClick(answer.save_button, Qt.MouseButton.LeftButton)  # not informed yet
    assert "pas encore été informée" in answer.error_label.text()
    assert load(workspace, patient_id).identity["status"] == "request"
    qtbot.mouseClick(answer.informed_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(answer.save_button, Qt.MouseButton.LeftButton)

    file = load(workspace, patient_id)
    assert [(r.answer, r.answered_on) for r in file.referrals] == [
        ("inclusion", dt.date.today())]
    assert file.identity["status"] == "active"
    assert tab.model.data(tab.model.index(0, 4)) == "Inclusion"
    assert window.header.status_badge.text().startswith("Actif")
