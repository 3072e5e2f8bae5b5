"""Screenshots of the "Évaluation" and "PPCS" tabs at 1366×768, on a demo caseload.

    COORDAPP_HOME=/tmp/plshots QT_QPA_PLATFORM=offscreen \
        .venv/bin/python tools/plan_screenshots.py [output_dir]

Creates a fresh workspace under $COORDAPP_HOME, 50 demo patients (seed 4), picks an
active person with a validated plan and several assessments, opens a second version of
the plan with a few changes, and saves evaluation.png, ppcs.png, ppcs-historique.png.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("COORDAPP_HOME", "/tmp/plshots")
# The test suite's cheap key derivation (screenshots of throw-away databases).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "childhook"))
import fast_kdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import NotFound
from coordapp.paths import AppPaths
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.templates import TemplateService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.setup import create_workspace
from coordapp.services.workspace import OwnerProfile, Workspace

fast_kdf.install()

SIZE = (1366, 768)


def pick_patient(ws: Workspace) -> str:
    """An active person with a validated plan, the most actions, and 2 assessments."""
    versions, assessments = PlanVersionService(ws), AssessmentService(ws)
    best: tuple[int, str] | None = None
    for summary in CaseloadService(ws).search(limit=500):
        if summary.status != "active":
            continue
        try:
            doc = versions.show(summary.id, audit=False)
        except NotFound:
            continue
        if doc.plan.status != "validated":
            continue
        actions = sum(len(g.actions) for n in doc.plan.needs for g in n.goals)
        score = actions + 10 * min(2, len(assessments.for_patient(summary.id)))
        if best is None or score > best[0]:
            best = (score, summary.id)
    assert best is not None, "no suitable demo patient"
    return best[1]


def revise(ws: Workspace, paths: AppPaths, patient_id: str) -> None:
    """Version 2: a template added, one action re-dated and re-worded."""
    plans, versions = PlanService(ws), PlanVersionService(ws)
    plans.open_draft(patient_id)
    TemplateService(ws, paths).apply(patient_id, "fall_prevention")
    doc = versions.show(patient_id, audit=False)
    action = next(a for n in doc.plan.needs for g in n.goals for a in g.actions
                  if a.status in ("planned", "in_progress"))
    plans.update_action(action.id, {"text": action.text + " (avec l'aidant)"})


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
    generate_demo(ws, 50, seed=4)
    patient_id = pick_patient(ws)
    revise(ws, paths, patient_id)
    name = CaseloadService(ws).get(patient_id).display_name

    from coordapp.ui.plan import AssessmentTab, PlanTab

    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(8, 8, 8, 0)
    title = QLabel(f"<b style='font-size:15px'>{name}</b>")
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    assessment_tab = AssessmentTab(ws, patient_id, paths)
    plan_tab = PlanTab(ws, patient_id, paths)
    tabs.addTab(assessment_tab, "Évaluation")
    tabs.addTab(plan_tab, "PPCS")
    layout.addWidget(title)
    layout.addWidget(tabs, 1)
    window.setCentralWidget(central)
    window.setWindowTitle(f"{name} — CoordApp")
    window.resize(*SIZE)
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    extras = home / "extras"  # for reviewing: dialogs and other states
    extras.mkdir(parents=True, exist_ok=True)

    def shoot(file: str, widget: QWidget | None = None, *, extra: bool = False) -> None:
        for _ in range(5):
            app.processEvents()
        path = (extras if extra else out) / file
        (widget or window).grab().save(str(path))
        print("saved", path)

    rows = assessment_tab.model.rows
    if len(rows) >= 2:
        assessment_tab.table.selectAll()
    if rows:
        assessment_tab.suggestions.show_for(rows[0].id, f"{rows[0].assessed_on:%d/%m/%Y}")
    shoot("evaluation.png")
    assessment_tab.suggestions.hide()
    assessment_tab.start_new()
    form = assessment_tab.form
    for variable, value in zip(form.aggir.pickers, "BBBBABBAAC" + "CBBCCBB", strict=True):
        form.aggir.pickers[variable].set_value(value)
    shoot("evaluation-saisie.png")
    form.pages.setCurrentIndex(form.ZARIT_PAGE)
    form.zarit.set_form("full")
    for picker, value in zip(form.zarit.pickers, "2132201310231210312200", strict=True):
        picker.set_value(value)
    shoot("evaluation-zarit.png", extra=True)
    form.pages.setCurrentIndex(form.CONTEXT_PAGE)
    shoot("evaluation-complexite.png", extra=True)
    assessment_tab.stack.setCurrentIndex(assessment_tab.LIST_PAGE)

    tabs.setCurrentWidget(plan_tab)
    domain = plan_tab.model.root.children[1]
    action = domain.children[0].children[0].children[0]
    plan_tab.select(action.key)
    shoot("ppcs.png")
    plan_tab.select("plan")
    shoot("ppcs-plan.png", extra=True)
    plan_tab.add_child()
    shoot("ppcs-nouveau-besoin.png", extra=True)
    plan_tab.editor.revert()
    plan_tab.select(action.key)
    for opener, file in ((plan_tab.open_template_dialog, "ppcs-modeles.png"),
                         (plan_tab.open_validate_dialog, "ppcs-validation.png"),
                         (plan_tab.open_save_template_dialog, "ppcs-enregistrer-modele.png")):
        opener()
        assert plan_tab.dialog is not None
        shoot(file, plan_tab.dialog, extra=True)
        plan_tab.dialog.reject()
    plan_tab.editor.action_form.close_button.click()
    shoot("ppcs-clore-action.png", plan_tab.editor.action_form.close_dialog, extra=True)
    plan_tab.editor.action_form.close_dialog.reject()
    plan_tab.open_history()
    dialog = plan_tab.dialog
    assert dialog is not None
    dialog.resize(1000, 680)
    shoot("ppcs-historique.png", dialog)
    dialog.reject()
    PlanVersionService(ws).validate(patient_id, agreement="Accord oral de la personne",
                                    agreement_on=dt.date.today())
    plan_tab.reload(select=action.key)
    shoot("ppcs-validee.png", extra=True)
    ws.close()


if __name__ == "__main__":
    main()
