"""The main window: sidebar pages, menus and shortcuts, status bar, remembered layout."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.caseload_model import CaseloadTableModel
from coordapp.ui.main_window import MainWindow
from coordapp.ui.preferences_dialog import PreferencesDialog
from tests.informed import INFORMED

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "city": "Sedan", "status": "active"}


#: The status bar of a database never synchronised.
NO_SYNC = "coordapp.db — {} — dernière synchronisation : jamais"

@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def double_click(qtbot, view, index) -> None:
    """A user's double-click: QTest's lone ``mouseDClick`` misses the first press."""
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_to_do_page_comes_first_with_three_pages_and_four_menus(
    window: MainWindow,
) -> None:
    assert window.current_page() == "todo"
    assert window.pages.currentWidget() is window.dashboard_view
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "À faire", "File active", "Annuaire", "Synchronisation"]
    assert menu_titles(window) == ["&Fichier", "&Affichage", "&Outils", "Ai&de"]
    shortcuts = {a.text(): a.shortcut().toString() for a in window.commands.pages.values()}
    assert shortcuts == {"À &faire": "Ctrl+1", "File &active": "Ctrl+2",
                         "A&nnuaire": "Ctrl+3", "&Synchronisation": "Ctrl+4"}
    assert window.commands.new_case.shortcut().toString() == "Ctrl+N"
    assert window.commands.find.shortcut().toString() == "Ctrl+F"


def test_navigation_shortcuts_switch_pages(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "caseload"
    assert window.pages.currentWidget() is window.caseload_view
    assert window.commands.pages["caseload"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "directory"
    assert window.sidebar.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "todo"

    window.sidebar.setCurrentRow(1)  # clicking the sidebar checks the menu item too
    assert window.current_page() == "caseload"
    assert window.commands.pages["caseload"].isChecked()


def test_ctrl_f_shows_the_caseload_and_focuses_its_search(qtbot, window: MainWindow) -> None:
    assert window.current_page() == "todo"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "caseload"
    assert window.caseload_view.search_edit.hasFocus()
    window.caseload_view.table.setFocus()  # again from inside the caseload: no ambiguity
    qtbot.keyClick(window.caseload_view.table, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.caseload_view.search_edit.hasFocus()


def test_ctrl_n_asks_for_a_new_case(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.new_case_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_activating_a_caseload_row_asks_to_open_the_patient(
    qtbot, workspace: Workspace, window: MainWindow
) -> None:
    patient_id = CaseloadService(workspace).add_patient(PATIENT, information=INFORMED).id
    window.events.notify("patient", patient_id)
    window.show_page("caseload")
    table = window.caseload_view.table
    index = table.model().index(0, 0)
    assert index.data(CaseloadTableModel.IdRole) == patient_id
    with qtbot.waitSignal(window.open_patient_requested, timeout=1000) as opened:
        double_click(qtbot, table, index)
    assert opened.args == [patient_id]

    table.setFocus()
    table.setCurrentIndex(index)
    with qtbot.waitSignal(window.open_patient_requested, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [patient_id]


def test_status_bar_and_caseload_follow_data_changes(
    qtbot, workspace: Workspace, window: MainWindow
) -> None:
    assert window.status_label.text() == NO_SYNC.format("0 patient")
    service = CaseloadService(workspace)
    first = service.add_patient(PATIENT, information=INFORMED).id
    service.add_patient(PATIENT | {"family_name": "Martin", "birth_date": "1938-11-02"},
                        information=INFORMED)
    assert window.status_label.text() == NO_SYNC.format("0 patient")  # nobody announced it

    window.events.notify("patient", first)
    assert window.status_label.text() == NO_SYNC.format("2 patients")
    assert window.caseload_view.model.rowCount() == 2
    window.events.notify("professional", "x")  # not about patients: nothing to recount
    assert window.status_label.text() == NO_SYNC.format("2 patients")


def test_lock_disables_the_pages_and_unlock_brings_them_back(
    qtbot, window: MainWindow
) -> None:
    window.show_page("directory")
    window.lock_action.trigger()
    assert window.pages is None and window.dashboard_view is None
    assert not window.commands.pages["todo"].isEnabled()
    assert not window.commands.new_case.isEnabled()
    assert window.commands.preferences.isEnabled()
    window.commands.find.trigger()  # harmless while locked
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=2000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "directory"
    assert window.commands.pages["todo"].isEnabled()


def test_geometry_and_page_are_remembered(
    qtbot, workspace: Workspace, app_paths: AppPaths
) -> None:
    first = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # The offscreen screen is 800×600, about the window's minimum width: the width is what
    # the window could take of 780, the height is the one asked.
    first.resize(780, 520)
    size = (first.width(), first.height())
    assert size[1] == 520
    first.show_page("directory")
    first.close()

    again = MainWindow(Workspace.open(app_paths.default_db, PASSPHRASE, app_paths),
                       app_paths.default_db, app_paths)
    qtbot.addWidget(again)
    try:
        assert again.current_page() == "directory"
        # The height comes back as saved; the width too, but for the offscreen screen's
        # 800 px, narrower than the window's minimum width, to which it is held.
        assert again.height() == size[1]
        assert again.width() == min(size[0], again.screen().availableGeometry().width() - 2)
        settings = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
        assert settings.value("main_window/page") == "directory"
    finally:
        again.close()


def test_preferences_store_the_language_for_the_next_start(
    qtbot, window: MainWindow, app_paths: AppPaths
) -> None:
    window.commands.preferences.trigger()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.language_combo.currentData() == "fr"
    assert dialog.restart_label.isHidden()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert not dialog.restart_label.isHidden()
    dialog.accept()

    settings = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    assert settings.value("ui/language") == "en"
    assert "prochain démarrage" in window.statusBar().currentMessage()
    assert window.preferences_dialog is None
    assert QApplication.instance() is not None


def test_switching_pages_by_shortcut_moves_the_keyboard_focus_there(
    qtbot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.directory_view.professionals.search_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload_view.table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.dashboard_view.tree.hasFocus()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # arrows in the sidebar stay there
    assert window.current_page() == "caseload"
    assert window.sidebar.hasFocus()
