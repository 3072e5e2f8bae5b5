"""FHIR R4 export: the bundle parses with fhir.resources and is self-contained."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from coordapp.cli import main
from coordapp.export.fhir import INS_NIR_SYSTEM
from coordapp.models import AuditAction, CarePlan
from coordapp.services.demo.generate import generate_demo
from coordapp.services.exports import ExportService
from coordapp.services.patient.consent import SharingRefused, objecting_among
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import NIR, audit_events, make_plan


def references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for item in node:
            yield from references(item)


def export(workspace: Workspace, patient_id: str, path: Path) -> dict[str, Any]:
    ExportService(workspace).export_fhir(patient_id, path)
    return json.loads(path.read_text(encoding="utf-8"))


def by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def assert_self_contained(bundle: dict[str, Any]) -> None:
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(urls) == len(set(urls))
    for e in bundle["entry"]:
        resource = e["resource"]
        expected = (resource["url"] if resource["resourceType"] == "CodeSystem"
                    else f"urn:uuid:{resource['id']}")
        assert e["fullUrl"] == expected
    missing = [ref for ref in references(bundle) if ref not in urls]
    assert missing == []


def test_bundle_parses_and_references_resolve(workspace: Workspace, tmp_path: Path):
    ids = make_plan(workspace, actions=6)
    data = export(workspace, ids.patient, tmp_path / "dossier.json")
    parsed = Bundle.model_validate(data)
    assert parsed.type == "collection" and parsed.timestamp is not None
    assert_self_contained(data)
    kinds = Counter(e["resource"]["resourceType"] for e in data["entry"])
    assert kinds == {"Patient": 1, "Practitioner": 2, "PractitionerRole": 2,
                     "Organization": 2, "RelatedPerson": 1, "CareTeam": 1, "CarePlan": 1,
                     "Condition": 2, "Goal": 2, "Task": 6, "Consent": 2, "CodeSystem": 3}

    patient = by_type(data, "Patient")[0]
    assert patient["id"] == ids.patient
    assert patient["name"][0] == {
        "use": "official", "family": "Lefèvre", "given": ["Éloïse"],
        "extension": [{"url": "https://hl7.fr/ig/fhir/core/StructureDefinition/"
                              "fr-core-patient-birth-list-given-name",
                       "valueString": "Éloïse Marie"}]}
    assert patient["gender"] == "female" and patient["birthDate"] == "1941-03-12"
    assert "identifier" not in patient  # identity VALI: the INS matricule is not sent
    assert patient["generalPractitioner"][0]["reference"] == f"urn:uuid:{ids.gp}"

    plan = by_type(data, "CarePlan")[0]
    assert plan["id"] == ids.plan and plan["status"] == "active" and plan["intent"] == "plan"
    assert len(plan["activity"]) == 6 and len(plan["goal"]) == 2
    assert {r["reference"] for r in plan["addresses"]} == {f"urn:uuid:{n}" for n in ids.needs}

    tasks = {t["id"]: t for t in by_type(data, "Task")}
    statuses = {"planned": "requested", "in_progress": "in-progress", "done": "completed",
                "cancelled": "cancelled"}
    for action_id, text, status, due in ids.actions:
        task = tasks[action_id]
        assert task["description"] == text and task["status"] == statuses[status]
        assert task["restriction"]["period"]["end"] == due.isoformat()
        assert task["for"]["reference"] == f"urn:uuid:{ids.patient}"
    owners = {t["owner"]["reference"] for t in tasks.values()}
    assert owners == {f"urn:uuid:{x}" for x in (ids.gp, ids.structure, ids.caregiver)}

    goals = {g["id"]: g for g in by_type(data, "Goal")}
    assert goals[ids.goals[1]]["achievementStatus"]["coding"][0]["code"] == "not-achieved"
    conditions = {c["id"]: c for c in by_type(data, "Condition")}
    assert conditions[ids.needs[0]]["code"]["text"] == "Risque de chute et traitements oubliés"
    consents = by_type(data, "Consent")
    assert {c["provision"]["type"] for c in consents} == {"permit"}
    assert {c["scope"]["coding"][0]["code"] for c in consents} == {"treatment",
                                                                   "patient-privacy"}
    team = by_type(data, "CareTeam")[0]
    assert len(team["participant"]) == 4  # the coordinator and the three members


def test_ins_only_for_a_qualified_identity(workspace: Workspace, tmp_path: Path):
    ids = make_plan(workspace, identity_status="QUAL")
    data = export(workspace, ids.patient, tmp_path / "qual.json")
    patient = by_type(data, "Patient")[0]
    assert patient["identifier"] == [{
        "use": "official",
        "type": {"coding": [{"system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203",
                             "code": "INS-NIR", "display": "NIR définitif"}]},
        "system": INS_NIR_SYSTEM, "value": NIR}]
    reliability = patient["extension"][0]
    assert reliability["extension"][-1]["valueCoding"]["code"] == "QUAL"


def test_draft_plan_and_audit(workspace: Workspace, tmp_path: Path):
    ids = make_plan(workspace, status="draft")
    data = export(workspace, ids.patient, tmp_path / "brouillon.json")
    assert by_type(data, "CarePlan")[0]["status"] == "draft"
    assert [c["scope"]["coding"][0]["code"] for c in by_type(data, "Consent")] == [
        "patient-privacy"]  # no agreement yet on a draft
    events = audit_events(workspace, AuditAction.EXPORT)
    assert [(e.entity, e.entity_id) for e in events] == [("patient", ids.patient)]
    assert events[0].detail.startswith("fhir R4 bundle")


def test_every_demo_file_exports_a_valid_bundle(workspace: Workspace, tmp_path: Path):
    generate_demo(workspace, 25, seed=5)
    with workspace.unit_of_work() as uow:
        patients = sorted(set(uow.session.scalars(select(CarePlan.patient_id))))
    assert patients
    with workspace.unit_of_work() as uow:
        objecting = objecting_among(uow.session, patients)
    for n, patient_id in enumerate(patients):
        if patient_id in objecting:  # refused: the person objected to sharing
            with pytest.raises(SharingRefused):
                export(workspace, patient_id, tmp_path / f"{n}.json")
            continue
        data = export(workspace, patient_id, tmp_path / f"{n}.json")
        Bundle.model_validate(data)
        assert_self_contained(data)


def test_cli_export_fhir(workspace: Workspace, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    ids = make_plan(workspace)
    out = tmp_path / "dossier.json"
    assert main(["export", "fhir", ids.patient, "--out", str(out)]) == 0
    assert "ressource(s)" in capsys.readouterr().err
    Bundle.model_validate_json(out.read_bytes())
    assert main(["export", "fhir", "inconnu", "--out", str(tmp_path / "x.json")]) == 5
    assert not (tmp_path / "x.json").exists()
