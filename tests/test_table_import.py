"""``coordapp import table``: caseloads kept in Excel (.xlsx) or LibreOffice (.ods).

The workbooks are written by real writers (openpyxl for .xlsx, odfpy for .ods) with
typed cells: a NIR stored as a number, a postal code that lost its leading zero, date
cells, accents and Œ, Corsican NIRs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from sqlalchemy import select

from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, AuditEvent, Patient
from coordapp.paths import AppPaths
from coordapp.services.imports.csv_import import CsvImportService
from coordapp.services.imports.csv_mapping import ImportKind, auto_mapping
from coordapp.services.imports.sheet_source import cell_text, read_table
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_csv_import import db, run  # noqa: F401  (the CLI database fixture)

HEADERS = ["Nom", "Prénom", "Date de naissance", "Sexe", "NIR", "Code postal", "Ville"]
ROWS: list[list[Any]] = [
    ["Lœuvre", "Éloïse Marie", dt.date(1995, 10, 3), "F", 295109912611193, 8000,
     "Charleville-Mézières"],
    ["ŒHMICHEN", "Anaïs", dt.datetime(1953, 7, 14), "Femme", "253072A07300443", "20000",
     "Ajaccio"],
    ["Ordioni", "Marie-Noëlle", dt.date(1953, 7, 21), "F", "253072B07300470", 20200,
     "Bastia"],
]
EXPECTED = {
    "Lœuvre": ("Éloïse Marie", dt.date(1995, 10, 3), "295109912611193", "08000"),
    "ŒHMICHEN": ("Anaïs", dt.date(1953, 7, 14), "253072A07300443", "20000"),
    "Ordioni": ("Marie-Noëlle", dt.date(1953, 7, 21), "253072B07300470", "20200"),
}


def write_xlsx(path: Path, rows: list[list[Any]], *, first: str = "File active",
               other: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = first
    sheet.append([])  # a blank first row: the header is on row 2
    for row in [HEADERS, *rows]:
        sheet.append(row)
    if other:
        book.create_sheet(other).append(["Nom", "Prénom"])
    book.save(path)
    return path


def _ods_cell(value: Any) -> TableCell:
    if isinstance(value, bool | int | float):
        cell = TableCell(valuetype="float", value=str(value))
        cell.addElement(P(text=str(value)))
    elif isinstance(value, dt.date):
        cell = TableCell(valuetype="date", datevalue=value.strftime("%Y-%m-%d"))
        cell.addElement(P(text=value.strftime("%d/%m/%Y")))
    else:
        cell = TableCell(valuetype="string")
        cell.addElement(P(text=value))
    return cell


def write_ods(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    document = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for values in rows:
            row = TableRow()
            for value in values:
                row.addElement(_ods_cell(value))
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def patients_in(path: Path) -> dict[str, tuple[str, dt.date, str | None, str | None]]:
    workspace = Workspace.open(path, PASSPHRASE, AppPaths.from_environment())
    try:
        with workspace.unit_of_work() as uow:
            return {p.family_name: (p.given_names, p.birth_date, p.nir, p.postal_code)
                    for p in uow.session.scalars(select(Patient))}
    finally:
        workspace.close()


@pytest.mark.parametrize("value, text", [
    (295109912611193, "295109912611193"), (295109912611193.0, "295109912611193"),
    (8000.0, "8000"), (1.5, "1,5"), (True, "oui"), (None, ""),
    (dt.date(1941, 3, 12), "12/03/1941"), (dt.datetime(1941, 3, 12), "12/03/1941"),
    (dt.datetime(2026, 1, 5, 9, 30), "05/01/2026 09:30"), ("  Lœb ", "Lœb"),
])
def test_cells_become_the_text_a_csv_would_hold(value: Any, text: str):
    assert cell_text(value) == text


def test_xlsx_rows_keep_sheet_line_numbers_and_typed_values(tmp_path: Path):
    source = read_table(write_xlsx(tmp_path / "file.xlsx", ROWS))
    assert source.sheet == "File active" and source.encoding == "classeur Excel (.xlsx)"
    assert source.headers == HEADERS
    assert [line for line, _cells in source.rows] == [3, 4, 5]  # as the spreadsheet shows
    assert source.rows[0][1] == ["Lœuvre", "Éloïse Marie", "03/10/1995", "F",
                                 "295109912611193", "8000", "Charleville-Mézières"]


def test_cli_imports_an_xlsx_caseload(db: Path, tmp_path: Path,  # noqa: F811
                                      capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "file-active.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "File active"
    for row in [HEADERS, *ROWS]:
        sheet.append(row)
    book.save(path)
    code, out, err = run(capsys, "import", "table", str(path), "--kind", "patients",
                         "--db", str(db))
    assert code == 0, err
    assert "Fichier file-active.xlsx : classeur Excel (.xlsx), feuille « File active », " \
           "3 ligne(s) de données." in out
    assert "Ligne 2 (LŒUVRE Éloïse (03/10/1995)), colonne « Code postal » : " \
           "attention : Le 0 initial du code postal manquait" in out
    assert "3 patient(s) importé(s)." in err
    found = patients_in(db)
    assert {name: found[name] for name in EXPECTED} == EXPECTED


def test_cli_imports_an_ods_sheet_by_name(db: Path, tmp_path: Path,  # noqa: F811
                                         capsys: pytest.CaptureFixture[str]):
    path = write_ods(tmp_path / "suivi.ods", {"Notes": [["Rien ici"]],
                                              "Patients 2026": [HEADERS, *ROWS]})
    code, out, err = run(capsys, "import", "table", str(path), "--sheet", "Patients 2026",
                         "--kind", "patients", "--db", str(db))
    assert code == 0, err
    assert "classeur LibreOffice (.ods), feuille « Patients 2026 »" in out
    found = patients_in(db)
    assert {name: found[name] for name in EXPECTED} == EXPECTED


def test_unknown_sheet_is_refused_with_the_list_and_nothing_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
):
    path = write_xlsx(tmp_path / "f.xlsx", ROWS, other="Annuaire")
    before = patients_in(db)
    code, _out, err = run(capsys, "import", "table", str(path), "--sheet", "Suivi",
                          "--kind", "patients", "--db", str(db))
    assert code == 4 and "pas de feuille « Suivi »" in err
    assert "« File active », « Annuaire »" in err
    assert patients_in(db) == before


def test_dry_run_and_the_csv_alias(db: Path, tmp_path: Path,  # noqa: F811
                                   capsys: pytest.CaptureFixture[str]):
    path = write_ods(tmp_path / "f.ods", {"Feuille1": [HEADERS, *ROWS]})
    before = patients_in(db)
    code, _out, err = run(capsys, "import", "csv", str(path), "--kind", "patients",
                          "--dry-run", "--db", str(db))
    assert code == 0 and "3 patient(s) seraient importé(s)" in err
    assert patients_in(db) == before


def test_damaged_workbook_and_sheet_option_on_csv(tmp_path: Path):
    broken = tmp_path / "abime.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    with pytest.raises(InvalidInput, match="pas un classeur lisible"):
        read_table(broken)
    csv_file = tmp_path / "f.csv"
    csv_file.write_text("Nom;Prénom\nA;B\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="--sheet"):
        read_table(csv_file, "Feuille1")


def test_workbook_import_is_one_audited_transaction(workspace: Workspace, tmp_path: Path):
    source = read_table(write_ods(tmp_path / "f.ods", {"A": [HEADERS, *ROWS]}))
    service = CsvImportService(workspace)
    report = service.preview(source, ImportKind.PATIENTS,
                             auto_mapping(source.headers, ImportKind.PATIENTS))
    assert [row.line for row in report.rows] == [2, 3, 4]
    result = service.apply(report)
    assert result.imported == 3
    with workspace.unit_of_work() as uow:
        events = list(uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT)))
    assert [e.detail for e in events] == ["3 fiche(s) importée(s) d'un classeur"]
