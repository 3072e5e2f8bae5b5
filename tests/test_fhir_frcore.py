"""The FHIR export against the FR Core rules it claims (tests/fr_core_rules.py)."""

from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select, update

from coordapp.export.fhir import fhir_bundle
from coordapp.models import Patient
from coordapp.services.demo.generate import generate_demo
from coordapp.services.plans.document import PlanDocumentService
from coordapp.services.workspace import Workspace
from tests.fr_core_rules import PROFILE, violations
from tests.test_export_helpers import make_plan

Bundle_ = dict[str, Any]


def bundle_of(workspace: Workspace, patient_id: str) -> Bundle_:
    return fhir_bundle(PlanDocumentService(workspace).build(patient_id))


def resources(bundle: Bundle_, kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def set_patient(workspace: Workspace, patient_id: str, **values: Any) -> None:
    with workspace.unit_of_work() as uow:
        uow.session.execute(update(Patient).where(Patient.id == patient_id).values(**values))


def test_every_resource_of_a_200_patient_demo_follows_fr_core(workspace: Workspace):
    generate_demo(workspace, 200, seed=13)
    with workspace.unit_of_work() as uow:
        patients = list(uow.session.scalars(select(Patient.id)))
    assert len(patients) == 200
    kinds: Counter[str] = Counter()
    profiles: Counter[str] = Counter()
    abroad = speaking = 0
    pathway: Counter[str] = Counter()  # coordination tasks, GP searches and proposals
    for patient_id in patients:
        bundle = bundle_of(workspace, patient_id)
        Bundle.model_validate(bundle)
        assert violations(bundle) == [], patient_id
        for entry in bundle["entry"]:
            kinds[entry["resource"]["resourceType"]] += 1
            profiles.update(entry["resource"].get("meta", {}).get("profile", []))
        place = resources(bundle, "Patient")[0]["extension"]
        abroad += any("TRE-R20-Pays" in str(e) for e in place)
        speaking += "communication" in resources(bundle, "Patient")[0]
        pathway.update(c["code"] for task in resources(bundle, "Task")
                       for c in task.get("code", {}).get("coding", []))
    assert {"Patient", "Practitioner", "PractitionerRole", "Organization", "RelatedPerson",
            "CareTeam", "CarePlan", "Condition", "Goal", "Task", "Consent",
            "CodeSystem"} <= set(kinds)
    assert profiles[PROFILE + "patient"] == 200
    assert profiles[PROFILE + "patient-ins"] == 0  # the demo has no INSi-qualified identity
    for name in ("practitioner", "practitioner-role", "organization", "related-person",
                 "consent"):
        assert profiles[PROFILE + name] > 0, name
    assert abroad > 0  # a few demo persons were born abroad
    assert speaking > 0  # and a few speak another language (Patient.communication)
    assert {"gp_contact", "discharge_call", "gp_search", "gp_proposal"} <= set(pathway)


def test_born_abroad_qualified_identity_is_sent_as_patient_ins(workspace: Workspace):
    ids = make_plan(workspace, identity_status="QUAL")
    set_patient(workspace, ids.patient, birth_place_code="99350")  # born in Morocco
    bundle = bundle_of(workspace, ids.patient)
    assert violations(bundle) == []
    patient = resources(bundle, "Patient")[0]
    assert patient["meta"]["profile"] == [PROFILE + "patient", PROFILE + "patient-ins"]
    place = next(e for e in patient["extension"] if e["url"].endswith("patient-birthPlace"))
    assert place["valueAddress"] == {"extension": [{
        "url": "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code",
        "valueCoding": {"system": "https://mos.esante.gouv.fr/NOS/TRE_R20-Pays/FHIR/TRE-R20-Pays",
                        "code": "99350"}}]}
    assert patient["identifier"][0]["system"] == "urn:oid:1.2.250.1.213.1.4.8"


def test_qualified_identity_without_birth_place_is_not_claimed_as_ins(workspace: Workspace):
    ids = make_plan(workspace, identity_status="QUAL")
    set_patient(workspace, ids.patient, birth_place_code=None)
    patient = resources(bundle_of(workspace, ids.patient), "Patient")[0]
    assert patient["meta"]["profile"] == [PROFILE + "patient"]
    assert "identifier" not in patient  # the matricule needs the full INS profile


def test_validated_identity_says_which_document_and_when(workspace: Workspace):
    ids = make_plan(workspace, identity_status="VALI")
    set_patient(workspace, ids.patient, identity_method="SM", identity_document="PA",
                identity_checked_on=dt.date(2026, 11, 4))
    bundle = bundle_of(workspace, ids.patient)
    assert violations(bundle) == []
    reliability = resources(bundle, "Patient")[0]["extension"][0]["extension"]
    assert {e["url"]: e.get("valueCoding", {}).get("code") or e.get("valueDate")
            for e in reliability} == {"methodCollection": "SM", "identityStatus": "VALI",
                                      "validationDate": "2026-11-04", "validationMode": "PA"}


def _first(bundle: Bundle_, kind: str) -> dict[str, Any]:
    return resources(bundle, kind)[0]


def _pro(bundle: Bundle_) -> dict[str, Any]:
    return next(r for r in resources(bundle, "Practitioner") if r.get("identifier"))


def _reliability(bundle: Bundle_) -> dict[str, Any]:
    return _first(bundle, "Patient")["extension"][0]["extension"][-1]


Mutation = Callable[[Bundle_], None]
MUTATIONS: dict[str, Mutation] = {
    "identityStatus-required-fr-core-vs-identity-status": lambda b: _reliability(b)[
        "valueCoding"].update(system="https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0445"),
    "patient-officialName-family-given": lambda b: _first(b, "Patient")["name"][0].pop("given"),
    "INS-matricule-only-in-patient-ins": lambda b: _first(b, "Patient").setdefault(
        "identifier", []).append({"system": "urn:oid:1.2.250.1.213.1.4.8", "value": "1"}),
    "born-abroad-coded-as-country": lambda b: [
        e["valueAddress"]["extension"][0]["valueCoding"].update(code="99109")
        for e in _first(b, "Patient")["extension"] if e["url"].endswith("birthPlace")],
    "ins-officialName-1..1-given-1..1-birth-list-1..1": lambda b: (
        _first(b, "Patient")["meta"]["profile"].append(PROFILE + "patient-ins"),
        _first(b, "Patient")["name"][0]["given"].append("Marie")),
    "fr-core-1": lambda b: _first(b, "Patient")["meta"]["profile"].append(
        PROFILE + "patient-ins"),
    "idNatPs-0..1": lambda b: _pro(b)["identifier"].append(
        copy.deepcopy(_pro(b)["identifier"][0])),
    "rpps-slice-type-and-11-digits": lambda b: _pro(b)["identifier"][1].update(
        value="8100034567"),
    "exercicePro-profession-in-J106": lambda b: _pro(b)["qualification"][0]["code"][
        "coding"][0].update(system="urn:coordapp:profession"),
    "specialty-required-TRE-R38": lambda b: next(
        r for r in resources(b, "PractitionerRole") if r.get("specialty"))["specialty"][0][
        "coding"][0].update(system="http://snomed.info/sct"),
    "finess-slice-FINEG-FINEJ-9-characters": lambda b: [
        i.update(value="1" + i["value"]) for r in resources(b, "Organization")
        for i in r.get("identifier", []) if i["system"] == "https://finess.esante.gouv.fr"],
    "idNatSt-official-IDNST-prefixed": lambda b: [
        i.update(use="usual") for r in resources(b, "Organization")
        for i in r.get("identifier", []) if i["system"] == "urn:oid:1.2.250.1.71.4.2.2"],
    "related-person-identifier-1..1": lambda b: _first(b, "RelatedPerson").pop("identifier"),
    "consent-performer-types": lambda b: _first(b, "Consent")["performer"][0].update(
        reference="urn:uuid:nowhere"),
    "own-code-system-shipped": lambda b: b["entry"].pop(),
    "no-unregistered-urn": lambda b: _first(b, "Condition")["category"][1]["coding"][0].update(
        system="urn:coordapp:fhir:CodeSystem/ppcs-need-domain"),
    "ans-code-exists": lambda b: _first(b, "RelatedPerson")["relationship"][0]["coding"][0]
        .update(code="DAUGHTER"),
    "text-is-french-not-a-code": lambda b: [
        g["achievementStatus"].update(text=g["achievementStatus"]["coding"][0]["code"])
        for g in resources(b, "Goal") if "achievementStatus" in g],
}


@pytest.mark.parametrize("rule", sorted(MUTATIONS))
def test_each_rule_catches_its_breach(workspace: Workspace, rule: str):
    ids = make_plan(workspace)
    bundle = bundle_of(workspace, ids.patient)
    assert violations(bundle) == []
    MUTATIONS[rule](bundle)
    assert any(v.startswith(rule) for v in violations(bundle)), violations(bundle)
