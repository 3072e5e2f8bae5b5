"""A new request for support, from the phone call to the answer (pytest-qt, real DB)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from coordapp.models import Referral
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.new_case_dialog import NewCaseDialog
from coordapp.ui.patient.person_step import PersonStep
from tests.informed import INFORMED

ELOISE = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
          "sex": "F", "city": "Sedan", "status": "active"}


def open_dialog(qtbot, workspace: Workspace) -> NewCaseDialog:
    dialog = NewCaseDialog(workspace)
    # done() closes without the "abandon this request?" question
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    dialog.show()
    return dialog


def fill_request(qtbot, dialog: NewCaseDialog) -> None:
    form = dialog.request_form
    form.name_edit.setText("Jean Roux")
    form.phone_edit.setText("03 24 56 78 90")
    form.reason_edit.setPlainText("Chutes répétées, vit seule, épouse hospitalisée.")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON


def fill_person(person: PersonStep, family: str, given: str, born: str, sex: str = "F") -> None:
    person.family_edit.setText(family)
    person.given_edit.setText(given)
    person.birth_edit.setText(born)
    person.sex_combo.setCurrentIndex(person.sex_combo.findData(sex))
    person.check_duplicates()  # what the typing timer does after a pause


def referrals(workspace: Workspace) -> list[Referral]:
    with workspace.unit_of_work() as uow:
        return list(uow.session.scalars(select(Referral)))


def test_a_request_without_a_reason_stays_on_the_first_step(qtbot, workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == NewCaseDialog.REQUEST
    assert dialog.request_form.fields.labels["reason"].text() == \
        "Indiquez le motif de la demande."


def test_including_a_new_person_creates_an_active_case(qtbot, workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    fill_person(dialog.person_step, "Durand", "Marcelle Jeanne", "05/07/1936")
    assert dialog.person_step.model.rowCount() == 0
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.answer_step.include_radio.isChecked()

    # Not informed yet: the inclusion is refused, nothing is written.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "pas encore été informée" in dialog.error_label.text()
    assert CaseloadService(workspace).count() == 0 and referrals(workspace) == []

    qtbot.mouseClick(dialog.answer_step.informed_check, Qt.MouseButton.LeftButton)
    dialog.answer_step.informed_to.setText("Sa fille, personne de confiance")
    with qtbot.waitSignal(dialog.case_created) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    patient_id = created.args[0]
    assert patient_id and dialog.result() == QDialog.DialogCode.Accepted
    summary = CaseloadService(workspace).get(patient_id)
    assert (summary.family_name, summary.status) == ("Durand", "active")
    file = PatientFileService(workspace).load(patient_id)
    assert [(r.answer, r.answered_on) for r in file.referrals] == [
        ("inclusion", dt.date.today())]
    assert file.referrals[0].requester_name == "Jean Roux"
    assert [(c.kind, c.how, c.recipient, c.given_by) for c in file.consents] == [
        ("information_given", "Oral, par téléphone", "Sa fille, personne de confiance",
         "Anne Martin")]


def test_a_probable_duplicate_is_shown_and_the_request_linked_to_it(qtbot, workspace) -> None:
    service = CaseloadService(workspace)
    existing = service.add_patient(ELOISE, information=INFORMED).id
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    person = dialog.person_step
    fill_person(person, "Lefevre", "Eloise", "12/03/1941")

    assert [p.id for p in person.model.rows] == [existing]
    assert "LEFÈVRE Éloïse" in person.model.data(person.model.index(0, 0))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # no decision yet
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON
    assert "C'est cette personne" in dialog.error_label.text()

    qtbot.mouseClick(person.link_button, Qt.MouseButton.LeftButton)
    assert person.linked is not None and person.linked.id == existing
    assert not person.family_edit.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.answer_step.informed_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.case_created) as created:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert created.args == [existing]
    assert service.count() == 1  # nobody was created
    file = PatientFileService(workspace).load(existing)
    assert [r.answer for r in file.referrals] == ["inclusion"]


def test_creating_a_duplicate_needs_an_explicit_confirmation(qtbot, workspace) -> None:
    service = CaseloadService(workspace)
    existing = service.add_patient(ELOISE, information=INFORMED).id
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    person = dialog.person_step
    fill_person(person, "Lefevre", "Eloise", "12/03/1941")
    assert person.other_check.isVisible()
    person.other_check.setChecked(True)  # "Aucune de ces personnes"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.answer_step.informed_check.setChecked(True)  # informed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.count() == 2
    assert dialog.patient_id not in ("", existing)
    assert service.get(dialog.patient_id).family_name == "Lefevre"


def test_the_service_refusal_of_a_duplicate_sends_back_to_the_person(qtbot, workspace) -> None:
    service = CaseloadService(workspace)
    service.add_patient(ELOISE, information=INFORMED)
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    person = dialog.person_step
    # typed without waiting for the live check: the service is the last line of defence
    person.family_edit.setText("Lefevre")
    person.given_edit.setText("Eloise")
    person.birth_edit.setText("12/03/1941")
    person.sex_combo.setCurrentIndex(person.sex_combo.findData("F"))
    person.model.set_rows([])
    dialog.go_to(NewCaseDialog.ANSWER)
    dialog.answer_step.informed_check.setChecked(True)  # informed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON
    assert person.model.rowCount() == 1
    assert "Doublon probable" in dialog.error_label.text()
    assert service.count() == 1
    assert referrals(workspace) == []


def test_information_only_records_the_request_without_a_case(qtbot, workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    dialog.person_step.family_edit.setText("Petit")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.answer_step.inform_radio.setChecked(True)
    step = dialog.answer_step
    step.kind_combo.setCurrentIndex(step.kind_combo.findData("orientation"))
    step.note_edit.setPlainText("Orienté vers le CCAS de Sedan.")
    with qtbot.waitSignal(dialog.case_created) as created:
        dialog.answer_step.informed_check.setChecked(True)  # informed
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert created.args == [""]
    assert CaseloadService(workspace).count() == 0
    [saved] = referrals(workspace)
    assert (saved.answer, saved.patient_id, saved.answer_note) == (
        "orientation", None, "Orienté vers le CCAS de Sedan.")
    assert saved.subject_summary == "PETIT"


@pytest.mark.parametrize("missing", ["birth_date", "sex"])
def test_later_creates_a_pending_case_and_needs_the_traits(qtbot, workspace, missing) -> None:
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    fill_person(dialog.person_step, "Martin", "Louis", "09/09/1945", sex="M")
    if missing == "birth_date":
        dialog.person_step.birth_edit.clear()
    else:
        dialog.person_step.sex_combo.setCurrentIndex(0)  # "À préciser"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.answer_step.later_radio.setChecked(True)
    dialog.answer_step.informed_check.setChecked(True)  # informed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON
    assert dialog.person_step.fields.labels[missing].text()
    assert CaseloadService(workspace).count() == 0

    if missing == "birth_date":
        dialog.person_step.birth_edit.setText("09/09/1945")
    else:
        dialog.person_step.sex_combo.setCurrentIndex(dialog.person_step.sex_combo.findData("M"))
    dialog.go_to(NewCaseDialog.ANSWER)
    dialog.answer_step.informed_check.setChecked(True)  # informed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    summary = CaseloadService(workspace).get(dialog.patient_id)
    assert summary.status == "request"
    [saved] = PatientFileService(workspace).load(dialog.patient_id).referrals
    assert saved.answer is None


def test_a_wrong_nir_stops_the_step_until_corrected_or_emptied(qtbot, workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    fill_request(qtbot, dialog)
    person = dialog.person_step
    fill_person(person, "Durand", "Marcelle", "12/03/1941")
    qtbot.keyClicks(person.nir_edit, "241030812345699")  # wrong key
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON
    assert "continuer sans NIR" in dialog.error_label.text()
    person.fields.show("nir", "Clé du NIR incorrecte.")  # as after a refused save
    assert person.fields.labels["nir"].isVisible()

    person.nir_edit.setText("241030812345676")  # corrected: only the green line is left
    assert person.nir_edit.hint_label.text() == "✓ NIR valide (clé correcte)"
    assert not person.fields.labels["nir"].isVisible()
    assert not dialog.error_label.isVisible()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == NewCaseDialog.ANSWER

    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    person.nir_edit.setText("2410308")  # incomplete
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON
    person.nir_edit.clear()  # the explicit choice: no NIR
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == NewCaseDialog.ANSWER
