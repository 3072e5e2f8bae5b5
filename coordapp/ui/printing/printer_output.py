"""Pages of a PDF onto a ``QPrinter``: each page rasterised at the printer's resolution
(capped, to bound memory) and fitted to the paper, margins included in the document."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from coordapp.ui.printing.pdf_pages import PdfPages

#: A4 at 300 dpi is 35 MB of pixels per page; finer brings nothing to large print.
MAX_PRINT_DPI = 300


def make_printer(pages: PdfPages, title: str) -> QPrinter:
    """A printer set up for this document: its paper size, portrait, its name."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the document carries its own margins
    if len(pages):
        size = pages.page_size(0)
        printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageOrientation(orientation)
    printer.setFromTo(1, max(len(pages), 1))
    return printer


def page_indexes(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The pages (from 0) the print dialog asked for, in printing order."""
    chosen: list[int]
    match printer.printRange():
        case QPrinter.PrintRange.PageRange if printer.fromPage() > 0:
            last = printer.toPage() or count
            chosen = list(range(printer.fromPage() - 1, min(last, count)))
        case QPrinter.PrintRange.CurrentPage:
            chosen = [current] if 0 <= current < count else []
        case _:
            chosen = list(range(count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        chosen.reverse()
    return chosen


def paint_pages(pages: PdfPages, printer: QPrinter, indexes: list[int],
                painter: QPainter) -> None:
    """Draw ``indexes`` on ``printer``, already begun with ``painter``; one sheet each,
    repeated for the copies the printer cannot make itself."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    first = True
    for _copy in range(copies):
        for index in indexes:
            if not first:
                printer.newPage()
            first = False
            # The painter's origin is the corner of the printable area (of the sheet
            # itself with full-page printing).
            area = printer.pageRect(QPrinter.Unit.DevicePixel).size()
            fitted = QSizeF(pages.page_size(index)).scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF((area.width() - fitted.width()) / 2,
                            (area.height() - fitted.height()) / 2,
                            fitted.width(), fitted.height())
            painter.drawImage(target, pages.render(index, dpi))

