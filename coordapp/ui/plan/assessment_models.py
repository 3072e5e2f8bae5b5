"""Table models of the "Évaluation" tab: the person's assessments, and several of them
side by side (one column per assessment, oldest first)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coordapp.services.assessments import aggir
from coordapp.services.views import AssessmentComparison, AssessmentDetail
from coordapp.ui.labels import format_date
from coordapp.ui.plan.aggir_form import variable_labels
from coordapp.ui.plan.assessment_form import factor_labels
from coordapp.ui.plan.style import GIR_COLOURS
from coordapp.ui.plan.zarit_form import band_label

AnyIndex = QModelIndex | QPersistentModelIndex
_tr = QCoreApplication.translate
IdRole = Qt.ItemDataRole.UserRole + 1


def zarit_text(detail: AssessmentDetail) -> str:
    """« 45/88 », « 12/16 », « 3,5/7 » (mini-Zarit), or nothing when not done."""
    return detail.zarit_display or ""


class Column(enum.IntEnum):
    DATE = 0
    GIR = enum.auto()
    ZARIT = enum.auto()
    BAND = enum.auto()
    FACTORS = enum.auto()
    AUTHOR = enum.auto()


class AssessmentTableModel(QAbstractTableModel):
    """The person's assessments, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AssessmentDetail] = []

    def set_rows(self, rows: list[AssessmentDetail]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda d: (d.assessed_on, d.id), reverse=True)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [_tr("Assessments", "Date"), _tr("Assessments", "GIR"),
                _tr("Assessments", "Zarit"), _tr("Assessments", "Fardeau de l'aidant"),
                _tr("Assessments", "Facteurs"),
                _tr("Assessments", "Évaluateur")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FACTORS:
            labels = factor_labels()
            return "\n".join(labels.get(f, f) for f in row.complexity_factors) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.GIR and row.gir:
            return QBrush(QColor(GIR_COLOURS[row.gir]))
        if role == Qt.ItemDataRole.FontRole and column == Column.GIR:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: AssessmentDetail, column: Column) -> str:
        if column == Column.DATE:
            return format_date(row.assessed_on)
        if column == Column.GIR:
            return f"GIR {row.gir}" if row.gir else "—"
        if column == Column.ZARIT:
            return zarit_text(row) or "—"
        if column == Column.BAND:
            return band_label(row.zarit_band) if row.zarit_band else ""
        if column == Column.FACTORS:
            labels = factor_labels()
            names = [labels.get(f, f) for f in row.complexity_factors]
            return ", ".join(names[:1] + [n[0].lower() + n[1:] for n in names[1:]])
        return row.author_name or ""


class ComparisonTableModel(QAbstractTableModel):
    """Rows: GIR, Zarit, the 17 AGGIR variables, the complexity factors; one column per
    assessment. Cells that differ from the previous assessment are in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: AssessmentComparison | None = None

    def set_comparison(self, comparison: AssessmentComparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.assessments)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return format_date(self.comparison.assessments[section].assessed_on)
        return self.row_label(section)

    def row_label(self, section: int) -> str:
        assert self.comparison is not None
        row = self.comparison.rows[section]
        if row.key in aggir.ALL_VARIABLES:
            return variable_labels()[row.key][0]
        if row.key == "gir":
            return _tr("Assessments", "GIR")
        if row.key == "zarit_total":
            return _tr("Assessments", "Zarit")
        return factor_labels().get(row.key, row.label)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        row = self.comparison.rows[index.row()]
        value = row.values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value == "oui":
                return "✓"
            return value or "·"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        previous = row.values[index.column() - 1] if index.column() else value
        if role == Qt.ItemDataRole.FontRole and value != previous:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and value != previous:
            return _tr("Assessments", "Changé depuis l'évaluation précédente ({before})") \
                .format(before=previous or "—")
        return None
