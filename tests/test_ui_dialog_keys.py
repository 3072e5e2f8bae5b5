"""Keys in the patient-file dialogs: focus in the first field, Enter accepts from any
button, Escape closes a popup only and asks before dropping what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coordapp.services.directory import DirectoryService
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.professional_dialog import ProfessionalDialog
from tests.test_ui_patient_followup import load, setup


def answer_question(qtbot, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the question the dialog asks (in its own event loop)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(20, click)


def test_new_professional_starts_in_the_name_and_enter_never_cancels(qtbot, workspace):
    dialog = ProfessionalDialog(DirectoryService(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.family_edit
    qtbot.keyClicks(dialog.family_edit, "Colin")
    qtbot.keyClicks(dialog.profession_combo.lineEdit(), "Pharmacien")
    cancel = next(b for b in dialog.findChildren(type(dialog.add_button))
                  if b.text() == "Annuler")
    cancel.setFocus()
    assert dialog.add_button.isDefault() and not cancel.isDefault()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert dialog.result_id is not None  # Enter added the professional
    assert DirectoryService(workspace).get_professional(dialog.result_id).family_name == "Colin"


def test_escape_with_typed_input_asks_and_can_keep_or_save(qtbot, workspace):
    dialog = ProfessionalDialog(DirectoryService(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.family_edit, "Colin")
    seen: list[str] = []
    answer_question(qtbot, "Annuler", seen)
    qtbot.keyClick(dialog.family_edit, Qt.Key.Key_Escape)
    assert seen == ["Enregistrer ce que vous avez saisi ?"]
    assert dialog.isVisible() and dialog.family_edit.text() == "Colin"

    dialog.profession_combo.setCurrentText("Pharmacien")
    answer_question(qtbot, "Enregistrer", seen)
    qtbot.keyClick(dialog.family_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result_id is not None


def test_escape_in_an_open_list_closes_the_list_only(qtbot, workspace):
    DirectoryService(workspace).add_professional({
        "family_name": "Barbier", "given_name": "Claire",
        "profession": "Infirmier(ère) libéral(e)", "city": "Givet"})
    patient_id, window = setup(qtbot, workspace)
    tab = window.care_team_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.directory_button, Qt.MouseButton.LeftButton)
    picker = tab.dialog
    assert isinstance(picker, DirectoryPickerDialog)
    qtbot.waitExposed(picker)
    assert picker.focusWidget() is picker.search_edit
    picker.search_edit.setText("barbier")
    picker.search()
    picker.role_combo.showPopup()
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert picker.isVisible() and picker.role_combo.currentText()

    seen: list[str] = []
    answer_question(qtbot, "Ne pas enregistrer", seen)
    qtbot.keyClick(picker.role_combo, Qt.Key.Key_Escape)
    assert seen and not picker.isVisible()
    assert load(workspace, patient_id).care_team == []
