"""Honest INS: typed by hand at best VALI (which document, when); RECUP and QUAL only from
an import out of a system that queried INSi, recorded as the source with the date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from coordapp.errors import InvalidInput
from coordapp.export.fhir import fhir_bundle
from coordapp.models import Change, Patient
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.plans.document import PlanDocumentService
from coordapp.services.workspace import Workspace
from tests.clock import today_fr
from tests.conftest import PASSPHRASE
from tests.fr_core_rules import PROFILE, violations
from tests.test_csv_import import db, run  # noqa: F401  (the CLI database fixture)

PERSON = {"family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "1941-03-12",
          "sex": "F", "nir": "241037511612371", "birth_place_code": "75116"}


def stored(path: Path) -> list[dict[str, object]]:
    workspace = Workspace.open(path, PASSPHRASE, AppPaths.from_environment())
    try:
        with workspace.unit_of_work() as uow:
            return [{k: getattr(p, k) for k in (
                "family_name", "identity_status", "identity_method", "identity_document",
                "identity_checked_on", "identity_source", "insi_queried_on")}
                for p in uow.session.scalars(select(Patient).order_by(Patient.family_name))]
    finally:
        workspace.close()


def add_json(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path,  # noqa: F811
             data: dict[str, object]) -> tuple[int, str, str]:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return run(capsys, "patient", "add", "--json", str(path), "--db", str(db))


@pytest.mark.parametrize("status", ["QUAL", "RECUP"])
def test_qualified_or_retrieved_by_hand_is_refused_with_exit_4(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], status: str  # noqa: F811
):
    before = stored(db)
    code, _out, err = add_json(capsys, db, tmp_path, PERSON | {"identity_status": status})
    assert code == 4 and "téléservice INSi" in err and "au mieux validée (VALI)" in err
    assert stored(db) == before
    code, out, _err = add_json(capsys, db, tmp_path, PERSON | {"identity_status": "PROV"})
    patient_id = out.strip()
    code, _out, err = run(capsys, "patient", "set", patient_id, f"identity_status={status}",
                          "--db", str(db))
    assert code == 4 and "téléservice INSi" in err
    assert [p["identity_status"] for p in stored(db) if p["family_name"] == "Lefèvre"] == [
        "PROV"]


def test_validated_by_hand_names_the_document_and_the_date(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
):
    code, _out, err = add_json(capsys, db, tmp_path, PERSON | {"identity_status": "VALI"})
    assert code == 4 and "pièce d'identité contrôlée" in err
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    code, _out, err = add_json(capsys, db, tmp_path, PERSON | {
        "identity_status": "VALI", "identity_document": "PA", "identity_checked_on": future})
    assert code == 4 and "dans le futur" in err
    code, out, err = add_json(capsys, db, tmp_path, PERSON | {
        "identity_status": "VALI", "identity_document": "PA",
        "identity_checked_on": "04/11/2026"})
    assert code == 0, err
    row = next(p for p in stored(db) if p["family_name"] == "Lefèvre")
    assert row == {"family_name": "Lefèvre", "identity_status": "VALI",
                   "identity_method": "SM", "identity_document": "PA",
                   "identity_checked_on": dt.date(2026, 11, 4), "identity_source": None,
                   "insi_queried_on": None}
    code, out, _err = run(capsys, "patient", "show", out.strip(), "--format", "json",
                          "--db", str(db))
    shown = json.loads(out)
    assert (shown["identity_document"], shown["identity_checked_on"],
            shown["identity_method"]) == ("PA", "2026-11-04", "SM")


def test_the_origin_fields_cannot_be_typed(db: Path, tmp_path: Path,  # noqa: F811
                                           capsys: pytest.CaptureFixture[str]):
    code, out, _err = add_json(capsys, db, tmp_path, PERSON)
    code, _out, err = run(capsys, "patient", "set", out.strip(),
                          "identity_source=Mon logiciel", "--db", str(db))
    assert code == 4 and "Champ inconnu : identity_source" in err


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


HEADERS = ["Nom", "Prénoms", "Date de naissance", "Sexe", "NIR", "Code INSEE de naissance",
           "Statut INS"]


def test_qualified_identities_come_from_an_import_that_says_where_and_when(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
):
    without = write_sheet(tmp_path / "sans-source.xlsx", [
        HEADERS, ["Lefèvre", "Éloïse Marie", dt.date(1941, 3, 12), "F", 241037511612371,
                  "75116", "qualifiée"]])
    code, out, _err = run(capsys, "import", "table", str(without), "--kind", "patients",
                          "--db", str(db))
    assert code == 4 and "colonne « Statut INS » : erreur : Une identité qualifiée" in out

    with_source = write_sheet(tmp_path / "dpi.xlsx", [
        [*HEADERS, "Logiciel source", "Date INSi"],
        ["Lefèvre", "Éloïse Marie", dt.date(1941, 3, 12), "F", 241037511612371, "75116",
         "qualifiée", "DPI du CH de Sedan", dt.date(2026, 10, 2)],
        ["Martin", "Paul", dt.date(1950, 1, 2), "M", "", "", "validée", "DPI du CH de Sedan",
         ""]])
    code, out, err = run(capsys, "import", "table", str(with_source), "--kind", "patients",
                         "--db", str(db))
    assert code == 0, out + err
    rows = {p["family_name"]: p for p in stored(db)}
    assert rows["Lefèvre"] == {
        "family_name": "Lefèvre", "identity_status": "QUAL", "identity_method": "INSI",
        "identity_document": None, "identity_checked_on": None,
        "identity_source": f"Import du fichier dpi.xlsx du {today_fr()} (DPI du CH de Sedan)",
        "insi_queried_on": dt.date(2026, 10, 2)}
    assert rows["Martin"]["identity_status"] == "VALI"
    assert rows["Martin"]["identity_source"] == rows["Lefèvre"]["identity_source"]


def test_an_imported_qualified_identity_is_exported_with_its_insi_query(
    workspace: Workspace
):
    from coordapp.services.caseload.patients import create_patient_in
    from coordapp.services.patient.identity_origin import IdentityOrigin

    origin = IdentityOrigin("Import FHIR dossier.json", dt.date(2026, 10, 2), "INSI")
    with workspace.unit_of_work() as uow:
        patient_id = create_patient_in(uow, PERSON | {"identity_status": "QUAL"},
                                       origin=origin).id
    bundle = fhir_bundle(PlanDocumentService(workspace).build(patient_id))
    assert violations(bundle) == []
    patient = bundle["entry"][0]["resource"]
    assert patient["meta"]["profile"] == [PROFILE + "patient", PROFILE + "patient-ins"]
    assert {e["url"]: e.get("valueDate") or e["valueCoding"]["code"]
            for e in patient["extension"][0]["extension"]} == {
        "methodCollection": "INSI", "dateInterrogationINSi": "2026-10-02",
        "identityStatus": "QUAL"}
    # Edited by hand later: the status and its source stay; lowering it needs a document.
    service = CaseloadService(workspace)
    service.update_patient(patient_id, {"phone": "06 12 34 56 78"})
    with workspace.unit_of_work() as uow:
        kept = uow.session.get(Patient, patient_id)
        assert kept is not None and kept.identity_source == "Import FHIR dossier.json"
        changes = uow.session.scalar(select(func.count()).select_from(Change))
    with pytest.raises(InvalidInput, match="pièce d'identité"):
        service.update_patient(patient_id, {"identity_status": "VALI"})
    service.update_patient(patient_id, {"identity_status": "VALI", "identity_document": "CN",
                                        "identity_checked_on": "2026-11-30"})
    with workspace.unit_of_work() as uow:
        lowered = uow.session.get(Patient, patient_id)
        assert lowered is not None
        assert (lowered.identity_status, lowered.identity_source, lowered.identity_method) == (
            "VALI", None, "SM")
        assert uow.session.scalar(select(func.count()).select_from(Change)) > changes
