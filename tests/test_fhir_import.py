"""``coordapp import fhir``: our own export into an empty base, and the FR Core examples."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from coordapp.cli import main
from coordapp.models import AuditEvent, CarePlan, Change, Patient
from coordapp.paths import AppPaths
from coordapp.services.exports import ExportService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.views import patient_file_json
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import make_plan

DATA = Path(__file__).parent / "data" / "fr_core"
#: What ``patient show`` holds that the FHIR export does not carry, or that is local to a
#: base: the referent coordinator, the case status and dates, the situation (mode of life,
#: protection, notes, ALD), the record ids, the journal, requests and assessments.
LOCAL = {"id", "age", "referent_id", "referent_name", "status", "opened_on", "closed_on",
         "closure_reason", "living_situation", "legal_protection", "trusted_person",
         "situation_notes", "ald", "journal", "referrals", "assessments", "gp_id",
         "identity_source"}  # an import records where the identity came from


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def comparable(show: dict[str, Any]) -> dict[str, Any]:
    show = copy.deepcopy(show)
    data = {k: v for k, v in show.items() if k not in LOCAL}
    data["care_team"] = sorted(
        (m["name"], m["role"], m["kind"], m.get("started_on"), m.get("ended_on"),
         m.get("is_main_caregiver")) for m in show["care_team"])
    plan = show["current_plan"]
    if plan:
        for key in ("id", "validated_by", "validated_by_name"):
            plan.pop(key, None)
        for need in plan["needs"]:  # members are matched by name: their ids are local
            for goal in need["goals"]:
                for action in goal["actions"]:
                    action.pop("responsible_id")
        data["current_plan"] = plan
    # The export sends the objection and sharing consents, not "information given".
    data["consents"] = sorted((c["kind"], c["recorded_on"]) for c in show["consents"]
                              if c["kind"] != "information_given")
    if show["identity_status"] != "QUAL":
        data.pop("nir")  # the INS matricule travels only with a qualified identity
    return data


def shown(path: Path, patient_id: str) -> dict[str, Any]:
    workspace = Workspace.open(path, PASSPHRASE, AppPaths.from_environment())
    try:
        return json.loads(json.dumps(patient_file_json(
            PatientFileService(workspace).load(patient_id, audit=False)), default=str))
    finally:
        workspace.close()


@pytest.fixture
def empty_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "autre-poste.db"
    assert run(capsys, "init", "--db", str(path), "--name", "Paul Girard")[0] == 0
    return path


def test_round_trip_export_then_import_into_an_empty_base(
    workspace: Workspace, app_paths: AppPaths, empty_base: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    ids = make_plan(workspace, actions=5)
    with workspace.unit_of_work() as uow:  # a validated identity, with its document
        uow.session.execute(update(Patient).where(Patient.id == ids.patient).values(
            identity_method="SM", identity_document="PA",
            identity_checked_on=dt.date(2026, 11, 4)))
    bundle = tmp_path / "dossier.json"
    ExportService(workspace).export_fhir(ids.patient, bundle)
    workspace.close()
    before = shown(app_paths.default_db, ids.patient)

    code, out, err = run(capsys, "import", "fhir", str(bundle), "--dry-run",
                         "--db", str(empty_base))
    assert code == 0, err
    assert "Serait fait : Patient créé." in out and "rien n'a été enregistré" in err
    with pytest.raises(Exception, match="Aucun patient"):
        shown(empty_base, ids.patient)  # the preview wrote nothing

    code, out, err = run(capsys, "import", "fhir", str(bundle), "--db", str(empty_base))
    assert code == 0, err
    assert f"Dossier créé : {ids.patient}." in err
    assert "Fait : PPCS version 1 : 2 besoin(s), 2 objectif(s), 5 action(s)." in out
    after = shown(empty_base, ids.patient)
    assert comparable(after) == comparable(before)
    assert after["identity_source"] == f"Import FHIR dossier.json du {dt.date.today():%d/%m/%Y}"
    assert after["gp_name"] == before["gp_name"]

    # Imported again: the same file is updated, nothing duplicated.
    code, out, err = run(capsys, "import", "fhir", str(bundle), "--db", str(empty_base))
    assert code == 0 and "Dossier mis à jour" in err
    assert "PPCS déjà présent" in out
    assert comparable(shown(empty_base, ids.patient)) == comparable(before)


def counts(path: Path) -> tuple[int, int, int]:
    workspace = Workspace.open(path, PASSPHRASE, AppPaths.from_environment())
    try:
        with workspace.unit_of_work() as uow:
            return tuple(int(uow.session.scalar(select(func.count()).select_from(m)) or 0)
                         for m in (Patient, Change, AuditEvent))  # type: ignore[return-value]
    finally:
        workspace.close()


def test_fr_core_example_bundle_is_imported_with_a_report(
    empty_base: Path, capsys: pytest.CaptureFixture[str]
):
    code, _out, err = run(capsys, "import", "fhir", str(DATA / "example-bundle.json"),
                          "--db", str(empty_base))
    assert code == 4 and "clé" in err  # the IG's example NIR has a wrong key
    before = counts(empty_base)
    assert before[0] == 0

    code, out, err = run(capsys, "import", "fhir", str(DATA / "example-bundle-valid-nir.json"),
                         "--db", str(empty_base))
    assert code == 0, err
    patient_id = err.strip().rsplit(" ", 1)[1].rstrip(".")
    show = shown(empty_base, patient_id)
    assert (show["family_name"], show["given_names"], show["birth_date"], show["sex"],
            show["birth_place_code"], show["nir"]) == (
        "Durand", "Pierre Yves", "1974-12-25", "M", "01006", "174120100612366")
    # QUAL from a system that sent the INS matricule: accepted, with its source.
    assert (show["identity_status"], show["identity_source"]) == (
        "QUAL", f"Import FHIR example-bundle-valid-nir.json du {dt.date.today():%d/%m/%Y}")
    assert show["phone"] == "+33123246789" and show["city"] == "Orléans"
    assert show["gp_name"] == "Sophie Leclerc"
    assert [(m["name"], m["role"], m["relationship"]) for m in show["care_team"]] == [
        ("Marie Durand", "Personne à prévenir en cas d'urgence", "Mère")]
    assert [(c["kind"], c["recorded_on"]) for c in show["consents"]] == [
        ("sharing_consent", "2026-10-08")]
    assert "Annuaire : Sophie Leclerc (Masseur-Kinésithérapeute) ajouté(e)." in out
    for missing in ("fr-core-patient-nationality", "birth-date-update-indicator",
                    "contact", "deceasedBoolean"):
        assert missing in out, missing


@pytest.mark.parametrize(("content", "reason"), [
    (b"{pas du json", "pas un fichier JSON lisible"),
    (json.dumps({"resourceType": "Observation"}).encode(), "pas un Bundle FHIR"),
    (json.dumps({"resourceType": "Bundle", "type": "collection", "entry": []}).encode(),
     "exactement un Patient"),
])
def test_unreadable_bundles_are_refused_and_nothing_is_written(
    empty_base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    content: bytes, reason: str,
):
    before = counts(empty_base)
    path = tmp_path / "x.json"
    path.write_bytes(content)
    code, _out, err = run(capsys, "import", "fhir", str(path), "--db", str(empty_base))
    assert code == 4 and reason in err
    assert counts(empty_base) == before


def test_a_probable_duplicate_is_refused_and_nothing_is_written(
    workspace: Workspace, app_paths: AppPaths, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
):
    ids = make_plan(workspace)
    bundle = tmp_path / "dossier.json"
    ExportService(workspace).export_fhir(ids.patient, bundle)
    data = json.loads(bundle.read_text(encoding="utf-8"))
    patient = next(e["resource"] for e in data["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    patient["id"] = "0199f0c2-0000-7000-8000-000000000001"  # the same person, another id
    bundle.write_text(json.dumps(data), encoding="utf-8")
    workspace.close()
    before = counts(app_paths.default_db)
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "import", "fhir", str(bundle))
    assert code == 4 and "oublon" in err
    assert counts(app_paths.default_db) == before


def test_a_file_that_already_has_a_plan_keeps_it(
    workspace: Workspace, app_paths: AppPaths, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
):
    ids = make_plan(workspace, actions=2)
    bundle = tmp_path / "dossier.json"
    ExportService(workspace).export_fhir(ids.patient, bundle)
    data = json.loads(bundle.read_text(encoding="utf-8"))
    plan = next(e["resource"] for e in data["entry"]
                if e["resource"]["resourceType"] == "CarePlan")
    plan["id"] = "0199f0c2-0000-7000-8000-0000000000aa"  # a plan made elsewhere
    bundle.write_text(json.dumps(data), encoding="utf-8")
    workspace.close()
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "import", "fhir", str(bundle))
    assert code == 0, err
    assert "Non repris : Le dossier a déjà son PPCS dans CoordApp" in out
    reopened = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    try:
        with reopened.unit_of_work() as uow:
            assert uow.session.scalar(select(func.count()).select_from(CarePlan)) == 1
    finally:
        reopened.close()
