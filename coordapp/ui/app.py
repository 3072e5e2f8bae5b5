"""Desktop application entry point."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path | None = None, bundle: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from coordapp.ui.startup import launch

    app = QApplication.instance() or QApplication(sys.argv)
    return launch(app, db_path, bundle)
