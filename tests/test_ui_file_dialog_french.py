"""Qt's file dialogs ("Enregistrer sous…", "Ouvrir…") speak French on a French screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
)

from coordapp.ui.i18n import install_translators, remove_translators
from coordapp.ui.printing.save_paths import ask_save_path

ENGLISH_WORDS = ("Look in", "Files of type", "File name", "Save", "Open", "Cancel",
                 "Folder", "Detail View", "List View", "Back", "Parent Directory")


@pytest.fixture
def french(qapp) -> Iterator[None]:
    previous = QLocale()
    translators = install_translators(qapp)
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(previous)


def _texts(dialog: QWidget) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    texts += [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
    return [t for t in texts if t]


def _play(qtbot, seen: list[list[str]]) -> None:
    """Once the modal dialog is up: read its texts, then Esc closes it (nothing chosen)."""
    tries = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        tries.append(1)
        if len(tries) > 500 and dialog is not None:  # never hang the suite
            seen.append([])
            dialog.close()
            return
        ready = isinstance(dialog, QFileDialog) and all(
            button.text() for button in dialog.findChild(QDialogButtonBox).buttons())
        if not ready:  # the dialog sets its texts once its event loop runs
            QTimer.singleShot(20, look)
            return
        seen.append(_texts(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    QTimer.singleShot(0, look)


def test_the_save_dialog_reads_in_french(qtbot, french, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coordapp.ui.printing.save_paths.documents_dir", lambda: tmp_path)
    (tmp_path / "dossier").mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []
    _play(qtbot, seen)
    assert ask_save_path(parent, "Enregistrer le PPCS", "ppcs-martin", ".pdf",
                         "Documents PDF (*.pdf)") is None
    [texts] = seen
    plain = [t.replace("&", "") for t in texts]
    assert "Voir dans\u00a0:" in plain
    assert "Type de fichier\u00a0:" in plain
    assert "Nom de fichier\u00a0:" in plain
    assert {"Enregistrer", "Annuler"} <= set(plain)
    for text in plain:
        assert not any(word in text for word in ENGLISH_WORDS), text


def test_the_open_dialog_reads_in_french(qtbot, french, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[list[str]] = []
    _play(qtbot, seen)
    name, _filter = QFileDialog.getOpenFileName(parent, "Importer", str(tmp_path),
                                                "Tableaux (*.csv)")
    assert name == ""
    [texts] = seen
    plain = [t.replace("&", "") for t in texts]
    assert {"Ouvrir", "Annuler", "Voir dans\u00a0:"} <= set(plain)
    for text in plain:
        assert not any(word in text for word in ENGLISH_WORDS), text
