"""The patient window builds each tab when it is first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coordapp.ui.plan import PlanTab
from tests.test_ui_patient import add, open_window


def test_only_the_identity_tab_is_built_until_another_is_shown(qtbot, workspace) -> None:
    window = open_window(qtbot, workspace, add(workspace))
    built = [i for i in range(window.tabs.count()) if window.is_built(i)]
    assert built == [window.IDENTITY]
    assert window.findChildren(PlanTab) == []
    assert window.tabs.tabText(window.PLAN) == "&PPCS"

    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.PLAN).center())
    assert window.tabs.currentIndex() == window.PLAN
    assert window.is_built(window.PLAN)
    assert window.tabs.currentWidget() is window.plan_tab
    assert isinstance(window.plan_tab, PlanTab)
    assert window.tabs.tabText(window.PLAN) == "&PPCS"
    assert not window.is_built(window.JOURNAL)

    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.JOURNAL).center())
    assert window.tabs.currentWidget() is window.journal_tab
    assert not window.has_unsaved_changes()
