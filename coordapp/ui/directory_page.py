"""One list of the directory (professionals or structures): search as you type, table,
add and edit buttons. The dialogs are opened by ``DirectoryView``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.ui.directory_model import DirectoryTableModel

SEARCH_DELAY_MS = 150
#: Rows shown at most; beyond, the user is asked to refine the search.
SEARCH_LIMIT = 500
ERROR_STYLE = "color: #b3261e;"


class DirectoryPage(QWidget):
    """One list (professionals or structures): search field, table, add and edit buttons."""

    #: The user asked to edit a row (Enter, double-click, "Modifier…"): its id.
    edit_requested = Signal(str)
    #: The user asked for a new entry.
    add_requested = Signal()

    def __init__(self, model: DirectoryTableModel,
                 search: Callable[[str, int], Sequence[Any]], *, placeholder: str,
                 add_text: str, samples: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._search = search
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.edit_button.setEnabled(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.refresh)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.activated.connect(self._on_row_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.setFocusProxy(self.search_edit)

    def refresh(self, select_id: str | None = None) -> None:
        """Search again with the current text; keeps (or moves to) the selected entry."""
        self._timer.stop()
        current = select_id or self.current_id()
        self.error_label.hide()
        try:
            rows = list(self._search(self.search_edit.text().strip(), SEARCH_LIMIT + 1))
        except CoordAppError as exc:
            rows = []
            self.error_label.setText(exc.message)
            self.error_label.show()
        truncated = len(rows) > SEARCH_LIMIT
        self.model.set_rows(rows[:SEARCH_LIMIT])
        self.count_label.setText(self._count_text(len(rows), truncated))
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.edit_button.setEnabled(row >= 0)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(DirectoryTableModel.IdRole) if index.isValid() else None

    def clear(self) -> None:
        self._timer.stop()
        self.model.set_rows([])

    def _count_text(self, count: int, truncated: bool) -> str:
        if truncated:
            return self.tr("Plus de {count} résultats : précisez la recherche").format(
                count=QLocale().toString(SEARCH_LIMIT))
        if count == 0:
            return self.tr("Aucun résultat")
        if count == 1:
            return self.tr("1 résultat")
        return self.tr("{count} résultats").format(count=QLocale().toString(count))

    def _on_edit_clicked(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.edit_requested.emit(record_id)

    def _on_row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = index.data(DirectoryTableModel.IdRole)
        if record_id:
            self.edit_requested.emit(record_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.edit_button.setEnabled(current.isValid())
