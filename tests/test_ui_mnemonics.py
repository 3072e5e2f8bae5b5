"""No two commands reachable at the same time share an Alt+letter, in every window and
dialog of the daily path (main window pages, patient file tabs, new-request steps)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabBar,
    QWidget,
)

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow
from coordapp.ui.new_case_dialog import NewCaseDialog

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    if found is None:
        return None
    letter = unicodedata.normalize("NFD", found.group(1).lower())[0]
    return letter


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letters usable now in ``window``: its menu titles, tab titles, and the
    visible, enabled buttons, check boxes and labels with a buddy."""
    seen: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            seen.append((action.text(), "menu"))
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            seen += [(widget.tabText(i), "tab") for i in range(widget.count())
                     if widget.isTabVisible(i)]
        elif isinstance(widget, QAbstractButton) and widget.isEnabled():
            seen.append((widget.text(), "button"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            seen.append((widget.text(), "label"))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            seen.append((widget.title(), "group"))
    letters: dict[str, list[str]] = {}
    for text, _kind in seen:
        letter = mnemonic(text)
        if letter is not None:
            letters.setdefault(letter, []).append(text)
    return letters


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(window).items() if len(texts) > 1}


def assert_unique(window: QWidget, where: str) -> None:
    found = clashes(window)
    assert not found, f"{where}: {found}"


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_main_window_pages_have_unique_mnemonics(qtbot, window: MainWindow):
    for page in ("todo", "caseload", "directory", "sync"):
        window.show_page(page)
        qtbot.wait(10)
        assert_unique(window, f"page {page}")


def test_every_patient_tab_has_unique_mnemonics(qtbot, window: MainWindow,
                                                workspace: Workspace):
    patient_id = CaseloadService(workspace).add_patient(
        {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
         "sex": "F"}).id
    patient_window = window.patient_windows.open(patient_id)
    assert patient_window is not None
    patient_window.resize(1366, 768)
    qtbot.waitExposed(patient_window)
    found = {}
    for index in range(patient_window.tabs.count()):
        patient_window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        if clash := clashes(patient_window):
            found[patient_window.tabs.tabText(index)] = clash
    patient_window.close()
    assert not found, "\n".join(f"{tab}: {clash}" for tab, clash in found.items())


def test_every_new_request_step_has_unique_mnemonics(qtbot, workspace: Workspace):
    dialog = NewCaseDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = {}
    for step in (dialog.REQUEST, dialog.PERSON, dialog.ANSWER):
        dialog.go_to(step)
        qtbot.wait(10)
        if clash := clashes(dialog):
            found[step + 1] = clash
    assert not found


def test_the_check_itself_sees_a_clash(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    QPushButton("&Identité", window).move(0, 0)
    QPushButton("&Information donnée…", window).move(0, 40)
    QPushButton("Rock && roll", window).move(0, 80)
    window.show()
    qtbot.waitExposed(window)
    assert clashes(window) == {"i": ["&Identité", "&Information donnée…"]}
    assert mnemonic("É&valuation") == "v" and mnemonic("Rock && roll") is None
