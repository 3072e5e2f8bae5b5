"""Every dialog with user input, the same keys: focus starts in the first field; Escape
with nothing typed closes; Escape (or the close button) after typing asks "Enregistrer /
Ne pas enregistrer / Annuler" and "Annuler" keeps what was typed; Escape in an open
drop-down list closes the list only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from coordapp.services.directory import DirectoryService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from coordapp.ui.directory_dialogs import ProfessionalDialog, StructureDialog
from coordapp.ui.patient.carer_dialog import CarerDialog
from coordapp.ui.patient.consent_dialog import ConsentDialog
from coordapp.ui.patient.date_dialog import DateDialog
from coordapp.ui.patient.new_referral_dialog import NewReferralDialog
from coordapp.ui.plan.close_action_dialog import CloseActionDialog
from coordapp.ui.plan.validate_dialog import ValidateDialog
from coordapp.ui.task_done_dialog import TaskDoneDialog
from coordapp.ui.unsaved_input import INPUTS, input_state
from tests.test_plans import new_patient, simple_plan


def _patient(ws: Workspace) -> str:
    return new_patient(ws)


def _planned(ws: Workspace) -> str:
    patient_id = new_patient(ws)
    simple_plan(ws, patient_id)
    return patient_id


DIALOGS: dict[str, Callable[[Workspace], QDialog]] = {
    "proche aidant": lambda ws: CarerDialog(FollowUpService(ws), _patient(ws)),
    "consentement": lambda ws: ConsentDialog(FollowUpService(ws), _patient(ws),
                                             "information_given", "Anne Martin"),
    "nouvelle demande du dossier": lambda ws: NewReferralDialog(FollowUpService(ws),
                                                                _patient(ws)),
    "date": lambda ws: DateDialog("Clôturer", "À quelle date ?", "Date"),
    "clore l'action": lambda ws: CloseActionDialog("Bilan de chute", "done"),
    "tâche faite": lambda ws: TaskDoneDialog("Appeler le médecin", lambda _note: None),
    "valider le PPCS": lambda ws: ValidateDialog(PlanVersionService(ws), _planned(ws),
                                                 version=1, review_due=None),
    "professionnel (annuaire)": lambda ws: ProfessionalDialog(DirectoryService(ws)),
    "structure (annuaire)": lambda ws: StructureDialog(DirectoryService(ws)),
}


def answer(qtbot, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the question, once it is up (its own event loop)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button_text),
                         Qt.MouseButton.LeftButton)
    QTimer.singleShot(20, click)


def first_input(dialog: QDialog) -> QWidget:
    """The first visible, enabled input in the Tab order."""
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if isinstance(widget, INPUTS) and widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                not isinstance(widget.parent(), QComboBox):
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError("no input")


def type_something(qtbot, dialog: QDialog) -> QWidget:
    """Type in the first text field, or step the first date or number: a real change."""
    field = next((w for w in dialog.findChildren(QWidget)
                  if isinstance(w, QLineEdit | QPlainTextEdit) and w.isVisible()
                  and w.isEnabled() and not w.isReadOnly()
                  and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
                  and w.window() is dialog), None)
    if field is not None:
        field.setFocus()
        qtbot.keyClicks(field, " noted")
        return field
    field = first_input(dialog)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    return field


@pytest.fixture(params=sorted(DIALOGS))
def dialog(request, qtbot, workspace: Workspace) -> QDialog:
    made = DIALOGS[request.param](workspace)
    # done() never asks: the teardown cannot block on a question
    qtbot.addWidget(made, before_close_func=lambda d: d.done(QDialog.DialogCode.Rejected))
    made.show()
    qtbot.waitExposed(made)
    return made


def test_focus_starts_in_the_first_field(dialog: QDialog) -> None:
    focused = dialog.focusWidget()
    if isinstance(focused, QLineEdit) and isinstance(focused.parent(), QComboBox):
        focused = focused.parent()
    assert focused is first_input(dialog), (dialog.windowTitle(), focused)


def test_escape_with_nothing_typed_closes_without_asking(qtbot, dialog: QDialog) -> None:
    seen: list[str] = []
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and seen == []


def test_escape_after_typing_asks_and_cancel_keeps_the_text(qtbot, dialog: QDialog) -> None:
    field = type_something(qtbot, dialog)
    typed = input_state(dialog)
    assert dialog.has_unsaved_input()
    seen: list[str] = []
    answer(qtbot, "Annuler", seen)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert seen == ["Enregistrer ce que vous avez saisi ?"]
    assert dialog.isVisible()
    assert input_state(dialog) == typed  # nothing lost

    answer(qtbot, "Annuler", seen)
    dialog.close()  # the window's close button asks the same
    assert len(seen) == 2 and dialog.isVisible()

    answer(qtbot, "Ne pas enregistrer", seen)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_in_an_open_list_closes_the_list_only(qtbot, dialog: QDialog) -> None:
    combos = [c for c in dialog.findChildren(QComboBox) if c.isVisible() and c.isEnabled()]
    if not combos:
        pytest.skip("no drop-down list in this dialog")
    combos[0].showPopup()
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert dialog.isVisible()
