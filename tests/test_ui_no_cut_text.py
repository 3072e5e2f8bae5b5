"""At 1366×768 on the demonstration database, nothing on the "À faire" dashboard is cut:
no visible label and no visible cell of the list shows less than its whole text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyle, QWidget

from coordapp.paths import AppPaths
from coordapp.services.demo.generate import generate_demo
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow

SCREEN = (1366, 768)


def cut_labels(window: QWidget) -> list[str]:
    """Visible one-line labels whose text is wider than the room they have."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.wordWrap() or \
                label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        needed = max(label.fontMetrics().horizontalAdvance(line.replace("&", ""))
                     for line in text.splitlines())
        room = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
        if needed > room:
            found.append(f"{label.objectName() or text!r}: {needed} px > {room} px")
    return found


def cut_cells(view: QAbstractItemView) -> list[str]:
    """Visible cells whose text is wider than the cell (the view would elide it)."""
    found: list[str] = []
    model = view.model()
    metrics = view.fontMetrics()
    viewport = view.viewport().rect()
    # what the item delegate keeps on each side of a cell's text (QCommonStyle)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                text = index.data()
                rect = view.visualRect(index)
                if not text or not rect.isValid() or not viewport.intersects(rect):
                    continue
                icon = 0 if index.data(Qt.ItemDataRole.DecorationRole) is None else \
                    view.iconSize().width() + 4
                font = index.data(Qt.ItemDataRole.FontRole)
                advance = (QFontMetrics(font) if font is not None else metrics
                           ).horizontalAdvance(str(text))
                needed = advance + icon + 2 * margin
                if needed > rect.width():
                    found.append(f"{text!r}: {needed} px > {rect.width()} px")
            first = model.index(row, 0, parent)
            if model.hasChildren(first):
                walk(first)

    walk(QModelIndex())
    return found


def test_nothing_is_cut_on_the_dashboard_at_1366x768(
        qtbot, workspace: Workspace, app_paths: AppPaths, tmp_path) -> None:
    generate_demo(workspace, 60, seed=4)
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    view = window.dashboard_view
    view.mine_check.setChecked(False)  # every patient: the longest texts of the base
    view.refresh()
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "dashboard-1366.png"))
    assert view.model.rowCount() > 0
    assert not cut_labels(window), cut_labels(window)
    assert not cut_cells(view.tree), cut_cells(view.tree)
