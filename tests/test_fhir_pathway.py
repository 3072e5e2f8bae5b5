"""The FHIR export carries the languages and the interpreter need (Patient), the
coordination tasks, the GP search and its proposals (Task); the import reads the
languages back and says what it leaves out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import update

from coordapp.export.fhir import fhir_bundle
from coordapp.models import Patient, Professional
from coordapp.paths import AppPaths
from coordapp.services.caseload.gp_seekers import GpSeekerService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.caseload.tasks import TaskService
from coordapp.services.exports import ExportService
from coordapp.services.patient.intake import IntakeService
from coordapp.services.plans.document import PlanDocumentService
from coordapp.services.workspace import Workspace
from tests.fr_core_rules import violations
from tests.test_export_helpers import make_plan
from tests.test_fhir_import import empty_base, run, shown  # noqa: F401  (fixture)

TASK_SYSTEM = "https://coordapp.fr/fhir/CodeSystem/coordination-task"
INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"


def of_kind(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def task_code(task: dict[str, Any]) -> str | None:
    return next((c["code"] for c in task.get("code", {}).get("coding", [])
                 if c["system"] == TASK_SYSTEM), None)


def full_case(workspace: Workspace) -> tuple[str, str]:
    """A person speaking Arabic (interpreter needed) whose daughter called (GP contact,
    done), back from hospital (day-2 call, open), who had no GP and found one through
    the list after a refused proposal. Returns (patient id, the GP found)."""
    ids = make_plan(workspace, actions=2)
    patient_id = ids.patient
    CaseloadService(workspace).update_patient(patient_id, {
        "languages": ["arabe", "français"], "interpreter_needed": True})
    intake = IntakeService(workspace)
    intake.record_referral({"patient_id": patient_id, "requester_kind": "caregiver",
                            "requester_name": "Samira Lefèvre", "reason": "Inquiète"})
    [gp_task] = TaskService(workspace).open_tasks()
    TaskService(workspace).complete(gp_task.id, "Dr Lœb prévenu")
    day = dt.date.today() + dt.timedelta(days=1)
    intake.record_referral({"patient_id": patient_id, "requester_kind": "hospital",
                            "reason": "Sortie", "discharge": {"planned_on": day.isoformat(),
                                                              "ward": "Cardiologie"}})
    with workspace.unit_of_work() as uow:
        uow.session.execute(update(Patient).where(Patient.id == patient_id)
                            .values(gp_id=None))
        first = uow.changes.create(Professional, {
            "family_name": "Roux", "given_name": "Anne", "profession": "Médecin généraliste",
            "rpps": "10001234567", "accepts_new_patients": True})
        second = uow.changes.create(Professional, {
            "family_name": "Martin", "given_name": "Paul", "profession": "Médecin généraliste",
            "accepts_new_patients": True})
        first_id, second_id = first.id, second.id
    seekers = GpSeekerService(workspace)
    search = seekers.register(patient_id, asked_on=dt.date.today() - dt.timedelta(days=40),
                              precarity=True, note="Médecin parti à la retraite")
    refused = seekers.propose(search, first_id, dt.date.today() - dt.timedelta(days=30))
    seekers.answer(refused, False, dt.date.today() - dt.timedelta(days=28))
    accepted = seekers.propose(search, second_id, dt.date.today() - dt.timedelta(days=10))
    seekers.answer(accepted, True, dt.date.today() - dt.timedelta(days=5))
    return patient_id, second_id


def test_languages_tasks_and_gp_search_travel_as_fhir(workspace: Workspace) -> None:
    patient_id, gp_id = full_case(workspace)
    bundle = fhir_bundle(PlanDocumentService(workspace).build(patient_id))
    Bundle.model_validate(bundle)
    assert violations(bundle) == []

    [patient] = of_kind(bundle, "Patient")
    assert patient["communication"] == [
        {"language": {"text": "arabe", "coding": [
            {"system": "urn:ietf:bcp:47", "code": "ar", "display": "arabe"}]},
         "preferred": True},
        {"language": {"text": "français", "coding": [
            {"system": "urn:ietf:bcp:47", "code": "fr", "display": "français"}]},
         "preferred": False}]
    assert {"url": INTERPRETER, "valueBoolean": True} in patient["extension"]

    tasks = {task_code(t): t for t in of_kind(bundle, "Task") if task_code(t)}
    proposals = [t for t in of_kind(bundle, "Task") if task_code(t) == "gp_proposal"]
    today = dt.date.today()
    contact, call, search = tasks["gp_contact"], tasks["discharge_call"], tasks["gp_search"]
    assert (contact["status"], contact["intent"], contact["executionPeriod"]) == (
        "completed", "order", {"end": today.isoformat()})
    assert contact["description"] == "Prendre contact avec le médecin traitant"
    assert (call["status"], call["restriction"]["period"]["end"]) == (
        "requested", (today + dt.timedelta(days=3)).isoformat())
    assert "basedOn" not in call and "reasonReference" not in call  # not a plan action
    assert search["status"] == "completed"
    assert search["executionPeriod"] == {
        "start": (today - dt.timedelta(days=40)).isoformat(),
        "end": (today - dt.timedelta(days=5)).isoformat()}
    assert search["output"][0]["valueReference"]["reference"] == f"urn:uuid:{gp_id}"
    assert [n["text"] for n in search["note"]] == [
        "Critères de priorité : ALD, plus de 70 ans, précarité",
        "Note du coordinateur : Médecin parti à la retraite"]
    assert sorted((p["status"], p["intent"], p["businessStatus"]["text"]) for p in proposals) \
        == [("completed", "proposal", "Acceptée"), ("rejected", "proposal", "Refusée")]
    assert all(p["partOf"] == [{"reference": f"urn:uuid:{search['id']}"}] for p in proposals)
    owners = {p["owner"]["reference"] for p in proposals}
    ids = {e["fullUrl"] for e in bundle["entry"]}
    assert owners <= ids and f"urn:uuid:{gp_id}" in owners
    systems = {r["url"] for r in of_kind(bundle, "CodeSystem")}
    assert TASK_SYSTEM in systems


def test_the_import_reads_the_languages_back_and_reports_the_tasks(
    workspace: Workspace, app_paths: AppPaths, empty_base: Path,  # noqa: F811
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    patient_id, _gp = full_case(workspace)
    path = tmp_path / "dossier.json"
    ExportService(workspace).export_fhir(patient_id, path)
    tasks = sum(1 for e in json.loads(path.read_text())["entry"]
                if e["resource"]["resourceType"] == "Task"
                and task_code(e["resource"]))
    assert tasks == 5  # GP contact, day-2 call, the search and its two proposals
    code, out, err = run(capsys, "import", "fhir", str(path), "--db", str(empty_base))
    assert code == 0, err
    assert (f"{tasks} tâche(s) de coordination, recherche(s) ou proposition(s) de médecin "
            "traitant : non reprise(s)") in out
    after = shown(empty_base, patient_id)
    assert (after["languages"], after["interpreter_needed"]) == (["arabe", "français"], True)
