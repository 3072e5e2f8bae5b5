"""Tables of the import dialog: the column mapping (with a combo per file column) and the
row-by-row report of the check."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coordapp.services.imports.csv_import import ImportReport, RowState, SourceTable

AnyIndex = QModelIndex | QPersistentModelIndex
#: Text colours on white (WCAG AA) and light row tints, by what the row needs.
COLOURS = {"error": ("#b3261e", "#fdecea"), "duplicate": ("#a24a00", "#fff1e0"),
           "warning": ("#8a5300", None), "ready": ("#2e7d32", None)}


class MappingColumn(enum.IntEnum):
    HEADER = 0
    FIELD = enum.auto()
    SAMPLE = enum.auto()


class ImportMappingModel(QAbstractTableModel):
    """One row per column of the file; the field column holds a key ("" = ignored)."""

    #: The user gave a column another field (or none).
    mapping_changed = Signal()

    def __init__(self, fields: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = {key: _capitalised(label) for key, label in fields.items()}
        self._headers: list[str] = []
        self._keys: list[str | None] = []
        self._samples: list[str] = []
        self._titles = {MappingColumn.HEADER: self.tr("Colonne du fichier"),
                        MappingColumn.FIELD: self.tr("Champ CoordApp"),
                        MappingColumn.SAMPLE: self.tr("Premières valeurs")}

    def set_source(self, source: SourceTable, mapping: Mapping[str, str | None]) -> None:
        self.beginResetModel()
        self._headers = list(source.headers)
        self._keys = [mapping.get(h) for h in self._headers]
        self._samples = [" · ".join(source.column(h)) for h in self._headers]
        self.endResetModel()

    def mapping(self) -> dict[str, str | None]:
        return dict(zip(self._headers, self._keys, strict=True))

    def field_label(self, key: str | None) -> str:
        return self.fields.get(key or "", self.tr("(ignorer)"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MappingColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(MappingColumn(section))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == MappingColumn.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.EditRole and column == MappingColumn.FIELD:
            return self._keys[row] or ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self._headers[row], self.field_label(self._keys[row]),
                    self._samples[row])[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == MappingColumn.FIELD:
            return None if self._keys[row] else QBrush(QColor("#5f6368"))
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != MappingColumn.FIELD:
            return False
        key = str(value) or None
        if key is not None and key not in self.fields:
            return False
        if self._keys[index.row()] == key:
            return True
        for row, other in enumerate(self._keys):  # one column per field
            if key is not None and other == key and row != index.row():
                self._keys[row] = None
                changed = self.index(row, MappingColumn.FIELD)
                self.dataChanged.emit(changed, changed)
        self._keys[index.row()] = key
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


class _FieldCombo(QComboBox):
    """Scrolling the table over a combo must not change the field silently."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class FieldComboDelegate(QStyledItemDelegate):
    """A combo of our fields, « (ignorer) » first; a choice is committed at once."""

    def __init__(self, fields: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = {key: _capitalised(label) for key, label in fields.items()}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = _FieldCombo(parent)
        combo.addItem(self.tr("(ignorer)"), "")
        for key, label in self.fields.items():
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(position, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


class ReportColumn(enum.IntEnum):
    LINE = 0
    STATE = enum.auto()
    LABEL = enum.auto()
    COLUMN = enum.auto()
    REASON = enum.auto()


@dataclass(frozen=True)
class ReportEntry:
    line: int
    severity: str  # a key of COLOURS
    state: str
    label: str
    column: str
    reason: str


class ImportReportModel(QAbstractTableModel):
    """One line per problem (error, duplicate, warning), one per ready row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ReportEntry] = []
        self._all: list[ReportEntry] = []
        self.hide_ready = False
        self._titles = [self.tr("Ligne"), self.tr("État"), self.tr("Personne ou fiche"),
                        self.tr("Colonne"), self.tr("Motif")]

    def set_report(self, report: ImportReport | None) -> None:
        entries: list[ReportEntry] = []
        words = {"error": self.tr("Erreur"), "duplicate": self.tr("Doublon probable"),
                 "warning": self.tr("Prête, à vérifier"), "ready": self.tr("Prête")}
        for row in report.rows if report else []:
            issues = [("error", i) for i in row.errors]
            issues += [("duplicate", i) for i in row.duplicates]
            issues += [("warning", i) for i in row.warnings if row.state == RowState.READY]
            for severity, issue in issues:
                entries.append(ReportEntry(row.line, severity, words[severity], row.label,
                                           issue.column, issue.message))
            if not issues:
                entries.append(ReportEntry(row.line, "ready", words["ready"], row.label, "",
                                           self.tr("Sera importée.")))
        self._all = entries
        self._refresh()

    def summary(self, report: ImportReport) -> str:
        """« 10 ligne(s) : 4 prête(s) à importer ; 4 en erreur… », for above the table."""
        errors = len(report.in_state(RowState.ERROR))
        duplicates = len(report.in_state(RowState.DUPLICATE))
        parts = [self.tr("%n prête(s) à importer", "", len(report.in_state(RowState.READY)))]
        if errors:
            parts.append(self.tr("%n en erreur, en rouge, non importée(s)", "", errors))
        if duplicates:
            parts.append(self.tr("%n doublon(s) probable(s), en orange, importé(s) "
                                 "seulement si vous cochez la case", "", duplicates))
        not_included = report.not_included()  # of the ready rows
        if not_included:
            parts.append(self.tr(
                "%n personne(s) suivie(s) dans le fichier mais importée(s) en demande : "
                "la date de leur information (colonne « Information le ») manque, or une "
                "personne n'est incluse qu'une fois informée", "", not_included))
        return (self.tr("%n ligne(s) : ", "", len(report.rows)) + " ; ".join(parts) + ". "
                + self.tr("Rien n'est enregistré avant « Importer »."))

    def set_hide_ready(self, hide: bool) -> None:
        self.hide_ready = hide
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self.entries = [e for e in self._all if not (self.hide_ready and e.severity == "ready")]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReportColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(entry, index.column())
        foreground, background = COLOURS[entry.severity]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (
                ReportColumn.STATE, ReportColumn.REASON):
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.BackgroundRole and background:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ReportColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(entry: ReportEntry, column: int) -> str:
        values: Sequence[str] = (str(entry.line), entry.state, entry.label,
                                 entry.column or "—", entry.reason)
        return values[column]
