"""What every printed document shares: A4 page, header and footer with "page X sur Y",
the confidentiality line, the BROUILLON mark, paragraph styles and tables that split
between rows only (header row repeated on each page).

Documents are built in memory; callers write the bytes atomically where the user chose.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from coordapp.export.fonts import BOLD, ITALIC, REGULAR, register_fonts

CONFIDENTIAL = "Confidentiel — données de santé"
DRAFT_MARK = "BROUILLON"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 16 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
LIGHT = colors.HexColor("#e8eef6")
ZEBRA = colors.HexColor("#f5f7fa")
RULE = colors.HexColor("#9aa5b1")
DRAFT_RED = colors.HexColor("#c0392b")


@dataclass(frozen=True)
class PageDecor:
    """Texts around every page. ``draft`` adds the BROUILLON mark."""

    header_left: str
    header_right: str
    footer_center: str
    footer_left: str = CONFIDENTIAL
    draft: bool = False
    font_size: float = 8.5


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one base size (large for the person, compact for the team)."""

    size: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle


@functools.cache
def born_word(sex: str) -> str:
    """ "née" for a woman, "né" for a man, "né(e)" when the sex is not known."""
    return {"F": "née", "M": "né"}.get(sex, "né(e)")


def make_styles(body: float, cell: float) -> Styles:
    """Styles for ``body``-point text and ``cell``-point table cells (cached per size)."""
    register_fonts()

    def style(name: str, size: float, font: str = REGULAR, **extra: Any) -> ParagraphStyle:
        # No embeddedHyphenation: ReportLab 5 drops a hyphen when it breaks a compound
        # name ("Nogent-sur-Seine" printed "Nogentsur-Seine"). Columns are sized so
        # that names fit; a word wider than its column is split, never lost.
        options: dict[str, Any] = {"fontName": font, "fontSize": size,
                                   "leading": round(size * 1.28, 1), "textColor": INK,
                                   "splitLongWords": 1, "bulletFontName": REGULAR}
        options.update(extra)
        return ParagraphStyle(f"{name}-{body}-{cell}", **options)

    return Styles(
        size=body,
        title=style("title", body * 1.75, BOLD, textColor=ACCENT, spaceAfter=body * 0.3),
        subtitle=style("subtitle", body * 1.05, spaceAfter=body * 0.6),
        h1=style("h1", body * 1.35, BOLD, textColor=ACCENT, spaceBefore=body * 1.1,
                 spaceAfter=body * 0.45, keepWithNext=1),
        h2=style("h2", body * 1.1, BOLD, spaceBefore=body * 0.7, spaceAfter=body * 0.3,
                 keepWithNext=1),
        body=style("body", body, spaceAfter=body * 0.4),
        quote=style("quote", body, ITALIC, leftIndent=body, rightIndent=body,
                    spaceAfter=body * 0.5),
        cell=style("cell", cell),
        cell_head=style("cellhead", cell, BOLD, textColor=colors.white),
        small=style("small", max(cell - 1, 7.5), textColor=colors.HexColor("#52606d")),
    )


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    styles: Styles,
    *,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose rows are never cut: it splits between rows, header repeated.

    String cells are paragraph markup (escape user text with ``labels.para``).
    """
    def cell(value: str | Flowable) -> Flowable:
        return Paragraph(value, styles.cell) if isinstance(value, str) else value

    pad = max(2.5, styles.size * 0.3)
    data = [[Paragraph(h, styles.cell_head) for h in header]]
    data += fit_rows([[cell(v) for v in row] for row in rows], widths, pad)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells too: no Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    commands += list(extra_style)
    return Table(data, colWidths=list(widths), repeatRows=1, splitByRow=1,
                 style=TableStyle(commands), hAlign="LEFT")


def key_value_table(rows: Sequence[tuple[str, str]], widths: Sequence[float],
                    styles: Styles) -> Table:
    """Label | value lines (labels bold), splitting between lines only."""
    bold = ParagraphStyle("kv-label", parent=styles.cell, fontName=BOLD)
    pad = max(2.0, styles.size * 0.25)
    data = fit_rows([[Paragraph(k, bold), Paragraph(v, styles.cell)] for k, v in rows],
                    widths, pad)
    return Table(data, colWidths=list(widths), hAlign="LEFT", style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))


#: A table row taller than this is continued on extra rows (a frame is ~700 points).
MAX_ROW_HEIGHT = 420.0


def fit_rows(rows: list[list[Flowable]], widths: Sequence[float], pad: float,
             limit: float = MAX_ROW_HEIGHT) -> list[list[Flowable]]:
    """Rows as they are, except a row too tall for any page (a long pasted text): its
    tall cells are split into pieces carried by continuation rows, instead of failing
    the whole document. Ordinary rows are never cut."""
    fitted: list[list[Flowable]] = []
    for row in rows:
        pieces = [_pieces(cell, width - 2 * pad, limit) for cell, width in zip(row, widths,
                                                                                strict=True)]
        depth = max(len(p) for p in pieces)
        if depth == 1:
            fitted.append(row)
            continue
        for k in range(depth):
            fitted.append([p[k] if k < len(p) else Spacer(1, 1) for p in pieces])
    return fitted


def _pieces(cell: Flowable, width: float, limit: float) -> list[Flowable]:
    if not isinstance(cell, Paragraph) or _rough_height(cell, width) < limit / 2:
        return [cell]  # cheap estimate first: most cells are far from a page tall
    pieces: list[Flowable] = []
    while True:
        _w, height = cell.wrap(width, limit)
        if height <= limit:
            return [*pieces, cell]
        parts = cell.split(width, limit)
        if len(parts) < 2:
            return [*pieces, cell]
        pieces.append(parts[0])
        cell = parts[1]


def _rough_height(paragraph: Paragraph, width: float) -> float:
    style = paragraph.style
    chars_per_line = max(1.0, width / (0.5 * style.fontSize))
    lines = len(paragraph.getPlainText()) / chars_per_line + paragraph.text.count("<br/>")
    return (lines + 1) * style.leading


def render(story: list[Flowable], decor: PageDecor, *, title: str,
           top: float = 22 * mm, bottom: float = 19 * mm) -> RenderedPdf:
    """Lay out ``story`` on A4 pages and draw the decorations; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=top,
        bottomMargin=bottom, title=title, author="CoordApp", creator="CoordApp",
        subject=CONFIDENTIAL, lang="fr-FR",
        # Not Helvetica: only the embedded font appears in the file.
        initialFontName=REGULAR, initialFontSize=10, initialLeading=12,
    )
    counter: list[int] = []
    doc.build(story, canvasmaker=functools.partial(_DecoratedCanvas, decor=decor,
                                                    counter=counter))
    return RenderedPdf(buffer.getvalue(), counter[0] if counter else 0)


