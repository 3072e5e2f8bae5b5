"""Start-up check for packaged builds (``COORDAPP_SMOKE_TEST=1``).

The frozen application's smoke test runs it offscreen: the first window must appear,
then the application quits by itself with status 0, printing which window it reached on
stderr. With an existing database and ``COORDAPP_PASSPHRASE`` set, it goes as far as
the main window. Outside this mode, the desktop application never reads a passphrase
from the environment.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

SMOKE_ENV = "COORDAPP_SMOKE_TEST"
QUIT_AFTER_MS = 300


def smoke_test_requested() -> bool:
    return os.environ.get(SMOKE_ENV) == "1"


def smoke_passphrase() -> str | None:
    return os.environ.get("COORDAPP_PASSPHRASE") if smoke_test_requested() else None


def quit_once_shown(app: QApplication, window: QWidget) -> None:
    """When ``window`` is visible, report it and leave: a dialog is rejected (its
    ``exec`` returns), a main window quits the event loop with status 0."""

    def check() -> None:
        if not window.isVisible():
            QTimer.singleShot(50, check)
            return
        print(f"smoke: {type(window).__name__} shown", file=sys.stderr, flush=True)
        if isinstance(window, QDialog):
            QTimer.singleShot(QUIT_AFTER_MS, window.reject)
        else:
            QTimer.singleShot(QUIT_AFTER_MS, lambda: app.exit(0))

    QTimer.singleShot(0, check)
