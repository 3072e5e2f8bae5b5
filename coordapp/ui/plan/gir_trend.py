"""A small line of the GIR over time (GIR 6, autonomous, at the top), with a sentence
saying where it is heading."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from coordapp.ui.labels import format_date
from coordapp.ui.plan.style import GIR_COLOURS, MUTED_STYLE


class GirSparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[dt.date, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 56)

    def set_points(self, points: list[tuple[dt.date, int]]) -> None:
        self.points = points
        self.setToolTip("\n".join(f"{format_date(d)} : GIR {g}" for d, g in points))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(26, 6, -10, -6)
        muted = self.palette().placeholderText().color()
        painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
        for gir in (1, 6):
            y = self._y(area, gir)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(QRectF(0, y - 8, 24, 16), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, str(gir))
        if not self.points:
            return
        count = len(self.points)
        xs = [area.left() + (area.width() * i / (count - 1) if count > 1 else area.width() / 2)
              for i in range(count)]
        coords = [QPointF(x, self._y(area, gir)) for x, (_d, gir) in zip(xs, self.points,
                                                                          strict=True)]
        painter.setPen(QPen(muted, 2))
        for start, end in itertools.pairwise(coords):
            painter.drawLine(start, end)
        for point, (_day, gir) in zip(coords, self.points, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(GIR_COLOURS[gir]))
            painter.drawEllipse(point, 4.5, 4.5)

    @staticmethod
    def _y(area: QRectF, gir: int) -> float:
        return area.bottom() - (gir - 1) / 5 * area.height()


class GirTrend(QWidget):
    """The sparkline and "GIR 4 → GIR 3 : perte d'autonomie"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sparkline = GirSparkline()
        self.sparkline.setMaximumWidth(260)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sparkline)
        layout.addWidget(self.summary, 1)

    def set_trend(self, trend: list[tuple[dt.date, int | None]]) -> None:
        points = [(day, gir) for day, gir in trend if gir is not None]
        self.sparkline.set_points(points)
        self.summary.setStyleSheet("")
        if not points:
            self.summary.setText(self.tr("Aucun GIR calculé."))
            self.summary.setStyleSheet(MUTED_STYLE)
            return
        first, last = points[0][1], points[-1][1]
        if len(points) == 1:
            text = self.tr("GIR {gir} le {date} (une seule évaluation).")
            self.summary.setText(text.format(gir=last, date=format_date(points[-1][0])))
            return
        if last < first:
            trend_text = self.tr("↘ perte d'autonomie")
        elif last > first:
            trend_text = self.tr("↗ gain d'autonomie")
        else:
            trend_text = self.tr("→ stable")
        self.summary.setText(self.tr("GIR {first} ({start}) → GIR {last} ({end}) : {trend}")
                             .format(first=first, start=format_date(points[0][0]), last=last,
                                     end=format_date(points[-1][0]), trend=trend_text))
