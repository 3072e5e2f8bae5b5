"""A read-only table of service views (referrals, care circle, journal, consents).

Each screen describes its columns once (header, text, sort value); the model shows a
list of frozen dataclasses from the services and is refreshed with ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    #: Width sample ("00/00/0000"); None lets the column stretch or size to contents.
    sample: str | None = None
    tooltip: bool = False
    #: This column takes the room left (instead of the last one).
    stretch: bool = False


class ViewTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[ColumnSpec], parent: QObject | None = None, *,
                 muted: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._muted = muted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: AnyIndex) -> Any:
        return self._rows[index.row()] if index.isValid() else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.text(row) or None
        if role == self.IdRole:
            return getattr(row, "id", None)
        if role == self.SortRole:
            return column.sort(row) if column.sort else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None


def make_table_view(model: ViewTableModel, parent: QWidget | None = None, *,
                    wrap: bool = False) -> QTableView:
    """Row selection, no editing, sample-sized columns, the last one stretching."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setWordWrap(wrap)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    metrics = view.fontMetrics()
    padding = 2 * metrics.horizontalAdvance("M")
    for section, column in enumerate(model.columns):
        if column.sample:
            header.resizeSection(section, metrics.horizontalAdvance(column.sample) + padding)
        if column.stretch:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
    return view
