"""FHIR R4 (4.0.1) export of one person's file as a ``collection`` Bundle, FR Core flavoured.

Resources: Patient (FR Core Patient, FR Core Patient INS when qualified and complete:
``fhir_patient``), Practitioner and PractitionerRole (RPPS/ADELI, TRE-G15 profession,
TRE-R38 specialty), Organization (FINESS and idNatSt slices), RelatedPerson, CareTeam,
CarePlan, Condition (needs), Goal, Task (actions; coordination tasks, GP searches and
proposals: ``fhir_pathway``), Consent, and the CodeSystems CoordApp
defines for notions no ANS terminology covers (``fhir_terms``). ``meta.profile`` is
claimed only for the FR Core profiles the resource conforms to (tests/test_fhir_frcore.py
checks each rule). Every resource has a ``urn:uuid:`` full URL and every reference points
at one of them, so the bundle is self-contained. The structure is checked against the
FHIR models of ``fhir.resources`` (R4B: the package ships no 4.0.1 models; the resources
used here have the same shape in both).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from coordapp.documents.plan import (
    CircleMember,
    ConsentEntry,
    Contact,
    PlanAction,
    PlanContent,
    PlanDocument,
    PlanGoal,
)
from coordapp.export import fhir_terms as t
from coordapp.export.fhir_pathway import add_pathway
from coordapp.export.fhir_patient import coding as _coding
from coordapp.export.fhir_patient import patient_resource
from coordapp.export.labels import ACTION_STATUSES, DOMAINS, GOAL_STATUSES, label
from coordapp.models import PlanStatus

INS_NIR_SYSTEM = t.INS_NIR_SYSTEM
_TERMINOLOGY = t.HL7
_NAMESPACE = uuid.UUID("6f1d3c1e-4a39-4f8e-9d55-3c0a8f6f2b10")

PLAN_STATUSES, TASK_STATUSES = t.PLAN_STATUSES, t.TASK_STATUSES
GOAL_STATUSES_FHIR, ACHIEVEMENTS = t.GOAL_STATUSES_FHIR, t.ACHIEVEMENTS


def fhir_bundle(doc: PlanDocument, now: dt.datetime | None = None) -> dict[str, Any]:
    """The bundle as plain JSON-ready data."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return _BundleBuilder(doc).build(now)


def fhir_json(doc: PlanDocument, now: dt.datetime | None = None) -> bytes:
    """The bundle as UTF-8 JSON, checked against the FHIR models first."""
    return bundle_bytes(fhir_bundle(doc, now))


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    """``bundle`` checked against the FHIR models of fhir.resources, as UTF-8 JSON."""
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


def _concept(text: str, *codings: dict[str, str] | None) -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text}
    found = [c for c in codings if c]
    if found:
        concept["coding"] = found
    return concept


def _telecom(phone: str | None, email: str | None = None) -> list[dict[str, str]]:
    points = [{"system": "phone", "value": phone}] if phone else []
    if email:
        points.append({"system": "email", "value": email})
    return points


def _id_type(code: str) -> dict[str, Any]:
    return {"coding": [_coding(t.ID_TYPES, code, t.ID_TYPE_DISPLAYS[code])]}


