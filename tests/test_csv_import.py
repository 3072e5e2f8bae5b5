"""CSV import of a caseload or a directory: reading, mapping, report, import, CLI."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordapp.cli import main
from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, AuditEvent, Change, Patient, Professional
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.imports.csv_import import (
    CsvImportService,
    ImportCancelled,
    ImportKind,
    ImportReport,
    RowState,
    read_source,
)
from coordapp.services.imports.csv_mapping import (
    auto_mapping,
    check_mapping,
    normalise_cell,
    override_mapping,
    read_mapping_file,
)
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE

DATA = Path(__file__).parent / "data"
CP1252 = DATA / "file_active_cp1252.csv"
UTF8_BOM = DATA / "file_active_utf8_bom.csv"
ODD = DATA / "file_active_tab_odd_headers.csv"
ODD_MAPPING = DATA / "mapping_odd_headers.json"
DIRECTORY = DATA / "directory.csv"


def counts(workspace: Workspace) -> tuple[int, int, int, int]:
    """Patients, professionals, change-log rows and audit entries."""
    with workspace.unit_of_work() as uow:
        return tuple(  # type: ignore[return-value]
            int(uow.session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Patient, Professional, Change, AuditEvent)
        )


@pytest.fixture
def seeded(workspace: Workspace) -> Workspace:
    """An existing patient (DUPONT Marie) and GP (MARTIN Paul), as in a DAC's base."""
    CaseloadService(workspace).add_patient({"family_name": "Dupont", "given_names": "Marie",
                                            "birth_date": "1945-06-15", "sex": "F"})
    DirectoryService(workspace).add_professional({"family_name": "Martin", "given_name": "Paul",
                                                  "profession": "Médecin généraliste"})
    return workspace


def preview(workspace: Workspace, path: Path, kind: ImportKind = ImportKind.PATIENTS,
            mapping_file: Path | None = None) -> ImportReport:
    source = read_source(path)
    mapping = auto_mapping(source.headers, kind)
    if mapping_file is not None:
        mapping = override_mapping(source.headers, mapping, read_mapping_file(mapping_file),
                                   kind)
    return CsvImportService(workspace).preview(source, kind, mapping)


def issues(report: ImportReport) -> dict[int, list[tuple[str, str]]]:
    return {row.line: [(i.column, i.message) for i in row.errors + row.duplicates]
            for row in report.rows}


# -- reading ------------------------------------------------------------------------------


def test_windows_1252_semicolon_file_is_decoded_and_mapped():
    source = read_source(CP1252)
    assert (source.encoding, source.delimiter) == ("Windows-1252", ";")
    assert source.headers[2] == "Prénom(s)"
    assert [line for line, _cells in source.rows] == list(range(2, 12))
    assert "Lecœur" in source.rows[1][1]  # 0x9C is « œ » in Windows-1252
    mapping = auto_mapping(source.headers, ImportKind.PATIENTS)
    assert mapping == {
        "Nom de naissance": "family_name", "Nom d'usage": "used_name",
        "Prénom(s)": "given_names", "Né(e) le": "birth_date", "Sexe": "sex", "N° sécu": "nir",
        "Tél.": "phone", "Adresse": "address", "CP": "postal_code", "Commune": "city",
        "Médecin traitant": "gp_name", "Statut": "status", "Information le": "informed_on",
    }


def test_utf8_bom_comma_file_keeps_line_numbers_across_multiline_cells():
    source = read_source(UTF8_BOM)
    assert (source.encoding, source.delimiter) == ("UTF-8 (avec BOM)", ",")
    assert source.headers[0] == "Nom"  # no BOM glued to the first header
    assert [line for line, _cells in source.rows] == [2, 3, 4, 6]
    assert source.rows[2][1][10] == "Vit seule.\nFille à Lyon."


