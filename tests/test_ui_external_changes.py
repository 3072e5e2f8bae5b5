"""The open window sees what other programs write to the same base: a real child process
imports a caseload and changes a patient while the window is open (pytest-qt, offscreen).
Lists refresh; an edit in progress survives and the user is told it changed underneath."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED

ROOT = Path(__file__).resolve().parent.parent
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "city": "Sedan", "status": "active"}


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "coordapp.cli", *args],
        env={**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": PASSPHRASE},
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def test_the_open_window_refreshes_and_keeps_the_edit_in_progress(
        qtbot, workspace: Workspace, app_paths: AppPaths, _isolated_home: Path,
        tmp_path: Path) -> None:
    patient_id = CaseloadService(workspace).add_patient(PATIENT, information=INFORMED).id
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("caseload")
    assert window.caseload_view is not None
    qtbot.waitUntil(lambda: window.caseload_view.model.rowCount() == 1)

    patient_window = window.patient_windows.open(patient_id)
    assert patient_window is not None
    qtbot.addWidget(patient_window)
    try:
        _edit_while_another_program_writes(qtbot, window, patient_window, patient_id,
                                           _isolated_home, tmp_path)
    finally:  # never leave a "save your changes?" question blocking the teardown
        patient_window.identity_tab.revert()


def _edit_while_another_program_writes(qtbot, window, patient_window, patient_id: str,
                                       home: Path, tmp_path: Path) -> None:
    _isolated_home = home
    phone = patient_window.identity_tab.form.edits["phone"]
    phone.setFocus()
    qtbot.keyClicks(phone, "06 12 34 56 78")  # typed, not saved
    assert patient_window.identity_tab.is_dirty()

    table = tmp_path / "file-active.csv"
    table.write_text("Nom;Prénom;Né(e) le;Sexe\nMartin;Jean;1938-11-25;M\n"
                     "Durand;Anne;1950-06-30;F\n", encoding="utf-8")
    cli(_isolated_home, "import", "csv", str(table), "--kind", "patients")
    cli(_isolated_home, "patient", "set", patient_id, "city=Reims")

    qtbot.waitUntil(lambda: window.caseload_view.model.rowCount() == 3, timeout=15_000)
    tab = patient_window.identity_tab
    qtbot.waitUntil(lambda: "modifié ailleurs" in tab.message_label.text(), timeout=15_000)
    assert phone.text() == "06 12 34 56 78"  # the edit in progress survived
    assert tab.is_dirty()

    # The user chooses to keep their version: only the field they changed is written.
    qtbot.keyClick(patient_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not tab.is_dirty(), timeout=5_000)
    shown = json.loads(cli(_isolated_home, "patient", "show", patient_id, "--format",
                           "json").stdout)
    assert shown["city"] == "Reims" and shown["phone"].replace(" ", "").endswith("612345678")
