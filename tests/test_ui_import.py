"""The CSV import dialog: automatic column mapping, the report, the import on a worker."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.imports.csv_import import ImportKind
from coordapp.services.workspace import Workspace
from coordapp.ui.import_dialog import ImportDialog
from coordapp.ui.import_model import MappingColumn, ReportColumn

DATA = Path(__file__).parent / "data"
CP1252 = DATA / "file_active_cp1252.csv"


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace) -> ImportDialog:
    CaseloadService(workspace).add_patient({"family_name": "Dupont", "given_names": "Marie",
                                            "birth_date": "1945-06-15", "sex": "F"})
    DirectoryService(workspace).add_professional({"family_name": "Martin", "given_name": "Paul",
                                                  "profession": "Médecin généraliste"})
    widget = ImportDialog(workspace, ImportKind.PATIENTS)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def combo(dialog: ImportDialog, header: str) -> QComboBox:
    row = list(dialog.mapping_model.mapping()).index(header)
    widget = dialog.mapping_view.indexWidget(dialog.mapping_model.index(row, MappingColumn.FIELD))
    assert isinstance(widget, QComboBox)
    return widget


def verify(qtbot: QtBot, dialog: ImportDialog) -> None:
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.runner.busy, timeout=5000)


def entries(dialog: ImportDialog) -> list[tuple[int, str, str]]:
    return [(e.line, e.severity, e.column) for e in dialog.report_model.entries]


def test_headers_are_mapped_automatically_with_a_combo_each(dialog: ImportDialog):
    assert dialog.load_file(CP1252)
    mapping = dialog.mapping_model.mapping()
    assert mapping["Prénom(s)"] == "given_names" and mapping["N° sécu"] == "nir"
    assert mapping["Né(e) le"] == "birth_date" and mapping["Médecin traitant"] == "gp_name"
    assert combo(dialog, "Né(e) le").currentData() == "birth_date"
    assert combo(dialog, "Né(e) le").currentText() == "Date de naissance"
    assert combo(dialog, "Nom de naissance").itemText(0) == "(ignorer)"
    sample = dialog.mapping_model.index(3, MappingColumn.SAMPLE).data()
    assert sample.startswith("12/03/1941 · 5/7/38")  # a preview of the first rows
    assert "Windows-1252" in dialog.file_label.text()
    assert not dialog.import_button.isEnabled() and dialog.verify_button.isEnabled()


def test_choosing_a_field_in_a_combo_changes_the_mapping(qtbot: QtBot, dialog: ImportDialog):
    dialog.load_file(CP1252)
    verify(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    gp = combo(dialog, "Médecin traitant")
    gp.setCurrentIndex(0)  # (ignorer)
    assert dialog.mapping_model.mapping()["Médecin traitant"] is None
    assert dialog.report is None and not dialog.import_button.isEnabled()  # check again
    combo(dialog, "Tél.").setCurrentIndex(combo(dialog, "Tél.").findData("city"))
    mapping = dialog.mapping_model.mapping()
    assert mapping["Tél."] == "city" and mapping["Commune"] is None  # one column per field
    assert combo(dialog, "Commune").currentData() == ""


def test_verify_shows_errors_in_red_and_duplicates_in_orange(qtbot: QtBot,
                                                             dialog: ImportDialog):
    dialog.load_file(CP1252)
    verify(qtbot, dialog)
    found = entries(dialog)
    assert (4, "error", "N° sécu") in found and (5, "error", "Né(e) le") in found
    assert (6, "error", "Nom de naissance") in found and (7, "error", "Tél.") in found
    assert (8, "duplicate", "") in found and (9, "duplicate", "") in found
    assert (2, "ready", "") in found
    model = dialog.report_model
    error_row = found.index((4, "error", "N° sécu"))
    reason = model.index(error_row, ReportColumn.REASON)
    assert reason.data() == "La clé du NIR ne correspond pas : vérifiez la saisie."
    assert reason.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    duplicate = model.index(found.index((8, "duplicate", "")), ReportColumn.STATE)
    assert duplicate.data() == "Doublon probable"
    assert duplicate.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a24a00"
    assert dialog.import_button.text() == "&Importer 4 ligne(s)"
    assert "4 en erreur" in dialog.summary_label.text()
    dialog.hide_ready_box.setChecked(True)
    assert all(severity != "ready" for _l, severity, _c in entries(dialog))
    dialog.duplicates_box.setChecked(True)
    assert dialog.import_button.text() == "&Importer 6 ligne(s)"
    assert CaseloadService(dialog.service.ws).count() == 1  # nothing written yet


def test_import_confirms_and_imports_the_good_rows(qtbot: QtBot, dialog: ImportDialog):
    dialog.load_file(CP1252)
    verify(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args == [4]
    qtbot.waitUntil(lambda: not dialog.runner.busy)
    caseload = CaseloadService(dialog.service.ws)
    assert {p.family_name for p in caseload.search()} == {
        "Dupont", "Lefèvre", "Lecœur", "Barbier", "Roche"}
    assert "4 ligne(s) importée(s)" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()  # the same report cannot be imported twice


def test_people_followed_without_information_are_said_to_come_in_as_requests(
    qtbot: QtBot, dialog: ImportDialog
):
    """Lecœur is « en cours » with no « Information le »: a request, said before and
    after the import; Lefèvre's date of information makes her case active."""
    dialog.load_file(CP1252)
    verify(qtbot, dialog)
    assert ("1 personne(s) suivie(s) dans le fichier mais importée(s) en demande : la date "
            "de leur information (colonne « Information le ») manque") in \
        dialog.summary_label.text()
    found = entries(dialog)
    assert (3, "warning", "Statut") in found
    row = found.index((3, "warning", "Statut"))
    assert "importé(e) en demande" in dialog.report_model.index(row, ReportColumn.REASON).data()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.busy)
    assert ("1 personne(s) importée(s) en demande, pas en suivi actif : le fichier n'indique "
            "pas la date de leur information.") in dialog.summary_label.text()
    statuses = {p.family_name: p.status for p in CaseloadService(dialog.service.ws).search()}
    assert (statuses["Lecœur"], statuses["Lefèvre"]) == ("request", "active")


