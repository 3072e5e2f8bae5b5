"""Desktop start-up: first run, unlock, caseload table and main window (pytest-qt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from coordapp import __version__
from coordapp.errors import DatabaseLocked
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui import startup
from coordapp.ui.caseload_model import CaseloadTableModel, Column
from coordapp.ui.caseload_view import SEARCH_DELAY_MS, CaseloadView
from coordapp.ui.first_run_dialog import FirstRunDialog
from coordapp.ui.i18n import install_translators
from coordapp.ui.main_window import MainWindow
from coordapp.ui.unlock_dialog import UnlockDialog
from tests.informed import INFORMED

RECOVERY_CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$")

PATIENTS = [
    {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
     "sex": "F", "city": "Sedan", "status": "active"},
    {"family_name": "Martin", "given_names": "Jean Pierre", "birth_date": "1938-11-02",
     "sex": "M", "city": "Charleville-Mézières", "status": "active"},
    {"family_name": "Dubois", "given_names": "Germaine", "birth_date": "1929-06-30",
     "sex": "F", "city": "Rethel"},
    {"family_name": "Nguyen", "given_names": "Thi Lan", "birth_date": "1950-01-15",
     "sex": "F", "city": "Givet", "status": "on_hold"},
    {"family_name": "Petit", "given_names": "Louis", "birth_date": "1945-09-09",
     "sex": "M", "city": "Sedan"},
]


#: The status bar of a database never synchronised.
NO_SYNC = "coordapp.db — {} — dernière synchronisation : jamais"

def add_patients(workspace: Workspace) -> None:
    service = CaseloadService(workspace)
    for patient in PATIENTS:
        service.add_patient(patient, information=INFORMED)


def add_many_patients(workspace: Workspace, count: int) -> None:
    try:
        from coordapp.services.demo.generate import generate_demo
    except ImportError:
        service = CaseloadService(workspace)
        for i in range(count):
            service.add_patient(
                {"family_name": f"Patient{i:04d}", "given_names": "Test",
                 "birth_date": f"19{30 + i % 60:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                 "sex": "F" if i % 2 else "M"},
                allow_duplicate=True,
            )
    else:
        generate_demo(workspace, count)


def cell(model: CaseloadTableModel, row: int, column: Column) -> str:
    return model.data(model.index(row, column))


# -- first run ------------------------------------------------------------------------


def fill_first_run(qtbot, dialog: FirstRunDialog, passphrase: str, confirmation: str) -> None:
    qtbot.keyClicks(dialog.name_edit, "Anne Martin")
    dialog.profession_edit.setText("Infirmière coordinatrice")  # QTest types ASCII only
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.confirm_edit, confirmation)


def test_first_run_refuses_a_weak_passphrase(qtbot, app_paths: AppPaths) -> None:
    dialog = FirstRunDialog(app_paths.default_db, app_paths)
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, "Marie2024!", "Marie2024!")

    assert not dialog.create_button.isEnabled()
    assert dialog.strength_label.text().startswith("Trop")
    assert dialog.strength_bar.value() < 4
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not app_paths.default_db.exists()


def test_first_run_requires_matching_confirmation(qtbot, app_paths: AppPaths) -> None:
    dialog = FirstRunDialog(app_paths.default_db, app_paths)
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, PASSPHRASE, PASSPHRASE[:-1])

    assert dialog.strength_label.text().startswith("Phrase de passe")
    assert not dialog.create_button.isEnabled()
    assert "correspondent pas" in dialog.match_label.text()
    qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE[-1])
    assert dialog.create_button.isEnabled()
    assert dialog.match_label.text() == ""


def test_first_run_creates_the_database_and_shows_the_recovery_code(
    qtbot, app_paths: AppPaths
) -> None:
    db = app_paths.default_db
    dialog = FirstRunDialog(db, app_paths)
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.strength_bar.value() == 4

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    try:
        assert dialog.workspace is not None
        assert db.exists()
        assert not db.read_bytes().startswith(b"SQLite format 3")
        assert dialog.pages.currentIndex() == FirstRunDialog.RECOVERY_PAGE
        assert RECOVERY_CODE.match(dialog.code_label.text())
        assert dialog.passphrase_edit.text() == ""

        with qtbot.assertNotEmitted(dialog.rejected):
            dialog.reject()  # Escape cannot skip the recovery code
        assert dialog.pages.currentIndex() == FirstRunDialog.RECOVERY_PAGE
        assert not dialog.continue_button.isEnabled()
        dialog.copied_check.setChecked(True)
        assert dialog.continue_button.isEnabled()
        qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.code_label.text() == ""
    finally:
        if dialog.workspace is not None:
            dialog.workspace.close()


def test_first_run_shows_service_errors_inline(qtbot, created, app_paths: AppPaths) -> None:
    dialog = FirstRunDialog(app_paths.default_db, app_paths)  # already exists
    qtbot.addWidget(dialog)
    fill_first_run(qtbot, dialog, PASSPHRASE, PASSPHRASE)

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is None
    assert dialog.error_label.text() == "Une base de données existe déjà à cet emplacement."
    assert dialog.pages.currentIndex() == FirstRunDialog.FORM_PAGE


# -- unlock ---------------------------------------------------------------------------


@pytest.fixture
def locked_db(created: tuple[Workspace, str], app_paths: AppPaths) -> tuple[Path, str]:
    workspace, code = created
    workspace.close()
    return app_paths.default_db, code


def test_unlock_delays_after_a_wrong_passphrase_then_opens(
    qtbot, locked_db: tuple[Path, str], app_paths: AppPaths
) -> None:
    db, _ = locked_db
    dialog = UnlockDialog(db, app_paths, base_delay_ms=50)
    qtbot.addWidget(dialog)

    qtbot.keyClicks(dialog.secret_edit, "pas la bonne phrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Phrase de passe ou code de récupération incorrect."
    assert not dialog.unlock_button.isEnabled()
    assert "Nouvel essai possible dans 1 s" in dialog.countdown_label.text()
    assert dialog.workspace is None
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)

    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)  # still wrong
    assert dialog.current_delay_ms() == 100
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)

    dialog.secret_edit.clear()
    qtbot.keyClicks(dialog.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None
    dialog.workspace.close()


def test_unlock_delay_doubles_and_is_capped() -> None:
    dialog = UnlockDialog(Path("absent.db"), AppPaths.from_environment())
    delays = []
    for failures in range(1, 9):
        dialog.failures = failures
        delays.append(dialog.current_delay_ms())
    assert delays == [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]
    dialog.deleteLater()


def test_unlock_accepts_the_recovery_code(
    qtbot, locked_db: tuple[Path, str], app_paths: AppPaths
) -> None:
    db, code = locked_db
    dialog = UnlockDialog(db, app_paths, base_delay_ms=10)
    qtbot.addWidget(dialog)
    dialog.show()  # Return reaches the default button of a visible dialog only
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.secret_edit, code.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)
    assert dialog.workspace is not None
    dialog.workspace.close()


def test_unlock_reports_a_damaged_keyslot_file_without_delay(
    qtbot, locked_db: tuple[Path, str], app_paths: AppPaths
) -> None:
    db, _ = locked_db
    db.with_name(db.name + ".keys").write_text("{ pas du json")
    dialog = UnlockDialog(db, app_paths, base_delay_ms=10_000)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret_edit, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    assert "clés" in dialog.error_label.text()
    assert "incorrect" not in dialog.error_label.text()
    assert dialog.unlock_button.isEnabled()
    assert dialog.workspace is None


# -- caseload -------------------------------------------------------------------------


def test_caseload_view_searches_as_you_type_and_filters(qtbot, workspace: Workspace) -> None:
    add_patients(workspace)
    view = CaseloadView(CaseloadService(workspace))
    qtbot.addWidget(view)
    model = view.model
    assert model.rowCount() == 5
    assert view.count_label.text() == "5 patients"
    assert [cell(model, r, Column.FAMILY_NAME) for r in range(5)] == \
        ["DUBOIS", "LEFÈVRE", "MARTIN", "NGUYEN", "PETIT"]
    assert cell(model, 1, Column.BIRTH_DATE) == "12/03/1941"
    assert cell(model, 1, Column.STATUS) == "Actif"
    assert cell(model, 0, Column.STATUS) == "Demande"
    assert cell(model, 0, Column.GP) == "Sans médecin traitant"
    assert model.data(model.index(0, Column.GP), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0, 0), CaseloadTableModel.IdRole)

    qtbot.keyClicks(view.search_edit, "eloise")
    assert model.rowCount() == 5  # debounced: nothing searched yet
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert cell(model, 0, Column.GIVEN_NAMES) == "Éloïse"
    assert view.count_label.text() == "1 patient"

    view.search_edit.clear()
    view.status_combo.setCurrentIndex(view.status_combo.findText("Actif"))
    assert model.rowCount() == 2
    assert {cell(model, r, Column.STATUS) for r in range(2)} == {"Actif"}
    view.status_combo.setCurrentIndex(view.status_combo.findText("Clôturé"))
    assert model.rowCount() == 0
    assert view.count_label.text() == "Aucun patient"


def test_ctrl_f_focuses_the_search_field(qtbot, workspace: Workspace) -> None:
    view = CaseloadView(CaseloadService(workspace))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()


def test_caseload_model_lists_every_match_and_reads_lines_when_shown(
        qtbot, workspace: Workspace) -> None:
    add_many_patients(workspace, 450)
    service = CaseloadService(workspace)
    model = CaseloadTableModel(service, page_size=200)
    model.set_query()
    assert model.total == model.rowCount() == 450  # every match, no "fetch more"
    ids = [model.data(model.index(r, 0), CaseloadTableModel.IdRole) for r in range(450)]
    assert len(set(ids)) == 450
    assert ids == service.matching()
    last = service.rows([ids[-1]])[0]
    assert last is not None
    assert cell(model, 449, Column.FAMILY_NAME).startswith(last.family_name.upper())


# -- main window ----------------------------------------------------------------------


def test_main_window_shows_the_caseload_and_locks(
    qtbot, workspace: Workspace, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_patients(workspace)
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.windowTitle() == "CoordApp"
    assert window.status_label.text() == NO_SYNC.format("5 patients")
    window.show_page("caseload")
    assert window.pages.currentWidget() is window.caseload_view
    assert isinstance(window.caseload_view, CaseloadView)
    assert window.caseload_view.model.rowCount() == 5
    assert window.width() <= 1366 and window.height() <= 768

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.locked, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert workspace.is_locked  # the key is forgotten: nothing can read the database
    with pytest.raises(DatabaseLocked):
        CaseloadService(workspace).count()
    assert isinstance(window.centralWidget(), QLabel)
    assert window.caseload_view is None
    assert window.findChildren(CaseloadView) == [] or all(
        v.model.rowCount() == 0 for v in window.findChildren(CaseloadView))
    assert "verrouillée" in window.status_label.text()

    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=2000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not workspace.is_locked and window.workspace is workspace
    assert window.pages.currentWidget() is window.caseload_view
    assert window.caseload_view.model.rowCount() == 5
    window.close()
    assert window.workspace is None


def test_main_window_about_and_quit(qtbot, workspace: Workspace, app_paths: AppPaths) -> None:
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    assert window.status_label.text() == NO_SYNC.format("0 patient")
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Fichier", "&Affichage", "&Outils", "Ai&de"]

    window.about_action.trigger()
    box = window.about_box
    assert isinstance(box, QMessageBox)
    assert __version__ in box.text() and str(app_paths.default_db) in box.text()
    assert "code de récupération" in box.text()
    box.close()

    window.show()
    window.quit_action.trigger()
    assert not window.isVisible()
    assert window.workspace is None
    assert (app_paths.config_dir / "ui.ini").exists()


def test_main_window_lock_then_quit_from_the_unlock_dialog(
    qtbot, workspace: Workspace, app_paths: AppPaths
) -> None:
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    window.show()
    window.lock_action.trigger()
    assert isinstance(window.centralWidget(), QLabel)
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.quit_button.click()
    assert not window.isVisible()


# -- start-up -------------------------------------------------------------------------


def test_translators_keep_qt_in_french_without_a_coordapp_translation(qapp) -> None:
    previous = QLocale()
    translators = []
    try:
        translators = install_translators(qapp, QLocale("de_DE"))  # no CoordApp German
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QLocale().language() == QLocale.Language.French
        assert QLocale().toString(1234) in {"1\u202f234", "1\u00a0234", "1 234"}
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_launch_returns_0_when_the_first_run_is_cancelled(
    qapp, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = []
    monkeypatch.setattr(startup, "install_translators",
                        lambda app, *_locale: shown.append("i18n"))
    monkeypatch.setattr(FirstRunDialog, "exec",
                        lambda self: shown.append(type(self)) or QDialog.DialogCode.Rejected)
    assert startup.launch(qapp, None) == 0
    assert shown == ["i18n", FirstRunDialog]
    assert qapp.applicationName() == "CoordApp"
    assert not app_paths.default_db.exists()


def test_launch_unlocks_then_runs_the_main_window(
    qapp, locked_db: tuple[Path, str], app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = locked_db
    opened: list[Workspace] = []
    seen: list[str] = []

    def unlock(dialog: UnlockDialog) -> QDialog.DialogCode:
        dialog.workspace = Workspace.open(db, PASSPHRASE, app_paths)
        opened.append(dialog.workspace)
        return QDialog.DialogCode.Accepted

    def event_loop() -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.status_label.text() for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(startup, "install_translators", lambda app, *_locale: [])
    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    monkeypatch.setattr(qapp, "exec", event_loop)
    assert startup.launch(qapp, db) == 0
    assert seen == [NO_SYNC.format("0 patient")]
    assert len(opened) == 1
