"""Aide › Guide d'utilisation: the coordinator's guide (docs/guide.md), inside the app,
readable offline, with its screenshots."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_path() -> Path:
    """``docs/guide.md`` in a source checkout, ``coordapp/_docs/guide.md`` in a wheel
    install (pip, pipx), or beside the frozen app's resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "docs", "guide.md")
    package_dir = Path(__file__).resolve().parents[1]
    installed = package_dir / "_docs" / "guide.md"
    if installed.is_file():
        return installed
    return package_dir.parent / "docs" / "guide.md"


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide d'utilisation de CoordApp"))
        self.resize(900, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        if path.exists():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(self.tr(
                "Le guide n'a pas été trouvé dans cette installation ({path}).").format(
                path=path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
