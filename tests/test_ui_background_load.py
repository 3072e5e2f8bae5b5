"""A large caseload's index and "À faire" are read on a worker thread after unlock: the
window keeps processing events meanwhile, shows the first patients and "Calcul…", and
lists exactly what the services list once the reads are done.

The worker is held back deterministically by holding the caseload index's own lock
from the test (the worker's read needs it; the screen, while waiting, must not)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService, index_for
from coordapp.services.demo.generate import generate_demo
from coordapp.services.workspace import Workspace
from coordapp.ui import main_window
from coordapp.ui.caseload_model import CaseloadTableModel
from coordapp.ui.dashboard_model import Section
from coordapp.ui.main_window import MainWindow
from tests.test_ui_dashboard import add_late_action, add_patient, colleague


@pytest.fixture(autouse=True)
def _always_in_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "BACKGROUND_FROM", 0)


@contextmanager
def index_held(workspace: Workspace) -> Iterator[None]:
    """The worker's index read waits while this block runs."""
    lock = index_for(workspace)._lock
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


def open_window(qtbot, workspace: Workspace, app_paths: AppPaths, page: str) -> MainWindow:
    settings = main_window.ui_settings(app_paths)
    settings.setValue("main_window/page", page)
    settings.sync()
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def listed(model: CaseloadTableModel) -> list[str]:
    return [model.index(row, 0).data(CaseloadTableModel.IdRole)
            for row in range(model.rowCount())]


def test_the_window_stays_responsive_while_the_caseload_index_loads(
        qtbot, workspace: Workspace, app_paths: AppPaths) -> None:
    generate_demo(workspace, 40, seed=7)
    for name in ("Eric", "Émile", "Emile"):
        add_patient(workspace, name, given_names="Jeanne")
    service = CaseloadService(workspace)
    with index_held(workspace):
        window = open_window(qtbot, workspace, app_paths, "caseload")
        view = window.caseload_view
        assert view is not None and view.model.waiting
        assert view.count_label.text() == "Calcul…"
        assert 0 < view.model.rowCount() <= 200  # the first patients, read by SQL
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        view.search_edit.setFocus()
        qtbot.keyClicks(view.search_edit, "emile")
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
        qtbot.wait(300)
        timer.stop()
        assert len(ticks) >= 5  # the event loop ran all along
        assert view.search_edit.text() == "emile" and view.model.waiting
        assert view.model.rowCount() == 0 and view.count_label.text() == "Calcul…"
    qtbot.waitUntil(lambda: not view.model.waiting, timeout=10_000)
    # The search typed meanwhile, answered by the index, in French order.
    emile = [r.id for r in service.search("emile")]
    assert listed(view.model) == emile and len(emile) >= 2
    names = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert names.index("EMILE") < names.index("ÉMILE")
    view.search_edit.clear()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.total == service.count() == 43
    assert view.count_label.text() == "43 patients"
    everyone = service.matching()
    assert view.model.index(0, 0).data(CaseloadTableModel.IdRole) == everyone[0]
    assert [view.model.index(row, 0).data(CaseloadTableModel.IdRole)
            for row in range(view.model.rowCount())] == everyone
    assert "43 patients" in window.status_label.text()
    window.close()


def test_todo_lists_are_prepared_in_the_background_for_both_filters(
        qtbot, workspace: Workspace, app_paths: AppPaths) -> None:
    mine = add_patient(workspace, "Lefèvre")
    add_late_action(workspace, mine, 5, "Appeler l'infirmière libérale")
    theirs = add_patient(workspace, "Keller", referent_id=colleague(workspace))
    add_late_action(workspace, theirs, 3, "Visite à domicile")
    with index_held(workspace):
        window = open_window(qtbot, workspace, app_paths, "todo")
        view = window.dashboard_view
        assert view is not None and view.mine_check.isChecked()
        qtbot.wait(100)
        assert view.hint_label.isVisible()
        assert view.hint_label.text() == "Calcul des listes…"
        assert view.model.count(Section.OVERDUE) == 0
    qtbot.waitUntil(lambda: view.model.count(Section.OVERDUE) == 1, timeout=10_000)
    assert view.model.section_title(Section.OVERDUE) == "Actions en retard (1)"
    assert not view.hint_label.isVisible()
    qtbot.waitUntil(lambda: not window.reader.busy, timeout=10_000)
    # Everyone's lists were prepared too: shown on the click, without a read.
    qtbot.mouseClick(view.mine_check, Qt.MouseButton.LeftButton)
    assert not view.mine_check.isChecked()
    assert view.model.section_title(Section.OVERDUE) == "Actions en retard (2)"
    # A change: prepared again in the background, then shown.
    add_late_action(workspace, theirs, 9, "Réunion de concertation")
    window.events.notify("action")
    qtbot.waitUntil(lambda: view.model.count(Section.OVERDUE) == 3, timeout=10_000)
    qtbot.mouseClick(view.mine_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.count(Section.OVERDUE) == 1, timeout=10_000)
    window.close()


def test_locking_while_the_index_loads_leaves_no_patient_in_memory(
        qtbot, workspace: Workspace, app_paths: AppPaths) -> None:
    generate_demo(workspace, 30, seed=8)
    window = open_window(qtbot, workspace, app_paths, "caseload")
    window.lock_action.trigger()  # waits for the read under way, then drops it
    assert workspace.is_locked and window.caseload_view is None
    qtbot.wait(100)  # the read's result, handed over after the lock, is dropped
    assert "caseload" not in workspace.caches
    window.close()