def _meta(profile: str) -> dict[str, list[str]]:
    return {"profile": [t.PROFILE[profile]]}


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: FHIR forbids empty strings, lists and objects."""
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _role(code: str, text: str | None = None,
          profession: dict[str, str] | None = None) -> dict[str, Any]:
    return _concept(text or t.CIRCLE_ROLES[code],
                    _coding(t.CIRCLE_ROLE_SYSTEM, code, t.CIRCLE_ROLES[code]), profession)


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
        self._add(patient_resource(doc.person, gp))
        members = {m.id: self._member(m) for m in doc.care_circle}
        team_id = self._care_team(members, coordinator, organization)
        if doc.plan is not None:
            self._plan(doc.plan, team_id, members, coordinator)
        self._consents(organization)
        add_pathway(self._add, self._practitioner, doc.tasks, doc.gp_searches,
                    self.patient_ref, coordinator, gp, doc.gp.id if doc.gp else None)
        for code_system in t.local_code_systems(bool(doc.tasks or doc.gp_searches)):
            self.entries[code_system["id"] + "-cs"] = code_system
        return {
            "resourceType": "Bundle",
            "id": str(uuid.uuid4()),
            "meta": {"lastUpdated": now.isoformat()},
            "type": "collection",
            "timestamp": now.isoformat(),
            "entry": [_entry(resource) for resource in self.entries.values()],
        }

    def _add(self, resource: dict[str, Any]) -> str:
        self.entries.setdefault(resource["id"], _clean(resource))
        return str(resource["id"])

    # -- people and organisations -----------------------------------------------------

    def _coordination_organization(self) -> dict[str, str] | None:
        ref = self.doc.referent
        if ref is None or not ref.structure:
            return None
        org_id = derived_id("organization", ref.structure)
        self._add({"resourceType": "Organization", "id": org_id,
                   "meta": _meta("organization"), "name": ref.structure})
        return _ref(org_id, ref.structure)

    def _practitioner(self, rid: str, name: str, family: str | None, given: str | None,
                      profession: str | None, phone: str | None, email: str | None,
                      rpps: str | None, adeli: str | None) -> dict[str, str]:
        identifiers: list[dict[str, Any]] = []
        if rpps or adeli:  # idNatPs 0..1: 8 + RPPS, else 0 + ADELI (TRE-G08 prefixes)
            identifiers.append({"type": _id_type("IDNPS"), "system": t.IDNPS_SYSTEM,
                                "value": f"8{rpps}" if rpps else f"0{adeli}"})
        if rpps:
            identifiers.append({"type": _id_type("RPPS"), "system": t.RPPS_SYSTEM,
                                "value": rpps})
        human = _clean({"text": name, "family": family, "given": [given] if given else []})
        code = t.profession_coding(profession)
        qualification = _clean({"code": _concept(profession, code)}) if profession else None
        self._add({
            "resourceType": "Practitioner", "id": rid, "meta": _meta("practitioner"),
            "identifier": identifiers, "name": [human], "telecom": _telecom(phone, email),
            "qualification": [qualification] if qualification else [],
        })
        if profession:
            self._practitioner_role(rid, name, profession, code)
        return _ref(rid, name)

    def _practitioner_role(self, rid: str, name: str, profession: str,
                           code: dict[str, str] | None) -> None:
        specialty = t.specialty_coding(profession)
        self._add({
            "resourceType": "PractitionerRole", "id": derived_id("practitioner-role", rid),
            "meta": _meta("practitioner-role"), "practitioner": _ref(rid, name),
            "code": [_concept(profession, code)],
            "specialty": [_concept(specialty["display"], specialty)] if specialty else [],
        })

    def _contact(self, c: Contact) -> dict[str, str]:
        return self._practitioner(c.id, c.name, c.family_name, c.given_name, c.profession,
                                  c.phone, c.email, c.rpps, c.adeli)

    def _member(self, m: CircleMember) -> dict[str, str]:
        """The resource standing for one care-circle member; returns its reference."""
        if m.kind == "professional" and m.professional_id:
            return self._practitioner(m.professional_id, m.name, m.family_name, m.given_name,
                                      m.profession, m.phone, m.email, m.rpps, m.adeli)
        if m.kind == "structure" and m.structure_id:
            identifiers = [
                {"use": "official", "type": _id_type("IDNST"), "system": t.IDNST_SYSTEM,
                 "value": f"1{m.finess}"},
                {"type": _id_type("FINEG"), "system": t.FINESS_SYSTEM, "value": m.finess},
            ] if m.finess else []
            self._add({"resourceType": "Organization", "id": m.structure_id,
                       "meta": _meta("organization"), "identifier": identifiers,
                       "name": m.name, "type": [{"text": m.profession}] if m.profession else [],
                       "telecom": _telecom(m.phone, m.email)})
            return _ref(m.structure_id, m.name)
        relation = t.relationship_coding(m.relationship)
        self._add({
            "resourceType": "RelatedPerson", "id": m.id, "meta": _meta("related-person"),
            "identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{m.id}"}],
            "patient": self.patient_ref, "active": m.ended_on is None,
            "relationship": [_concept(m.relationship, relation)] if m.relationship else [],
            "name": [{"text": m.name}], "telecom": _telecom(m.phone),
        })
        return _ref(m.id, m.name)

    def _care_team(self, members: dict[str, dict[str, str]],
                   coordinator: dict[str, str] | None,
                   organization: dict[str, str] | None) -> str:
        participants = []
        if coordinator:
            participants.append(_clean({"role": [_role("referent")], "member": coordinator,
                                        "onBehalfOf": organization}))
        gp_id = self.doc.gp.id if self.doc.gp else None
        for m in self.doc.care_circle:
            period = _clean({"start": m.started_on.isoformat() if m.started_on else None,
                             "end": m.ended_on.isoformat() if m.ended_on else None})
            if m.kind == "professional":
                code = "gp" if gp_id and m.professional_id == gp_id else "professional"
                role = _role(code, m.role, t.profession_coding(m.profession))
            elif m.kind == "structure":
                role = _role("structure", m.role)
            else:
                role = _role("main-caregiver" if m.is_main_caregiver else "caregiver", m.role)
            participants.append(_clean({"role": [role], "member": members[m.id],
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
        domain_label = label(DOMAINS, domain)
        categories = [
            _concept("Problème", _coding(f"{_TERMINOLOGY}/condition-category",
                                         "problem-list-item", "Problème")),
            _concept(domain_label, _coding(t.NEED_DOMAIN_SYSTEM, domain, domain_label)),
        ]
        for flag, on in (("unmet", unmet), ("raised-by-person", by_person)):
            if on:
                categories.append(_concept(t.NEED_FLAGS[flag], _coding(
                    t.NEED_FLAG_SYSTEM, flag, t.NEED_FLAGS[flag])))
        return self._add({
            "resourceType": "Condition", "id": need_id,
            "clinicalStatus": _concept("Actif", _coding(
                f"{_TERMINOLOGY}/condition-clinical", "active", "Actif")),
            "category": categories, "code": {"text": text}, "subject": self.patient_ref,
            "note": [{"text": f"Priorité {priority}"}],
        })

    def _goal(self, goal: PlanGoal, need_id: str, domain: str) -> str:
        lifecycle, achievement = GOAL_STATUSES_FHIR.get(goal.status, ("proposed", None))
        target = _clean({"measure": {"text": goal.evaluation_criterion}
                         if goal.evaluation_criterion else None,
                         "dueDate": goal.target_date.isoformat() if goal.target_date else None})
        domain_label = label(DOMAINS, domain)
        return self._add({
            "resourceType": "Goal", "id": goal.id, "lifecycleStatus": lifecycle,
            "achievementStatus": _concept(ACHIEVEMENTS[achievement], _coding(
                f"{_TERMINOLOGY}/goal-achievement", achievement, ACHIEVEMENTS[achievement]))
            if achievement else None,
            "category": [_concept(domain_label, _coding(t.NEED_DOMAIN_SYSTEM, domain,
                                                        domain_label))],
            "description": {"text": goal.text}, "subject": self.patient_ref,
            "target": [target] if target else [], "addresses": [_ref(need_id)],
            "note": [{"text": f"Statut : {label(GOAL_STATUSES, goal.status)}"}]
            + ([{"text": f"Avis de la personne : {goal.person_opinion}"}]
               if goal.person_opinion else []),
        })

    def _task(self, action: PlanAction, plan_id: str, goal_id: str,
              owner: dict[str, str] | None) -> str:
        notes = [{"text": f"Statut : {label(ACTION_STATUSES, action.status)}"}]
        if action.recurrence:
            notes.append({"text": f"Fréquence : {action.recurrence}"})
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
        scope_text = t.CONSENT_SCOPES[scope]
        self._add({
            "resourceType": "Consent", "id": rid, "meta": _meta("consent"),
            "status": "active" if active else "inactive",
            "scope": _concept(scope_text, _coding(f"{_TERMINOLOGY}/consentscope", scope,
                                                  scope_text)),
            "category": [_concept(title, _coding("http://loinc.org", "59284-0",
                                                 "Patient Consent"))],
            "patient": self.patient_ref, "dateTime": on.isoformat() if on else None,
            "performer": [self.patient_ref],
            "policyRule": _concept(title, _coding(
                f"{_TERMINOLOGY}/v3-ActCode", "OPTIN" if permit else "OPTOUT",
                "Adhésion" if permit else "Opposition")),
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



def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    if resource["resourceType"] == "CodeSystem":
        return {"fullUrl": resource["url"], "resource": resource}
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
