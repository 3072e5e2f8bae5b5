"""Aide › Guide d'utilisation shows the guide, with its pictures, offline."""

from __future__ import annotations

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.guide_window import GuideWindow, guide_path
from coordapp.ui.main_window import MainWindow


def test_the_help_menu_opens_the_guide(qtbot, workspace: Workspace, app_paths: AppPaths):
    assert guide_path().exists()
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.commands.guide.trigger()
    guide = window.guide_window
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Premier lancement" in text and "code de récupération" in text
    assert guide.browser.document().resource(2, "screenshots/a-faire.png") is not None
    guide.close()
