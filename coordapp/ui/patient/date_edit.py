"""A date typed as French users write it (JJ/MM/AAAA), which may be left empty."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QWidget

from coordapp.errors import InvalidInput
from coordapp.ui.labels import format_date
from coordapp.validation import parse_date

_DIGITS_ONLY = re.compile(r"[0-9]{8}")


class DateLineEdit(QLineEdit):
    """``12/03/1941``, ``12.03.1941`` or ``12031941``; empty means "not known".

    Unlike ``QDateEdit`` it has no default date, so nothing is recorded by mistake.
    """

    def __init__(self, parent: QWidget | None = None, *, advance: bool = False) -> None:
        super().__init__(parent)
        #: A complete date typed moves the cursor to the next field (as a paper form).
        self.advance = advance
        self.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/.\- ]{0,10}")))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.editingFinished.connect(self._on_editing_finished)
        self.textEdited.connect(self._on_text_edited)

    def date(self) -> dt.date | None:
        """The date typed, or None when empty or not a date."""
        text = self.text().strip()
        if _DIGITS_ONLY.fullmatch(text):
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        if not text:
            return None
        try:
            return parse_date(text)
        except InvalidInput:
            return None

    def value(self) -> dt.date | str:
        """The date when it reads as one, else the text as typed (for the service to refuse)."""
        return self.date() or self.text().strip()

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))

    def _on_text_edited(self, text: str) -> None:
        digits = sum(c.isdigit() for c in text)
        if self.advance and digits == 8 and self.date() is not None and self.hasFocus():
            self.focusNextChild()

    def _on_editing_finished(self) -> None:
        date = self.date()
        if date is not None and self.text() != format_date(date):
            self.setText(format_date(date))


def make_date_edit(value: dt.date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A required date, today by default, with a calendar."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(value or dt.date.today())
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 48)
    return edit


def make_datetime_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date and time, now by default, with a calendar."""
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(dt.datetime.now().replace(second=0, microsecond=0))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00/00/0000 00:000") + 48)
    return edit
