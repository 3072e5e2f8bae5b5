"""The embedded Unicode font (DejaVu Sans), registered once per process.

Every French character (é, œ, « », ’) and Latin Extended names print, and the font is
embedded (subset) in each PDF, so a copy opened anywhere looks the same.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coordapp.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (regular, bold, oblique) if not done yet; returns its name.

    Parsing the TrueType files is the slow part (tens of milliseconds): it happens once
    per process, never per document or per page.
    """
    global _registered
    if _registered:
        return REGULAR
    with _lock:
        if not _registered:
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            # <b> and <i> in paragraphs map to the family's faces (no bold oblique shipped).
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, ITALIC)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = True
    return REGULAR
