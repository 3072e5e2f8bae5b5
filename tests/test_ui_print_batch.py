"""Fichier › "Imprimer les PPCS à réviser…" (Ctrl+P): the plans of my patients due this
week, rendered on a pool thread with progress, merged into one preview; cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from coordapp.export import pdf_pool
from coordapp.models import CarePlan
from coordapp.paths import AppPaths
from coordapp.services.exports import ExportService
from coordapp.services.patient.erasure import ErasureService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.print_batch import LeftOut, PlanToPrint, PrintBatchService
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow
from coordapp.ui.printing import ReviewPrintDialog
from tests.clock import today
from tests.test_export_helpers import audit_events, make_plan


def review_in(workspace: Workspace, plan_id: str, days: int) -> None:
    with workspace.unit_of_work() as uow:
        plan = uow.session.get(CarePlan, plan_id)
        assert plan is not None
        uow.changes.update(plan, {"review_due": today() + dt.timedelta(days=days)})


@pytest.fixture
def due(workspace: Workspace) -> list[str]:
    """Three plans to review (overdue, today, in 6 days) and one in 4 months."""
    patients = []
    for days, actions in ((-3, 4), (0, 9), (6, 14)):
        ids = make_plan(workspace, actions=actions)
        review_in(workspace, ids.plan, days)
        patients.append(ids.patient)
    make_plan(workspace)  # review in 120 days: not this week
    return patients


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_batch(qtbot, window: MainWindow) -> ReviewPrintDialog:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.print_commands.review_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_file_menu_holds_printing_and_exports(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts[2:6] == ["&Imprimer les PPCS à réviser…",
                          "Exporter l'&agenda de mes patients (.ics)…",
                          "Exporter l'agenda &partagé, sans noms (.ics)…",
                          "Rapport d'a&ctivité…"]
    assert window.commands.print_reviews.shortcut().toString() == "Ctrl+P"


def test_three_plans_due_make_one_merged_preview(
    qtbot, window: MainWindow, workspace: Workspace, due: list[str]
) -> None:
    dialog = open_batch(qtbot, window)
    assert dialog.model.rowCount() == 3
    assert [row.patient_id for row in dialog.model.checked_rows()] == due
    assert "en retard de 3 j" in dialog.model.index(0, 1).data()
    assert dialog.count_label.text() == "3 sur 3 cochés"
    progress: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.batch_rendered, timeout=30_000):
        assert dialog.start()
    assert progress[-1] == (3, 3)
    preview = window.print_commands.preview
    assert preview is not None and preview.isVisible()
    exports = ExportService(workspace)
    expected = sum(exports.render_plan_pdf(pid, "person").pages for pid in due)
    assert preview.page_count() == expected
    assert [doc.patient_id for doc in preview.batch.documents] == due
    assert "3 personne(s)" in preview.windowTitle()
    assert window.print_commands.review_dialog is None  # closed once rendered
    assert audit_events(workspace, "print") == []  # not yet printed


def test_unchecked_plans_are_left_out(
    qtbot, window: MainWindow, workspace: Workspace, due: list[str]
) -> None:
    dialog = open_batch(qtbot, window)
    dialog.check_none_button.click()
    assert not dialog.preview_button.isEnabled() and not dialog.start()
    dialog.model.set_checked(1, True)
    with qtbot.waitSignal(dialog.batch_rendered, timeout=30_000) as rendered:
        dialog.preview_button.click()
    assert [doc.patient_id for doc in rendered.args[0].documents] == [due[1]]


def test_opening_the_round_starts_the_rendering_workers(
    qtbot, window: MainWindow, due: list[str]
) -> None:
    pdf_pool.shutdown()
    open_batch(qtbot, window)  # three plans due: the workers start while they are chosen
    executor = pdf_pool._pool
    assert executor is not None
    qtbot.waitUntil(lambda: len(executor._processes) == pdf_pool.workers(), timeout=30_000)


def test_cancel_after_the_first_document_produces_nothing(
    qtbot, window: MainWindow, due: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_batch(qtbot, window)
    rendered: list[str] = []
    read = ExportService.printable_document

    def read_then_cancel(self, patient_id, *args, **kwargs):
        result = read(self, patient_id, *args, **kwargs)
        rendered.append(patient_id)
        dialog.task.cancel()  # the user clicked "Annuler" while this one was read
        return result

    monkeypatch.setattr(ExportService, "printable_document", read_then_cancel)
    produced: list[object] = []
    dialog.batch_rendered.connect(produced.append)
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert rendered == [due[0]]
    assert produced == [] and window.print_commands.preview is None
    assert dialog.isVisible() and dialog.progress_dialog is None
    assert "annulée" in dialog.error_label.text()
    assert dialog.preview_button.isEnabled()  # ready to try again


def test_the_lock_closes_the_batch_dialog(
    qtbot, window: MainWindow, due: list[str]
) -> None:
    dialog = open_batch(qtbot, window)
    window.lock_action.trigger()
    assert not dialog.isVisible()
    assert window.print_commands.review_dialog is None
    assert window.unlock_dialog is not None


def test_nothing_due_says_so(qtbot, window: MainWindow, workspace: Workspace) -> None:
    make_plan(workspace)  # review in 120 days
    dialog = open_batch(qtbot, window)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert not dialog.preview_button.isEnabled()


def test_a_team_round_says_whom_it_leaves_out_and_why(
    qtbot, window: MainWindow, workspace: Workspace, due: list[str]
) -> None:
    """Who objected to sharing is counted in the dialog before rendering (team version
    only), and the rendered round says again how many were left out, and why."""
    FollowUpService(workspace).record_consent(
        due[1], "objection", recorded_on=today() - dt.timedelta(days=2),
        given_by="Anne Martin", how="Oral, lors de la visite")
    dialog = open_batch(qtbot, window)
    assert not dialog.left_out_label.isVisible()  # for the person: everyone is printed
    choose(qtbot, dialog.audience_choice.team_radio)
    assert dialog.left_out_label.isVisible()
    assert dialog.left_out_label.text() == (
        "Version pour l'équipe : 1 personne(s) sur 3 cochée(s) seront laissées de côté : "
        "1 opposée(s) au partage de leurs informations (leur PPCS pour la personne reste "
        "imprimable).")
    dialog.model.set_checked(1, False)  # the one who objected: nothing left out
    assert not dialog.left_out_label.isVisible()
    dialog.model.set_checked(1, True)
    assert "1 personne(s) sur 3" in dialog.left_out_label.text()
    choose(qtbot, dialog.audience_choice.large_radio)
    assert not dialog.left_out_label.isVisible()
    choose(qtbot, dialog.audience_choice.team_radio)
    with qtbot.waitSignal(dialog.batch_rendered, timeout=30_000) as rendered:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    batch = rendered.args[0]
    assert [doc.patient_id for doc in batch.documents] == [due[0], due[2]]
    assert batch.left_out_by_reason == {LeftOut.OBJECTION: 1}
    preview = window.print_commands.preview
    assert preview is not None and "2 personne(s) (1 laissée(s) de côté)" in \
        preview.windowTitle()
    assert window.statusBar().currentMessage() == (
        "1 personne(s) sur 3 cochée(s) ont été laissées de côté : 1 opposée(s) au partage "
        "de leurs informations (leur PPCS pour la personne reste imprimable).")
    assert [entity for entity, _detail in refusals(workspace)] == [due[1]]


def choose(qtbot, radio: QRadioButton) -> None:
    """Click the radio button on its indicator (the middle of a wide one is empty)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def refusals(workspace: Workspace) -> list[tuple[str | None, str | None]]:
    return [(e.entity_id, e.detail) for e in audit_events(workspace, "refuse")]


def test_a_plan_removed_since_the_list_is_left_out_with_its_reason(
    workspace: Workspace, due: list[str]
) -> None:
    service = PrintBatchService(workspace)
    plans = [PlanToPrint(pid) for pid in due]
    ErasureService(workspace).erase(due[0], "Lefèvre")
    batch = service.render(plans, "team")
    assert [doc.patient_id for doc in batch.documents] == due[1:]
    assert batch.left_out_by_reason == {LeftOut.NO_PLAN: 1} and batch.left_out == 1
    assert service.left_out_of(due, "person") == {}
