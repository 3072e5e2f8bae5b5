"""Drives the real desktop patient window from inside, for the crash matrix (run by the
zygote: ``gui_saver.main([DB, PATIENT_ID, FIRST, COUNT])``, passphrase in
``COORDAPP_PASSPHRASE``, ``QT_QPA_PLATFORM=offscreen``).

Opens the base and the patient's window, prints ``ready``; then, for save i = FIRST,
FIRST+1… (COUNT saves, or until killed): types a new address and commune with QTest key
events (``12 rue du Moulin 7`` and ``Ville 7``: the same number in both, so a save that
kept one without the other shows), presses Ctrl+S, checks the window says it saved, and
prints ``committed i``. Each line is written out before the next save starts, followed
by the system's monotonic clock (so the test can tell how long one save takes).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow


def address(i: int) -> str:
    return f"12 rue du Moulin {i}"


def city(i: int) -> str:
    return f"Ville {i}"


def type_into(field: QWidget, text: str) -> None:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)


def say(line: str) -> None:
    sys.stdout.write(f"{line} {time.monotonic():.6f}\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    db, patient_id, first, count = Path(argv[0]), argv[1], int(argv[2]), int(argv[3])
    app = QApplication.instance() or QApplication([])
    workspace = Workspace.open(db, os.environ["COORDAPP_PASSPHRASE"],
                               AppPaths.from_environment())
    window = PatientWindow(workspace, patient_id)
    window.show()
    window.activateWindow()
    while not window.isActiveWindow():  # window shortcuts (Ctrl+S) need it
        app.processEvents()
    tab = window.identity_tab
    say("ready")
    for i in range(first, first + count):
        type_into(tab.form.edits["address"], address(i))
        type_into(tab.form.edits["city"], city(i))
        assert tab.is_dirty()
        QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        if tab.is_dirty() or "Modifications enregistrées" not in tab.message_label.text():
            say(f"refused {i}")
            return 3
        say(f"committed {i}")
    window.close()
    workspace.close()
    return 0
