"""Licences: the EUPL-1.2 text at the root, the third-party notices generated from the
installed distributions (Qt/PySide6 LGPL included), and Aide › À propos › Licences."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from coordapp.licences import own_licence, third_party_notices
from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "tools"))

import third_party_notices as generator  # noqa: E402


def test_the_eupl_text_is_at_the_root():
    text = own_licence().read_text(encoding="utf-8")
    assert own_licence() == ROOT / "LICENSE"
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text and len(text) > 12_000  # the whole text, not a summary


def test_the_notices_name_every_runtime_distribution_at_its_installed_version():
    notices = third_party_notices().read_text(encoding="utf-8")
    names = generator.runtime_distributions()
    assert {"pyside6-essentials", "shiboken6", "sqlalchemy", "sqlcipher3"} <= set(names)
    assert "pytest" not in names and "pyinstaller" not in names  # development only
    listed = {generator.normal(name): version for name, version in re.findall(
        r"^  (\S+) (\S+) — ", notices, re.M)}
    for name in names:
        assert listed.get(name) == metadata.version(name), (
            f"{name}: run make notices after changing the lock file")


def test_qt_is_under_the_lgpl_with_its_full_text():
    notices = third_party_notices().read_text(encoding="utf-8")
    assert "Qt 6." in notices and "LGPL-3.0" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "Version 3" in notices
    assert "GNU GENERAL PUBLIC LICENSE" in notices  # the GPL-3.0 that the LGPL refers to
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in notices.upper()
    assert "Bitstream Vera" in notices  # the fonts


def test_about_shows_the_licences(qtbot, workspace: Workspace, app_paths: AppPaths):
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.show()
    window.about_action.trigger()
    box = window.about_box
    qtbot.waitExposed(box)
    assert "EUPL-1.2" in box.informativeText()
    qtbot.mouseClick(box.licences_button, Qt.MouseButton.LeftButton)
    assert box.isVisible()  # the box stays open under the licences
    dialog = box.licences_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.own_text.toPlainText().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=dialog.tabs.tabBar().tabRect(1).center())
    assert dialog.tabs.currentIndex() == 1
    notices = dialog.notices_text.toPlainText()
    assert "PySide6" in notices and "LGPL-3.0" in notices

    QApplication.processEvents()
    shot = box.grab()
    scene = shot.scaled(shot.width() + dialog.width() + 20,
                        max(shot.height(), dialog.height()))
    scene.fill(Qt.GlobalColor.lightGray)
    painter = QPainter(scene)
    painter.drawPixmap(QPoint(0, 0), shot)
    painter.drawPixmap(QPoint(shot.width() + 20, 0), dialog.grab())
    painter.end()
    assert scene.save(str(SCREENSHOTS / "a-propos-licences.png"))
    dialog.reject()
    box.close()
