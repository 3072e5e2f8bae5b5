"""``coordapp FILE.coordbundle`` (what a double-click on a bundle runs, through the menu
entry's ``Exec=coordapp %f``) opens the app on that bundle's import preview."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter

from coordapp.cli.desktop import split_bundle
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED
from tests.test_sync_helpers import PATIENT

SCREENSHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def test_the_bundle_is_taken_out_of_the_command_line(tmp_path: Path):
    bundle = tmp_path / "Envoi de Bruno.coordbundle"
    assert split_bundle([str(bundle)]) == ([], bundle)
    assert split_bundle(["--db", "x.db", str(bundle)]) == (["--db", "x.db"], bundle)
    assert split_bundle(["--db", "a.coordbundle"]) == (["--db", "a.coordbundle"], None)
    assert split_bundle(["bundle", "import", str(bundle)])[1] is None  # a command
    assert split_bundle(["patients"]) == (["patients"], None)
    assert split_bundle([]) == ([], None)
    assert split_bundle(["notes.txt"]) == (["notes.txt"], None)  # argparse refuses it


@pytest.fixture
def bruno(tmp_path: Path) -> Iterator[Workspace]:
    paths = AppPaths.from_environment(tmp_path / "bruno")
    ws, _code = Workspace.create(paths.default_db, PASSPHRASE, OwnerProfile("Bruno Petit"),
                                 paths)
    yield ws
    ws.close()


def bundle_for(sender: Workspace, recipient: Workspace, out: Path) -> Path:
    CaseloadService(sender).add_patient(dict(PATIENT), allow_duplicate=True,
                                        information=INFORMED)
    sync.export_bundle(sender, out, recipients=[sync.identity(recipient).age_recipient])
    return out


def test_the_main_window_opens_on_the_import_preview(qtbot, tmp_path: Path,
                                                     workspace: Workspace, bruno: Workspace,
                                                     app_paths: AppPaths):
    bundle = bundle_for(bruno, workspace, tmp_path / "Envoi de Bruno.coordbundle")
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.resize(1240, 660)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.open_bundle(bundle)
    assert dialog is not None and window.current_page() == "sync"
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.isVisible()
    assert "Envoi de Bruno.coordbundle" in dialog.file_label.text()
    text = dialog.preview_label.text()
    assert "Bruno Petit" in text and "Nouveaux patients : 1" in text
    assert CaseloadService(workspace).count() == 0  # a preview, nothing written yet

    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(dialog.mapToGlobal(QPoint(0, 0))), dialog.grab())
    painter.end()
    assert shot.save(str(SCREENSHOTS / "paquet-ouvert.png"))


def test_coordapp_with_a_bundle_starts_on_its_import(tmp_path: Path, bruno: Workspace):
    home = tmp_path / "home"
    env = {**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": PASSPHRASE}
    created = subprocess.run([sys.executable, "-m", "coordapp.cli", "init", "--name", "Anne"],
                             env=env, capture_output=True, text=True, timeout=120)
    assert created.returncode == 0, created.stderr
    anne = Workspace.open(AppPaths.from_environment(home).default_db, PASSPHRASE,
                          AppPaths.from_environment(home))
    try:
        bundle = bundle_for(bruno, anne, tmp_path / "b.coordbundle")
    finally:
        anne.close()
    result = subprocess.run(
        [sys.executable, "-m", "coordapp", str(bundle)],
        env={**env, "COORDAPP_SMOKE_TEST": "1", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "smoke: MainWindow shown" in result.stderr
    assert "smoke: ImportBundleDialog shown" in result.stderr
