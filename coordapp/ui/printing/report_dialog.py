"""Fichier › "Rapport d'activité…": a period (the last calendar year by default) and a
format, then where to save it; the report is computed on a pool thread. A PDF can then
be previewed and printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.exports import ExportResult, ExportService, ReportFormat
from coordapp.ui.import_task import ServiceTask
from coordapp.ui.printing.save_paths import ask_save_path

ERROR_STYLE = "color: #b3261e;"


def last_calendar_year(today: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)


class ActivityReportDialog(QDialog):
    #: The report was written: its path.
    report_saved = Signal(str)
    #: "Aperçu avant impression…" after saving a PDF: its path.
    preview_requested = Signal(str)

    def __init__(self, exports: ExportService, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.exports = exports
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: ServiceTask | None = None
        self._last_task: ServiceTask | None = None
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Rapport d'activité"))

        start, end = last_calendar_year(today or dt.date.today())
        self.start_edit = self._date_edit(start)
        self.end_edit = self._date_edit(end)
        self.pdf_radio = QRadioButton(self.tr("&PDF, à imprimer ou à diffuser"))
        self.csv_radio = QRadioButton(self.tr("&CSV, pour un tableur (séparateur « ; »)"))
        self.pdf_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_radio)
        self.format_group.addButton(self.csv_radio)
        formats = QVBoxLayout()
        formats.addWidget(self.pdf_radio)
        formats.addWidget(self.csv_radio)
        intro = QLabel(self.tr(
            "Un rapport anonyme de l'activité sur la période : demandes, réponses, "
            "inclusions, PPCS, besoins non couverts. Aucun nom n'y figure."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Du :"), self.start_edit)
        form.addRow(self.tr("A&u :"), self.end_edit)
        form.addRow(self.tr("Format :"), formats)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        self.save_button = QPushButton(self.tr("&Enregistrer…"))
        self.save_button.setDefault(True)
        self.preview_button = QPushButton(self.tr("&Aperçu avant impression…"))
        self.preview_button.hide()
        self.close_button = QPushButton(self.tr("Fermer"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self._on_save_clicked)
        self.preview_button.clicked.connect(self.open_preview)
        self.close_button.clicked.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # -- entry points -------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return (self.start_edit.date().toPython(), self.end_edit.date().toPython())

    def report_format(self) -> ReportFormat:
        return ReportFormat.CSV if self.csv_radio.isChecked() else ReportFormat.PDF

    def save_to(self, path: Path) -> None:
        """Compute the report and write it to ``path`` on the pool thread."""
        start, end = self.period()
        fmt = self.report_format()
        self.pool.waitForDone()
        self.task = self._last_task = ServiceTask(
            lambda _progress, _cancel: self.exports.export_activity_report(
                start, end, path, fmt))
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self._set_busy(True)
        self._show_result("", error=False)
        self.pool.start(self.task)

    def open_preview(self) -> None:
        """Close, asking for the preview of the PDF just saved."""
        if self.saved_path is None or self.saved_path.suffix.lower() != ".pdf":
            return
        path = self.saved_path
        self.accept()
        self.preview_requested.emit(str(path))

    def done(self, result: int) -> None:
        if self.task is not None:
            self.pool.waitForDone()  # the report is being written; it takes seconds
            self.task = None
        super().done(result)

    # -- slots --------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        start, end = self.period()
        if end < start:
            self._show_result(self.tr("La fin de la période précède son début."), error=True)
            return
        fmt = self.report_format()
        suffix = f".{fmt.value}"
        name_filter = (self.tr("Documents PDF (*.pdf)") if fmt == ReportFormat.PDF
                       else self.tr("Fichiers CSV (*.csv)"))
        stem = f"rapport-activite-{start.isoformat()}-{end.isoformat()}"
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) \
                and start.year == end.year:
            stem = f"rapport-activite-{start.year}"
        path = ask_save_path(self, self.tr("Enregistrer le rapport d'activité"), stem, suffix,
                             name_filter)
        if path is not None:
            self.save_to(path)

    def _on_finished(self, result: object) -> None:
        if self.task is None or self.sender() is not self.task.signals:
            return
        self.task = None
        self._set_busy(False)
        assert isinstance(result, ExportResult)
        self.saved_path = Path(result.path)
        self._show_result(self.tr("Rapport enregistré : {path}").format(path=result.path),
                          error=False)
        is_pdf = self.saved_path.suffix.lower() == ".pdf"
        self.preview_button.setVisible(is_pdf)
        if is_pdf:
            self.preview_button.setDefault(True)
        self.report_saved.emit(str(result.path))

    def _on_failed(self, message: str) -> None:
        if self.task is None or self.sender() is not self.task.signals:
            return
        self.task = None
        self._set_busy(False)
        self._show_result(message, error=True)

    # -- internals ----------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        for widget in (self.start_edit, self.end_edit, self.pdf_radio, self.csv_radio,
                       self.save_button, self.preview_button):
            widget.setEnabled(not busy)

    def _show_result(self, message: str, *, error: bool) -> None:
        self.result_label.setText(message)
        self.result_label.setStyleSheet(ERROR_STYLE if error else "")
        self.result_label.setVisible(bool(message))
