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
from coordapp.services.caseload import CaseloadService
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


class CaseloadTableModel(QAbstractTableModel):
    """Live patients matching a query, in the service's order (birth name, given names).

    Only the first page is read on ``set_query``; the view asks for the next ones through
    ``canFetchMore``/``fetchMore`` as the user scrolls.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    #: Patients matching the current query (all pages), after each ``set_query``.
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
        self._rows: list[PatientSummary] = []
        self._total = 0
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
        return self._total

    def set_query(self, text: str = "", status: str | None = None) -> None:
        """Start again from the first page of patients matching ``text`` and ``status``."""
        self._text, self._status = text, status
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._service is not None:
            try:
                self._total = self._service.count(text, status=status)
                self._rows = self._read_page(0)
            except CoordAppError as exc:
                self._total = 0
                self.load_failed.emit(exc.message)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def detach(self) -> None:
        """Forget the service and every row (the workspace is being locked)."""
        self._service = None
        self.set_query()

    # -- lazy loading -----------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._service is not None and \
            len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            page = self._read_page(len(self._rows))
        except CoordAppError as exc:
            self.load_failed.emit(exc.message)
            return
        if not page:  # patients removed since the count: stop asking
            self._total = len(self._rows)
            self.total_changed.emit(self._total)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _read_page(self, offset: int) -> list[PatientSummary]:
        assert self._service is not None
        return self._service.search(
            self._text, status=self._status, limit=self._page_size, offset=offset
        )

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        patient = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(patient, column)
        if role == self.IdRole:
            return patient.id
        if role == self.SortRole:
            return self._sort_value(patient, column)
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

    @staticmethod
    def _sort_value(patient: PatientSummary, column: Column) -> Any:
        match column:
            case Column.BIRTH_DATE:
                return patient.birth_date.isoformat()
            case Column.AGE:
                return patient.age
            case Column.STATUS:
                return STATUSES.index(patient.status) if patient.status in STATUSES else 99
            case Column.FAMILY_NAME:
                return f"{patient.family_name} {patient.given_names}".casefold()
            case Column.GIVEN_NAMES:
                return patient.given_names.casefold()
            case Column.CITY:
                return (patient.city or "").casefold()
            case Column.GP:
                return (patient.gp_name or "").casefold()
            case Column.REFERENT:
                return (patient.referent_name or "").casefold()