@pytest.mark.parametrize(("headers", "expected"), [
    (["NOM", "PRÉNOMS", "né le", "n° de sécurité sociale", "Portable", "Code Postal", "VILLE"],
     ["family_name", "given_names", "birth_date", "nir", "phone", "postal_code", "city"]),
    (["Nom", "Nom de naissance", "Prénom", "Prénom usuel", "Téléphone", "Mobile"],
     ["used_name", "family_name", "given_names", "used_given_name", "phone", "phone_alt"]),
    (["Date de naissance (JJ/MM/AAAA)", "Sexe (H/F)", "Nº sécu", "Médecin", "Foo"],
     ["birth_date", "sex", "nir", "gp_name", None]),
])
def test_common_french_headers_are_recognised(headers: list[str], expected: list[str | None]):
    assert list(auto_mapping(headers, ImportKind.PATIENTS).values()) == expected


@pytest.mark.parametrize(("content", "reason"), [
    (random.Random(4).randbytes(3000), "lisible"),
    (b"PK\x03\x04" + b"\x00" * 200, "CSV"),
    (b"Juste une phrase sans colonnes\nEt une autre\n", "colonnes introuvables"),
    (b"", "vide"),
])
def test_unreadable_files_are_refused_with_a_reason(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "fichier.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=reason):
        read_source(path)


@pytest.mark.parametrize(("key", "text", "expected"), [
    ("birth_date", "5/7/38", "5/7/1938"),
    ("birth_date", "12.03.1941", "12.03.1941"),
    ("birth_date", "12/03/1941 00:00", "12/03/1941"),
    ("sex", "Femme", "F"), ("sex", "homme", "M"), ("sex", "H", "M"), ("sex", "2", "F"),
    ("sex", "1", "M"), ("status", "Clôturé", "closed"), ("status", "en cours", "active"),
    ("status", "EN ATTENTE", "request"), ("phone", "612345678", "0612345678"),
    ("postal_code", "8000", "08000"),
])
def test_cell_values_from_spreadsheets_are_normalised(key: str, text: str, expected: str):
    assert normalise_cell(key, text)[0] == expected


def test_two_digit_years_and_impossible_dates():
    this_year = dt.date.today().year % 100
    recent = f"01/01/{this_year:02d}"
    assert normalise_cell("birth_date", recent)[0].endswith(f"/{2000 + this_year}")
    assert normalise_cell("birth_date", recent)[1] is not None  # a warning: check it
    with pytest.raises(InvalidInput, match="31/02/1950 n'existe pas"):
        normalise_cell("birth_date", "31/02/1950")
    with pytest.raises(InvalidInput, match="non reconnue"):
        normalise_cell("sex", "X")
    with pytest.raises(InvalidInput, match="notation scientifique"):
        normalise_cell("nir", "2,95109912611193E+14")


# -- the report ---------------------------------------------------------------------------


def test_report_names_each_bad_row_with_line_column_and_reason(seeded: Workspace):
    report = preview(seeded, CP1252)
    states = {row.line: row.state for row in report.rows}
    assert states == {2: RowState.READY, 3: RowState.READY, 4: RowState.ERROR,
                      5: RowState.ERROR, 6: RowState.ERROR, 7: RowState.ERROR,
                      8: RowState.DUPLICATE, 9: RowState.DUPLICATE, 10: RowState.READY,
                      11: RowState.READY}
    found = issues(report)
    assert found[4] == [("N° sécu", "La clé du NIR ne correspond pas : vérifiez la saisie.")]
    assert found[5] == [("Né(e) le", "Date impossible : le 31/02/1950 n'existe pas.")]
    assert found[6] == [("Nom de naissance", "Le champ « nom de naissance » est obligatoire.")]
    assert found[7][0][0] == "Tél." and "téléphone invalide" in found[7][0][1]
    assert "dossier existant : DUPONT Marie" in found[8][0][1]
    assert "ligne 2 du fichier" in found[9][0][1]
    lecoeur = next(row for row in report.rows if row.line == 3)
    assert lecoeur.label == "LECŒUR François (05/07/1938)"
    assert {i.column for i in lecoeur.warnings} == {"CP", "Médecin traitant", "Statut"}
    # « en cours » without the date of the information: comes in as a request.
    assert lecoeur.not_included and lecoeur.values["status"] == "request"
    assert "importé(e) en demande" in next(
        i.message for i in lecoeur.warnings if i.column == "Statut")
    lefevre = next(row for row in report.rows if row.line == 2)
    assert not lefevre.not_included and lefevre.values["status"] == "active"
    assert lefevre.information == {"recorded_on": dt.date(2025, 10, 15)}
    # Lecœur, and the two probable duplicates (« actif », no date of information).
    assert report.not_included() == 1 and report.not_included(allow_duplicates=True) == 3


def test_preview_writes_nothing(seeded: Workspace):
    before = counts(seeded)
    preview(seeded, CP1252)
    assert counts(seeded) == before


def test_duplicate_rule_is_the_one_of_find_duplicates(seeded: Workspace, tmp_path: Path):
    rows = ["Dupond;Marie;15/06/1945", "Dupont;Martine;15/06/1945", "Durand;Marie;15/06/1945",
            "Dupont;Marie;16/06/1945", "DUPONT;marie-claire;15/06/1945"]
    path = tmp_path / "proches.csv"
    path.write_text("Nom;Prénom;Date de naissance\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = preview(seeded, path)
    caseload = CaseloadService(seeded)
    flagged = [row.state == RowState.DUPLICATE for row in report.rows]
    expected = [bool(caseload.find_duplicates(r.split(";")[0], r.split(";")[1],
                                              dt.datetime.strptime(r.split(";")[2],
                                                                   "%d/%m/%Y").date()))
                for r in rows]
    assert flagged == expected and True in flagged and False in flagged


# -- importing ----------------------------------------------------------------------------


def test_apply_imports_exactly_the_good_rows_in_one_audited_transaction(seeded: Workspace):
    report = preview(seeded, CP1252)
    result = CsvImportService(seeded).apply(report)
    assert (result.imported, result.skipped_errors, result.skipped_duplicates) == (4, 4, 2)
    caseload = CaseloadService(seeded)
    people = {p.family_name: p for p in caseload.search()}
    assert set(people) == {"Dupont", "Lefèvre", "Lecœur", "Barbier", "Roche"}
    assert caseload.count() == 5
    assert people["Lefèvre"].status == "active" and people["Lefèvre"].gp_name == "Paul Martin"
    assert people["Lefèvre"].nir == "241037511612371"
    assert people["Lecœur"].status == "request" and result.not_included == 1
    lefevre = PatientFileService(seeded).load(people["Lefèvre"].id)
    assert [(c.kind, c.recorded_on) for c in lefevre.consents] == [
        ("information_given", dt.date(2025, 10, 15))]
    assert PatientFileService(seeded).load(people["Lecœur"].id).consents == []
    assert (people["Lecœur"].birth_date, people["Lecœur"].sex) == (dt.date(1938, 7, 5), "M")
    assert people["Barbier"].status == "request"  # « en attente »
    assert people["Roche"].status == "closed"
    assert caseload.search("coeur joie")[0].family_name == "Barbier"
    with seeded.unit_of_work() as uow:
        imports = list(uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.IMPORT)))
        lecoeur = uow.session.get(Patient, people["Lecœur"].id)
        assert lecoeur is not None and lecoeur.postal_code == "08000"
        assert "Dr Inconnu" in (lecoeur.situation_notes or "")
    assert len(imports) == 1 and imports[0].entity == "patient"
    assert "4" in (imports[0].detail or "") and "Lef" not in (imports[0].detail or "")


