"""The scalable icon (hicolor/scalable, resources/icons/coordapp.svg) is the same drawing
as the bitmaps that build/make_icon.py paints."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from coordapp.paths import resource_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))

import make_icon


def test_the_svg_matches_the_painted_icon(qapp):
    size = 64
    renderer = QSvgRenderer(str(resource_path("icons", "coordapp.svg")))
    assert renderer.isValid() and renderer.defaultSize().width() == 256
    svg = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    svg.fill(Qt.GlobalColor.transparent)
    painter = QPainter(svg)
    renderer.render(painter)
    painter.end()
    painted = make_icon.draw(size)
    difference = 0
    for y in range(size):
        for x in range(size):
            a, b = svg.pixelColor(x, y), painted.pixelColor(x, y)
            difference += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(
                a.blue() - b.blue()) + abs(a.alpha() - b.alpha())
    assert difference / (size * size * 4) < 4  # antialiasing only, same shapes and colours
