"""The caseload screen (file active): search as you type, status filter, patient table."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.caseload.patients import CaseloadService
from coordapp.ui.app_events import PATIENT_ENTITIES, AppEvents
from coordapp.ui.background import BackgroundReader
from coordapp.ui.caseload_model import STATUSES, CaseloadTableModel, Column, status_label

SEARCH_DELAY_MS = 150
ERROR_STYLE = "color: #b3261e;"

#: Sample texts sizing each column (the last one stretches).
COLUMN_SAMPLES = {
    Column.FAMILY_NAME: "DE LA FONTAINE (MARTIN)",
    Column.GIVEN_NAMES: "Marie-Christine Anne Josette",
    Column.BIRTH_DATE: "00/00/0000",
    Column.AGE: "Âge 0",
    Column.CITY: "Saint-Étienne-du-Rouvray",
    Column.GP: "Sans médecin traitant",
    Column.STATUS: "En pause",
}


class CaseloadView(QWidget):
    #: A patient row was activated (Enter, double-click): open this patient's file.
    patient_activated = Signal(str)
    #: The caseload index loaded in the background is ready (``load_in_background``).
    index_loaded = Signal()

    def __init__(self, service: CaseloadService, parent: QWidget | None = None, *,
                 events: AppEvents | None = None,
                 reader: BackgroundReader | None = None) -> None:
        """With ``reader``, the caseload index is read on its worker (``load_index``,
        once the window is painted): meanwhile the first lines (read by SQL) are listed,
        the count says "Calcul…" and a search waits for it; ``index_loaded`` follows."""
        super().__init__(parent)
        self.model = CaseloadTableModel(service, self)
        self._reader = reader
        if reader is not None:
            self.model.hold_for_index()

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher un nom, un NIR, une commune…"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Tous"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setToolTip(self.tr("Statut du dossier"))
        self.count_label = QLabel()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Sorting is the model's (CaseloadTableModel.sort: the whole caseload, in French
        # order), enabled once the signals are connected, below.
        self.table.horizontalHeader().setSortIndicator(
            Column.FAMILY_NAME, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_due)
        self.search_edit.textChanged.connect(self._on_search_edited)
        self.search_edit.returnPressed.connect(self._on_search_due)
        self.status_combo.currentIndexChanged.connect(self._on_search_due)
        self.model.total_changed.connect(self._on_total_changed)
        self.model.load_failed.connect(self._on_load_failed)
        self.table.activated.connect(self._on_row_activated)
        #: Ctrl+F; a window with its own "Rechercher" action disables it (no ambiguity).
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self._on_find_requested)
        if events is not None:
            events.data_changed.connect(self._on_data_changed)

        self.table.setSortingEnabled(True)  # lists the caseload in the indicator's order

    def load_index(self) -> None:
        """Start reading the caseload index on the worker (with a ``reader`` only)."""
        service = self.model.service
        if self._reader is not None and service is not None and self.model.waiting:
            self._reader.submit(service.prepare, self._on_index_loaded,
                                self._on_index_failed)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        for column, sample in COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def refresh(self) -> None:
        """Read the same search again, keeping the selected patient when still listed."""
        index = self.table.currentIndex()
        current = index.data(CaseloadTableModel.IdRole) if index.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.model.set_query(self.search_edit.text().strip(), self.status_combo.currentData())
        self.table.verticalScrollBar().setValue(scroll)
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.table.selectRow(row)

    def detach(self) -> None:
        """Drop every patient row and the service (before the workspace closes)."""
        self._search_timer.stop()
        self.model.detach()

    # -- slots ------------------------------------------------------------------------

    def _on_search_edited(self) -> None:
        self._search_timer.start()  # restarts: searches once the typing pauses

    def _on_search_due(self) -> None:
        self._search_timer.stop()
        self.error_label.hide()
        self.model.set_query(self.search_edit.text().strip(), self.status_combo.currentData())
        self.table.scrollToTop()

    def _on_index_loaded(self, _count: object) -> None:
        if self.model.service is None:
            return  # locked meanwhile
        self.model.index_ready()
        self.index_loaded.emit()

    def _on_index_failed(self, message: str) -> None:
        self._on_load_failed(message)
        self._on_index_loaded(None)  # searches then read it on demand

    def _on_total_changed(self, total: int) -> None:
        if total < 0:
            text = self.tr("Calcul…")
        elif total == 0:
            text = self.tr("Aucun patient")
        elif total == 1:
            text = self.tr("1 patient")
        else:
            text = self.tr("{count} patients").format(count=QLocale().toString(total))
        self.count_label.setText(text)

    def _on_load_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_find_requested(self) -> None:
        self.focus_search()

    def _on_row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        patient_id = index.data(CaseloadTableModel.IdRole)
        if patient_id:
            self.patient_activated.emit(patient_id)

    def _on_data_changed(self, entity: str, _entity_id: str) -> None:
        if entity in PATIENT_ENTITIES:
            self.refresh()
