"""A wait cursor around short blocking work (key derivation, opening the database)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    """Show the wait cursor until the block ends, even if it raises."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    # Let the cursor change reach the screen before the event loop is blocked.
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
