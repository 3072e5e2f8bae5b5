"""The Patient resource, as FR Core Patient (and FR Core Patient INS when it conforms).

The INS matricule travels only for a qualified identity (FR Core: "Le matricule INS ne
peut être véhiculé que dans le cas d'une identité qualifiée"), and only with everything
the INS profile makes mandatory: the birth place (INSEE commune code, or 99 + country
code when born abroad), sex, birth date, the first birth given name in ``given`` and
the whole list in the ``birth-list-given-name`` extension. A qualified identity missing
one of them is sent as FR Core Patient without the matricule.
"""

from __future__ import annotations

from typing import Any

from coordapp.documents.plan import PersonIdentity
from coordapp.export import fhir_terms as t


def coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    found = {"system": system, "code": code}
    if display:
        found["display"] = display
    return found


def birth_place(code: str | None) -> dict[str, Any] | None:
    """``patient-birthPlace``: an INSEE commune, or 99 + the INSEE country code."""
    if not code:
        return None
    abroad = code.startswith("99")
    address: dict[str, Any] = {"extension": [{
        "url": t.EXT_INSEE_CODE,
        "valueCoding": coding(t.COUNTRY_SYSTEM if abroad else t.COMMUNE_SYSTEM, code)}]}
    if not abroad:
        address["country"] = "FRA"
    return {"url": t.EXT_BIRTH_PLACE, "valueAddress": address}


def identity_reliability(p: PersonIdentity) -> dict[str, Any]:
    status = p.identity_status if p.identity_status in t.IDENTITY_STATUSES else "PROV"
    parts: list[dict[str, Any]] = []
    method = p.identity_method
    if method in t.METHOD_COLLECTIONS:
        parts.append({"url": "methodCollection", "valueCoding": coding(
            t.METHOD_COLLECTION_SYSTEM, method, t.METHOD_COLLECTIONS[method])})
    insi_on = p.insi_queried_on
    if insi_on:
        parts.append({"url": "dateInterrogationINSi", "valueDate": insi_on.isoformat()})
    parts.append({"url": "identityStatus", "valueCoding": coding(
        t.IDENTITY_STATUS_SYSTEM, status, t.IDENTITY_STATUSES[status])})
    document = p.identity_document
    checked_on = p.identity_checked_on
    if status in ("VALI", "QUAL") and checked_on:
        parts.append({"url": "validationDate", "valueDate": checked_on.isoformat()})
    if status in ("VALI", "QUAL") and document in t.VALIDATION_MODES:
        parts.append({"url": "validationMode", "valueCoding": coding(
            t.VALIDATION_MODE_SYSTEM, document, t.VALIDATION_MODES[document])})
    return {"url": t.EXT_IDENTITY_RELIABILITY, "extension": parts}


def ins_identifier(nir: str) -> dict[str, Any]:
    nia = nir[0] in "78"
    kind = "INS-NIA" if nia else "INS-NIR"
    return {"use": "temp" if nia else "official",
            "type": {"coding": [coding(t.ID_TYPES, kind, t.ID_TYPE_DISPLAYS[kind])]},
            "system": t.INS_NIA_SYSTEM if nia else t.INS_NIR_SYSTEM, "value": nir}


def carries_ins(p: PersonIdentity) -> bool:
    """Whether the identity can be sent as FR Core Patient INS (with its matricule)."""
    return bool(p.identity_status == "QUAL" and p.nir and p.birth_place_code
                and p.given_names.split() and p.sex in t.GENDERS)


def patient_resource(p: PersonIdentity, gp: dict[str, str] | None) -> dict[str, Any]:
    given = p.given_names.split()
    ins = carries_ins(p)
    official: dict[str, Any] = {"use": "official", "family": p.family_name}
    if given:
        official["given"] = given[:1]
        official["extension"] = [{"url": t.EXT_BIRTH_LIST_GIVEN_NAME,
                                  "valueString": " ".join(given)}]
    names = [official]
    if p.used_name or p.used_given_name:
        usual: dict[str, Any] = {"use": "usual", "family": p.used_name or p.family_name}
        if p.used_given_name:
            usual["given"] = [p.used_given_name]
        names.append(usual)
    extensions = [identity_reliability(p)]
    place = birth_place(p.birth_place_code)
    if place:
        extensions.append(place)
    if p.interpreter_needed:
        extensions.append({"url": t.EXT_INTERPRETER_REQUIRED, "valueBoolean": True})
    address = {k: v for k, v in {"use": "home", "line": [p.address] if p.address else None,
                                 "postalCode": p.postal_code, "city": p.city}.items() if v}
    telecom = [{"system": "phone", "value": x} for x in (p.phone, p.phone_alt) if x]
    if p.email:
        telecom.append({"system": "email", "value": p.email})
    profiles = [t.PROFILE["patient"]] + ([t.PROFILE["patient-ins"]] if ins else [])
    return {
        "resourceType": "Patient", "id": p.id,
        "meta": {"profile": profiles} if given else None,
        "extension": extensions,
        "identifier": [ins_identifier(p.nir)] if ins and p.nir else [],
        "active": p.status != "closed", "name": names, "telecom": telecom,
        "gender": t.GENDERS.get(p.sex, "unknown"), "birthDate": p.birth_date.isoformat(),
        "address": [address | {"country": "FRA"}] if len(address) > 1 else [],
        "generalPractitioner": [gp] if gp else [],
        "communication": communication(p.languages),
    }


def communication(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """The languages spoken, the first one preferred (as the identity form records them);
    coded in BCP-47 when the name is a known language, always with the name as typed."""
    found = []
    for index, name in enumerate(languages):
        code = t.language_coding(name)
        concept: dict[str, Any] = {"text": name}
        if code:
            concept["coding"] = [code]
        found.append({"language": concept, "preferred": index == 0})
    return found
