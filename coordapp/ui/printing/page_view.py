"""The pages of a PDF one under the other, drawn when they scroll into view.

Only the pages near the visible area are rasterised (at the screen's resolution and the
current zoom); those far away give their pixels back, so a printing round of a hundred
pages costs no more memory than a few.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from coordapp.ui.printing.pdf_pages import POINTS_PER_INCH, PdfPages

#: Zoom modes besides a fixed factor (1.0 is 100 %, the page at its real size).
FIT_WIDTH = "width"
FIT_PAGE = "page"
MARGIN = 16
PAGE_STYLE = "QLabel { background: white; border: 1px solid #9aa5b1; }"
BORDER = 1
#: Pages kept drawn beyond the visible area, in viewport heights.
KEEP_AROUND = 1.5


class PdfPageView(QScrollArea):
    """``pages`` shown at ``zoom``: ``FIT_WIDTH``, ``FIT_PAGE`` or a factor."""

    #: The page at the top third of the view changed (index from 0).
    current_page_changed = Signal(int)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.zoom: str | float = FIT_WIDTH
        self._current = 0
        self._drawn: set[int] = set()
        self._tops: list[int] = []
        self.setObjectName("pdfPageView")
        self.setStyleSheet("#pdfPageView, #pdfPages { background: #5f6b77; }")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # steady width
        container = QWidget()
        container.setObjectName("pdfPages")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(MARGIN)
        self.labels: list[QLabel] = []
        for index in range(len(pages)):
            label = QLabel()
            label.setStyleSheet(PAGE_STYLE)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(self.tr("Page {page}").format(page=index + 1))
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self.setWidget(container)
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._relayout)
        self._pending_page = 0
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(lambda: self.scroll_to_page(self._pending_page))
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._relayout()

    # -- entry points -------------------------------------------------------------------

    def set_zoom(self, zoom: str | float) -> None:
        self.zoom = zoom
        self._pending_page = self._current
        self._relayout()
        self._scroll_timer.start()  # the scroll range follows once the pages are laid out

    def current_page(self) -> int:
        return self._current

    def scroll_to_page(self, index: int) -> None:
        if 0 <= index < len(self.labels):
            self.verticalScrollBar().setValue(self._tops[index] - MARGIN // 2)
            self._on_scrolled()

    def scale(self) -> float:
        """Screen pixels (device-independent) per point at the current zoom."""
        if not self.labels:
            return 1.0
        widest = max(self.pages.page_size(i).width() for i in range(len(self.pages)))
        tallest = max(self.pages.page_size(i).height() for i in range(len(self.pages)))
        room_w = self.viewport().width() - 2 * MARGIN - 2 * BORDER
        room_h = self.viewport().height() - 2 * MARGIN - 2 * BORDER
        if self.zoom == FIT_WIDTH:
            return max(room_w, 50) / widest
        if self.zoom == FIT_PAGE:
            return max(min(room_w / widest, room_h / tallest), 50 / widest)
        return float(self.zoom) * self.logicalDpiX() / POINTS_PER_INCH

    def drawn_pages(self) -> set[int]:
        """Pages whose pixels are currently held (for tests)."""
        return set(self._drawn)

    # -- internals ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom in (FIT_WIDTH, FIT_PAGE):
            self._relayout_timer.start()
        else:
            self._draw_visible()

    def _relayout(self) -> None:
        """Size every page for the zoom; their places are computed here rather than read
        from the layout, which settles only when the event loop runs."""
        scale = self.scale()
        top = MARGIN
        self._tops = []
        for index, label in enumerate(self.labels):
            size = self.pages.page_size(index)
            label.clear()
            height = round(size.height() * scale) + 2 * BORDER
            label.setFixedSize(round(size.width() * scale) + 2 * BORDER, height)
            self._tops.append(top)
            top += height + MARGIN
        self._drawn.clear()
        self._draw_visible()

    def _span(self, index: int) -> tuple[int, int]:
        """First and last pixel rows of page ``index`` in the scrolled area."""
        return self._tops[index], self._tops[index] + self.labels[index].height() - 1

    def _on_scrolled(self, _value: int = 0) -> None:
        self._draw_visible()
        top = self.verticalScrollBar().value() + self.viewport().height() // 3
        current = next((i for i in range(len(self.labels))
                        if self._span(i)[1] + MARGIN >= top), len(self.labels) - 1)
        if current != self._current and self.labels:
            self._current = current
            self.current_page_changed.emit(current)

    def _draw_visible(self) -> None:
        if self.pages.closed:
            return
        top = self.verticalScrollBar().value()
        height = self.viewport().height()
        keep = round(KEEP_AROUND * height)
        scale = self.scale()
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self.labels):
            first, last = self._span(index)
            if index in self._drawn and (last < top - keep or first > top + height + keep):
                label.clear()
                self._drawn.discard(index)
            elif index not in self._drawn and last >= top and first <= top + height:
                image = self.pages.render(index, scale * ratio * POINTS_PER_INCH)
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                self._drawn.add(index)