class _DecoratedCanvas(Canvas):
    """Keeps each finished page aside, then draws headers and footers once the total
    number of pages is known ("page X sur Y" in a single layout pass)."""

    def __init__(self, *args: Any, decor: PageDecor, counter: list[int],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._counter = counter
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        self._counter.append(total)
        for state in self._page_states:
            self.__dict__.update(state)
            _decorate(self, self._decor, self._pageNumber, total)
            super().showPage()
        super().save()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorate(canvas: Canvas, decor: PageDecor, page: int, total: int) -> None:
    size = decor.font_size
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    top = PAGE_HEIGHT - 11 * mm
    canvas.saveState()
    canvas.setFillColor(INK)
    right_text = decor.header_right
    right_width = stringWidth(right_text, REGULAR, size)
    canvas.setFont(BOLD, size)
    canvas.drawString(left, top, _fit(decor.header_left, BOLD, size,
                                      FRAME_WIDTH - right_width - 6 * mm))
    canvas.setFont(REGULAR, size)
    canvas.drawRightString(right, top, right_text)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 2.2 * mm, right, top - 2.2 * mm)
    bottom = 9 * mm
    canvas.line(left, bottom + size + 1.5 * mm, right, bottom + size + 1.5 * mm)
    page_text = f"Page {page} sur {total}"
    canvas.setFont(BOLD, size)
    canvas.drawString(left, bottom, decor.footer_left)
    canvas.drawRightString(right, bottom, page_text)
    # Centred when there is room, else pushed clear of the left and right texts.
    gap = 4 * mm
    center_width = stringWidth(decor.footer_center, REGULAR, size)
    x = max(PAGE_WIDTH / 2 - center_width / 2,
            left + stringWidth(decor.footer_left, BOLD, size) + gap)
    x = min(x, right - stringWidth(page_text, BOLD, size) - gap - center_width)
    canvas.setFont(REGULAR, size)
    canvas.drawString(x, bottom, decor.footer_center)
    if decor.draft:
        _draft_mark(canvas, size)
    canvas.restoreState()


def _draft_mark(canvas: Canvas, size: float) -> None:
    """A large diagonal BROUILLON across the page, translucent so the text stays legible,
    and a red banner under the header."""
    canvas.setFillColor(DRAFT_RED)
    canvas.setFont(BOLD, size + 1)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 18 * mm,
                             f"{DRAFT_MARK} — document de travail, non validé")
    canvas.saveState()
    canvas.setFillAlpha(0.13)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(50)
    canvas.setFont(BOLD, 96)
    canvas.drawCentredString(0, -34, DRAFT_MARK)
    canvas.restoreState()
