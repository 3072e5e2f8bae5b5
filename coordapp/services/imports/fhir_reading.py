"""Reading a FHIR R4 Bundle (CoordApp's export, FR Core shapes) into plain values.

Nothing is written here: :func:`read_bundle` returns what the import would write (the
person, the care circle, the plan, the consents) and, in ``not_understood``, every
resource or element it leaves out, in French, for the report.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordapp.errors import InvalidInput
from coordapp.export import fhir_terms as t
from coordapp.services.imports.fhir_bundle_parts import PlanReading, Resource
from coordapp.services.imports.fhir_bundle_parts import codes as _codes
from coordapp.services.imports.fhir_bundle_parts import date as _date
from coordapp.services.imports.fhir_bundle_parts import ext as _ext
from coordapp.services.imports.fhir_bundle_parts import keys as _keys
from coordapp.services.imports.fhir_bundle_parts import telecom as _telecom
from coordapp.services.imports.fhir_bundle_parts import text as _text
from coordapp.services.imports.fhir_bundle_parts import unique as _unique
from coordapp.services.imports.fhir_plan_reading import PlanReader
from coordapp.services.patient.identity_origin import IdentityOrigin

MAX_BYTES = 20 * 1024 * 1024
HANDLED = {"Patient", "Practitioner", "PractitionerRole", "Organization", "RelatedPerson",
           "CareTeam", "CarePlan", "Condition", "Goal", "Task", "Consent", "CodeSystem"}
SEXES = {"female": "F", "male": "M"}
_PATIENT_KEYS = {"resourceType", "id", "meta", "extension", "identifier", "active", "name",
                 "telecom", "gender", "birthDate", "address", "generalPractitioner", "text",
                 "communication"}


@dataclass
class Member:
    target: str  # key of a Practitioner, Organization or RelatedPerson
    role: str
    main_caregiver: bool = False
    started_on: dt.date | None = None
    ended_on: dt.date | None = None


@dataclass
class BundleReading:
    name: str
    patient_id: str | None
    patient: dict[str, Any]
    origin: IdentityOrigin
    gp: str | None = None
    practitioners: dict[str, dict[str, Any]] = field(default_factory=dict)
    organizations: dict[str, dict[str, Any]] = field(default_factory=dict)
    related: dict[str, dict[str, Any]] = field(default_factory=dict)
    members: list[Member] = field(default_factory=list)
    plan: PlanReading | None = None
    consents: list[dict[str, Any]] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)


def load_bundle(path: Path) -> tuple[Resource, str]:
    """The JSON object of ``path``; ``InvalidInput`` if it is not a FHIR Bundle we read."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{path.name} : fichier trop volumineux (20 Mo au plus).")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise InvalidInput(f"Impossible de lire le fichier {path.name}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"{path.name} n'est pas un fichier JSON lisible.") from exc
    if not isinstance(data, dict) or data.get("resourceType") not in ("Bundle", "Patient"):
        raise InvalidInput(f"{path.name} n'est pas un Bundle FHIR (ressource « Bundle » "
                           "attendue).")
    if data["resourceType"] == "Patient":  # a lone Patient, as the FR Core examples
        data = {"resourceType": "Bundle", "type": "collection",
                "entry": [{"fullUrl": f"urn:uuid:{data.get('id', 'patient')}",
                           "resource": data}]}
    return data, path.name


def read_bundle(data: Resource, name: str) -> BundleReading:
    index: dict[str, Resource] = {}
    kinds: Counter[str] = Counter()
    for entry in data.get("entry") or []:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict) or "resourceType" not in resource:
            continue
        kind = resource["resourceType"]
        kinds[kind] += 1
        for key in _keys(entry.get("fullUrl"), kind, resource.get("id")):
            index[key] = resource
    patients = [r for r in _unique(index.values()) if r["resourceType"] == "Patient"]
    if len(patients) != 1:
        raise InvalidInput(f"{name} : le Bundle doit contenir exactement un Patient "
                           f"({len(patients)} trouvé(s)) : rien n'a été importé.")
    reader = _Reader(index, name)
    reading = reader.patient(patients[0])
    reader.circle(reading)
    reader.plan(reading)
    reader.consents(reading)
    pathway = sum(1 for r in _unique(index.values()) if r["resourceType"] == "Task"
                  and t.COORDINATION_TASK_SYSTEM in str(r.get("code")))
    if pathway:
        reading.not_understood.append(
            f"{pathway} tâche(s) de coordination, recherche(s) ou proposition(s) de médecin "
            "traitant : non reprise(s) (à recréer dans le dossier si besoin).")
    for kind, count in sorted(kinds.items()):
        if kind not in HANDLED:
            reading.not_understood.append(f"{count} ressource(s) {kind} : non reprise(s).")
    reading.not_understood = reader.not_understood + reading.not_understood
    return reading