def test_duplicates_are_imported_only_when_allowed(seeded: Workspace):
    report = preview(seeded, CP1252)
    result = CsvImportService(seeded).apply(report, allow_duplicates=True)
    assert result.imported == 6 and CaseloadService(seeded).count() == 7


def test_cancelled_import_writes_nothing(seeded: Workspace):
    report = preview(seeded, CP1252)
    before = counts(seeded)
    answers = iter([False, True])  # cancelled after the rows were written, before commit
    with pytest.raises(ImportCancelled, match="rien n'a été enregistré"):
        CsvImportService(seeded).apply(report, cancel=lambda: next(answers))
    assert counts(seeded) == before


def test_a_patient_added_after_the_preview_is_not_duplicated(seeded: Workspace):
    report = preview(seeded, CP1252)
    CaseloadService(seeded).add_patient({"family_name": "Barbier", "given_names": "Cœur-Joie",
                                         "birth_date": "1952-11-30", "sex": "F"})
    result = CsvImportService(seeded).apply(report)
    assert (result.imported, result.skipped_duplicates) == (3, 3)


def test_utf8_bom_comma_file_imports_its_good_rows(workspace: Workspace):
    report = preview(workspace, UTF8_BOM)
    found = issues(report)
    assert [row.line for row in report.to_import()] == [2, 4]
    assert found[3][0][0] == "NIR" and found[6][0][0] == "Date de naissance"
    assert "futur" in found[6][0][1]
    CsvImportService(workspace).apply(report)
    gauthier = CaseloadService(workspace).search("zoe")[0]
    with workspace.unit_of_work() as uow:
        patient = uow.session.get(Patient, gauthier.id)
        assert patient is not None
        assert patient.situation_notes == "Vit seule.\nFille à Lyon."
        assert (patient.address, patient.phone) == ("4, place d'Erlon", "+33622334455")
    assert gauthier.status == "request"


