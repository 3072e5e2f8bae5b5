"""A journal note typed in a patient window is never thrown away: added on a busy base it
waits and goes through (or says the base is busy, with « Réessayer »), the window does
not freeze for the whole busy timeout, and closing the window with a note typed but not
added asks first (« Enregistrer » adds it, « Ignorer » drops it, « Annuler » keeps it).

The other writer is a real child process holding ``BEGIN IMMEDIATE`` on the same real
encrypted base (see ``test_ui_busy_save``); the patience is the real ``ui.ini`` setting.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from coordapp.errors import DatabaseBusy
from coordapp.paths import AppPaths
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from tests.test_ui_busy_save import ELOISE, LockHolder, open_file_window

PATIENCE_S = 2
CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Appel de la fille : chute hier soir, pas d'hospitalisation."


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> PatientWindow:
    win = open_file_window(qtbot, workspace, app_paths, ELOISE, PATIENCE_S)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.tabs.setCurrentWidget(win.journal_tab)
    return win


def notes(workspace: Workspace, patient_id: str) -> list[str]:
    return [e.text for e in PatientFileService(workspace).load(patient_id, audit=False).journal]


def type_note(qtbot, window: PatientWindow, text: str) -> None:
    edit = window.journal_tab.text_edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_a_note_added_on_a_busy_base_waits_then_goes_through_by_itself(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    tab = window.journal_tab
    assert tab.busy.patience_s == PATIENCE_S
    type_note(qtbot, window, NOTE)
    holder = LockHolder(workspace.store.path)
    try:
        started = time.monotonic()
        qtbot.keyClick(tab.text_edit, Qt.Key.Key_Return, CTRL)
        assert time.monotonic() - started < 1.5  # one short try, not the busy timeout
        assert tab.busy.waiting and "Base occupée" in tab.busy.label.text()
        assert tab.busy.cancel_button.isVisible()
        assert tab.text_edit.toPlainText() == NOTE  # the note stays typed
        assert notes(workspace, window.patient_id) == []
    finally:
        holder.release()
    with qtbot.waitSignal(window.patient_changed, timeout=10_000):
        pass  # the next try, by itself
    assert notes(workspace, window.patient_id) == [NOTE]
    assert tab.text_edit.toPlainText() == "" and not tab.busy.isVisible()


def test_past_the_patience_the_note_is_kept_and_retry_adds_it_once(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    tab = window.journal_tab
    type_note(qtbot, window, NOTE)
    holder = LockHolder(workspace.store.path)
    try:
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not tab.busy.waiting, timeout=30_000)
        assert DatabaseBusy.default_message in tab.busy.label.text()
        assert tab.busy.retry_button.isVisible()
        assert tab.text_edit.toPlainText() == NOTE
        assert notes(workspace, window.patient_id) == []
    finally:
        holder.release()
    with qtbot.waitSignal(window.patient_changed):
        qtbot.mouseClick(tab.busy.retry_button, Qt.MouseButton.LeftButton)
    assert notes(workspace, window.patient_id) == [NOTE]
    assert not tab.busy.isVisible() and tab.text_edit.toPlainText() == ""


def answer_close_box(qtbot, window: PatientWindow, button_text: str) -> None:
    """Click ``button_text`` in the box the window shows when asked to close."""
    tries = iter(range(100))  # two seconds at most: a window that never asks fails

    def click() -> None:
        box = window.unsaved_box
        if box is None:
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        [button] = [b for b in box.buttons() if b.text() == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, click)


def test_closing_with_a_note_typed_asks_and_cancel_keeps_it(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    type_note(qtbot, window, NOTE)
    assert window.has_unsaved_changes()
    answer_close_box(qtbot, window, "Annuler")
    assert not window.close()
    assert window.isVisible() and window.journal_tab.text_edit.toPlainText() == NOTE
    assert window.tabs.currentWidget() is window.journal_tab


def test_closing_with_a_note_typed_and_save_adds_it(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    type_note(qtbot, window, NOTE)
    answer_close_box(qtbot, window, "Enregistrer")
    assert window.close()
    assert notes(workspace, window.patient_id) == [NOTE]


def test_closing_with_a_note_typed_and_ignore_drops_it(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    type_note(qtbot, window, NOTE)
    answer_close_box(qtbot, window, "Ignorer")
    assert window.close()
    assert notes(workspace, window.patient_id) == []


def test_a_blank_note_is_not_a_pending_edit(
        qtbot, workspace: Workspace, window: PatientWindow) -> None:
    type_note(qtbot, window, "   ")
    assert not window.has_unsaved_changes()
    assert window.close()  # nothing to ask about: no box, closed at once
