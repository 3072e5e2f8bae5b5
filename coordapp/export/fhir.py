"""FHIR R4 export of one person's file as a ``collection`` Bundle.

Resources: Patient (French FR Core conventions: the INS matricule only for a qualified
identity), Practitioner / Organization / RelatedPerson for the care circle, CareTeam,
CarePlan, Condition (needs), Goal, Task (actions), Consent. Every resource has a
``urn:uuid:`` full URL and every reference points at one of them, so the bundle is
self-contained. The result is checked against the R4B models of ``fhir.resources``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from coordapp.export.labels import DOMAINS, label
from coordapp.models import IdentityStatus, PlanStatus
from coordapp.services.plan_document import (
    CircleMember,
    ConsentEntry,
    Contact,
    PlanAction,
    PlanContent,
    PlanDocument,
    PlanGoal,
)

#: Root of CoordApp's own code systems (need domains, flags): a URN, which FHIR accepts
#: as a code system URI, since no national value set covers PPCS need domains.
LOCAL_SYSTEM = "urn:coordapp:fhir:CodeSystem"
FR_CORE = "https://hl7.fr/ig/fhir/core"
INS_NIR_SYSTEM = "urn:oid:1.2.250.1.213.1.4.8"
INS_NIA_SYSTEM = "urn:oid:1.2.250.1.213.1.4.9"
IDNPS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1"
FINESS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2"
_ID_TYPES = f"{FR_CORE}/CodeSystem/fr-core-cs-v2-0203"
_TERMINOLOGY = "http://terminology.hl7.org/CodeSystem"
_NAMESPACE = uuid.UUID("6f1d3c1e-4a39-4f8e-9d55-3c0a8f6f2b10")

GENDERS = {"F": "female", "M": "male", "U": "unknown"}
PLAN_STATUSES: dict[str, str] = {PlanStatus.DRAFT: "draft", PlanStatus.VALIDATED: "active",
                 PlanStatus.SUPERSEDED: "revoked", PlanStatus.CLOSED: "completed"}
TASK_STATUSES = {"planned": "requested", "in_progress": "in-progress", "done": "completed",
                 "cancelled": "cancelled"}
#: goal status -> (lifecycleStatus, achievementStatus code or None)
GOAL_STATUSES = {"proposed": ("proposed", None), "in_progress": ("active", "in-progress"),
                 "reached": ("completed", "achieved"),
                 "not_reached": ("completed", "not-achieved"),
                 "abandoned": ("cancelled", None)}


def fhir_bundle(doc: PlanDocument, now: dt.datetime | None = None) -> dict[str, Any]:
    """The bundle as plain JSON-ready data."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return _BundleBuilder(doc).build(now)


def fhir_json(doc: PlanDocument, now: dt.datetime | None = None) -> bytes:
    """The bundle as UTF-8 JSON, checked against the FHIR R4B models first."""
    return bundle_bytes(fhir_bundle(doc, now))


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    """``bundle`` checked against the FHIR R4B models, as UTF-8 JSON."""
    from fhir.resources.R4B.bundle import Bundle  # heavy import, only when exporting

    Bundle.model_validate(bundle)  # raises on a structural error: a bug, never user input
    return json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")


def derived_id(*parts: str) -> str:
    """A stable UUID for a resource with no record of its own (care team, agreement…)."""
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


def _ref(resource_id: str, display: str | None = None) -> dict[str, str]:
    ref = {"reference": f"urn:uuid:{resource_id}"}
    if display:
        ref["display"] = display
    return ref


def _coding(system: str, code: str, display: str | None = None) -> dict[str, str]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return coding


def _concept(text: str, *codings: dict[str, str]) -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text}
    if codings:
        concept["coding"] = list(codings)
    return concept


def _telecom(phone: str | None, email: str | None = None) -> list[dict[str, str]]:
    points = [{"system": "phone", "value": phone}] if phone else []
    if email:
        points.append({"system": "email", "value": email})
    return points


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: FHIR forbids empty strings, lists and objects."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


