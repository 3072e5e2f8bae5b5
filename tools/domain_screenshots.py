"""Screenshots of the AGGIR grid coded with adverbs and of an objection banner (1366×768).

    COORDAPP_HOME=/tmp/domshots QT_QPA_PLATFORM=offscreen .venv/bin/python tools/domain_screenshots.py [output_dir]

Creates a fresh workspace under $COORDAPP_HOME with 40 demo patients (seed 4), opens a
person with an assessment coded from adverbs (one letter overridden, with its reason) and
a person who objected to sharing; saves evaluation-adverbes.png, opposition-partage.png.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("COORDAPP_HOME", "/tmp/domshots")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The test suite's cheap key derivation (screenshots of throw-away databases).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "childhook"))
import fast_kdf

fast_kdf.install()

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from coordapp.models import Assessment, ConsentRecord, Patient
from coordapp.paths import AppPaths
from coordapp.services.demo.generate import generate_demo
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.setup import create_workspace
from coordapp.services.workspace import OwnerProfile

SIZE = (1366, 768)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    home = Path(os.environ["COORDAPP_HOME"])
    shutil.rmtree(home, ignore_errors=True)
    paths = AppPaths.from_environment(home)
    app = QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    ws, _code = create_workspace(paths.default_db, "Le chat d'Anne dort sur 3 toits !",
                                 OwnerProfile("Anne Martin", "Infirmière coordinatrice"),
                                 paths)
    generate_demo(ws, 40, seed=4)
    with ws.unit_of_work() as uow:
        assessed = uow.session.scalars(
            select(Assessment.patient_id).join(Patient, Patient.id == Assessment.patient_id)
            .where(Patient.status == "active").order_by(Assessment.gir)).first()
        objecting = uow.session.scalars(select(ConsentRecord.patient_id).where(
            ConsentRecord.kind == "information_given",
            ConsentRecord.patient_id != assessed)).first()
    assert assessed and objecting
    FollowUpService(ws).record_consent(
        objecting, "objection", recorded_on=dt.date.today() - dt.timedelta(days=6),
        given_by="Anne Martin", how="Oral, lors d'un appel")

    from coordapp.ui.patient.window import PatientWindow

    def shoot(widget: QWidget, file: str) -> None:
        for _ in range(8):
            app.processEvents()
        out.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(out / file))
        print("saved", out / file)

    window = PatientWindow(ws, assessed, paths=paths)
    window.resize(*SIZE)
    window.show()
    window.tabs.setCurrentIndex(PatientWindow.ASSESSMENT)
    tab = window.assessment_tab
    form = tab.form
    tab.start_new()
    aggir = form.aggir
    for unit, boxes in aggir.adverb_grid.boxes.items():  # the demo's first grid, or a new one
        if unit not in aggir.adverb_grid.adverbs():
            for box in boxes.values():
                box.setChecked(True)
    grid = aggir.adverb_grid
    grid.boxes["toilette_bas"]["spontanement"].setChecked(False)
    grid.boxes["toilette_bas"]["totalement"].setChecked(False)
    grid.none_boxes["elimination_fecale"].setChecked(True)
    grid.boxes["transferts"]["habituellement"].setChecked(False)
    aggir.pickers["transferts"].set_value("A")
    aggir.reasons["transferts"].setText("Grille de l'évaluateur APA du 12/11 : A")
    form.pages.setCurrentIndex(form.AGGIR_PAGE)
    shoot(window, "evaluation-adverbes.png")
    window.hide()

    other = PatientWindow(ws, objecting, paths=paths)
    other.resize(*SIZE)
    other.show()
    other.tabs.setCurrentIndex(PatientWindow.CONSENT)
    shoot(other, "opposition-partage.png")
    ws.close()


if __name__ == "__main__":
    main()
