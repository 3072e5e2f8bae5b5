"""The caseload table: patient summaries from ``CaseloadService``, fetched by pages."""

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
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from coordapp.errors import CoordAppError
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.views import PatientSummary

PAGE_SIZE = 200
#: Case statuses as ``CaseloadService`` knows them, in the order of a case's life.
STATUSES = ("request", "active", "on_hold", "closed")

AnyIndex = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    """The French label of a case status (translatable, context ``PatientStatus``)."""
    labels = {
        "request": QCoreApplication.translate("PatientStatus", "Demande"),
        "active": QCoreApplication.translate("PatientStatus", "Actif"),
        "on_hold": QCoreApplication.translate("PatientStatus", "En pause"),
        "closed": QCoreApplication.translate("PatientStatus", "Clôturé"),
    }
    return labels.get(status, status)


class Column(enum.IntEnum):
    FAMILY_NAME = 0
    GIVEN_NAMES = enum.auto()
    BIRTH_DATE = enum.auto()
    AGE = enum.auto()
    CITY = enum.auto()
    GP = enum.auto()
    STATUS = enum.auto()
    REFERENT = enum.auto()


#: Columns whose text can be long: the full text is in the tooltip.
TOOLTIP_COLUMNS = (Column.FAMILY_NAME, Column.GIVEN_NAMES, Column.CITY, Column.GP)


#: The order each column sorts in (``CaseloadService.page``'s ``sort``); the age sorts
#: by birth date the other way round.
COLUMN_SORTS = {
    Column.FAMILY_NAME: "name", Column.GIVEN_NAMES: "given_names",
    Column.BIRTH_DATE: "birth_date", Column.AGE: "birth_date", Column.CITY: "city",
    Column.GP: "gp", Column.STATUS: "status", Column.REFERENT: "referent",
}


class CaseloadTableModel(QAbstractTableModel):
    """Live patients matching a query, in the chosen column's order.

    ``set_query`` and ``sort`` ask the service for the ordered ids of every match (the
    in-memory caseload index: no SQL per keystroke); the lines themselves are read by id,
    one block of ``page_size`` rows at a time, when the view first paints one of them.
    Scrolling to the end reads the last block only.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1

    #: Patients matching the current query, after each ``set_query`` or ``sort`` (-1:
    #: not counted yet, the index is loading).
    total_changed = Signal(int)
    #: A page could not be read; the French message is for the user.
    load_failed = Signal(str)

    def __init__(self, service: CaseloadService | None = None,
                 parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._text = ""
        self._status: str | None = None
        self._sort = "name"
        self._desc = False
        self._ids: list[str] = []
        self._blocks: dict[int, list[PatientSummary | None]] = {}
        #: While the caseload index loads on a worker: the first lines, read by SQL.
        self._waiting = False
        self._headers = {
            Column.FAMILY_NAME: self.tr("Nom"),
            Column.GIVEN_NAMES: self.tr("Prénom(s)"),
            Column.BIRTH_DATE: self.tr("Naissance"),
            Column.AGE: self.tr("Âge"),
            Column.CITY: self.tr("Commune"),
            Column.GP: self.tr("Médecin traitant"),
            Column.STATUS: self.tr("Statut"),
            Column.REFERENT: self.tr("Référent"),
        }
        self._no_gp = self.tr("Sans médecin traitant")

    # -- query ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._ids)

    @property
    def service(self) -> CaseloadService | None:
        return self._service

    @property
    def waiting(self) -> bool:
        """True while the index loads: the first lines only, searches held until ready."""
        return self._waiting

    def hold_for_index(self) -> None:
        """From the next query on, show the first lines read by SQL until
        :meth:`index_ready` (the index loads on a worker thread: never wait for it)."""
        self._waiting = True

    def index_ready(self) -> None:
        """The index is in memory: list the query asked for meanwhile, in its order."""
        if self._waiting:
            self._waiting = False
            self._reload()

    @property
    def order(self) -> tuple[str, bool]:
        """The service's sort and direction now shown."""
        return self._sort, self._desc

    def set_query(self, text: str = "", status: str | None = None) -> None:
        """List the patients matching ``text`` and ``status`` from the first row."""
        self._text, self._status = text, status
        self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Clicking a header: that column's order, either way (empty values last)."""
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if column == Column.AGE:  # the youngest first is the latest birth date first
            descending = not descending
        self._sort, self._desc = COLUMN_SORTS[Column(column)], descending
        self._reload()

    def row_of(self, patient_id: str) -> int | None:
        """The row of ``patient_id`` in the current listing (None: not listed)."""
        try:
            return self._ids.index(patient_id)
        except ValueError:
            return None

    def detach(self) -> None:
        """Forget the service and every row (the workspace is being locked)."""
        self._service = None
        self._waiting = False
        self.set_query()

    def _reload(self) -> None:
        self.beginResetModel()
        self._ids, self._blocks = [], {}
        if self._waiting:
            self._preview()
            return
        if self._service is not None:
            try:
                self._ids = self._service.matching(
                    self._text, status=self._status, sort=self._sort, desc=self._desc)
            except CoordAppError as exc:
                self.load_failed.emit(exc.message)
        self.endResetModel()
        self.total_changed.emit(len(self._ids))

    def _preview(self) -> None:
        """(Inside a reset.) The first lines in name order for the unfiltered list; none
        for a search, which waits for the index. The count is not known yet (-1)."""
        if self._service is not None and not self._text and self._status is None:
            try:
                lines = self._service.preview(self._page_size)
            except CoordAppError as exc:
                self.load_failed.emit(exc.message)
            else:
                self._ids, self._blocks = [line.id for line in lines], {0: list(lines)}
        self.endResetModel()
        self.total_changed.emit(-1)

    def _line(self, row: int) -> PatientSummary | None:
        block = row // self._page_size
        lines = self._blocks.get(block)
        if lines is None:
            first = block * self._page_size
            lines = [None] * len(self._ids[first:first + self._page_size])
            if self._service is not None:
                try:
                    lines = self._service.rows(self._ids[first:first + self._page_size])
                except CoordAppError as exc:
                    self.load_failed.emit(exc.message)
            self._blocks[block] = lines
        return lines[row % self._page_size]

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if section == Column.AGE else \
                Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        patient = self._line(index.row())
        if patient is None:  # removed since the listing: the next refresh drops it
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(patient, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in TOOLTIP_COLUMNS:
            return self._display(patient, column)
        if column == Column.GP and patient.gp_name is None:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, patient: PatientSummary, column: Column) -> str:
        match column:
            case Column.FAMILY_NAME:
                name = patient.family_name.upper()
                if patient.used_name and patient.used_name.upper() != name:
                    name += f" ({patient.used_name.upper()})"
                return name
            case Column.GIVEN_NAMES:
                given = patient.given_names
                if patient.used_given_name and patient.used_given_name not in given.split():
                    given += f" ({patient.used_given_name})"
                return given
            case Column.BIRTH_DATE:
                return f"{patient.birth_date:%d/%m/%Y}"
            case Column.AGE:
                return str(patient.age)
            case Column.CITY:
                return patient.city or ""
            case Column.GP:
                return patient.gp_name or self._no_gp
            case Column.STATUS:
                return status_label(patient.status)
            case Column.REFERENT:
                return patient.referent_name or ""
