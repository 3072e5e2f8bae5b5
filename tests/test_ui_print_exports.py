"""Exports from the screens: the activity report dialog (Fichier › Rapport d'activité…),
my patients' calendar, and a patient file's "Exporter" menu (FHIR, calendar)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.main_window import MainWindow
from coordapp.ui.patient import PatientWindow
from coordapp.ui.printing import ActivityReportDialog
from coordapp.ui.printing.report_dialog import last_calendar_year
from tests.test_export_helpers import audit_events, make_plan


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch):
    """Answer the next save dialogs with these paths; records what was proposed."""
    answers: list[Path] = []
    proposed: list[str] = []

    def get_save_file_name(_parent, _title, directory, _filter, *args, **kwargs):
        proposed.append(Path(directory).name)
        return (str(answers.pop(0)) if answers else "", "")

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", get_save_file_name)
    return answers, proposed


@pytest.fixture
def window(qtbot, workspace: Workspace, app_paths: AppPaths) -> MainWindow:
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_period_defaults_to_the_last_calendar_year() -> None:
    assert last_calendar_year(dt.date(2026, 3, 5)) == (dt.date(2025, 1, 1),
                                                       dt.date(2025, 12, 31))


def test_the_activity_report_dialog_writes_a_csv(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path, save_as
) -> None:
    make_plan(workspace)
    answers, proposed = save_as
    window.commands.activity_report.trigger()
    dialog = window.print_commands.report_dialog
    assert isinstance(dialog, ActivityReportDialog) and dialog.isVisible()
    start, end = last_calendar_year(dt.date.today())
    assert dialog.period() == (start, end)
    dialog.start_edit.setDate(QDate(dt.date.today() - dt.timedelta(days=365)))
    dialog.end_edit.setDate(QDate(dt.date.today()))
    dialog.csv_radio.setChecked(True)
    answers.append(tmp_path / "rapport")
    with qtbot.waitSignal(dialog.report_saved, timeout=30_000) as saved:
        dialog.save_button.click()
    path = Path(saved.args[0])
    assert path == tmp_path / "rapport.csv"
    first_line = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first_line.startswith("Rapport d'activité;Du;")
    assert proposed[0].startswith("rapport-activite-") and proposed[0].endswith(".csv")
    assert not dialog.preview_button.isVisible()  # a spreadsheet is not printed from here
    assert [e.entity for e in audit_events(workspace, "export")] == ["activity_report"]


def test_a_pdf_report_can_be_previewed(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path, save_as
) -> None:
    answers, _proposed = save_as
    window.commands.activity_report.trigger()
    dialog = window.print_commands.report_dialog
    answers.append(tmp_path / "rapport.pdf")
    with qtbot.waitSignal(dialog.report_saved, timeout=30_000):
        dialog.save_button.click()
    assert dialog.preview_button.isVisible()
    dialog.preview_button.click()
    preview = window.print_commands.preview
    assert preview is not None and preview.page_count() >= 1
    assert not preview.save_button.isVisible()  # already saved, and anonymous
    assert window.print_commands.report_dialog is None
    preview.close_button.click()
    assert window.print_commands.preview is None


def test_a_period_ending_before_it_starts_is_refused(
    qtbot, window: MainWindow, save_as
) -> None:
    _answers, proposed = save_as
    window.commands.activity_report.trigger()
    dialog = window.print_commands.report_dialog
    dialog.start_edit.setDate(QDate(2025, 6, 1))
    dialog.end_edit.setDate(QDate(2025, 5, 1))
    dialog.save_button.click()
    assert proposed == []  # not even asked where to save
    assert dialog.result_label.text() == "La fin de la période précède son début."


def test_my_patients_calendar(
    qtbot, window: MainWindow, workspace: Workspace, tmp_path: Path, save_as
) -> None:
    make_plan(workspace, actions=5)
    answers, proposed = save_as
    answers.append(tmp_path / "agenda.ics")
    window.commands.export_calendar.trigger()
    assert proposed == ["agenda-mes-patients.ics"]
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "Agenda enregistré" in window.statusBar().currentMessage()
    assert "Lefèvre".upper() in (tmp_path / "agenda.ics").read_text(encoding="utf-8")
    answers.append(tmp_path / "partage.ics")
    window.commands.export_shared_calendar.trigger()
    assert proposed[-1] == "agenda-partage.ics"
    shared = (tmp_path / "partage.ics").read_text(encoding="utf-8")
    assert "LEFÈVRE" not in shared and "DVOŘÁK" not in shared and "(dossier " in shared


def test_the_patient_file_exports_fhir_and_its_calendar(
    qtbot, workspace: Workspace, tmp_path: Path, save_as
) -> None:
    ids = make_plan(workspace, actions=5)
    window = PatientWindow(workspace, ids.patient)
    qtbot.addWidget(window)
    window.show()
    commands = window.print_commands
    assert [a.text() for a in commands.export_menu.actions()] == [
        "Dossier &FHIR (.json)…", "&Agenda de ses échéances (.ics)…"]
    answers, proposed = save_as
    answers += [tmp_path / "dossier.json", tmp_path / "agenda.ics"]
    commands.export_fhir_action.trigger()
    commands.export_ics_action.trigger()
    bundle = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    calendar = (tmp_path / "agenda.ics").read_text(encoding="utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR") and "Action n°01" in calendar
    assert proposed == ["fhir-lefevre-dvorak-eloise.json",
                        "agenda-lefevre-dvorak-eloise.ics"]
    assert [e.entity_id for e in audit_events(workspace, "export")] == [ids.patient] * 2
    assert window.statusBar().currentMessage().startswith("Exporté : ")


def test_an_export_error_is_shown_in_french(
    qtbot, workspace: Workspace, tmp_path: Path, save_as, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_plan(workspace)
    window = PatientWindow(workspace, ids.patient)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda _parent, _title, text, *args: shown.append(text))
    blocker = tmp_path / "fichier"
    blocker.write_text("")
    answers, _proposed = save_as
    answers.append(blocker / "dossier.json")  # a folder that is a file
    window.print_commands.export_fhir_action.trigger()
    assert len(shown) == 1 and shown[0].startswith("Impossible d'écrire le fichier")
    assert audit_events(workspace, "export") == []
