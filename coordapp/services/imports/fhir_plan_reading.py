"""Reading the plan and the consents of a FHIR Bundle (part of :mod:`fhir_reading`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from coordapp.export import fhir_terms as t
from coordapp.services.imports.fhir_bundle_parts import PlanReading, Resource
from coordapp.services.imports.fhir_bundle_parts import codes as _codes
from coordapp.services.imports.fhir_bundle_parts import date as _date
from coordapp.services.imports.fhir_bundle_parts import notes as _notes
from coordapp.services.imports.fhir_bundle_parts import prefixed as _prefixed
from coordapp.services.imports.fhir_bundle_parts import text as _text
from coordapp.services.imports.fhir_bundle_parts import unique as _unique

PLAN_STATUSES = {"draft": "draft", "active": "validated", "completed": "closed",
                 "revoked": "superseded", "on-hold": "validated"}
TASK_STATUSES = {"requested": "planned", "received": "planned", "accepted": "planned",
                 "ready": "planned", "in-progress": "in_progress", "on-hold": "in_progress",
                 "completed": "done", "cancelled": "cancelled", "rejected": "cancelled",
                 "failed": "cancelled"}
_NEED_DOMAIN_SYSTEMS = (t.NEED_DOMAIN_SYSTEM, "urn:coordapp:fhir:CodeSystem/ppcs-need-domain")


class PlanReader:
    """The plan part of the reader: needs ``index``, ``get``, ``key``, ``not_understood``."""

    index: dict[str, Resource]
    not_understood: list[str]

    def get(self, ref: Any) -> Resource | None:
        raise NotImplementedError

    def key(self, resource: Resource) -> str:
        raise NotImplementedError

    def plan(self, reading: Any) -> None:
        plans = [r for r in _unique(self.index.values()) if r["resourceType"] == "CarePlan"]
        if not plans:
            return
        if len(plans) > 1:
            self.not_understood.append(f"{len(plans) - 1} CarePlan supplémentaire(s) : "
                                       "seul le premier est repris.")
        cp = plans[0]
        notes = _notes(cp)
        version = re.search(r"version (\d+)", cp.get("title") or "")
        created = cp.get("created")
        validated_at = (dt.datetime.fromisoformat(created).astimezone().replace(tzinfo=None)
                        if isinstance(created, str) and "T" in created else None)
        status = PLAN_STATUSES.get(cp.get("status", ""), "draft")
        values = {"version": int(version.group(1)) if version else 1, "status": status,
                  "wishes": _prefixed(notes, "Souhaits de la personne : "),
                  "alert_procedure": _prefixed(notes, "Procédure d'alerte : "),
                  "review_due": _date((cp.get("period") or {}).get("end")),
                  "validated_at": validated_at if status != "draft" else None}
        needs = []
        for ref in cp.get("addresses") or []:
            condition = self.get(ref)
            if condition is not None:
                needs.append(self.need(condition, cp))
        reading.plan = PlanReading(cp.get("id"), values, needs)

    def need(self, c: Resource, cp: Resource) -> dict[str, Any]:
        categories = c.get("category") or []
        domains = [code for cat in categories for code in _codes(cat, _NEED_DOMAIN_SYSTEMS)]
        flags = {code for cat in categories for code in _codes(cat, t.NEED_FLAG_SYSTEM)}
        priority = re.search(r"Priorité (\d+)", " ".join(_notes(c)))
        goals = [self.goal(g, cp) for g in _unique(self.index.values())
                 if g["resourceType"] == "Goal"
                 and any(self.get(a) is c for a in g.get("addresses") or [])]
        if not domains:
            self.not_understood.append(f"Condition « {_text(c.get('code'))} » : domaine "
                                       "du besoin inconnu, « santé » retenu.")
        return {"id": c.get("id"), "domain": domains[0] if domains else "health",
                "text": _text(c.get("code")) or "Besoin", "unmet": "unmet" in flags,
                "raised_by_person": "raised-by-person" in flags,
                "priority": int(priority.group(1)) if priority else 1, "goals": goals}

    def goal(self, g: Resource, cp: Resource) -> dict[str, Any]:
        lifecycle = g.get("lifecycleStatus")
        achievement = next(iter(_codes(g.get("achievementStatus"),
                                       f"{t.HL7}/goal-achievement")), None)
        status = {"proposed": "proposed", "planned": "proposed", "accepted": "proposed",
                  "active": "in_progress", "on-hold": "in_progress",
                  "cancelled": "abandoned", "entered-in-error": "abandoned",
                  "rejected": "abandoned"}.get(lifecycle or "", "reached")
        if lifecycle == "completed":
            status = "not_reached" if achievement == "not-achieved" else "reached"
        target: Resource = next(iter(g.get("target") or []), {})
        tasks = [r for r in _unique(self.index.values()) if r["resourceType"] == "Task"
                 and self.get(r.get("reasonReference")) is g]
        return {"id": g.get("id"), "text": _text(g.get("description")) or "Objectif",
                "status": status, "target_date": _date(target.get("dueDate")),
                "evaluation_criterion": _text(target.get("measure")),
                "person_opinion": _prefixed(_notes(g), "Avis de la personne : "),
                "actions": [self.task(task) for task in tasks]}

    def task(self, r: Resource) -> dict[str, Any]:
        period = r.get("executionPeriod") or {}
        output: Resource = next(iter(r.get("output") or []), {})
        return {"id": r.get("id"), "text": r.get("description") or "Action",
                "status": TASK_STATUSES.get(r.get("status", ""), "planned"),
                "start_on": _date(period.get("start")), "done_on": _date(period.get("end")),
                "due_on": _date(((r.get("restriction") or {}).get("period") or {}).get("end")),
                "recurrence": _prefixed(_notes(r), "Fréquence : "),
                "result": output.get("valueString"), "owner": self.owner(r)}

    def owner(self, r: Resource) -> str | None:
        target = self.get(r.get("owner"))
        if target is None:
            return None
        if target["resourceType"] == "PractitionerRole":
            target = self.get(target.get("practitioner")) or target
        return self.key(target)

    def consents(self, reading: Any) -> None:
        for c in _unique(self.index.values()):
            if c["resourceType"] != "Consent":
                continue
            scope = _codes(c.get("scope"), f"{t.HL7}/consentscope")
            on = _date(c.get("dateTime"))
            if "treatment" in scope and reading.plan is not None:
                attachment = c.get("sourceAttachment") or {}
                reading.plan.values |= {"agreement": attachment.get("title") or _text(
                    (c.get("category") or [None])[0]), "agreement_on": on}
                continue
            policy = _codes(c.get("policyRule"), f"{t.HL7}/v3-ActCode")
            deny = (c.get("provision") or {}).get("type") == "deny" or "OPTOUT" in policy
            if on is None:
                self.not_understood.append("Consent sans date : non repris.")
                continue
            kind = "objection" if deny else "sharing_consent"
            if c.get("status") in ("inactive", "rejected"):
                kind += "_withdrawn"
            reading.consents.append({"id": c.get("id"), "kind": kind, "recorded_on": on})
