"""A date typed as French users write it (JJ/MM/AAAA), which may be left empty.

``+30`` means thirty days from today (due dates are often thought of that way).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from coordapp.errors import InvalidInput
from coordapp.ui.labels import format_date
from coordapp.validation import parse_date

_DIGITS_ONLY = re.compile(r"[0-9]{8}")
_RELATIVE = re.compile(r"\+\s*([0-9]{1,4})")


class DateField(QLineEdit):
    """``12/03/2026``, ``12032026`` or ``+30`` (days from today); empty means no date."""

    def __init__(self, parent: QWidget | None = None, *, relative: bool = True) -> None:
        super().__init__(parent)
        self._relative = relative
        self.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        if relative:
            self.setToolTip(self.tr("JJ/MM/AAAA, ou +30 pour dans 30 jours"))
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9/.\- +]{0,10}")))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 28)
        self.editingFinished.connect(self._on_editing_finished)

    def date(self) -> dt.date | None:
        """The date typed, or None when empty or not a date."""
        text = self.text().strip()
        if not text:
            return None
        if self._relative and (match := _RELATIVE.fullmatch(text)):
            return dt.date.today() + dt.timedelta(days=int(match[1]))
        if _DIGITS_ONLY.fullmatch(text):
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        try:
            return parse_date(text)
        except (InvalidInput, ValueError):
            return None

    def value(self) -> dt.date | str | None:
        """The date, None when empty, else the text as typed (for the service to refuse)."""
        if not self.text().strip():
            return None
        return self.date() or self.text().strip()

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def _on_editing_finished(self) -> None:
        date = self.date()
        if date is not None and self.text() != format_date(date):
            self.setText(format_date(date))
