"""The "À faire" tree: one top-level row per section (with its count), one child per line
(see ``dashboard_lines``); the patient id is under ``IdRole``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordapp.services.caseload.dashboard import SECTIONS, Dashboard
from coordapp.ui.dashboard_lines import Column, Line, LineWriter, Section

AnyIndex = QModelIndex | QPersistentModelIndex
LATE_COLOR = QColor("#b3261e")
SOON_COLOR = QColor("#8a5300")
#: internalId of top-level (section) rows; a line's is its section's row + 1.
SECTION_ID = 0
#: Lines shown per section until the user asks for all, at least (the view raises it to
#: what its height allows, so that every section fits on the screen).
PREVIEW_LINES = 3
#: Lines read per section when the screen is refreshed ("show the others" reads the rest).
PREVIEW_LIMIT = 60


class DashboardModel(QAbstractItemModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    SectionRole = Qt.ItemDataRole.UserRole + 2
    TaskRole = Qt.ItemDataRole.UserRole + 3
    DraftRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[list[Line]] = [[] for _ in Section]
        self._totals: list[int] = [0 for _ in Section]  # lines in all, read or not
        self._full: set[Section] = set()  # sections showing every line
        #: Reads every line of a section the dashboard only had the first lines of.
        self.read_section: Callable[[Section], list[Line]] | None = None
        self._writer = LineWriter(self)
        self._preview = PREVIEW_LINES
        self._headers = {
            Column.PATIENT: self.tr("Patient"),
            Column.SUBJECT: self.tr("Objet"),
            Column.WHO: self.tr("Qui"),
            Column.DATE: self.tr("Date"),
            Column.DELAY: self.tr("Délai"),
        }

    # -- content ----------------------------------------------------------------------

    def set_dashboard(self, dashboard: Dashboard | None) -> None:
        """Show ``dashboard`` (None: empty every section, e.g. when locking)."""
        self.beginResetModel()
        if dashboard is None:
            self._lines = [[] for _ in Section]
            self._totals = [0 for _ in Section]
        else:
            self._lines = self._writer.lines(dashboard)
            self._totals = [dashboard.total(name) for name in SECTIONS]
        self.endResetModel()

    def section_lines(self, dashboard: Dashboard, section: Section) -> list[Line]:
        """The lines of ``section`` in ``dashboard`` (formatting only)."""
        return self._writer.lines(dashboard)[section]

    def count(self, section: Section) -> int:
        """Lines of ``section`` in all (the title's number), shown or not."""
        return max(self._totals[section], len(self._lines[section]))

    @property
    def preview(self) -> int:
        """Lines shown in a long section before its "show the others" row."""
        return self._preview

    def set_preview(self, lines: int) -> None:
        lines = min(max(PREVIEW_LINES, lines), PREVIEW_LIMIT - 1)
        if lines != self._preview:
            self.beginResetModel()
            self._preview = lines
            self.endResetModel()

    def is_truncated(self, section: int) -> bool:
        """The section shows a preview and a last "show the others" row."""
        return section not in self._full and self.count(section) > self._preview + 1

    def is_more(self, index: AnyIndex) -> bool:
        """``index`` is the "show the others" row of its section."""
        if not index.isValid() or index.internalId() == SECTION_ID:
            return False
        # The row first, and no enum built: Qt asks this for every role of every cell.
        return index.row() == self._preview and self.is_truncated(index.internalId() - 1)

    def show_all(self, section: Section) -> None:
        """Replace the "show the others" row of ``section`` with every line."""
        if not self.is_truncated(section):
            return
        if len(self._lines[section]) < self.count(section) and self.read_section is not None:
            lines = self.read_section(section)
            self._lines[section], self._totals[section] = lines, len(lines)
            if not self.is_truncated(section):  # fewer lines than counted: show them
                self.beginResetModel()
                self.endResetModel()
                return
        parent = self.index(section, 0)
        self.beginInsertRows(parent, self._preview + 1, self.count(section) - 1)
        self._full.add(section)
        self.endInsertRows()
        self.dataChanged.emit(self.index(self._preview, 0, parent),
                              self.index(self._preview, len(Column) - 1, parent))

    def section_title(self, section: Section) -> str:
        titles = {
            Section.OVERDUE: self.tr("Actions en retard"),
            Section.DUE_SOON: self.tr("Actions à échéance cette semaine"),
            Section.REVIEWS: self.tr("Révisions de PPCS à faire (30 jours)"),
            Section.REFERRALS: self.tr("Nouvelles demandes sans réponse"),
            Section.NO_GP: self.tr("Patients actifs sans médecin traitant"),
            Section.TASKS: self.tr("Tâches de coordination (médecin traitant, appels)"),
            Section.DRAFTS: self.tr("Demandes à compléter (saisie interrompue)"),
        }
        return f"{titles[section]} ({self.count(section)})"

    # -- lines ------------------------------------------------------------------------

    # -- Qt model ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, SECTION_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == SECTION_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, SECTION_ID)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(Section)
        if parent.internalId() == SECTION_ID and parent.column() == 0:
            section = Section(parent.row())
            return self._preview + 1 if self.is_truncated(section) else \
                len(self._lines[section])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return self._headers[Column(section)]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def line(self, index: AnyIndex) -> Line | None:
        """The line at ``index``, None for a section or a "show the others" row."""
        if not index.isValid() or index.internalId() == SECTION_ID or self.is_more(index):
            return None
        return self._lines[index.internalId() - 1][index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section = index.internalId() - 1
        if section < 0:
            return self._section_data(Section(index.row()), index.column(), role)
        row = index.row()
        if row == self._preview and self.is_truncated(section):
            return self._more_data(Section(section), index.column(), role)
        line = self._lines[section][row]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return line.texts[column]
        if role == self.IdRole:
            return line.patient_id
        if role == self.TaskRole:
            return line.task_id
        if role == self.DraftRole:
            return line.draft_id
        if role == self.SectionRole:
            return Section(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.tooltip or line.texts[column] or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DELAY:
            return QBrush(LATE_COLOR if line.late else SOON_COLOR
                          if section == Section.DUE_SOON else
                          QApplication.palette().color(QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and (line.urgent or line.unlinked):
            font = QFont()
            font.setBold(line.urgent)
            font.setItalic(line.unlinked and column == Column.PATIENT)
            return font
        return None

    def _more_data(self, section: Section, column: int, role: int) -> Any:
        if role == self.SectionRole:
            return section
        if column != Column.PATIENT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            others = self.count(section) - self._preview
            return self.tr("Afficher les {count} autres…").format(count=others)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Entrée ou double-clic : afficher toute la liste")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.Link)
        return None

    def _section_data(self, section: Section, column: int, role: int) -> Any:
        if role == self.SectionRole:
            return section
        if column != Column.PATIENT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.section_title(section)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not self.count(section):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

