"""The pages of a PDF held in memory, rasterised by PDFium (pypdfium2) into ``QImage``.

The preview and the printer both draw from the very bytes that "Enregistrer en PDF"
writes, so screen, paper and file show the same document. PDFium is not thread-safe:
use one ``PdfPages`` from the GUI thread only.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from coordapp.errors import CoordAppError

POINTS_PER_INCH = 72.0


class PdfPages:
    def __init__(self, data: bytes) -> None:
        self._data = data  # PDFium reads from this buffer: keep it alive
        try:
            self._document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise CoordAppError("Ce document PDF est illisible : impossible de l'afficher.") \
                from exc
        self._closed = False
        self._sizes = [QSizeF(*self._document.get_page_size(i))
                       for i in range(len(self._document))]

    @property
    def data(self) -> bytes:
        return self._data

    def __len__(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """Width and height of page ``index`` (from 0), in points (1/72 inch)."""
        return self._sizes[index]

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` at ``dpi`` dots per inch, on white."""
        page = self._document[index]
        try:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                                 prefer_bgrx=True)
            try:
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                return image.copy()  # owns its pixels once the bitmap is freed
            finally:
                bitmap.close()
        finally:
            page.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._document.close()