def test_mapping_file_overrides_the_automatic_mapping(workspace: Workspace):
    source = read_source(ODD)
    assert source.delimiter == "\t"
    with pytest.raises(InvalidInput, match="obligatoire"):
        check_mapping(auto_mapping(source.headers, ImportKind.PATIENTS), ImportKind.PATIENTS)
    report = preview(workspace, ODD, mapping_file=ODD_MAPPING)
    assert report.mapping["Identité 2"] == "given_names"  # named without its accent
    assert report.mapping["Portable"] == "phone_alt" and report.mapping["Remarque"] is None
    assert report.mapping["Genre"] == "sex"  # not named: still mapped automatically
    assert CsvImportService(workspace).apply(report).imported == 2
    colin = CaseloadService(workspace).search("colin")[0]
    with workspace.unit_of_work() as uow:
        patient = uow.session.get(Patient, colin.id)
        assert patient is not None and (patient.phone, patient.phone_alt) == (
            None, "+33698765432")


@pytest.mark.parametrize(("override", "reason"), [
    ({"Colonne absente": "family_name"}, "absente du fichier"),
    ({"Identité 1": "nom"}, "Champ inconnu"),
])
def test_mapping_file_mistakes_are_explained(override: dict[str, str], reason: str):
    source = read_source(ODD)
    with pytest.raises(InvalidInput, match=reason):
        override_mapping(source.headers, {}, override, ImportKind.PATIENTS)


def test_directory_import_with_rpps_warnings_and_structures(workspace: Workspace):
    DirectoryService(workspace).add_professional(
        {"family_name": "Lemaire", "given_name": "Sophie", "profession": "Orthophoniste",
         "rpps": "10000000009"})
    report = preview(workspace, DIRECTORY, ImportKind.DIRECTORY)
    by_line = {row.line: row for row in report.rows}
    assert [r.line for r in report.to_import()] == [2, 3, 4, 7, 10]
    assert [(i.column, i.message) for i in by_line[4].warnings] == [
        ("RPPS", "Numéro RPPS inhabituel (clé de contrôle) : vérifiez-le.")]
    assert issues(report)[5] == [("RPPS", "Le numéro RPPS doit comporter 11 chiffres.")]
    assert issues(report)[6] == [("Profession", "La profession est obligatoire.")]
    assert issues(report)[9][0][0] == "Type" and "bidule" in issues(report)[9][0][1]
    assert by_line[8].state == RowState.DUPLICATE and "même RPPS" in issues(report)[8][0][1]
    assert by_line[10].warnings[0].column == "Structure"
    result = CsvImportService(workspace).apply(report)
    assert result.imported == 5
    directory = DirectoryService(workspace)
    rousseau = directory.search_professionals("rousseau")[0]
    assert rousseau.structure_name == "Maison de santé du Sedanais"
    assert directory.search_professionals("morel")[0].structure_name is None
    kinds = {s.name: s.kind for s in directory.search_structures()}
    assert kinds["Maison de santé du Sedanais"] == "MSP"
    assert kinds["Pharmacie de la Meuse"] == "pharmacy"
    assert len(directory.search_professionals()) == 4  # Lemaire + 3 imported


