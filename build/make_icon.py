"""Draw CoordApp's icon and write resources/icons/coordapp.{png,ico,icns}.

    .venv/bin/python build/make_icon.py

A rounded teal square with a care circle: a central white disc carrying a cross (the
person), three satellites (the professionals around them) joined to it and to a ring.
Drawn with QPainter on an offscreen QImage, at each size natively (the 16 px version is
not a blurred 256 px one); Pillow, installed with reportlab, packs the .ico (Windows,
16 to 256 px) and the .icns (macOS, up to 1024 px). Deterministic: the same Qt and Pillow
produce the same files, which are committed; run again only to change the drawing.
"""

from __future__ import annotations

import io
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
TOP, BOTTOM = QColor("#1f8a8a"), QColor("#0e5363")  # teal, darker at the bottom
WHITE = QColor("#ffffff")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def draw(size: int) -> QImage:
    """The icon at ``size`` × ``size`` pixels, drawn on a 256-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)

    # Background: a rounded square, with a margin like the platforms' own icons.
    gradient = QLinearGradient(0, 12, 0, 244)
    gradient.setColorAt(0, TOP)
    gradient.setColorAt(1, BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(QRectF(12, 12, 232, 232), 52, 52)

    centre = QPointF(128, 132)
    orbit = 70
    satellites = [
        QPointF(centre.x() + orbit * math.cos(math.radians(angle)),
                centre.y() + orbit * math.sin(math.radians(angle)))
        for angle in (-90, 30, 150)
    ]
    # The care circle, then the links, then the people on top.
    ring = QColor(WHITE)
    ring.setAlphaF(0.45)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(ring, 6))
    painter.drawEllipse(centre, orbit, orbit)
    painter.setPen(QPen(WHITE, 11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for point in satellites:
        painter.drawLine(centre, point)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WHITE)
    for point in satellites:
        painter.drawEllipse(point, 21, 21)
    painter.drawEllipse(centre, 38, 38)

    # A cross in the central disc, in the background's colour.
    painter.setBrush(BOTTOM)
    arm, width = 22, 11
    painter.drawRoundedRect(QRectF(centre.x() - width / 2, centre.y() - arm, width, 2 * arm),
                            3, 3)
    painter.drawRoundedRect(QRectF(centre.x() - arm, centre.y() - width / 2, 2 * arm, width),
                            3, 3)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: to_pillow(draw(size)) for size in sizes}

    png = OUT / "coordapp.png"
    images[256].save(png, format="PNG", optimize=True)
    ico = OUT / "coordapp.ico"
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = OUT / "coordapp.icns"
    images[1024].save(icns, format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    for path in (png, ico, icns):
        print(f"{path.relative_to(OUT.parent.parent)}  {path.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