def test_interrupting_a_long_import_writes_nothing(qtbot: QtBot, dialog: ImportDialog,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "longue.csv"
    rows = [f"Nom{i:04d}x;Prénom;{1 + i % 28:02d}/{1 + i % 12:02d}/{1920 + i % 50};F"
            for i in range(600)]
    path.write_text("Nom;Prénom;Date de naissance;Sexe\n" + "\n".join(rows), encoding="utf-8")
    dialog.load_file(path)
    verify(qtbot, dialog)
    assert dialog.importable_count() > 500
    gate = threading.Event()
    real_apply = dialog.service.apply

    def gated_apply(*args: Any, **kwargs: Any) -> Any:
        gate.wait(5)
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(dialog.service, "apply", gated_apply)
    dialog.import_button.click()
    assert dialog.close_button.text() == "Interrompre" and dialog.progress_bar.isVisible()
    dialog.close_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)
    assert "Import annulé : rien n'a été enregistré." in dialog.error_label.text()
    assert CaseloadService(dialog.service.ws).count() == 1
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # can be started again


def test_an_unreadable_file_is_explained(dialog: ImportDialog, tmp_path: Path):
    path = tmp_path / "classeur.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    assert not dialog.load_file(path)
    assert "pas un classeur lisible" in dialog.error_label.text()
    assert not dialog.verify_button.isEnabled()


def test_directory_dialog_maps_directory_headers(qtbot: QtBot, workspace: Workspace):
    widget = ImportDialog(workspace, "directory")
    qtbot.addWidget(widget)
    widget.load_file(DATA / "directory.csv")
    mapping = widget.mapping_model.mapping()
    assert mapping["Type"] == "record_type" and mapping["RPPS"] == "rpps"
    assert widget.windowTitle() == "Importer un annuaire"
    verify(qtbot, widget)
    assert (4, "warning", "RPPS") in entries(widget)


def test_a_workbook_sheet_is_chosen_in_the_dialog(qtbot: QtBot, dialog: ImportDialog,
                                                 tmp_path: Path):
    from tests.test_table_import import HEADERS, ROWS, write_ods

    path = write_ods(tmp_path / "suivi.ods", {"Notes": [["Rien ici"]],
                                              "Patients": [HEADERS, *ROWS]})
    assert dialog.load_file(path)
    assert dialog.sheet_combo.isVisible() and dialog.source is not None
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "Notes", "Patients"]
    assert dialog.source.sheet == "Notes"
    dialog.sheet_combo.setFocus()
    qtbot.keyClick(dialog.sheet_combo, Qt.Key.Key_Down)  # the next sheet
    assert dialog.source.sheet == "Patients"
    assert "feuille « Patients », 3 ligne(s)" in dialog.file_label.text()
    assert dialog.mapping_model.mapping()["NIR"] == "nir"
    verify(qtbot, dialog)
    assert dialog.importable_count() == 3
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.report is None, timeout=5000)
    assert "3 ligne(s) importée(s)." in dialog.summary_label.text()


def test_a_csv_file_shows_no_sheet_choice(dialog: ImportDialog):
    assert dialog.load_file(CP1252)
    assert not dialog.sheet_combo.isVisible()
