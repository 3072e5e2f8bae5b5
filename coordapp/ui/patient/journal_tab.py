"""The "Journal" tab: append-only contact notes, newest first, quick entry at the top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy
from coordapp.models import JournalKind
from coordapp.services.views import JournalEntryView, PatientFile
from coordapp.ui.labels import fill_combo, format_datetime, label, select_data
from coordapp.ui.patient.busy_retry import DEFAULT_BUSY_WAIT_S, BusyRetry
from coordapp.ui.patient.date_edit import make_datetime_edit
from coordapp.ui.patient.file_tab import FileTab
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import MUTED_STYLE
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class JournalTab(FileTab):
    def __init__(self, services: PatientServices, parent: QWidget | None = None, *,
                 busy_wait_s: int = DEFAULT_BUSY_WAIT_S) -> None:
        super().__init__(services, parent)
        #: Shown while the base is busy: the note stays typed, tried again, cancellable.
        self.busy = BusyRetry(busy_wait_s)
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, JournalKind)
        select_data(self.kind_combo, JournalKind.CALL.value)
        self.when_edit = make_datetime_edit()
        self.when_edit.setToolTip(self.tr("Date et heure du contact"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr(
            "Ce qui s'est passé, ce qui a été décidé… (Ctrl+Entrée pour ajouter)"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.text_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Ajouter"))
        self.add_button.setToolTip(self.tr("Ajouter la note au journal (Ctrl+Entrée)"))
        hint = QLabel(self.tr("Les notes du journal ne sont plus modifiables une fois "
                              "ajoutées."))
        hint.setStyleSheet(MUTED_STYLE)

        self.model = ViewTableModel([
            ColumnSpec(self.tr("Date"), lambda e: format_datetime(e.occurred_at),
                       sort=lambda e: e.occurred_at, sample="00/00/0000 00:000"),
            ColumnSpec(self.tr("Type"), lambda e: label(JournalKind, e.kind),
                       sample="Sortie d'hospitalisation"),
            ColumnSpec(self.tr("Auteur"), lambda e: e.author_name or "",
                       sample="Marie-Christine Durand"),
            ColumnSpec(self.tr("Note"), lambda e: e.text),
        ], self)
        self.table = make_table_view(self.model, self, wrap=True)
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        entry = QGridLayout()
        entry.addWidget(self.kind_combo, 0, 0)
        entry.addWidget(self.when_edit, 1, 0)
        entry.addWidget(self.text_edit, 0, 1, 3, 1)
        entry.addWidget(self.add_button, 0, 2)
        entry.setColumnStretch(1, 1)
        entry.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.table, 1)

        self.add_button.clicked.connect(self.add_entry)
        self.setTabOrder(self.kind_combo, self.when_edit)
        self.setTabOrder(self.when_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.add_button)
        self.setTabOrder(self.add_button, self.table)

    def set_file(self, patient: PatientFile) -> None:
        super().set_file(patient)
        self.model.set_rows(patient.journal)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        """A note is usually written just after the contact: "now" is refreshed."""
        if not self.text_edit.toPlainText().strip():
            self.when_edit.setDateTime(dt.datetime.now().replace(second=0, microsecond=0))
        super().showEvent(event)
        if not event.spontaneous():  # the tab chosen: the cursor where the note is written
            QTimer.singleShot(0, self.text_edit.setFocus)

    def entries(self) -> list[JournalEntryView]:
        return self.model.rows

    def has_unsaved_changes(self) -> bool:
        """A note typed and not added yet (the window asks before closing)."""
        return bool(self.text_edit.toPlainText().strip())

    def save(self) -> bool:
        """Ctrl+S, or « Enregistrer » when the window closes: the typed note is added."""
        return self.add_entry()

    def add_entry(self) -> bool:
        """Append the note typed; False (message shown) if there is none or it failed.
        While the base is busy: False, the note kept, and tried again (see ``busy``)."""
        return self.file is not None and self.busy.run(self._write)

    def _write(self) -> bool:
        """One try with the note as it is now; raises ``DatabaseBusy`` (nothing written,
        the note kept)."""
        text = self.text_edit.toPlainText().strip()
        if self.file is None or not text:
            self.show_error(self.tr("Écrivez la note avant de l'ajouter."))
            self.text_edit.setFocus()
            return False
        self.show_error("")
        when: dt.datetime = self.when_edit.dateTime().toPython()
        try:
            self.services.follow_up.add_journal_entry(
                self.file.id, text, kind=self.kind_combo.currentData(), occurred_at=when)
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self.show_error(exc.message)
            return False
        self.show_error("")
        self.text_edit.clear()
        self.when_edit.setDateTime(dt.datetime.now().replace(second=0, microsecond=0))
        self.written.emit()
        self.table.scrollToTop()
        self.text_edit.setFocus()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.text_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in SUBMIT_KEYS
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_entry()
            return True
        return super().eventFilter(watched, event)

    def _on_section_resized(self, section: int) -> None:
        if section == len(self.model.columns) - 1:
            self.table.resizeRowsToContents()
