"""The print preview: the rendered PDF page by page, then "Imprimer…" or "Enregistrer en
PDF…". Paper and file get the very bytes shown; each is recorded through the export
service (one print per person, for the pages actually printed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.exports import ExportService, PrintedPlan
from coordapp.services.plans.print_batch import PrintBatch
from coordapp.ui.busy import busy_cursor
from coordapp.ui.printing.page_view import FIT_PAGE, FIT_WIDTH, PdfPageView
from coordapp.ui.printing.pdf_pages import PdfPages
from coordapp.ui.printing.printer_output import make_printer, page_indexes, paint_pages
from coordapp.ui.printing.save_paths import ask_save_path

ZOOM_FACTORS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
DEFAULT_SIZE = QSize(860, 1000)


class PrintPreviewDialog(QDialog):
    """``pdf_bytes`` as it will print. With ``exports`` and the ``documents`` (the PPCS it
    holds), printing and saving are recorded; without, "Enregistrer en PDF…" is hidden
    (a document already saved, such as the activity report)."""

    #: Pages were sent to the printer: their number.
    printed = Signal(int)
    #: The document was saved: the path.
    saved = Signal(str)

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None, *,
                 exports: ExportService | None = None,
                 documents: Sequence[PrintedPlan] = (), file_stem: str = "document") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.pages = PdfPages(pdf_bytes)
        self.batch = PrintBatch(pdf_bytes, tuple(documents))
        self.exports = exports
        self.file_stem = file_stem

        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("Ajuster à la largeur"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Page entière"), FIT_PAGE)
        for factor in ZOOM_FACTORS:
            self.zoom_combo.addItem(self.tr("{percent} %").format(percent=round(factor * 100)),
                                    factor)
        zoom_label = QLabel(self.tr("&Zoom :"))
        zoom_label.setBuddy(self.zoom_combo)
        self.page_label = QLabel()
        self.view = PdfPageView(self.pages)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        self.print_button = QPushButton(self.tr("&Imprimer…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Enregistrer en PDF…"))
        self.save_button.setVisible(exports is not None and bool(documents))
        self.close_button = QPushButton(self.tr("Fermer"))

        top = QHBoxLayout()
        top.addWidget(zoom_label)
        top.addWidget(self.zoom_combo)
        top.addStretch(1)
        top.addWidget(self.page_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.zoom_combo.currentIndexChanged.connect(self._on_zoom_chosen)
        self.view.current_page_changed.connect(self._on_current_page_changed)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self.destroyed.connect(self.pages.close)  # deleted with its parent, never closed
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_clicked)
        self._on_current_page_changed(0)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(DEFAULT_SIZE.width(), screen.width() - 40),
                    min(DEFAULT_SIZE.height(), screen.height() - 60))
        if self.parentWidget() is not None:
            centre = self.parentWidget().window().geometry().center()
            self.move(centre - QPoint(self.width() // 2, self.height() // 2))

    # -- entry points -------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages)

    def make_printer(self) -> QPrinter:
        """A printer set up for this document (paper size, name, all pages)."""
        return make_printer(self.pages, self.windowTitle())

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages ``printer`` asks for (its range, from the print dialog); record
        the print; returns the number of pages printed, 0 if nothing was (message
        shown)."""
        indexes = page_indexes(printer, len(self.pages), self.view.current_page())
        if not indexes:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self._show_error(self.tr("L'impression n'a pas pu commencer : vérifiez "
                                     "l'imprimante, puis réessayez."))
            return 0
        try:
            if not self._record_print(indexes):
                printer.abort()
                return 0
            with busy_cursor():
                paint_pages(self.pages, printer, indexes, painter)
        finally:
            painter.end()
        self._show_error("")
        self.printed.emit(len(indexes))
        return len(indexes)

    def save_to(self, path: Path | str) -> bool:
        """Write the document shown to ``path`` through the service (recorded)."""
        if self.exports is None:
            return False
        try:
            self.exports.save_printed_pdf(Path(path), self.batch.data, self.batch.documents)
        except CoordAppError as exc:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), exc.message)
            return False
        self.saved.emit(str(path))
        return True

    # -- slots --------------------------------------------------------------------------

    def _on_print_clicked(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer — {title}").format(title=self.windowTitle()))
        dialog.setMinMax(1, len(self.pages))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_save_clicked(self) -> None:
        path = ask_save_path(self, self.tr("Enregistrer en PDF"), self.file_stem, ".pdf",
                             self.tr("Documents PDF (*.pdf)"))
        if path is not None:
            self.save_to(path)

    def _on_zoom_chosen(self, index: int) -> None:
        self.view.set_zoom(self.zoom_combo.itemData(index))

    def _on_current_page_changed(self, index: int) -> None:
        self.page_label.setText(self.tr("Page {page} sur {count}").format(
            page=index + 1 if len(self.pages) else 0, count=len(self.pages)))

    def _on_finished(self, _result: int) -> None:
        for label in self.view.labels:
            label.clear()
        self.pages.close()

    # -- internals ----------------------------------------------------------------------

    def _record_print(self, indexes: list[int]) -> bool:
        if self.exports is None:
            return True
        try:
            for doc in self.batch.printed(indexes):
                self.exports.record_print(doc.patient_id, doc.audience, doc.pages)
        except CoordAppError as exc:
            self._show_error(exc.message)
            return False
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
