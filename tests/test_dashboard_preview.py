""""À faire" read as counts and first lines; "show the others" reads the rest."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from coordapp.services.caseload.dashboard import SECTIONS, DashboardService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.workspace import Workspace
from coordapp.ui import dashboard_model, dashboard_view
from coordapp.ui.app_events import AppEvents
from coordapp.ui.dashboard_lines import Section
from coordapp.ui.dashboard_view import DashboardView
from tests.clock import today
from tests.test_ui_dashboard import add_late_action, add_patient, section_rows


@pytest.mark.parametrize("mine", [True, False], ids=["one-coordinator", "everyone"])
def test_the_preview_is_the_start_of_each_full_list_with_its_count(
        workspace: Workspace, mine: bool) -> None:
    generate_demo(workspace, 150, seed=6)
    service = DashboardService(workspace)
    referents = [p.referent_id for p in CaseloadService(workspace).search() if p.referent_id]
    referent = referents[0] if mine else None
    full = service.load(today(), referent_id=referent)
    preview = service.load(today(), referent_id=referent, limit=4)
    assert any(len(getattr(full, name)) > 4 for name in SECTIONS)
    for name in SECTIONS:
        assert getattr(preview, name) == getattr(full, name)[:4], name
        assert preview.total(name) == len(getattr(full, name)), name
        assert service.section(name, today(), referent_id=referent).total(name) \
            == len(getattr(full, name)), name
    # Closing a case takes its actions off the lists at once (the index follows).
    if full.overdue_actions:
        patient_id = full.overdue_actions[0].patient_id
        CaseloadService(workspace).update_patient(
            patient_id, {"status": "closed", "closure_reason": "moved"})
        after = service.load(today(), referent_id=referent, limit=4)
        again = service.load(today(), referent_id=referent)
        assert patient_id not in {a.patient_id for a in again.overdue_actions}
        assert after.total("overdue_actions") == len(again.overdue_actions)
        assert [dataclasses.astuple(a) for a in after.overdue_actions] == \
            [dataclasses.astuple(a) for a in again.overdue_actions[:4]]


def test_show_the_others_reads_the_lines_not_read_yet(qtbot, workspace: Workspace,
                                                      monkeypatch) -> None:
    monkeypatch.setattr(dashboard_view, "PREVIEW_LIMIT", 5)
    monkeypatch.setattr(dashboard_model, "PREVIEW_LIMIT", 5)
    patient_id = add_patient(workspace, "Lefèvre")
    for days in range(1, 13):
        add_late_action(workspace, patient_id, days, f"Action {days}")
    view = DashboardView(DashboardService(workspace), workspace.user_id, AppEvents())
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    preview = view.model.preview
    assert preview <= 4
    assert view.model.section_title(Section.OVERDUE) == "Actions en retard (12)"
    rows = section_rows(view, Section.OVERDUE)
    assert len(rows) == preview + 1
    assert rows[-1].data() == f"Afficher les {12 - preview} autres…"

    view.tree.setFocus()
    view.tree.setCurrentIndex(rows[-1])
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    rows = section_rows(view, Section.OVERDUE)
    assert [r.siblingAtColumn(1).data() for r in rows] == [
        f"Action {days}" for days in range(12, 0, -1)]
