"""Directory tables: professionals and structures as ``DirectoryService`` returns them."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coordapp.models import StructureKind
from coordapp.services.directory import ProfessionalView, StructureView
from coordapp.ui.labels import display_phone, label

AnyIndex = QModelIndex | QPersistentModelIndex


class ProfessionalColumn(enum.IntEnum):
    NAME = 0
    PROFESSION = enum.auto()
    STRUCTURE = enum.auto()
    CITY = enum.auto()
    PHONE = enum.auto()
    RPPS = enum.auto()
    EMAIL = enum.auto()


class StructureColumn(enum.IntEnum):
    NAME = 0
    KIND = enum.auto()
    CITY = enum.auto()
    PHONE = enum.auto()
    FINESS = enum.auto()
    OPERATOR = enum.auto()


class DirectoryTableModel(QAbstractTableModel):
    """Rows in the service's order; ``set_rows`` replaces them (a model reset)."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    columns: type[enum.IntEnum]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: dict[int, str] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        """The row showing ``record_id``, -1 if it is not listed."""
        return next((i for i, row in enumerate(self._rows) if row.id == record_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column()) or None
        if role == self.IdRole:
            return row.id
        if role == self.SortRole:
            return self._display(row, index.column()).casefold()
        return None

    def _display(self, row: Any, column: int) -> str:
        raise NotImplementedError


class ProfessionalTableModel(DirectoryTableModel):
    columns = ProfessionalColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = {
            ProfessionalColumn.NAME: self.tr("Nom"),
            ProfessionalColumn.PROFESSION: self.tr("Profession"),
            ProfessionalColumn.STRUCTURE: self.tr("Structure"),
            ProfessionalColumn.CITY: self.tr("Commune"),
            ProfessionalColumn.PHONE: self.tr("Téléphone"),
            ProfessionalColumn.RPPS: self.tr("RPPS"),
            ProfessionalColumn.EMAIL: self.tr("Courriel"),
        }

    def _display(self, row: ProfessionalView, column: int) -> str:
        match column:
            case ProfessionalColumn.NAME:
                name = row.family_name.upper()
                return f"{name} {row.given_name}" if row.given_name else name
            case ProfessionalColumn.PROFESSION:
                return f"{row.profession} ({row.specialty})" if row.specialty else row.profession
            case ProfessionalColumn.STRUCTURE:
                return row.structure_name or ""
            case ProfessionalColumn.CITY:
                return row.city or ""
            case ProfessionalColumn.PHONE:
                return display_phone(row.phone)
            case ProfessionalColumn.RPPS:
                return row.rpps or ""
            case ProfessionalColumn.EMAIL:
                return row.email or ""
        return ""


class StructureTableModel(DirectoryTableModel):
    columns = StructureColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = {
            StructureColumn.NAME: self.tr("Nom"),
            StructureColumn.KIND: self.tr("Type"),
            StructureColumn.CITY: self.tr("Commune"),
            StructureColumn.PHONE: self.tr("Téléphone"),
            StructureColumn.FINESS: self.tr("FINESS"),
            StructureColumn.OPERATOR: self.tr("Gestionnaire"),
        }

    def _display(self, row: StructureView, column: int) -> str:
        match column:
            case StructureColumn.NAME:
                return row.name
            case StructureColumn.KIND:
                return label(StructureKind, row.kind)
            case StructureColumn.CITY:
                return " ".join(p for p in (row.postal_code, row.city) if p)
            case StructureColumn.PHONE:
                return display_phone(row.phone)
            case StructureColumn.FINESS:
                return row.finess or ""
            case StructureColumn.OPERATOR:
                return row.operator or ""
        return ""
