"""The activity report as PDF: key figures, then each breakdown as a bar chart and a table."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from coordapp.documents.activity import ActivityReport
from coordapp.export.fonts import REGULAR, register_fonts
from coordapp.export.labels import date_fr, para
from coordapp.export.pdf_common import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RULE,
    PageDecor,
    RenderedPdf,
    data_table,
    key_value_table,
    make_styles,
    render,
)
from coordapp.export.report_content import (
    ANONYMOUS,
    TITLE,
    Section,
    key_figures,
    percent,
    period_text,
    sections,
)

BODY_SIZE = 10.0
CELL_SIZE = 9.0
BAR_HEIGHT = 13.0
LABEL_WIDTH = 62 * mm
MAX_BARS = 12


def report_pdf(report: ActivityReport, structure: str | None = None) -> RenderedPdf:
    s = make_styles(BODY_SIZE, CELL_SIZE)
    intro = f"Période {period_text(report)}"
    if structure:
        intro = f"{para(structure)} — {intro}"
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(intro, s.subtitle),
        Paragraph(ANONYMOUS, s.small),
        Spacer(1, 3 * mm),
        Paragraph("Chiffres clés", s.h1),
        key_value_table([(text, value) for _code, text, value in key_figures(report)],
                        (110 * mm, FRAME_WIDTH - 110 * mm), s),
    ]
    for section in sections(report):
        story += _section(section)
    decor = PageDecor(
        header_left=f"{TITLE} — {period_text(report)}",
        header_right=structure or "",
        footer_left="Document anonyme — données agrégées",
        footer_center=f"Édité le {date_fr(report.generated_on)}",
    )
    return render(story, decor, title=f"{TITLE} {period_text(report)}")


def _section(section: Section) -> list[Flowable]:
    styles = make_styles(BODY_SIZE, CELL_SIZE)
    parts: list[Flowable] = [Paragraph(section.title, styles.h1)]
    if not section.rows:
        parts.append(Paragraph("Aucune donnée sur la période.", styles.body))
        return [KeepTogether(parts)]
    if section.chart:
        parts.append(bar_chart([(text, count) for _c, text, count in section.rows]))
        parts.append(Spacer(1, 2 * mm))
    total = section.total
    rows: list[list[str | Flowable]] = [
        [para(text), str(count), percent(count / total if total else None)]
        for _code, text, count in section.rows
    ]
    rows.append(["<b>Total</b>", f"<b>{total}</b>", ""])
    table = data_table([section.label_header, "Nombre", "Part"], rows,
                       [FRAME_WIDTH - 60 * mm, 30 * mm, 30 * mm], styles)
    # The title stays with its chart; the table may continue on the next page (its
    # header row repeated), so that pages fill up.
    return [KeepTogether(parts), table]


def bar_chart(values: list[tuple[str, int]], width: float = FRAME_WIDTH) -> Drawing:
    """Horizontal bars, largest first, the longest labels shortened; at most MAX_BARS."""
    register_fonts()
    shown = values[:MAX_BARS]
    if len(values) > MAX_BARS:
        shown[-1] = ("Autres", sum(count for _t, count in values[MAX_BARS - 1:]))
    height = BAR_HEIGHT * len(shown) + 28
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 16
    chart.width, chart.height = width - LABEL_WIDTH - 24, height - 24
    # The chart draws its first category at the bottom: reverse to read top-down.
    chart.data = [[count for _t, count in reversed(shown)]]
    chart.categoryAxis.categoryNames = [_shorten(t) for t, _c in reversed(shown)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    top = max(count for _t, count in shown)
    chart.valueAxis.valueMax = max(1, top) * 1.12
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _shorten(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _step(top: int) -> int:
    """A round axis step giving about five grid lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return max(1, top // 5)
