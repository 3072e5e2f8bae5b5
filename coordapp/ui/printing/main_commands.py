"""The main window's printing and export commands (Fichier menu): the weekly printing
round of the PPCS to review (Ctrl+P), my patients' calendar, the activity report.

Their dialogs and previews close when CoordApp locks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from coordapp.errors import CoordAppError
from coordapp.services.exports import Audience, ExportService
from coordapp.services.plans.print_batch import PrintBatch, PrintBatchService
from coordapp.services.workspace import Workspace
from coordapp.ui.busy import busy_cursor
from coordapp.ui.printing.preview_dialog import PrintPreviewDialog
from coordapp.ui.printing.report_dialog import ActivityReportDialog
from coordapp.ui.printing.review_print_dialog import ReviewPrintDialog
from coordapp.ui.printing.save_paths import ask_save_path, file_stem

STATUS_TIMEOUT_MS = 8000


class MainPrintCommands(QObject):
    """Wires ``window.commands``' printing actions; ``window`` is the ``MainWindow``
    (its ``workspace``, ``locked`` signal and status bar)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.audience = Audience.PERSON
        self.review_dialog: ReviewPrintDialog | None = None
        self.report_dialog: ActivityReportDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        actions = window.commands
        actions.print_reviews.triggered.connect(self.open_review_print)
        actions.export_calendar.triggered.connect(lambda: self.export_calendar())
        actions.export_shared_calendar.triggered.connect(
            lambda: self.export_calendar(with_names=False))
        actions.activity_report.triggered.connect(self.open_activity_report)
        window.locked.connect(self.close_all)

    def _workspace(self) -> Workspace | None:
        workspace = self.window.workspace
        return workspace if workspace is not None and not workspace.is_locked else None

    # -- entry points -------------------------------------------------------------------

    def open_review_print(self) -> None:
        """Ctrl+P: the PPCS of my patients to review this week."""
        workspace = self._workspace()
        if workspace is None:
            return
        if self.review_dialog is not None:
            self.review_dialog.raise_()
            self.review_dialog.activateWindow()
            return
        self.review_dialog = ReviewPrintDialog(PrintBatchService(workspace), self.audience,
                                               self.window)
        self.review_dialog.batch_rendered.connect(self._on_batch_rendered)
        self.review_dialog.finished.connect(self._on_review_finished)
        self.review_dialog.open()

    def export_calendar(self, with_names: bool = True) -> None:
        """My patients' calendar; ``with_names=False`` for a shared agenda (initials and
        the file's short id)."""
        workspace = self._workspace()
        if workspace is None:
            return
        path = ask_save_path(self.window, self.tr("Exporter l'agenda de mes patients"),
                             "agenda-mes-patients" if with_names else "agenda-partage",
                             ".ics", self.tr("Agendas iCalendar (*.ics)"))
        if path is None:
            return
        try:
            with busy_cursor():
                result = ExportService(workspace).export_ics(path, with_names=with_names)
        except CoordAppError as exc:
            QMessageBox.warning(self.window, self.tr("Export impossible"), exc.message)
            return
        self._status(self.tr("Agenda enregistré : {count} échéance(s) dans {path}").format(
            count=result.items or 0, path=result.path))

    def open_activity_report(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        if self.report_dialog is not None:
            self.report_dialog.raise_()
            return
        self.report_dialog = ActivityReportDialog(ExportService(workspace), self.window)
        self.report_dialog.report_saved.connect(lambda path: self._status(
            self.tr("Rapport enregistré : {path}").format(path=path)))
        self.report_dialog.preview_requested.connect(self._on_report_preview_requested)
        self.report_dialog.finished.connect(self._on_report_finished)
        self.report_dialog.open()

    def open_preview(self, data: bytes, title: str, *, exports: ExportService | None = None,
                     batch: PrintBatch | None = None,
                     stem: str = "document") -> PrintPreviewDialog | None:
        if self.preview is not None:
            self.preview.reject()
        try:
            preview = PrintPreviewDialog(data, title, self.window, exports=exports,
                                         documents=batch.documents if batch else (),
                                         file_stem=stem)
        except CoordAppError as exc:
            QMessageBox.warning(self.window, self.tr("Aperçu impossible"), exc.message)
            return None
        preview.finished.connect(self._on_preview_finished)
        preview.printed.connect(lambda pages: self._status(
            self.tr("Imprimé : {pages} page(s).").format(pages=pages)))
        preview.saved.connect(lambda path: self._status(
            self.tr("Enregistré : {path}").format(path=path)))
        self.preview = preview
        preview.open()
        return preview

    def close_all(self) -> None:
        """On lock: every printing dialog and preview leaves the screen."""
        for dialog in (self.review_dialog, self.report_dialog, self.preview):
            if dialog is not None:
                dialog.reject()

    # -- slots --------------------------------------------------------------------------

    def _on_batch_rendered(self, batch: object) -> None:
        workspace = self._workspace()
        if workspace is None or not isinstance(batch, PrintBatch):
            return
        if self.review_dialog is not None:
            self.audience = self.review_dialog.audience_choice.audience()
        until = self.review_dialog.until if self.review_dialog is not None else None
        day = QLocale().toString(QDate(until), "dd/MM/yyyy") if until else ""
        title = self.tr("PPCS à réviser d'ici le {date} — {count} personne(s)").format(
            date=day, count=len(batch.documents))
        if batch.left_out and self.review_dialog is not None:
            title += " " + self.tr("({count} laissée(s) de côté)").format(count=batch.left_out)
            self._status(self.review_dialog.left_out_text(
                batch.left_out_by_reason, len(batch.documents) + batch.left_out, done=True))
        self.open_preview(
            batch.data, title,
            exports=ExportService(workspace), batch=batch,
            stem=file_stem("ppcs a reviser", until.isoformat() if until else "",
                           self.audience.value))

    def _on_report_preview_requested(self, path: str) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Aperçu impossible"),
                                self.tr("Impossible de relire le rapport ({reason}).").format(
                                    reason=exc.strerror or type(exc).__name__))
            return
        self.open_preview(data, self.tr("Rapport d'activité"), stem=Path(path).stem)

    def _on_review_finished(self, _result: int) -> None:
        dialog, self.review_dialog = self.review_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_report_finished(self, _result: int) -> None:
        dialog, self.report_dialog = self.report_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_preview_finished(self, _result: int) -> None:
        preview = self.sender()
        if preview is self.preview:
            self.preview = None
        if isinstance(preview, QDialog):
            preview.deleteLater()

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