# -- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    assert run(capsys, "init", "--db", str(path), "--name", "Anne Martin")[0] == 0
    patient = tmp_path / "dupont.json"
    patient.write_text(json.dumps({"family_name": "Dupont", "given_names": "Marie",
                                   "birth_date": "1945-06-15", "sex": "F"}), encoding="utf-8")
    assert run(capsys, "patient", "add", "--json", str(patient), "--db", str(path))[0] == 0
    return path


def db_counts(path: Path) -> tuple[int, int, int, int]:
    workspace = Workspace.open(path, PASSPHRASE, AppPaths.from_environment())
    try:
        return counts(workspace)
    finally:
        workspace.close()


def test_cli_imports_the_good_rows_and_lists_the_bad_ones(
    db: Path, capsys: pytest.CaptureFixture[str]
):
    code, out, err = run(capsys, "import", "csv", str(CP1252), "--kind", "patients",
                         "--db", str(db))
    assert code == 0, err
    assert "Ligne 4 (GARÇON Hélène (01/09/1995)), colonne « N° sécu » : erreur : La clé" in out
    assert "Ligne 5 (BOULANGER Jacques (31/02/1950)), colonne « Né(e) le » : erreur" in out
    assert "Ligne 8 (DUPONT Marie (15/06/1945)) : doublon" in out
    assert "Bilan : 4 ligne(s) prête(s), 4 en erreur, 2 doublon(s) probable(s)." in out
    assert "4 patient(s) importé(s)." in err and "n'ont PAS été importés" in err
    assert ("ATTENTION : 1 personne(s) importées en « demande », pas en suivi actif : le "
            "fichier n'indique pas la date de leur information") in err
    assert "Ligne 3 (LECŒUR François (05/07/1938)), colonne « Statut » : attention : " \
        "Information de la personne non indiquée" in out
    assert db_counts(db)[0] == 5


def test_cli_dry_run_writes_nothing(db: Path, capsys: pytest.CaptureFixture[str]):
    before = db_counts(db)
    code, out, err = run(capsys, "import", "csv", str(CP1252), "--kind", "patients",
                         "--dry-run", "--db", str(db))
    assert code == 0 and "Ligne 4" in out and "rien n'a été enregistré" in err
    assert "1 personne(s) seraient importées en « demande »" in err
    assert db_counts(db) == before


