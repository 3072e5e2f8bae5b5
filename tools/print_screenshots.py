"""Screenshots of printing: the print preview of a real PPCS, the weekly round of PPCS
to review, the activity report dialog, a patient file's header with its commands.

    COORDAPP_HOME=/tmp/prshots QT_QPA_PLATFORM=offscreen \
        .venv/bin/python tools/print_screenshots.py [output_dir]

Creates a fresh workspace under $COORDAPP_HOME, 60 demo patients (seed 4), makes the
owner the referent of the people with a validated plan and brings a few reviews into
this week, then saves apercu-impression.png, ppcs-a-reviser.png and
ppcs-a-reviser-equipe.png (the team version, one person objecting; others under
$COORDAPP_HOME/extras for review).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("COORDAPP_HOME", "/tmp/prshots")
# The test suite's cheap key derivation (screenshots of throw-away databases).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "childhook"))
import fast_kdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from sqlalchemy import func, select

from coordapp.models import CarePlan, Need, Patient, PlanStatus
from coordapp.paths import AppPaths
from coordapp.services.demo.generate import generate_demo
from coordapp.services.exports import Audience, ExportService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.print_batch import PrintBatchService
from coordapp.services.setup import create_workspace
from coordapp.services.workspace import OwnerProfile, Workspace

fast_kdf.install()

SCREEN = (1366, 768)


def my_reviews(ws: Workspace) -> str:
    """Owner = referent of the people with a validated plan; four reviews this week (one
    overdue). Returns the patient with the most needs among them."""
    today = dt.date.today()
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(
            select(CarePlan, Patient).join(Patient, Patient.id == CarePlan.patient_id)
            .where(CarePlan.status == PlanStatus.VALIDATED,
                   Patient.status == "active").order_by(Patient.family_name)).all()
        needs = dict(uow.session.execute(
            select(Need.plan_id, func.count(Need.id)).group_by(Need.plan_id)).all())
        best = max(rows, key=lambda r: (needs.get(r[0].id, 0), r[1].id))[1].id
        for n, (plan, patient) in enumerate(rows):
            uow.changes.update(patient, {"referent_id": ws.user_id})
            if n < 4:
                uow.changes.update(plan, {"review_due": today + dt.timedelta(days=n * 2 - 2)})
    return best


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    home = Path(os.environ["COORDAPP_HOME"])
    shutil.rmtree(home, ignore_errors=True)
    paths = AppPaths.from_environment(home)
    app = QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    ws, _code = create_workspace(paths.default_db, "Le chat d'Anne dort sur 3 toits !",
                                 OwnerProfile("Anne Martin", "Infirmière coordinatrice",
                                              "DAC des Ardennes"), paths)
    generate_demo(ws, 60, seed=4)
    patient_id = my_reviews(ws)

    from coordapp.ui.patient import PatientWindow
    from coordapp.ui.printing import ActivityReportDialog, ReviewPrintDialog

    extras = home / "extras"
    extras.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)

    def shoot(file: str, widget: QWidget, *, extra: bool = False) -> None:
        for _ in range(5):
            app.processEvents()
        path = (extras if extra else out) / file
        widget.grab().save(str(path))
        print("saved", path)

    window = PatientWindow(ws, patient_id, paths=paths)
    window.resize(*SCREEN)
    window.show()
    shoot("patient-en-tete-impression.png", window, extra=True)
    window.print_commands.export_menu.popup(
        window.print_commands.export_button.mapToGlobal(
            window.print_commands.export_button.rect().bottomLeft()))
    shoot("patient-exporter.png", window.print_commands.export_menu, extra=True)
    window.print_commands.export_menu.hide()

    window.print_commands.open_print()
    audience = window.print_commands.audience_dialog
    assert audience is not None
    shoot("impression-pour-qui.png", audience, extra=True)
    audience.reject()

    preview = window.print_commands.open_preview(Audience.PERSON)
    assert preview is not None
    preview.resize(820, 740)
    shoot("apercu-impression.png", preview)
    preview.zoom_combo.setCurrentIndex(preview.zoom_combo.findData(1.0))
    preview.view.scroll_to_page(1)
    shoot("apercu-100.png", preview, extra=True)
    preview.reject()
    team = window.print_commands.open_preview(Audience.TEAM)
    assert team is not None
    team.resize(820, 740)
    team.zoom_combo.setCurrentIndex(team.zoom_combo.findData("page"))
    shoot("apercu-equipe-page-entiere.png", team, extra=True)
    team.reject()
    window.close()

    host = QMainWindow()
    host.resize(*SCREEN)
    host.show()
    batch = ReviewPrintDialog(PrintBatchService(ws), parent=host)
    batch.show()
    batch.model.set_checked(2, False)
    shoot("ppcs-a-reviser.png", batch)
    # The team version of the same round, one of the checked people objecting to sharing.
    batch.audience_choice.team_radio.setChecked(True)
    if not batch.left_out_label.isVisibleTo(batch):
        FollowUpService(ws).record_consent(
            batch.model.checked_rows()[0].patient_id, "objection", given_by="Anne Martin",
            how="Oral, lors de la visite")
        batch.model.set_checked(2, False)  # refreshes the count of the people left out
    shoot("ppcs-a-reviser-equipe.png", batch)
    batch.reject()
    report = ActivityReportDialog(ExportService(ws), host)
    report.show()
    shoot("rapport-activite-dialogue.png", report, extra=True)
    report.reject()
    ws.close()


if __name__ == "__main__":
    main()
