"""Screenshots of the main window and of a file's identity tab at 1366×768, for
docs/screenshots/.

    COORDAPP_HOME=/tmp/mshots QT_QPA_PLATFORM=offscreen \
        .venv/bin/python tools/main_screenshots.py [OUT_DIR]

Creates (once) a workspace with 400 demo patients (seed 5); a third of the active cases
are given to the owner, so that "Seulement mes patients" has something to show (the demo
gives every case to demo colleagues).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("COORDAPP_HOME", "/tmp/mshots")
# The test suite's cheap key derivation (screenshots of throw-away databases).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "childhook"))
import fast_kdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.setup import create_workspace
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.ui.i18n import ENGLISH, install_translators, remove_translators
from coordapp.ui.main_window import MainWindow, ui_settings

fast_kdf.install()

PASSPHRASE = "Le chat d'Anne dort sur trois toits rouges"
OWNER = OwnerProfile("Anne Martin", "Infirmière coordinatrice", "DAC des Ardennes")
SIZE = (1366, 768)
SHOTS = {"todo": "a-faire.png", "caseload": "file-active.png", "directory": "annuaire.png"}


def workspace(paths: AppPaths) -> Workspace:
    db = paths.default_db
    if db.exists():
        return Workspace.open(db, PASSPHRASE, paths)
    ws, _code = create_workspace(db, PASSPHRASE, OWNER, paths)
    generate_demo(ws, 400, seed=5)
    caseload = CaseloadService(ws)
    for patient in caseload.search(status="active")[::3] + caseload.search(status="request")[::3]:
        caseload.update_patient(patient.id, {"referent_id": ws.user_id})
    return ws


def grab(app: QApplication, paths: AppPaths, pages: dict[str, Path]) -> None:
    settings = ui_settings(paths)
    settings.remove("main_window/geometry")
    settings.sync()
    window = MainWindow(workspace(paths), paths.default_db, paths)
    window.resize(*SIZE)
    window.show()
    for page, target in pages.items():
        window.show_page(page)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(target))
        print(target)
    window.close()


def grab_file(app: QApplication, paths: AppPaths, tabs: dict[int, Path]) -> None:
    """Tabs of an active file that has a GP, a trusted person and notes."""
    from coordapp.services.patient.file import PatientFileService
    from coordapp.ui.patient import PatientWindow

    ws = workspace(paths)
    files = PatientFileService(ws)
    chosen = next(p.id for p in CaseloadService(ws).search(status="active")
                  if p.gp_id and (f := files.load(p.id, audit=False).identity)
                  and f.get("trusted_person") and f.get("situation_notes"))
    window = PatientWindow(ws, chosen, paths=paths)
    window.resize(*SIZE)
    window.show()
    for tab, target in tabs.items():
        window.tabs.setCurrentIndex(tab)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(target))
        print(target)
    window.discard_and_close()
    ws.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    paths = AppPaths.from_environment()
    french = install_translators(app)
    grab(app, paths, {page: out / name for page, name in SHOTS.items()})
    grab_file(app, paths, {0: out / "patient-identite.png", 2: out / "patient-cercle.png"})
    remove_translators(app, french)
    english = install_translators(app, ENGLISH)
    grab(app, paths, {"caseload": out / "file-active-en.png"})
    remove_translators(app, english)
    return 0


if __name__ == "__main__":
    sys.exit(main())
