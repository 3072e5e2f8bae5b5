"""Entry points of the daily path that must be in sight: the "Nouvelle demande" button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow


def test_a_visible_new_request_button_opens_the_wizard(qtbot, workspace: Workspace,
                                                        app_paths: AppPaths):
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for page in ("todo", "caseload", "directory", "sync"):
        window.show_page(page)
        button = window.toolbar.widgetForAction(window.commands.new_case)
        assert isinstance(button, QToolButton) and button.isVisible(), page
        assert button.text() == "Nouvelle demande"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.new_case_dialog is not None and window.new_case_dialog.isVisible()
    window.new_case_dialog.done(0)