def test_information_columns_bring_people_in_as_followed(workspace: Workspace,
                                                         tmp_path: Path):
    """« Information le/par/comment/donnée à »: the case is created active with its
    information record; a date in the future, or unreadable, refuses the row."""
    path = tmp_path / "suivis.csv"
    path.write_text(
        "Nom;Prénom;Date de naissance;Sexe;Statut;Information le;Informé(e) par;"
        "Mode d'information;Information donnée à\n"
        "Lefèvre;Éloïse;1941-03-12;F;actif;2025-10-15;Anne Martin;Oral, au domicile;"
        "Sa fille, tutrice\n"
        "Roux;Paul;1939-02-01;M;en pause;2025-09-01;;Courrier remis;\n"
        "Petit;Jean;1938-05-06;M;actif;2099-01-01;;;\n"
        "Blanc;Lise;1937-04-05;F;actif;;Anne Martin;;\n", encoding="utf-8")
    report = preview(workspace, path)
    found = {row.line: row for row in report.rows}
    assert found[4].state == RowState.ERROR
    assert found[4].errors[0].message == "La date de l'information ne peut pas être dans le futur."
    assert found[5].not_included and any("sans date" in i.message for i in found[5].warnings)
    result = CsvImportService(workspace).apply(report)
    assert (result.imported, result.not_included) == (3, 1)
    files = PatientFileService(workspace)
    statuses = {p.family_name: (p.status, files.load(p.id).consents)
                for p in CaseloadService(workspace).search()}
    assert {name: status for name, (status, _c) in statuses.items()} == {
        "Lefèvre": "active", "Roux": "on_hold", "Blanc": "request"}
    (consent,) = statuses["Lefèvre"][1]
    assert (consent.kind, consent.recorded_on, consent.given_by, consent.how,
            consent.recipient) == ("information_given", dt.date(2025, 10, 15), "Anne Martin",
                                   "Oral, au domicile", "Sa fille, tutrice")
    assert [c.how for c in statuses["Roux"][1]] == ["Courrier remis"]
    assert statuses["Blanc"][1] == []


def test_cli_mapping_option_and_directory_kind(db: Path, capsys: pytest.CaptureFixture[str]):
    code, _out, err = run(capsys, "import", "csv", str(ODD), "--kind", "patients",
                          "--db", str(db))
    assert code == 4 and "obligatoire" in err
    code, _out, err = run(capsys, "import", "csv", str(ODD), "--kind", "patients",
                          "--mapping", str(ODD_MAPPING), "--db", str(db))
    assert code == 0 and "2 patient(s) importé(s)." in err
    code, out, err = run(capsys, "import", "csv", str(DIRECTORY), "--kind", "directory",
                         "--db", str(db))
    assert code == 0 and "6 fiche(s) d'annuaire importé(s)." in err
    assert "colonne « RPPS » : attention : Numéro RPPS inhabituel" in out


@pytest.mark.parametrize(("content", "reason"), [
    (random.Random(7).randbytes(2000), "fichier texte CSV lisible"),
    (b"Nom;Pr\xc3\xa9nom;Date de naissance\n;;\n;Jean;31/02/1950\n", "Aucune ligne"),
])
def test_cli_refuses_garbage_or_hopeless_files_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
):
    before = db_counts(db)
    path = tmp_path / "mauvais.csv"
    path.write_bytes(content)
    code, _out, err = run(capsys, "import", "csv", str(path), "--kind", "patients",
                          "--db", str(db))
    assert code == 4 and err.startswith("coordapp : ") and reason in err
    assert db_counts(db) == before


def test_cli_missing_file_and_bad_kind(db: Path, capsys: pytest.CaptureFixture[str]):
    assert run(capsys, "import", "csv", "absent.csv", "--kind", "patients",
               "--db", str(db))[0] == 4
    with pytest.raises(SystemExit) as info:
        main(["import", "csv", str(CP1252), "--kind", "people", "--db", str(db)])
    assert info.value.code == 2


def test_excel_sep_line_and_blank_lines_before_the_header(tmp_path: Path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=,\n\nNom;Prénom,Date de naissance\nA;B,01/01/1950\n", encoding="utf-8")
    source = read_source(path)
    assert source.delimiter == "," and source.headers == ["Nom;Prénom", "Date de naissance"]
    assert source.rows == [(2, ["A;B", "01/01/1950"])]  # the header is line 1


def test_a_file_of_structures_only_needs_no_type_column(workspace: Workspace, tmp_path: Path):
    path = tmp_path / "structures.csv"
    path.write_text("Nom de la structure;FINESS;Ville\nSSIAD du Rethélois;080000000;Rethel\n"
                    "Plateforme de répit;;Sedan\n", encoding="utf-8")
    report = preview(workspace, path, ImportKind.DIRECTORY)
    assert [r.record for r in report.to_import()] == ["structure", "structure"]
    assert CsvImportService(workspace).apply(report).imported == 2
    assert DirectoryService(workspace).count_structures() == 2
