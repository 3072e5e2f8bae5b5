"""Locking: idle time and Ctrl+L hide every patient and forget the key; unlocking brings
back the open files with their unsaved edits; copied NIR and phones are wiped."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from coordapp.errors import DatabaseLocked
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.clipboard_guard import ClipboardGuard, is_sensitive
from coordapp.ui.idle_lock import IdleWatcher
from coordapp.ui.main_window import MainWindow

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "city": "Sedan"}


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def unlock(qtbot, window: MainWindow) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.secret_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=3000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_time_locks_and_unlocking_restores_open_files_with_their_edits(
    qtbot, window: MainWindow, workspace: Workspace
):
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    window.open_patient_requested.emit(patient_id)
    patient_window = window.patient_windows.windows[patient_id]
    qtbot.waitExposed(patient_window)
    patient_window.identity_tab.form.edits["city"].setText("Charleville-Mézières")
    assert patient_window.has_unsaved_changes()

    window.idle_watcher.set_timeout(50)
    with qtbot.waitSignal(window.locked, timeout=3000):
        pass
    assert workspace.is_locked and not patient_window.isVisible()
    assert isinstance(window.centralWidget(), QLabel)
    with pytest.raises(DatabaseLocked):
        CaseloadService(workspace).count()

    unlock(qtbot, window)
    assert patient_window.isVisible() and patient_window.has_unsaved_changes()
    assert patient_window.identity_tab.form.edits["city"].text() == "Charleville-Mézières"
    assert patient_window.save()
    assert CaseloadService(workspace).get(patient_id).city == "Charleville-Mézières"
    patient_window.close()


def test_a_patient_file_opens_once(qtbot, window: MainWindow, workspace: Workspace):
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    first = window.patient_windows.open(patient_id)
    second = window.patient_windows.open(patient_id)
    assert first is second and len(window.patient_windows.windows) == 1
    assert first is not None
    first.close()
    qtbot.waitUntil(lambda: not window.patient_windows.windows)


def test_input_keeps_the_session_open(qtbot, window: MainWindow):
    watcher = IdleWatcher(400, window)
    fired = []
    watcher.idle_timed_out.connect(lambda: fired.append(True))
    for _ in range(4):
        qtbot.wait(150)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)


def test_copied_nir_or_phone_is_wiped_but_other_text_is_kept(qtbot):
    guard = ClipboardGuard(clear_after_ms=100)
    clipboard = QApplication.clipboard()
    clipboard.setText("2 41 03 75 116 123 71")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    clipboard.setText("Rendez-vous jeudi")
    qtbot.wait(300)
    assert clipboard.text() == "Rendez-vous jeudi"
    assert is_sensitive("06 12 34 56 78") and is_sensitive("+33612345678")
    assert not is_sensitive("Rendez-vous jeudi") and not is_sensitive("12/03/1941")
    guard.deleteLater()


def test_background_maintenance_backs_up_once_a_day(qtbot, window: MainWindow,
                                                     app_paths: AppPaths):
    with qtbot.waitSignal(window.maintenance.backed_up, timeout=10_000) as blocker:
        window.start_maintenance()
    backup = blocker.args[0]
    assert backup.endswith("-quotidienne.db") and str(app_paths.backup_dir) in backup
    window.start_maintenance()  # already done today: nothing more
    window.maintenance.wait()
    assert len(list(app_paths.backup_dir.glob("*.db"))) == 1
