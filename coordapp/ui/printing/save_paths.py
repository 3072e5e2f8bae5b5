"""Where files are offered to be saved: a file name from the document's subject, in the
user's documents folder, with the extension the format needs."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def file_stem(*words: str) -> str:
    """``"PPCS", "LEFÈVRE (DVOŘÁK) Éloïse"`` → ``"ppcs-lefevre-dvorak-eloise"``."""
    text = unicodedata.normalize("NFKD", " ".join(words))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "document"


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget, title: str, stem: str, suffix: str,
                  name_filter: str) -> Path | None:
    """The file chosen in the save dialog (``suffix`` added when missing), or None."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / f"{stem}{suffix}"), name_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
