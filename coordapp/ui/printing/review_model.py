"""The plans to review, one checkable line per person (checked by default)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coordapp.services.views import ReviewDueView

AnyIndex = QModelIndex | QPersistentModelIndex
LATE_COLOR = QColor("#b3261e")


class ReviewColumn(enum.IntEnum):
    PATIENT = 0
    DUE = 1
    VERSION = 2


class ReviewTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._rows: list[ReviewDueView] = []
        self._checked: list[bool] = []
        self._headers = {
            ReviewColumn.PATIENT: self.tr("Patient"),
            ReviewColumn.DUE: self.tr("Révision prévue"),
            ReviewColumn.VERSION: self.tr("Version"),
        }

    # -- content ------------------------------------------------------------------------

    def set_rows(self, rows: list[ReviewDueView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = [True] * len(rows)
        self.endResetModel()

    def checked_rows(self) -> list[ReviewDueView]:
        return [row for row, checked in zip(self._rows, self._checked, strict=True) if checked]

    def set_all_checked(self, checked: bool) -> None:
        if not self._rows:
            return
        self._checked = [checked] * len(self._rows)
        self.dataChanged.emit(self.index(0, ReviewColumn.PATIENT),
                              self.index(len(self._rows) - 1, ReviewColumn.PATIENT),
                              [Qt.ItemDataRole.CheckStateRole])

    def set_checked(self, row: int, checked: bool) -> None:
        self.setData(self.index(row, ReviewColumn.PATIENT),
                     Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReviewColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[ReviewColumn(section)]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ReviewColumn.PATIENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = ReviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == ReviewColumn.PATIENT:
            return (Qt.CheckState.Checked if self._checked[index.row()]
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole and column == ReviewColumn.DUE \
                and row.review_due < self.today:
            return QBrush(LATE_COLOR)
        if role == self.IdRole:
            return row.patient_id
        if role == self.SortRole:
            return {ReviewColumn.PATIENT: row.patient_name,
                    ReviewColumn.DUE: row.review_due.toordinal(),
                    ReviewColumn.VERSION: row.version}[column]
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != ReviewColumn.PATIENT
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _text(self, row: ReviewDueView, column: ReviewColumn) -> str:
        if column == ReviewColumn.PATIENT:
            return row.patient_name
        if column == ReviewColumn.VERSION:
            return self.tr("v{version}").format(version=row.version)
        day = QLocale().toString(QDate(row.review_due), "dd/MM/yyyy")
        days = (row.review_due - self.today).days
        if days < 0:
            return self.tr("{date} — en retard de {days} j").format(date=day, days=-days)
        if days == 0:
            return self.tr("{date} — aujourd'hui").format(date=day)
        return self.tr("{date} — dans {days} j").format(date=day, days=days)
