"""The Synchronisation page on real encrypted workspaces: export with a passphrase, the
import preview and apply, a concurrent edit reviewed, the patient header's badge."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.ui.main_window import MainWindow
from coordapp.ui.sync.page import FOLDER_KEY, SyncPage
from tests.conftest import OWNER, PASSPHRASE
from tests.informed import INFORMED
from tests.test_sync_helpers import PATIENT

TEAM = "Une phrase d'équipe assez longue 42"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    paths = AppPaths.from_environment(tmp_path / "bruno")
    ws, _code = Workspace.create(paths.default_db, PASSPHRASE,
                                 OwnerProfile("Bruno Petit"), paths)
    yield ws
    ws.close()


@pytest.fixture
def window_a(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def page_for(qtbot, window: MainWindow) -> SyncPage:
    window.show_page("sync")
    assert window.current_page() == "sync"
    assert window.sync_view is not None
    return window.sync_view


def export(qtbot, page: SyncPage, out: Path) -> None:
    page.export_to(out, scope="all", passphrase=TEAM)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert out.exists(), page.status_label.text()
    assert out.name in page.status_label.text()


def import_into(qtbot, page: SyncPage, bundle: Path, *, trust: bool) -> str:
    dialog = page.open_import(bundle)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20_000)
    assert dialog.preview is None and not dialog.passphrase_edit.isHidden()
    dialog.passphrase_edit.setText(TEAM)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    preview_text = dialog.preview_label.text()
    assert dialog.apply_button.isEnabled()
    dialog.trust_check.setChecked(trust)
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert "Import terminé" in dialog.preview_label.text()
    dialog.accept()
    return preview_text


def test_export_preview_and_import_with_trust(qtbot, tmp_path: Path, window_a: MainWindow,
                                              workspace: Workspace, other: Workspace,
                                              app_paths: AppPaths) -> None:
    pid = CaseloadService(workspace).add_patient(dict(PATIENT), allow_duplicate=True,
                                           information=INFORMED).id
    page_a = page_for(qtbot, window_a)
    assert page_a.key_edit.text().startswith("age1")
    assert not page_a.key_edit.isVisible()  # the fingerprint shows; the key on demand
    assert "empreinte" in page_a.identity_label.text()
    assert "age1" not in page_a.identity_label.text()
    qtbot.mouseClick(page_a.show_key_button, Qt.MouseButton.LeftButton)
    assert page_a.key_edit.isVisible()
    qtbot.mouseClick(page_a.show_key_button, Qt.MouseButton.LeftButton)
    assert not page_a.key_edit.isVisible()
    assert page_a.conflicts == []
    bundle = tmp_path / "a.coordbundle"
    export(qtbot, page_a, bundle)

    page_b = SyncPage(other, window_a.events.__class__(), window_a._settings)
    qtbot.addWidget(page_b)
    dialog = page_b.open_import(bundle)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20_000)
    dialog.passphrase_edit.setText(TEAM)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    text = dialog.preview_label.text()
    assert "inconnu" in text and OWNER.display_name in text
    assert "Nouveaux patients : 1" in text and PATIENT["family_name"].upper() in text.upper()
    assert not dialog.trust_check.isHidden()
    assert CaseloadService(other).count() == 0  # the preview wrote nothing
    dialog.trust_check.setChecked(True)
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert [p.id for p in CaseloadService(other).search()] == [pid]
    assert any(p.trusted for p in sync.list_peers(other))


def test_cancelled_import_leaves_the_database_unchanged(qtbot, tmp_path: Path,
                                                        window_a: MainWindow,
                                                        workspace: Workspace,
                                                        other: Workspace) -> None:
    CaseloadService(workspace).add_patient(dict(PATIENT), allow_duplicate=True,
                                           information=INFORMED)
    bundle = tmp_path / "a.coordbundle"
    export(qtbot, page_for(qtbot, window_a), bundle)
    page_b = SyncPage(other, window_a.events.__class__(), window_a._settings)
    qtbot.addWidget(page_b)
    dialog = page_b.open_import(bundle)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20_000)
    dialog.start_preview(TEAM)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    dialog.trust_check.setChecked(True)
    gate = threading.Event()
    blocker = QRunnable.create(lambda: gate.wait(10))
    dialog.runner.pool.start(blocker)  # the import waits behind it: the cancel comes first
    dialog.apply()
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20_000)
    assert dialog.summary is None
    assert "annul" in dialog.error_label.text().lower()
    assert CaseloadService(other).count() == 0
    assert sync.list_peers(other) == []


def test_concurrent_edit_listed_then_keep_theirs_clears_the_badge(
    qtbot, tmp_path: Path, window_a: MainWindow, workspace: Workspace, other: Workspace
) -> None:
    pid = CaseloadService(workspace).add_patient(dict(PATIENT), allow_duplicate=True,
                                           information=INFORMED).id
    page_a = page_for(qtbot, window_a)
    page_b = SyncPage(other, window_a.events.__class__(), window_a._settings)
    qtbot.addWidget(page_b)
    export(qtbot, page_a, tmp_path / "a1.coordbundle")
    import_into(qtbot, page_b, tmp_path / "a1.coordbundle", trust=True)

    CaseloadService(workspace).update_patient(pid, {"city": "Reims"})
    CaseloadService(other).update_patient(pid, {"city": "Sedan"})
    export(qtbot, page_b, tmp_path / "b1.coordbundle")
    import_into(qtbot, page_a, tmp_path / "b1.coordbundle", trust=True)

    assert len(page_a.conflicts) == 1
    assert page_a.table.rowCount() == 1
    assert page_a.table.item(0, 2).text() == "commune"
    patient_window = window_a.patient_windows.open(pid)
    assert patient_window is not None
    assert not patient_window.header.conflict_badge.isHidden()

    page_a.select_conflict(0)
    panel = page_a.panel
    assert {panel.mine_panel.value_label.text(), panel.theirs_panel.value_label.text()} == {
        "Reims", "Sedan"}
    assert "Bruno Petit" in panel.theirs_panel.author_label.text()
    theirs = panel.theirs_panel.value_label.text()
    panel.keep_theirs_button.click()
    assert sync.list_conflicts(workspace) == []
    assert page_a.table.rowCount() == 0
    assert patient_window.header.conflict_badge.isHidden()
    assert CaseloadService(workspace).get(pid).city == theirs


def test_shared_folder_is_remembered_and_synchronised(qtbot, tmp_path: Path,
                                                      window_a: MainWindow) -> None:
    page = page_for(qtbot, window_a)
    assert not page.sync_button.isEnabled()
    page.set_folder(tmp_path / "partage")
    assert window_a._settings.value(FOLDER_KEY) == str(tmp_path / "partage")
    assert page.sync_button.isEnabled()
    page.sync_now()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert page.status_label.text()  # no trusted colleague yet: a sentence says why


def test_screenshot_with_a_conflict(qtbot, tmp_path: Path, window_a: MainWindow,
                                    workspace: Workspace, other: Workspace) -> None:
    """With COORDAPP_SCREENSHOTS=1, writes docs/screenshots/synchronisation.png."""
    pid = CaseloadService(workspace).add_patient(dict(PATIENT), allow_duplicate=True,
                                           information=INFORMED).id
    page_a = page_for(qtbot, window_a)
    page_b = SyncPage(other, window_a.events.__class__(), window_a._settings)
    qtbot.addWidget(page_b)
    export(qtbot, page_a, tmp_path / "a1.coordbundle")
    import_into(qtbot, page_b, tmp_path / "a1.coordbundle", trust=True)
    CaseloadService(workspace).update_patient(pid, {"city": "Reims"})
    CaseloadService(other).update_patient(pid, {"city": "Sedan"})
    export(qtbot, page_b, tmp_path / "b1.coordbundle")
    import_into(qtbot, page_a, tmp_path / "b1.coordbundle", trust=True)
    page_a.select_conflict(0)
    window_a.resize(1240, 660)
    qtbot.wait(50)
    assert not page_a.panel.keep_theirs_button.isHidden()
    out = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    if os.environ.get("COORDAPP_SCREENSHOTS") and out.is_dir():
        window_a.grab().save(str(out / "synchronisation.png"))
