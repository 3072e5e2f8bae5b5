"""The NIR field, checked as it is typed (key, shape, agreement with sex and birth date)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coordapp.errors import InvalidInput
from coordapp.ui.patient.styles import ERROR_STYLE, MUTED_STYLE, OK_STYLE, WARNING_STYLE
from coordapp.validation import normalize_nir, validate_nir


class NirEdit(QLineEdit):
    """A NIR or NIA; ``hint_label`` (placed by the form under the field) says what is wrong.

    Incomplete input gets a neutral hint while typing, a red one once 15 characters or
    more are there; a valid number is green, with orange warnings when the sex or the
    birth date disagree with it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("15 caractères, clé comprise"))
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9ABab .]{0,24}")))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self._sex: str | None = None
        self._birth_date: dt.date | None = None
        self.state = "empty"  # empty | typing | invalid | valid | warning
        self.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def set_context(self, sex: str | None, birth_date: dt.date | None) -> None:
        """The sex and birth date the NIR is compared with."""
        self._sex, self._birth_date = sex, birth_date
        self._on_text_changed()

    def show_error(self, message: str) -> None:
        self._show("invalid", message, ERROR_STYLE)

    def _on_text_changed(self) -> None:
        text = self.text()
        compact = normalize_nir(text)
        if not compact:
            self._show("empty", "", MUTED_STYLE)
            return
        try:
            _number, warnings = validate_nir(text, sex=self._sex, birth_date=self._birth_date)
        except InvalidInput as exc:
            if len(compact) < 15:
                self._show("typing", self.tr("{count}/15 caractères").format(
                    count=len(compact)), MUTED_STYLE)
            else:
                self._show("invalid", exc.message, ERROR_STYLE)
            return
        if warnings:
            self._show("warning", " ".join(w.message for w in warnings), WARNING_STYLE)
        else:
            self._show("valid", self.tr("✓ NIR valide (clé correcte)"), OK_STYLE)

    def _show(self, state: str, message: str, style: str) -> None:
        self.state = state
        self.hint_label.setText(message)
        self.hint_label.setStyleSheet(style)
        self.hint_label.setVisible(bool(message))
