"""A request that is a hospital discharge, typed in the new-request wizard with the
keyboard only (pytest-qt, real key events, real encrypted database)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from coordapp.models import CoordinationTask, Referral
from coordapp.services.workspace import Workspace
from coordapp.ui.new_case_dialog import NewCaseDialog
from tests.test_ui_mnemonics import clashes

ALT = Qt.KeyboardModifier.AltModifier


def open_dialog(qtbot, workspace: Workspace) -> NewCaseDialog:
    dialog = NewCaseDialog(workspace)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def alt(qtbot, widget, key: Qt.Key) -> None:
    """Alt+letter; a button's mnemonic clicks it after a short animation, let it end."""
    qtbot.keyClick(widget, key, ALT)
    qtbot.wait(150)


def focused():
    return QApplication.focusWidget()


def saved(workspace: Workspace) -> tuple[list[Referral], list[CoordinationTask]]:
    with workspace.unit_of_work() as uow:
        return (list(uow.session.scalars(select(Referral))),
                list(uow.session.scalars(select(CoordinationTask))))


def test_the_discharge_details_are_typed_with_the_keyboard_and_saved(qtbot, workspace):
    dialog = open_dialog(qtbot, workspace)
    form = dialog.request_form
    assert not form.discharge.details.isVisible()  # not a discharge until said so
    qtbot.keyClicks(form.name_edit, "Mme Colin, assistante sociale")
    qtbot.keyClicks(form.reason_edit, "Retour a domicile apres une fracture du col.")

    alt(qtbot, dialog, Qt.Key.Key_H)  # "Sortie d'&hospitalisation"
    assert form.discharge.discharge_check.isChecked()
    assert form.discharge.details.isVisible()
    assert focused() is form.discharge.planned_edit
    assert not clashes(dialog), clashes(dialog)

    # Next with no date: the wizard stays on the request and says why, under the field.
    alt(qtbot, dialog, Qt.Key.Key_S)  # "&Suivant ›"
    assert dialog.pages.currentIndex() == NewCaseDialog.REQUEST
    error = form.discharge.fields.labels["discharge.planned_on"]
    assert error.isVisible() and error.text() == "Indiquez la date de sortie prévue."
    assert focused() is form.discharge.planned_edit

    day = dt.date.today() + dt.timedelta(days=3)
    qtbot.keyClicks(focused(), day.strftime("%d%m%Y"))
    assert not error.isVisible()  # the message speaks of the value it was given
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.discharge.ward_edit
    qtbot.keyClicks(focused(), "Orthopedie, CH de Sedan")
    alt(qtbot, dialog, Qt.Key.Key_C)
    assert focused() is form.discharge.contact_edit
    qtbot.keyClicks(focused(), "Cadre de sante, 03 24 27 80 00")
    for letter in (Qt.Key.Key_I, Qt.Key.Key_F, Qt.Key.Key_R):  # nurse, equipment, follow-up
        alt(qtbot, dialog, letter)
    alt(qtbot, dialog, Qt.Key.Key_O)
    qtbot.keyClicks(focused(), "Lit medicalise livre la veille.")

    alt(qtbot, dialog, Qt.Key.Key_S)
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON
    qtbot.keyClicks(dialog.person_step.family_edit, "Colin")
    alt(qtbot, dialog, Qt.Key.Key_S)
    assert dialog.pages.currentIndex() == NewCaseDialog.ANSWER
    dialog.answer_step.inform_radio.setFocus()
    qtbot.keyClick(dialog.answer_step.inform_radio, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.case_created):
        alt(qtbot, dialog, Qt.Key.Key_E)  # "&Enregistrer"

    [referral], tasks = saved(workspace)
    assert referral.discharge == {
        "planned_on": day.isoformat(), "ward": "Orthopedie, CH de Sedan",
        "contact": "Cadre de sante, 03 24 27 80 00",
        "ready": ["nurse", "equipment", "follow_up"],
        "note": "Lit medicalise livre la veille."}
    assert [(t.kind, t.due_on, t.referral_id) for t in tasks] == [
        ("discharge_call", day + dt.timedelta(days=2), referral.id)]


def test_a_request_that_is_not_a_discharge_keeps_no_discharge(qtbot, workspace):
    dialog = open_dialog(qtbot, workspace)
    form = dialog.request_form
    qtbot.keyClicks(form.reason_edit, "Chutes repetees.")
    alt(qtbot, dialog, Qt.Key.Key_H)
    qtbot.keyClicks(focused(), "01/02/2020")
    alt(qtbot, dialog, Qt.Key.Key_H)  # changed their mind: not a discharge
    assert not form.discharge.details.isVisible()
    assert form.values()["discharge"] is None
    alt(qtbot, dialog, Qt.Key.Key_S)
    assert dialog.pages.currentIndex() == NewCaseDialog.PERSON


def test_escape_with_only_discharge_details_typed_asks_before_dropping(qtbot, workspace):
    dialog = open_dialog(qtbot, workspace)
    form = dialog.request_form
    alt(qtbot, dialog, Qt.Key.Key_H)
    qtbot.keyClicks(focused(), "Geriatrie")  # letters in the date: refused by its validator
    alt(qtbot, dialog, Qt.Key.Key_V)
    qtbot.keyClicks(focused(), "Geriatrie")
    answers: list[str] = []

    def answer(button_text: str) -> None:
        box = dialog.discard_box
        assert isinstance(box, QMessageBox)
        answers.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape) if button_text == "keep" else next(
            b for b in box.buttons() if b.text() == "Abandonner").click()

    QTimer.singleShot(50, lambda: answer("keep"))
    qtbot.keyClick(form.discharge.ward_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and form.discharge.ward_edit.text() == "Geriatrie"
    QTimer.singleShot(50, lambda: answer("discard"))
    qtbot.keyClick(form.discharge.ward_edit, Qt.Key.Key_Escape)
    assert answers == ["Cette demande n'est pas encore enregistrée. La garder en brouillon "
                       "(À faire › Demandes à compléter) ?"] * 2
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert saved(workspace) == ([], [])