class _Reader(PlanReader):
    def __init__(self, index: dict[str, Resource], name: str) -> None:
        self.index = index
        self.name = name
        self.not_understood: list[str] = []

    def get(self, ref: Any) -> Resource | None:
        if isinstance(ref, dict):
            ref = ref.get("reference")
        return self.index.get(ref) if isinstance(ref, str) else None

    def key(self, resource: Resource) -> str:
        return f"{resource['resourceType']}/{resource.get('id')}"

    # -- the person ---------------------------------------------------------------------

    def patient(self, p: Resource) -> BundleReading:
        values: dict[str, Any] = {}
        names = p.get("name") or []
        official = next((n for n in names if n.get("use") == "official"), names[0] if names
                        else {})
        values["family_name"] = official.get("family") or official.get("text")
        birth_list = _ext(official, t.EXT_BIRTH_LIST_GIVEN_NAME)
        values["given_names"] = (birth_list[0].get("valueString") if birth_list
                                 else " ".join(official.get("given") or []))
        usual = next((n for n in names if n.get("use") == "usual"), None)
        if usual:
            if usual.get("family") and usual.get("family") != values["family_name"]:
                values["used_name"] = usual["family"]
            if usual.get("given"):
                values["used_given_name"] = usual["given"][0]
        values["birth_date"] = p.get("birthDate")
        values["sex"] = SEXES.get(p.get("gender", ""), "U")
        for place in _ext(p, t.EXT_BIRTH_PLACE):
            for insee in _ext(place.get("valueAddress") or {}, t.EXT_INSEE_CODE):
                values["birth_place_code"] = (insee.get("valueCoding") or {}).get("code")
        ins = [i for i in p.get("identifier") or []
               if i.get("system") in (t.INS_NIR_SYSTEM, t.INS_NIA_SYSTEM) and i.get("value")
               and i.get("use") != "old"]
        if ins:
            values["nir"] = ins[0]["value"]
        others = [i for i in p.get("identifier") or [] if i not in ins]
        if others:
            self.not_understood.append(f"Patient : {len(others)} autre(s) identifiant(s) "
                                       "(IPP, etc.) non repris.")
        origin = self.identity(p, values, bool(ins))
        phones = _telecom(p, "phone")
        values |= {"phone": phones[0] if phones else None,
                   "phone_alt": phones[1] if len(phones) > 1 else None}
        emails = _telecom(p, "email")
        if emails:
            values["email"] = emails[0]
        address = next(iter(p.get("address") or []), None)
        if address:
            values |= {"address": ", ".join(address.get("line") or []) or None,
                       "postal_code": address.get("postalCode"), "city": address.get("city")}
        self.languages(p, values)
        known = {t.EXT_IDENTITY_RELIABILITY, t.EXT_BIRTH_PLACE, t.EXT_INTERPRETER_REQUIRED}
        for e in p.get("extension") or []:
            if e.get("url") not in known:
                self.not_understood.append(f"Patient : extension {e.get('url')} non reprise.")
        extra = sorted(set(p) - _PATIENT_KEYS)
        if extra:
            self.not_understood.append("Patient : élément(s) non repris : "
                                       + ", ".join(extra) + ".")
        reading = BundleReading(self.name, p.get("id"), values, origin)
        gp = self.get((p.get("generalPractitioner") or [None])[0])
        if gp is not None:
            reading.gp = self.person(reading, gp)
        return reading

    def languages(self, p: Resource, values: dict[str, Any]) -> None:
        """``communication`` (the preferred language first) and the interpreter need."""
        spoken: list[str] = []
        for c in p.get("communication") or []:
            concept = c.get("language") or {}
            name = _text(concept) or next((x.get("code") for x in concept.get("coding") or []
                                           if x.get("code")), None)
            if name and c.get("preferred"):
                spoken.insert(0, name)
            elif name:
                spoken.append(name)
        if spoken:
            values["languages"] = list(dict.fromkeys(spoken))
        needed = _ext(p, t.EXT_INTERPRETER_REQUIRED)
        if needed:
            values["interpreter_needed"] = needed[0].get("valueBoolean") is True

    def identity(self, p: Resource, values: dict[str, Any], has_ins: bool) -> IdentityOrigin:
        status, method, queried = "PROV", None, None
        for reliability in _ext(p, t.EXT_IDENTITY_RELIABILITY):
            for part in reliability.get("extension") or []:
                url, coding = part.get("url"), part.get("valueCoding") or {}
                if url == "identityStatus" and coding.get("code") in t.IDENTITY_STATUSES:
                    status = coding["code"]
                elif url == "methodCollection":
                    method = coding.get("code")
                elif url == "dateInterrogationINSi":
                    queried = _date(part.get("valueDate"))
                elif url == "validationMode":
                    values["identity_document"] = coding.get("code")
                elif url == "validationDate":
                    values["identity_checked_on"] = _date(part.get("valueDate"))
        values["identity_status"] = status
        return IdentityOrigin(source=f"Import FHIR {self.name} du {dt.date.today():%d/%m/%Y}",
                              insi_queried_on=queried,
                              method=method if method in t.METHOD_COLLECTIONS else None,
                              insi=has_ins or method in ("INSI", "CV", "AV", "CB"))

    # -- the care circle ----------------------------------------------------------------

    def person(self, reading: BundleReading, r: Resource) -> str | None:
        """Register the directory entry or close one ``r`` stands for; its key."""
        kind = r["resourceType"]
        if kind == "PractitionerRole":
            practitioner = self.get(r.get("practitioner"))
            if practitioner is None:
                return None
            key = self.person(reading, practitioner)
            if key and not reading.practitioners[key].get("profession"):
                reading.practitioners[key]["profession"] = _text(
                    (r.get("code") or [None])[0])
            return key
        key = self.key(r)
        if kind == "Practitioner":
            reading.practitioners.setdefault(key, self.practitioner(r))
        elif kind == "Organization":
            ids = r.get("identifier") or []
            finess = next((i["value"] for i in ids if i.get("system") == t.FINESS_SYSTEM), None)
            reading.organizations.setdefault(key, {
                "id": r.get("id"), "name": r.get("name"), "finess": finess,
                "kind": _text((r.get("type") or [None])[0]),
                "phone": next(iter(_telecom(r, "phone")), None),
                "email": next(iter(_telecom(r, "email")), None)})
        elif kind == "RelatedPerson":
            name: Resource = next(iter(r.get("name") or []), {})
            text = name.get("text") or " ".join([*(name.get("given") or []),
                                                 name.get("family") or ""]).strip()
            concepts = r.get("relationship") or []
            roles = [c for c in concepts if any(
                "TRE_R260" in (x.get("system") or "") for x in c.get("coding") or [])]
            relations = [c for c in concepts if c not in roles]
            reading.related.setdefault(key, {
                "id": r.get("id"), "name": text or "Proche",
                "relationship": _text(relations[0]) if relations else None,
                "role": _text(roles[0]) if roles else None,
                "phone": next(iter(_telecom(r, "phone")), None),
                "ended": r.get("active") is False})
        else:
            return None
        return key

    def practitioner(self, r: Resource) -> dict[str, Any]:
        name: Resource = next(iter(r.get("name") or []), {})
        rpps = adeli = None
        for i in r.get("identifier") or []:
            value = str(i.get("value") or "")
            if i.get("system") == t.RPPS_SYSTEM:
                rpps = value
            elif i.get("system") == t.IDNPS_SYSTEM and value[:1] == "8" and not rpps:
                rpps = value[1:]
            elif i.get("system") == t.IDNPS_SYSTEM and value[:1] == "0":
                adeli = value[1:]
        profession = None
        for qualification in r.get("qualification") or []:
            concept = qualification.get("code") or {}
            for coding in concept.get("coding") or []:
                known = t.PROFESSION_DISPLAYS.get((coding.get("system"), coding.get("code")))
                profession = profession or (concept.get("text") if known else None) or known
            if profession:
                break
        if profession is None and r.get("qualification"):
            profession = _text(r["qualification"][0].get("code"))
        return {"id": r.get("id"), "family_name": name.get("family") or name.get("text"),
                "given_name": next(iter(name.get("given") or []), None),
                "profession": profession, "rpps": rpps, "adeli": adeli,
                "phone": next(iter(_telecom(r, "phone")), None),
                "email": next(iter(_telecom(r, "email")), None)}

    def circle(self, reading: BundleReading) -> None:
        teams = [r for r in _unique(self.index.values()) if r["resourceType"] == "CareTeam"]
        placed: set[str] = set()
        for team in teams[:1]:
            for part in team.get("participant") or []:
                target = self.get(part.get("member"))
                role = (part.get("role") or [None])[0]
                codes = _codes(role, t.CIRCLE_ROLE_SYSTEM)
                if target is None or "referent" in codes:
                    continue  # the referent coordinator is chosen locally
                key = self.person(reading, target)
                if key is None:
                    self.not_understood.append("CareTeam : un participant de type "
                                               f"{target['resourceType']} non repris.")
                    continue
                period = part.get("period") or {}
                reading.members.append(Member(
                    key, _text(role) or "Membre du cercle de soins",
                    main_caregiver="main-caregiver" in codes,
                    started_on=_date(period.get("start")), ended_on=_date(period.get("end"))))
                placed.add(key)
        if len(teams) > 1:
            self.not_understood.append(f"{len(teams) - 1} CareTeam supplémentaire(s) : "
                                       "non reprise(s).")
        for r in _unique(self.index.values()):  # close ones outside any care team
            if r["resourceType"] == "RelatedPerson" and self.key(r) not in placed:
                key = self.person(reading, r)
                if key:
                    data = reading.related[key]
                    reading.members.append(Member(
                        key, data["role"] or data["relationship"] or "Proche"))
