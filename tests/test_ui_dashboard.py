"""The "À faire" page: sections, counts, the "only my patients" filter, opening a patient."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from coordapp.models import Coordinator
from coordapp.paths import AppPaths
from coordapp.services.caseload.dashboard import DashboardService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.editing import PlanService
from coordapp.services.workspace import Workspace
from coordapp.ui.app_events import AppEvents
from coordapp.ui.dashboard_model import Column, DashboardModel, Section
from coordapp.ui.dashboard_view import DashboardView
from coordapp.ui.main_window import MainWindow
from tests.clock import today
from tests.informed import INFORMED
from tests.test_ui_main import double_click


def add_patient(workspace: Workspace, family_name: str, **extra: object) -> str:
    values = {"family_name": family_name, "given_names": "Éloïse", "birth_date": "1941-03-12",
              "sex": "F", "status": "active", "referent_id": workspace.user_id} | extra
    informed = INFORMED if values["status"] in ("active", "on_hold") else None
    return CaseloadService(workspace).add_patient(values, allow_duplicate=True,
                                                  information=informed).id


def add_late_action(workspace: Workspace, patient_id: str, days_late: int, text: str) -> str:
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    need_id = plans.add_need(plan_id, {"domain": "autonomy", "text": "Perte d'autonomie"}).id
    goal_id = plans.add_goal(need_id, {"text": "Rester à domicile"}).id
    return plans.add_action(goal_id, {
        "text": text, "due_on": today() - dt.timedelta(days=days_late)}).id


def colleague(workspace: Workspace) -> str:
    with workspace.unit_of_work() as uow:
        return uow.changes.create(Coordinator, {"display_name": "Claire Wendling"}).id


def section_rows(view: DashboardView, section: Section) -> list[QModelIndex]:
    parent = view.model.index(section, 0)
    return [view.model.index(row, 0, parent) for row in range(view.model.rowCount(parent))]


def texts(view: DashboardView, section: Section, column: Column = Column.PATIENT) -> list[str]:
    return [index.siblingAtColumn(column).data() for index in section_rows(view, section)]


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    return window


def test_an_overdue_action_is_listed_and_opens_its_patient(
    qtbot, workspace: Workspace, app_paths: AppPaths
) -> None:
    patient_id = add_patient(workspace, "Lefèvre")
    add_late_action(workspace, patient_id, 5, "Appeler l'infirmière libérale")
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.dashboard_view
    assert window.current_page() == "todo"

    assert view.model.section_title(Section.OVERDUE) == "Actions en retard (1)"
    assert view.model.index(Section.OVERDUE, 0).data() == "Actions en retard (1)"
    line = section_rows(view, Section.OVERDUE)[0]
    assert line.data() == "LEFÈVRE Éloïse"
    assert line.siblingAtColumn(Column.SUBJECT).data() == "Appeler l'infirmière libérale"
    assert line.siblingAtColumn(Column.WHO).data() == "Responsable non désigné"
    assert line.siblingAtColumn(Column.DATE).data() == \
        f"{today() - dt.timedelta(days=5):%d/%m/%Y}"
    assert line.siblingAtColumn(Column.DELAY).data() == "5 jours de retard"
    assert "Rester à domicile" in line.data(Qt.ItemDataRole.ToolTipRole)

    tree = view.tree
    assert tree.isExpanded(view.model.index(Section.OVERDUE, 0))
    with qtbot.waitSignal(window.open_patient_requested, timeout=1000) as opened:
        double_click(qtbot, tree, line)
    assert opened.args == [patient_id]

    tree.setFocus()
    tree.setCurrentIndex(line)
    with qtbot.waitSignal(view.patient_activated, timeout=1000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [patient_id]
    window.close()


def test_unanswered_requests_and_patients_without_gp_are_listed(
    qtbot, workspace: Workspace, window: MainWindow
) -> None:
    patient_id = add_patient(workspace, "Martin", given_names="Jean")
    follow_up = FollowUpService(workspace)
    now = dt.datetime.now().replace(microsecond=0)
    follow_up.record_referral({"patient_id": patient_id, "reason": "Chutes répétées",
                               "requester_kind": "gp", "requester_name": "Dr Roux",
                               "urgency": "urgent", "received_at": now - dt.timedelta(days=2)})
    follow_up.record_referral({"subject_summary": "Homme âgé, vit seul",
                               "reason": "Isolement", "requester_kind": "caregiver",
                               "received_at": now})
    window.events.notify("referral")
    view = window.dashboard_view
    view.refresh()  # not visible: a refresh is owed, done here by hand

    assert view.model.section_title(Section.REFERRALS) == \
        "Nouvelles demandes sans réponse (2)"
    assert texts(view, Section.REFERRALS) == ["Homme âgé, vit seul", "MARTIN Jean"]
    assert texts(view, Section.REFERRALS, Column.SUBJECT) == ["Isolement", "Chutes répétées"]
    assert texts(view, Section.REFERRALS, Column.WHO) == ["Un proche aidant", "Dr Roux"]
    assert texts(view, Section.REFERRALS, Column.DELAY) == [
        "reçue aujourd'hui", "Urgente · depuis 2 jours"]
    unlinked, linked = section_rows(view, Section.REFERRALS)
    assert unlinked.data(DashboardModel.IdRole) is None
    assert unlinked.data(Qt.ItemDataRole.FontRole).italic()
    assert linked.data(DashboardModel.IdRole) == patient_id
    assert linked.data(Qt.ItemDataRole.FontRole).bold()

    assert texts(view, Section.NO_GP) == ["MARTIN Jean"]
    assert section_rows(view, Section.NO_GP)[0].data(DashboardModel.IdRole) == patient_id


def test_only_my_patients_is_checked_by_default_and_filters(
    qtbot, workspace: Workspace, window: MainWindow
) -> None:
    mine = add_patient(workspace, "Lefèvre")
    theirs = add_patient(workspace, "Aubry", referent_id=colleague(workspace))
    add_late_action(workspace, mine, 3, "Visite à domicile")
    add_late_action(workspace, theirs, 2, "Dossier APA")
    window.events.notify("action")
    view = window.dashboard_view
    view.refresh()

    assert view.mine_check.isChecked()
    assert texts(view, Section.OVERDUE, Column.SUBJECT) == ["Visite à domicile"]
    assert texts(view, Section.NO_GP) == ["LEFÈVRE Éloïse"]
    view.mine_check.setChecked(False)
    assert texts(view, Section.OVERDUE, Column.SUBJECT) == ["Visite à domicile", "Dossier APA"]
    assert texts(view, Section.NO_GP) == ["AUBRY Éloïse", "LEFÈVRE Éloïse"]
    view.mine_check.setChecked(True)
    assert view.model.count(Section.OVERDUE) == 1


def test_only_my_patients_remembers_the_choice(
    qtbot, workspace: Workspace, app_paths: AppPaths, window: MainWindow
) -> None:
    theirs = add_patient(workspace, "Aubry", referent_id=colleague(workspace))
    add_late_action(workspace, theirs, 2, "Dossier APA")
    qtbot.mouseClick(window.dashboard_view.mine_check, Qt.MouseButton.LeftButton)
    assert not window.dashboard_view.mine_check.isChecked()

    again = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(again)
    view = again.dashboard_view
    assert view is not None and not view.mine_check.isChecked()
    view.refresh()
    assert texts(view, Section.OVERDUE, Column.SUBJECT) == ["Dossier APA"]


def test_a_visible_dashboard_refreshes_itself_after_a_write(
    qtbot, workspace: Workspace, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    view = window.dashboard_view
    assert view.model.count(Section.NO_GP) == 0
    assert not view.hint_label.isHidden()  # nothing to do: says so
    add_patient(workspace, "Lefèvre")
    window.events.notify("patient")
    qtbot.waitUntil(lambda: view.model.count(Section.NO_GP) == 1, timeout=2000)
    assert view.hint_label.isHidden()
    window.close()


def test_a_long_section_shows_a_preview_then_everything(qtbot, workspace: Workspace) -> None:
    patient_id = add_patient(workspace, "Lefèvre")
    view = DashboardView(DashboardService(workspace), workspace.user_id, AppEvents())
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    preview = view.model.preview  # as many lines as fit in 500 pixels
    assert 3 <= preview <= 8
    for days in range(1, preview + 4):
        add_late_action(workspace, patient_id, days, f"Action {days}")
    view.refresh()

    rows = section_rows(view, Section.OVERDUE)
    assert len(rows) == preview + 1
    more = rows[-1]
    assert more.data() == "Afficher les 3 autres…"
    assert view.model.is_more(more) and more.data(DashboardModel.IdRole) is None
    assert view.tree.isFirstColumnSpanned(more.row(), more.parent())
    assert view.model.section_title(Section.OVERDUE) == f"Actions en retard ({preview + 3})"

    view.tree.setFocus()
    view.tree.setCurrentIndex(more)
    with qtbot.assertNotEmitted(view.patient_activated):
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    rows = section_rows(view, Section.OVERDUE)
    assert len(rows) == preview + 3
    # most late first: the former "show the others" row is now the 4th least late action
    assert rows[preview].siblingAtColumn(Column.SUBJECT).data() == "Action 3"
    assert not view.tree.isFirstColumnSpanned(preview, rows[0].parent())

    section = view.model.index(Section.OVERDUE, 0)
    view.tree.setCurrentIndex(section)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)  # Enter on a section folds it
    assert not view.tree.isExpanded(section)
    view.refresh()
    assert not view.tree.isExpanded(section)  # kept folded across refreshes
    assert view.model.rowCount(section) == preview + 3  # and fully shown

    view.resize(900, 800)  # taller: more lines in each preview
    assert view.model.preview > preview


def test_locking_empties_the_dashboard(qtbot, workspace: Workspace) -> None:
    add_patient(workspace, "Lefèvre")
    view = DashboardView(DashboardService(workspace), workspace.user_id)
    qtbot.addWidget(view)
    assert view.model.count(Section.NO_GP) == 0  # read when first shown, not before
    view.refresh()
    assert view.model.count(Section.NO_GP) == 1
    view.detach()
    assert all(view.model.count(section) == 0 for section in Section)
    view.refresh()  # no service any more: stays empty
    assert view.model.count(Section.NO_GP) == 0
