"""A save in the patient window while another process holds the write lock longer than
the window's patience: the input stays in the form, the window says the base is busy and
tries again by itself (cancellable), then fails with the busy sentence and a retry
button; nothing typed is lost, and the retry saves it once the base is free.

The other writer is a real child process holding ``BEGIN IMMEDIATE`` on the same real
encrypted base. The patience is the real ``ui.ini`` setting (2 s here, 15 s by default).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from coordapp.errors import DatabaseBusy
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from coordapp.ui.patient.busy_retry import BUSY_WAIT_SETTING, DEFAULT_BUSY_WAIT_S
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
HOLDER = ROOT / "tests" / "children" / "lock_holder.py"
PATIENCE_S = 2
ELOISE = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
          "sex": "F", "city": "Sedan"}


class LockHolder:
    """A real second process holding the base's write lock until released."""

    def __init__(self, db: Path) -> None:
        env = {**os.environ, "COORDAPP_PASSPHRASE": PASSPHRASE}
        self.process = subprocess.Popen([sys.executable, str(HOLDER), str(db)], cwd=ROOT,
                                        env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        assert self.process.stdin and self.process.stdout
        if self.process.poll() is None:
            self.process.stdin.write("go\n")
            self.process.stdin.flush()
            assert self.process.stdout.readline().strip() == "released"
        self.process.wait(timeout=30)


def set_patience(app_paths: AppPaths, seconds: int) -> None:
    """The window's patience on a busy base, as Préférences writes it in ``ui.ini``."""
    settings = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(BUSY_WAIT_SETTING, seconds)
    settings.sync()


def open_file_window(qtbot, workspace: Workspace, app_paths: AppPaths,
                     person: dict[str, str], patience_s: int) -> PatientWindow:
    """A new person's file window, shown, with that patience; closed at the end of the
    test without any question left waiting for a click (even after a failure)."""
    set_patience(app_paths, patience_s)
    patient_id = CaseloadService(workspace).add_patient(person).id
    window = PatientWindow(workspace, patient_id, paths=app_paths)
    qtbot.addWidget(window, before_close_func=close_without_asking)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_without_asking(window: PatientWindow) -> None:
    for tab in window._file_tabs():
        if tab.dialog is not None:
            tab.dialog.done(QDialog.DialogCode.Rejected)
    window.discard_and_close()


@pytest.fixture
def holder(workspace: Workspace) -> Iterator[LockHolder]:
    lock = LockHolder(workspace.store.path)
    yield lock
    lock.release()


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> PatientWindow:
    settings = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(BUSY_WAIT_SETTING, PATIENCE_S)
    settings.sync()
    patient_id = CaseloadService(workspace).add_patient(ELOISE).id
    win = PatientWindow(workspace, patient_id, paths=app_paths)
    qtbot.addWidget(win, before_close_func=lambda w: w.identity_tab.revert())
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def stored_city(workspace: Workspace, patient_id: str) -> str:
    return PatientFileService(workspace).load(patient_id, audit=False).identity["city"]


def type_city(qtbot, window: PatientWindow, text: str) -> None:
    city = window.identity_tab.form.edits["city"]
    city.setFocus()
    qtbot.keyClick(city, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(city, text)


def save_with_keys(qtbot, window: PatientWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_the_patience_is_read_from_the_settings(window: PatientWindow) -> None:
    assert window.identity_tab.busy.patience_s == PATIENCE_S != DEFAULT_BUSY_WAIT_S


def test_busy_past_the_patience_keeps_the_input_and_offers_retry(
    qtbot, workspace: Workspace, window: PatientWindow, holder: LockHolder
) -> None:
    tab, busy = window.identity_tab, window.identity_tab.busy
    type_city(qtbot, window, "Charleville")
    save_with_keys(qtbot, window)

    # Waiting, visibly, and cancellable; the window still answers (the try is short).
    assert busy.isVisible() and "Base occupée, enregistrement en attente…" in busy.label.text()
    assert busy.cancel_button.isVisible() and busy.waiting
    assert tab.is_dirty() and window.isWindowModified()

    # Longer than the patience: the save fails with the busy sentence and a retry.
    qtbot.waitUntil(lambda: not busy.waiting, timeout=30_000)
    assert DatabaseBusy.default_message in busy.label.text()
    assert busy.retry_button.isVisible() and not busy.cancel_button.isVisible()
    assert tab.form.edits["city"].text() == "Charleville"  # nothing lost
    assert tab.is_dirty() and window.isWindowModified()
    assert stored_city(workspace, window.patient_id) == "Sedan"  # nothing half-written

    # Once the other program is done, « Réessayer » saves what was typed.
    holder.release()
    with qtbot.waitSignal(window.patient_changed):
        qtbot.mouseClick(busy.retry_button, Qt.MouseButton.LeftButton)
    assert stored_city(workspace, window.patient_id) == "Charleville"
    assert not tab.is_dirty() and not busy.isVisible()
    assert "Modifications enregistrées" in tab.message_label.text()


def test_the_wait_can_be_cancelled_and_the_input_stays(
    qtbot, workspace: Workspace, window: PatientWindow, holder: LockHolder
) -> None:
    tab, busy = window.identity_tab, window.identity_tab.busy
    type_city(qtbot, window, "Rethel")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert busy.waiting
    qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)
    assert not busy.waiting and "annulé" in busy.label.text()
    assert tab.form.edits["city"].text() == "Rethel" and tab.is_dirty()
    assert busy.retry_button.isVisible()
    assert stored_city(workspace, window.patient_id) == "Sedan"


def test_the_save_goes_through_by_itself_once_the_base_is_free(
    qtbot, workspace: Workspace, window: PatientWindow, holder: LockHolder
) -> None:
    tab, busy = window.identity_tab, window.identity_tab.busy
    type_city(qtbot, window, "Givet")
    save_with_keys(qtbot, window)
    assert busy.waiting
    type_city(qtbot, window, "Givet sur Meuse")  # typing goes on while it waits
    holder.release()
    with qtbot.waitSignal(window.patient_changed, timeout=30_000):
        pass  # the next try, by itself
    assert stored_city(workspace, window.patient_id) == "Givet sur Meuse"
    assert not tab.is_dirty() and not busy.isVisible()