class _BundleBuilder:
    def __init__(self, doc: PlanDocument) -> None:
        self.doc = doc
        self.entries: dict[str, dict[str, Any]] = {}  # id -> resource, in insertion order
        self.patient_ref = _ref(doc.person.id, doc.person.identity_line)

    def build(self, now: dt.datetime) -> dict[str, Any]:
        doc = self.doc
        organization = self._coordination_organization()
        coordinator = self._contact(doc.referent) if doc.referent else None
        gp = self._contact(doc.gp) if doc.gp else None
        self._patient(gp)
        members = {m.id: self._member(m) for m in doc.care_circle}
        team_id = self._care_team(members, coordinator, organization)
        if doc.plan is not None:
            self._plan(doc.plan, team_id, members, coordinator)
        self._consents(organization)
        return {
            "resourceType": "Bundle",
            "id": str(uuid.uuid4()),
            "meta": {"lastUpdated": now.isoformat()},
            "type": "collection",
            "timestamp": now.isoformat(),
            "entry": [{"fullUrl": f"urn:uuid:{rid}", "resource": resource}
                      for rid, resource in self.entries.items()],
        }

    def _add(self, resource: dict[str, Any]) -> str:
        self.entries.setdefault(resource["id"], _clean(resource))
        return str(resource["id"])

    # -- people and organisations -----------------------------------------------------

    def _patient(self, gp: dict[str, str] | None) -> None:
        p = self.doc.person
        extensions: list[dict[str, Any]] = [{
            "url": f"{FR_CORE}/StructureDefinition/fr-core-identity-reliability",
            "extension": [{"url": "identityStatus", "valueCoding": _coding(
                f"{FR_CORE}/CodeSystem/fr-core-cs-v2-0445", p.identity_status)}],
        }]
        if p.birth_place_code and not p.birth_place_code.startswith("99"):
            extensions.append({
                "url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
                "valueAddress": {"extension": [{
                    "url": f"{FR_CORE}/StructureDefinition/fr-core-address-insee-code",
                    "valueCoding": _coding(
                        "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM",
                        p.birth_place_code)}]},
            })
        identifiers = []
        if p.nir and p.identity_status == IdentityStatus.QUAL:  # INS only when qualified
            nia = p.nir[0] in "78"
            identifiers.append({
                "use": "temp" if nia else "official",
                "type": {"coding": [_coding(_ID_TYPES, "INS-NIA" if nia else "INS-NIR")]},
                "system": INS_NIA_SYSTEM if nia else INS_NIR_SYSTEM,
                "value": p.nir,
            })
        names: list[dict[str, Any]] = [{"use": "official", "family": p.family_name,
                                        "given": p.given_names.split()}]
        if p.used_name or p.used_given_name:
            names.append(_clean({"use": "usual", "family": p.used_name or p.family_name,
                                 "given": [p.used_given_name] if p.used_given_name else []}))
        address = _clean({"use": "home", "line": [p.address] if p.address else [],
                          "postalCode": p.postal_code, "city": p.city})
        phones = [x for x in (p.phone, p.phone_alt) if x]
        self._add({
            "resourceType": "Patient", "id": p.id, "extension": extensions,
            "identifier": identifiers, "active": p.status != "closed", "name": names,
            "telecom": [{"system": "phone", "value": x} for x in phones]
            + _telecom(None, p.email),
            "gender": GENDERS.get(p.sex, "unknown"), "birthDate": p.birth_date.isoformat(),
            "address": [address | {"country": "FRA"}] if len(address) > 1 else [],
            "generalPractitioner": [gp] if gp else [],
        })

    def _coordination_organization(self) -> dict[str, str] | None:
        ref = self.doc.referent
        if ref is None or not ref.structure:
            return None
        org_id = derived_id("organization", ref.structure)
        self._add({"resourceType": "Organization", "id": org_id, "name": ref.structure})
        return _ref(org_id, ref.structure)

    def _practitioner(self, rid: str, name: str, family: str | None, given: str | None,
                      profession: str | None, phone: str | None, email: str | None,
                      rpps: str | None, adeli: str | None) -> dict[str, str]:
        identifiers = [{"type": {"coding": [_coding(_ID_TYPES, "IDNPS")]},
                        "system": IDNPS_SYSTEM, "value": prefix + number}
                       for prefix, number in (("8", rpps), ("0", adeli)) if number]
        human = _clean({"text": name, "family": family, "given": [given] if given else []})
        self._add({
            "resourceType": "Practitioner", "id": rid, "identifier": identifiers,
            "name": [human], "telecom": _telecom(phone, email),
            "qualification": [{"code": {"text": profession}}] if profession else [],
        })
        return _ref(rid, name)

    def _contact(self, c: Contact) -> dict[str, str]:
        return self._practitioner(c.id, c.name, c.family_name, c.given_name, c.profession,
                                  c.phone, c.email, c.rpps, c.adeli)

    def _member(self, m: CircleMember) -> dict[str, str]:
        """The resource standing for one care-circle member; returns its reference."""
        if m.kind == "professional" and m.professional_id:
            return self._practitioner(m.professional_id, m.name, m.family_name, m.given_name,
                                      m.profession, m.phone, m.email, m.rpps, m.adeli)
        if m.kind == "structure" and m.structure_id:
            identifiers = [{"type": {"coding": [_coding(_ID_TYPES, "FINEG")]},
                            "system": FINESS_SYSTEM, "value": m.finess}] if m.finess else []
            self._add({"resourceType": "Organization", "id": m.structure_id,
                       "identifier": identifiers, "name": m.name,
                       "type": [{"text": m.profession}] if m.profession else [],
                       "telecom": _telecom(m.phone, m.email)})
            return _ref(m.structure_id, m.name)
        self._add({
            "resourceType": "RelatedPerson", "id": m.id, "patient": self.patient_ref,
            "active": m.ended_on is None,
            "relationship": [{"text": m.relationship}] if m.relationship else [],
            "name": [{"text": m.name}], "telecom": _telecom(m.phone),
        })
        return _ref(m.id, m.name)

    def _care_team(self, members: dict[str, dict[str, str]],
                   coordinator: dict[str, str] | None,
                   organization: dict[str, str] | None) -> str:
        participants = []
        if coordinator:
            participants.append(_clean({"role": [{"text": "Coordinateur référent"}],
                                        "member": coordinator,
                                        "onBehalfOf": organization}))
        for m in self.doc.care_circle:
            period = _clean({"start": m.started_on.isoformat() if m.started_on else None,
                             "end": m.ended_on.isoformat() if m.ended_on else None})
            participants.append(_clean({"role": [{"text": m.role}], "member": members[m.id],
                                        "period": period}))
        team_id = derived_id("care-team", self.doc.person.id)
        self._add({
            "resourceType": "CareTeam", "id": team_id,
            "status": "inactive" if self.doc.person.status == "closed" else "active",
            "name": "Cercle de soins", "subject": self.patient_ref,
            "participant": participants,
            "managingOrganization": [organization] if organization else [],
        })
        return team_id

    # -- the plan -----------------------------------------------------------------------

    def _plan(self, plan: PlanContent, team_id: str, members: dict[str, dict[str, str]],
              coordinator: dict[str, str] | None) -> None:
        author = coordinator
        if plan.validated_by_id and (self.doc.referent is None
                                     or plan.validated_by_id != self.doc.referent.id):
            author = self._practitioner(plan.validated_by_id, plan.validated_by_name or "",
                                        None, None, None, None, None, None, None)
        condition_refs, goal_refs, task_refs = [], [], []
        for need in plan.needs:
            condition_refs.append(_ref(self._need(need.id, need.domain, need.text,
                                                  need.priority, need.raised_by_person,
                                                  need.unmet)))
            for goal in need.goals:
                goal_refs.append(_ref(self._goal(goal, need.id, need.domain)))
                for action in goal.actions:
                    owner = members.get(action.responsible_id or "")
                    task_refs.append({"reference": _ref(
                        self._task(action, plan.id, goal.id, owner))})
        notes = [{"text": f"Souhaits de la personne : {plan.wishes}"}] if plan.wishes else []
        if plan.alert_procedure:
            notes.append({"text": f"Procédure d'alerte : {plan.alert_procedure}"})
        start = plan.validated_at.date().isoformat() if plan.validated_at else None
        self._add({
            "resourceType": "CarePlan", "id": plan.id,
            "status": PLAN_STATUSES.get(plan.status, "unknown"),
            "intent": "plan",
            "title": f"Plan personnalisé de coordination en santé — version {plan.version}",
            "subject": self.patient_ref,
            "period": _clean({"start": start, "end": plan.review_due.isoformat()
                              if plan.review_due else None}),
            "created": plan.validated_at.astimezone().isoformat() if plan.validated_at else None,
            "author": author, "careTeam": [_ref(team_id)], "addresses": condition_refs,
            "goal": goal_refs, "activity": task_refs, "note": notes,
        })
        self._agreement(plan)

    def _need(self, need_id: str, domain: str, text: str, priority: int, by_person: bool,
              unmet: bool) -> str:
        categories = [
            _concept("Problème", _coding(f"{_TERMINOLOGY}/condition-category",
                                         "problem-list-item")),
            _concept(label(DOMAINS, domain),
                     _coding(f"{LOCAL_SYSTEM}/ppcs-need-domain", domain,
                             label(DOMAINS, domain))),
        ]
        if unmet:
            categories.append(_concept("Besoin non couvert", _coding(
                f"{LOCAL_SYSTEM}/ppcs-need-flag", "unmet", "Besoin non couvert")))
        detail = f"Priorité {priority}" + (" ; exprimé par la personne" if by_person else "")
        return self._add({
            "resourceType": "Condition", "id": need_id,
            "clinicalStatus": _concept("Actif", _coding(
                f"{_TERMINOLOGY}/condition-clinical", "active")),
            "category": categories, "code": {"text": text}, "subject": self.patient_ref,
            "note": [{"text": detail}],
        })

    def _goal(self, goal: PlanGoal, need_id: str, domain: str) -> str:
        lifecycle, achievement = GOAL_STATUSES.get(goal.status, ("proposed", None))
        target = _clean({"measure": {"text": goal.evaluation_criterion}
                         if goal.evaluation_criterion else None,
                         "dueDate": goal.target_date.isoformat() if goal.target_date else None})
        return self._add({
            "resourceType": "Goal", "id": goal.id, "lifecycleStatus": lifecycle,
            "achievementStatus": _concept(achievement, _coding(
                f"{_TERMINOLOGY}/goal-achievement", achievement)) if achievement else None,
            "category": [_concept(label(DOMAINS, domain))],
            "description": {"text": goal.text}, "subject": self.patient_ref,
            "target": [target] if target else [], "addresses": [_ref(need_id)],
            "note": [{"text": f"Avis de la personne : {goal.person_opinion}"}]
            if goal.person_opinion else [],
        })

    def _task(self, action: PlanAction, plan_id: str, goal_id: str,
              owner: dict[str, str] | None) -> str:
        notes = [{"text": f"Fréquence : {action.recurrence}"}] if action.recurrence else []
        return self._add({
            "resourceType": "Task", "id": action.id,
            "status": TASK_STATUSES.get(action.status, "requested"), "intent": "plan",
            "description": action.text, "for": self.patient_ref, "basedOn": [_ref(plan_id)],
            "reasonReference": _ref(goal_id), "owner": owner,
            "executionPeriod": _clean({
                "start": action.start_on.isoformat() if action.start_on else None,
                "end": action.done_on.isoformat() if action.done_on else None}),
            "restriction": {"period": {"end": action.due_on.isoformat()}}
            if action.due_on else None,
            "note": notes,
            "output": [{"type": {"text": "Résultat"}, "valueString": action.result}]
            if action.result else [],
        })

    # -- consents -----------------------------------------------------------------------

    def _consent(self, rid: str, *, active: bool, scope: str, permit: bool, title: str,
                 on: dt.date | None, extra: dict[str, Any]) -> None:
        self._add({
            "resourceType": "Consent", "id": rid,
            "status": "active" if active else "inactive",
            "scope": _concept(scope, _coding(f"{_TERMINOLOGY}/consentscope", scope)),
            "category": [_concept(title, _coding("http://loinc.org", "59284-0",
                                                 "Patient Consent"))],
            "patient": self.patient_ref, "dateTime": on.isoformat() if on else None,
            "performer": [self.patient_ref],
            "policyRule": _concept(title, _coding("http://terminology.hl7.org/CodeSystem/"
                                                  "v3-ActCode", "OPTIN" if permit else "OPTOUT")),
            "provision": {"type": "permit" if permit else "deny"},
        } | extra)

    def _agreement(self, plan: PlanContent) -> None:
        if plan.agreement_on is None and not plan.agreement:
            return
        self._consent(
            derived_id("agreement", plan.id), active=plan.status == PlanStatus.VALIDATED,
            scope="treatment", permit=True, title="Accord de la personne sur le PPCS",
            on=plan.agreement_on,
            extra={"sourceAttachment": {"contentType": "text/plain",
                                        "title": plan.agreement}} if plan.agreement else {},
        )

    def _consents(self, organization: dict[str, str] | None) -> None:
        """The latest record of each family (objection, sharing consent) rules."""
        latest: dict[str, ConsentEntry] = {}
        for c in self.doc.consents:  # oldest first
            family = c.kind.removesuffix("_withdrawn")
            if family in ("objection", "sharing_consent"):
                latest[family] = c
        for family, c in latest.items():
            objection = family == "objection"
            self._consent(
                c.id, active=not c.kind.endswith("_withdrawn"), scope="patient-privacy",
                permit=not objection,
                title="Opposition de la personne" if objection
                else "Consentement au partage d'informations", on=c.recorded_on,
                extra={"organization": [organization]} if organization else {},
            )
