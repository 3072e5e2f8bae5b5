"""The FR Core rules the FHIR export relies on, checked on a bundle.

The rules are those of the profiles the export claims (FR Core 2.2.0-ballot FSH sources,
kept with their value sets in tests/data/fr_core/rules.json): required bindings, slices
and cardinalities. ``violations`` names every broken rule as ``rule: resource id``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

RULES = json.loads((Path(__file__).parent / "data" / "fr_core" / "rules.json")
                   .read_text(encoding="utf-8"))
VS = RULES["value_sets"]
SYSTEMS = RULES["identifier_systems"]
FR = RULES["canonical"]
ANS = {k: set(v) for k, v in RULES["ans_codes"].items() if k.startswith("https://")}
PROFILE = f"{FR}/StructureDefinition/fr-core-"
IDENTITY = f"{FR}/StructureDefinition/fr-core-identity-reliability"
BIRTH_LIST = f"{FR}/StructureDefinition/fr-core-patient-birth-list-given-name"
INSEE = f"{FR}/StructureDefinition/fr-core-address-insee-code"
BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"
CANONICAL_BASE = "https://coordapp.fr/fhir/"

Resource = dict[str, Any]
Check = Callable[[Resource, dict[str, Resource]], Iterator[str]]


def claims(resource: Resource, profile: str) -> bool:
    return PROFILE + profile in resource.get("meta", {}).get("profile", [])


def ext(node: Resource, url: str) -> list[Resource]:
    return [e for e in node.get("extension", []) if e.get("url") == url]


def in_vs(coding: Resource | None, name: str) -> bool:
    vs = VS[name]
    return bool(coding) and coding.get("system") == vs["system"] \
        and coding.get("code") in vs["codes"]


def codings(node: Any) -> Iterator[Resource]:
    if isinstance(node, dict):
        if "system" in node and "code" in node:
            yield node
        for value in node.values():
            yield from codings(value)
    elif isinstance(node, list):
        for item in node:
            yield from codings(item)


def concepts(node: Any) -> Iterator[Resource]:
    if isinstance(node, dict):
        if "coding" in node and isinstance(node["coding"], list):
            yield node
        for value in node.values():
            yield from concepts(value)
    elif isinstance(node, list):
        for item in node:
            yield from concepts(item)


# -- Patient --------------------------------------------------------------------------

def patient_rules(p: Resource, _: dict[str, Resource]) -> Iterator[str]:
    if not claims(p, "patient"):
        yield "patient-profile-claimed"
        return
    officials = [n for n in p.get("name", []) if n.get("use") == "official"]
    for n in officials:  # name[officialName]: family 1.., given 1..
        if not n.get("family") or not n.get("given"):
            yield "patient-officialName-family-given"
        if len(ext(n, BIRTH_LIST)) > 1 or any("valueString" not in e
                                               for e in ext(n, BIRTH_LIST)):
            yield "patient-birth-list-given-name-0..1-string"
    for reliability in ext(p, IDENTITY):
        status = [e for e in reliability.get("extension", []) if e["url"] == "identityStatus"]
        if len(status) > 1 or any(not in_vs(e.get("valueCoding"), "fr-core-vs-identity-status")
                                  for e in status):
            yield "identityStatus-required-fr-core-vs-identity-status"
        for e in reliability.get("extension", []):
            if e["url"] == "validationMode" and not in_vs(
                    e.get("valueCoding"), "fr-core-vs-mode-validation-identity"):
                yield "validationMode-required-binding"
            if e["url"] in ("validationDate", "dateInterrogationINSi") \
                    and not re.fullmatch(r"\d{4}-\d\d-\d\d", e.get("valueDate", "")):
                yield "identity-dates-are-dates"
    places = ext(p, BIRTH_PLACE)
    if len(places) > 1:
        yield "birthPlace-0..1"
    for place in places:
        codes = ext(place.get("valueAddress", {}), INSEE)
        for c in codes:
            coding = c.get("valueCoding", {})
            if coding.get("system") not in VS["fr-core-vs-cog-commune-pays"]["systems"] \
                    or not re.fullmatch(r"[0-9][0-9AB][0-9]{3}", coding.get("code", "")):
                yield "inseeCode-commune-or-99-country"
            if coding.get("code", "").startswith("99") != coding.get("system", "").endswith(
                    "TRE-R20-Pays"):
                yield "born-abroad-coded-as-country"
    ins_ids = [i for i in p.get("identifier", [])
               if i.get("system") in (SYSTEMS["INS-NIR"], SYSTEMS["INS-NIA"])]
    if ins_ids and not claims(p, "patient-ins"):
        yield "INS-matricule-only-in-patient-ins"
    for c in p.get("telecom", []):
        if not c.get("system") or not c.get("value"):
            yield "contact-point-system-value"
    if claims(p, "patient-ins"):
        yield from patient_ins_rules(p, officials, places, ins_ids)


def patient_ins_rules(p: Resource, officials: list[Resource], places: list[Resource],
                      ins_ids: list[Resource]) -> Iterator[str]:
    if not ext(p, IDENTITY):
        yield "ins-identityReliability-1..*"
    if len(places) != 1 or len(ext(places[0].get("valueAddress", {}), INSEE)) != 1:
        yield "ins-birthPlace-1..1-with-inseeCode"
    if not p.get("identifier"):
        yield "ins-identifier-1.."
    for i in ins_ids:
        nir = i["system"] == SYSTEMS["INS-NIR"]
        kind = "INS-NIR" if nir else "INS-NIA"
        type_codes = [c for c in i.get("type", {}).get("coding", [])
                      if c.get("system") == VS["fr-core-cs-v2-0203"]["system"]]
        if [c.get("code") for c in type_codes] != [kind] or not i.get("value"):
            yield "ins-identifier-type-value"
        if nir and i.get("use") not in VS["fr-core-vs-patient-identifier-use-ins"]["codes"]:
            yield "ins-nir-use-official-or-old"
        if not nir and i.get("use") != "temp":
            yield "ins-nia-use-temp"
    if p.get("gender") not in VS["fr-core-vs-patient-gender-INS"]["codes"]:
        yield "ins-gender-required"
    if not p.get("birthDate"):
        yield "ins-birthDate-1.."
    if len(officials) != 1 or len(officials[0].get("given", [])) != 1 \
            or len(ext(officials[0], BIRTH_LIST)) != 1:
        yield "ins-officialName-1..1-given-1..1-birth-list-1..1"
    status = [e["valueCoding"]["code"] for r in ext(p, IDENTITY)
              for e in r.get("extension", []) if e["url"] == "identityStatus"]
    if "VALI" in status:  # fr-core-1 and fr-core-2
        if not ins_ids:
            yield "fr-core-1"
        if sum(1 for i in p.get("identifier", []) if i.get("use") == "official") != 1 \
                and not any(i.get("use") == "temp" for i in ins_ids):
            yield "fr-core-2"


# -- professionals and organisations ----------------------------------------------------

def practitioner_rules(r: Resource, _: dict[str, Resource]) -> Iterator[str]:
    if not claims(r, "practitioner"):
        yield "practitioner-profile-claimed"
        return
    ids = r.get("identifier", [])
    nat = [i for i in ids if i.get("system") == SYSTEMS["idNatPs"]]
    if len(nat) > 1:
        yield "idNatPs-0..1"
    for i in nat:
        if [c.get("code") for c in i.get("type", {}).get("coding", [])] != ["IDNPS"] \
                or not re.fullmatch(r"8\d{11}|0\d{9}", i.get("value", "")):
            yield "idNatPs-type-and-prefixed-value"
    for i in (i for i in ids if i.get("system") == SYSTEMS["rpps"]):
        if [c.get("code") for c in i.get("type", {}).get("coding", [])] != ["RPPS"] \
                or not re.fullmatch(r"\d{11}", i.get("value", "")):
            yield "rpps-slice-type-and-11-digits"
    for q in r.get("qualification", []):  # exercicePro: code.coding closed to J106/J89
        for c in q.get("code", {}).get("coding", []):
            if c.get("system") not in VS["JDV-J106-EnsembleProfession-RASS"]["systems"]:
                yield "exercicePro-profession-in-J106"
    for c in r.get("telecom", []):
        if not c.get("system") or not c.get("value"):
            yield "contact-point-system-value"


def practitioner_role_rules(r: Resource, index: dict[str, Resource]) -> Iterator[str]:
    if not claims(r, "practitioner-role"):
        yield "practitioner-role-profile-claimed"
        return
    for s in r.get("specialty", []):
        if any(c.get("system") != VS["fr-core-practitioner-specialty"]["system"]
               for c in s.get("coding", [])) or not s.get("coding"):
            yield "specialty-required-TRE-R38"
    target = index.get(r.get("practitioner", {}).get("reference", ""))
    if target is None or not claims(target, "practitioner"):
        yield "practitioner-only-FRCorePractitioner"


def organization_rules(r: Resource, _: dict[str, Resource]) -> Iterator[str]:
    if not claims(r, "organization"):
        yield "organization-profile-claimed"
        return
    ids = r.get("identifier", [])
    if any(not i.get("system") or not i.get("value") for i in ids):
        yield "organization-identifier-system-value-1.."
    nat = [i for i in ids if i.get("system") == SYSTEMS["idNatSt"]]
    if len(nat) > 1:
        yield "idNatSt-0..1"
    for i in nat:
        if i.get("use") != "official" or [c.get("code") for c in i["type"]["coding"]] \
                != ["IDNST"] or not re.fullmatch(r"[0-4].+", i.get("value", "")):
            yield "idNatSt-official-IDNST-prefixed"
    for i in (i for i in ids if i.get("system") == SYSTEMS["finess"]):
        types = i.get("type", {}).get("coding", [])
        if [(c.get("system"), c.get("code") in ("FINEG", "FINEJ")) for c in types] != [
                (VS["fr-core-cs-v2-0203"]["system"], True)] \
                or not re.fullmatch(r"[0-9][0-9AB]\d{7}", i.get("value", "")):
            yield "finess-slice-FINEG-FINEJ-9-characters"


def related_person_rules(r: Resource, index: dict[str, Resource]) -> Iterator[str]:
    if not claims(r, "related-person"):
        yield "related-person-profile-claimed"
        return
    if len(r.get("identifier", [])) != 1:
        yield "related-person-identifier-1..1"
    target = index.get(r.get("patient", {}).get("reference", ""))
    if target is None or not claims(target, "patient"):
        yield "related-person-patient-FRCorePatient"


def consent_rules(r: Resource, index: dict[str, Resource]) -> Iterator[str]:
    if not claims(r, "consent"):
        yield "consent-profile-claimed"
        return
    allowed = {"Organization", "Patient", "Practitioner", "RelatedPerson", "PractitionerRole"}
    for ref in r.get("performer", []):
        target = index.get(ref.get("reference", ""))
        if target is None or target["resourceType"] not in allowed:
            yield "consent-performer-types"


CHECKS: dict[str, Check] = {
    "Patient": patient_rules, "Practitioner": practitioner_rules,
    "PractitionerRole": practitioner_role_rules, "Organization": organization_rules,
    "RelatedPerson": related_person_rules, "Consent": consent_rules,
}


def terminology_rules(bundle: Resource) -> Iterator[str]:
    """Codes: ANS codes known, CoordApp's own systems shipped, no raw codes as text."""
    shipped = {e["resource"]["url"]: {c["code"] for c in e["resource"]["concept"]}
               for e in bundle["entry"] if e["resource"]["resourceType"] == "CodeSystem"}
    for entry in bundle["entry"]:
        resource = entry["resource"]
        rid = resource.get("id")
        for c in codings(resource):
            system = c["system"]
            if system.startswith("urn:coordapp"):
                yield f"no-unregistered-urn: {rid}"
            if system.startswith(CANONICAL_BASE) and c["code"] not in shipped.get(system, ()):
                yield f"own-code-system-shipped: {rid}"
            if system in ANS and c["code"] not in ANS[system]:
                yield f"ans-code-exists: {rid}"
        for concept in concepts(resource):
            if concept.get("text") in {c.get("code") for c in concept["coding"]}:
                yield f"text-is-french-not-a-code: {rid}"


def violations(bundle: Resource) -> list[str]:
    index = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    found: list[str] = []
    for entry in bundle["entry"]:
        resource = entry["resource"]
        check = CHECKS.get(resource["resourceType"])
        if check:
            found += [f"{rule}: {resource['id']}" for rule in check(resource, index)]
    found += list(terminology_rules(bundle))
    return found
