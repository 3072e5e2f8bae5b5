"""CSV import: dates whose day/month order cannot be trusted are refused, never guessed."""

from __future__ import annotations

from pathlib import Path

from coordapp.services.imports.csv_import import CsvImportService, ImportKind, read_source
from coordapp.services.imports.csv_mapping import auto_mapping
from coordapp.services.workspace import Workspace


def nir(body: str) -> str:
    return body + f"{97 - int(body) % 97:02d}"


HEADER = "Nom;Prénom;Né(e) le;Sexe;N° sécu\n"


def preview(workspace: Workspace, path: Path, text: str):
    path.write_text(HEADER + text, encoding="utf-8")
    source = read_source(path)
    mapping = auto_mapping(source.headers, ImportKind.PATIENTS)
    return CsvImportService(workspace).preview(source, ImportKind.PATIENTS, mapping)


def errors(report) -> dict[int, list[str]]:
    return {row.line: [issue.message for issue in row.errors] for row in report.rows
            if row.errors}


def test_a_date_the_nir_contradicts_in_us_order_is_refused(workspace: Workspace,
                                                           tmp_path: Path):
    # Born 2 November 1948 (NIR month 11), written 11/02/1948 by a US-order spreadsheet.
    report = preview(workspace, tmp_path / "us.csv",
                     f"Martin;Jean;11/02/1948;M;{nir('1481175123456')}\n"
                     f"Durand;Anne;25/03/1950;F;{nir('2500375123457')}\n")
    found = errors(report)
    assert list(found) == [2]
    assert "NIR indique le mois 11" in found[2][0]
    assert [row.line for row in report.rows if not row.errors] == [3]


def test_a_file_with_only_ambiguous_dates_is_refused(workspace: Workspace, tmp_path: Path):
    report = preview(workspace, tmp_path / "ambigu.csv",
                     "Martin;Jean;03/04/1948;M;\nDurand;Anne;05/06/1950;F;\n"
                     "Petit;Luc;12/01/1939;M;\n")
    found = errors(report)
    assert sorted(found) == [2, 3, 4]
    assert all("ambiguë" in messages[0] for messages in found.values())


def test_a_file_in_us_order_is_refused_whole(workspace: Workspace, tmp_path: Path):
    report = preview(workspace, tmp_path / "us-order.csv",
                     "Martin;Jean;03/04/1948;M;\nDurand;Anne;05/26/1950;F;\n")
    assert sorted(errors(report)) == [2, 3]


def test_day_first_evidence_or_iso_dates_are_accepted(workspace: Workspace, tmp_path: Path):
    report = preview(workspace, tmp_path / "fr.csv",
                     "Martin;Jean;03/04/1948;M;\nDurand;Anne;25/06/1950;F;\n"
                     "Petit;Luc;1939-01-12;M;\n")
    assert errors(report) == {}
    assert [row.values["birth_date"].isoformat() for row in report.rows] == [
        "1948-04-03", "1950-06-25", "1939-01-12"]
