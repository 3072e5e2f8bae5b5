"""The patient file's small dialogs (consent, carer, new request) saved while another
process holds the write lock: one short try instead of a frozen window, « Base
occupée… » with the input kept, then the save goes through by itself once the base is
free; a dialog closed with « Ne pas enregistrer » while it waits writes nothing.

The other writer is a real child process holding ``BEGIN IMMEDIATE`` on the same real
encrypted base (see ``test_ui_busy_save``); the patience is the real ``ui.ini`` setting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from coordapp.paths import AppPaths
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from tests.test_ui_busy_save import LockHolder, open_file_window

PATIENCE_S = 5


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> PatientWindow:
    return open_file_window(qtbot, workspace, app_paths,
                            {"family_name": "Nguyen", "given_names": "Thi Lan",
                             "birth_date": "1950-01-15", "sex": "F", "city": "Givet"},
                            PATIENCE_S)


def consent(window: PatientWindow) -> tuple[QDialog, QPushButton]:
    tab = window.consent_tab
    window.tabs.setCurrentWidget(tab)
    tab.buttons["objection"].click()
    dialog = tab.dialog
    dialog.how_combo.setCurrentText("Par écrit")
    return dialog, dialog.save_button


def carer(window: PatientWindow) -> tuple[QDialog, QPushButton]:
    tab = window.care_team_tab
    window.tabs.setCurrentWidget(tab)
    tab.carer_button.click()
    dialog = tab.dialog
    dialog.name_edit.setText("Paul Nguyen")
    dialog.relationship_combo.setCurrentText("Fils")
    return dialog, dialog.add_button


def request(window: PatientWindow) -> tuple[QDialog, QPushButton]:
    tab = window.referrals_tab
    window.tabs.setCurrentWidget(tab)
    tab.new_button.click()
    dialog = tab.dialog
    dialog.form.name_edit.setText("Dr Marc Lenoir")
    dialog.form.reason_edit.setPlainText("Retour à domicile après hospitalisation.")
    return dialog, dialog.save_button


def written(workspace: Workspace, patient_id: str) -> tuple[int, int, int]:
    """(consent records, care-circle members, requests) of the patient."""
    f = PatientFileService(workspace).load(patient_id, audit=False)
    return len(f.consents), len(f.care_team), len(f.referrals)


DIALOGS: dict[str, tuple[Callable[[PatientWindow], tuple[QDialog, QPushButton]],
                         tuple[int, int, int]]] = {
    "consent": (consent, (1, 0, 0)),
    "carer": (carer, (0, 1, 0)),
    "request": (request, (0, 0, 1)),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_saved_on_a_busy_base_waits_then_goes_through(
        qtbot, workspace: Workspace, window: PatientWindow, name: str) -> None:
    open_dialog, expected = DIALOGS[name]
    before = written(workspace, window.patient_id)
    dialog, save = open_dialog(window)
    holder = LockHolder(workspace.store.path)
    try:
        started = time.monotonic()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert time.monotonic() - started < 1.5  # one short try, not the busy timeout
        busy = dialog.busy
        assert busy.waiting and "Base occupée" in busy.label.text()
        assert dialog.isVisible()  # the input stays in the dialog
        assert written(workspace, window.patient_id) == before
    finally:
        holder.release()
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        pass  # the next try, by itself, closes the dialog
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert written(workspace, window.patient_id) == tuple(
        b + e for b, e in zip(before, expected, strict=True))


def test_a_dialog_closed_without_saving_while_it_waits_writes_nothing(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    dialog, save = consent(window)
    holder = LockHolder(workspace.store.path)
    try:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.busy.waiting

        tries = iter(range(100))

        def answer() -> None:  # « Ne pas enregistrer » in the question Escape asks
            boxes = [w for w in dialog.findChildren(QDialog) if w.isVisible()]
            if not boxes:
                if next(tries, None) is not None:
                    QTimer.singleShot(20, answer)
                return
            [button] = [b for b in boxes[0].findChildren(QPushButton)
                        if b.text() == "Ne pas enregistrer"]
            button.click()
        QTimer.singleShot(0, answer)
        dialog.reject()
        assert not dialog.isVisible() and not dialog.busy.waiting
    finally:
        holder.release()
    qtbot.wait(1_500)  # past the next try it would have made
    assert written(workspace, window.patient_id) == (0, 0, 0)
