"""A NIR or a phone number copied to the clipboard is wiped after 30 seconds."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000
#: A NIR/NIA (15 characters, Corsica 2A/2B) or a French/international phone number.
_SENSITIVE = re.compile(
    r"^\s*(?:[12378]\s*\d{2}\s*\d{2}\s*(?:\d{2}|2[AaBb])\s*\d{3}\s*\d{3}\s*\d{2}"
    r"|(?:\+|00)?\d[\d .\-]{7,17}\d)\s*$"
)


def is_sensitive(text: str) -> bool:
    return bool(_SENSITIVE.match(text))


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, *,
                 clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QApplication.clipboard()
        self._copied = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._clipboard.dataChanged.connect(self._on_clipboard_changed)

    def _on_clipboard_changed(self) -> None:
        text = self._clipboard.text()
        if text and is_sensitive(text):
            self._copied = text
            self._timer.start()
        else:
            self._timer.stop()

    def _on_timeout(self) -> None:
        if self._clipboard.text() == self._copied:  # not replaced by something else since
            self._clipboard.clear()
        self._copied = ""

    def clear_now(self) -> None:
        """On lock: a sensitive copy does not outlive the session."""
        if self._copied and self._clipboard.text() == self._copied:
            self._clipboard.clear()
        self._copied = ""
        self._timer.stop()
