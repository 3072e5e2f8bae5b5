"""``coordapp import fhir``: one person's file from a FHIR R4 Bundle, all or nothing.

The bundle is read (:mod:`fhir_reading`), then written in one unit of work: the patient
is updated when the base already holds it (same identifier: a file exported from this
or a synced base), otherwise created after the usual duplicate check; the directory
entries of the care circle are matched (RPPS, ADELI, FINESS, then name) or created; the
care-circle members, the plan with its needs, goals and actions, and the consents are
added unless already present. The identity status keeps its origin: RECUP and QUAL only
when the bundle says INSi was queried (``identity_origin``). A preview runs the very same
writes and rolls them back, so it reports exactly what the import would do.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordapp.errors import CoordAppError
from coordapp.export.labels import CONSENT_KINDS, label
from coordapp.models import (
    Action,
    AuditAction,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    Goal,
    Need,
    Patient,
    Professional,
    Structure,
)
from coordapp.records.search_keys import professional_search_key, structure_search_key
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.caseload.patients import create_patient_in, update_patient_in
from coordapp.services.directory import clean_professional, clean_structure
from coordapp.services.imports.fhir_reading import BundleReading, load_bundle, read_bundle
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold


@dataclass
class FhirImportReport:
    """What the import did (or, for a preview, would do)."""

    file: str
    patient_id: str = ""
    patient_label: str = ""
    updated: bool = False
    done: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Preview(CoordAppError):
    """Raised inside the unit of work of a preview, so that nothing is kept."""


class FhirImportService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def preview(self, path: Path) -> FhirImportReport:
        data, name = load_bundle(path)
        reading = read_bundle(data, name)
        report = FhirImportReport(name)
        try:
            with self.ws.unit_of_work() as uow:
                _Writer(uow, reading, report).write()
                raise _Preview()
        except _Preview:
            pass
        return report

    def apply(self, path: Path) -> FhirImportReport:
        data, name = load_bundle(path)
        reading = read_bundle(data, name)
        report = FhirImportReport(name)
        with self.ws.unit_of_work() as uow:
            _Writer(uow, reading, report).write()
            uow.audit.record(AuditAction.IMPORT, "patient", report.patient_id,
                             f"dossier FHIR ({len(report.done)} élément(s))")
        return report


def _uuid(value: Any) -> str | None:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return None


class _Writer:
    def __init__(self, uow: UnitOfWork, reading: BundleReading,
                 report: FhirImportReport) -> None:
        self.uow, self.r, self.report = uow, reading, report
        self.session = uow.session
        self.ids: dict[str, tuple[str, str]] = {}  # bundle key -> (kind, local id)
        report.not_understood = list(reading.not_understood)

    def free_id(self, model: type[Any], value: Any) -> str | None:
        """The bundle's own id when it is a UUID the base does not hold yet."""
        rid = _uuid(value)
        return rid if rid and self.session.get(model, rid) is None else None

    def write(self) -> None:
        patient_id = self.patient()
        for key in self.r.practitioners:
            self.professional(key)
        for key in self.r.organizations:
            self.structure(key)
        members = self.members(patient_id)
        if self.r.plan is not None:
            self.plan(patient_id, members)
        self.consents(patient_id)

    # -- the person and the directory -----------------------------------------------------

    def patient(self) -> str:
        values = dict(self.r.patient)
        if self.r.gp:
            values["gp_id"] = self.professional(self.r.gp)
        values = {k: v for k, v in values.items() if v not in (None, "")}
        existing = _uuid(self.r.patient_id)
        found = self.session.get(Patient, existing) if existing else None
        if found is not None and not found.is_deleted:
            result = update_patient_in(self.uow, found.id, values, origin=self.r.origin)
            self.report.updated = True
            self.report.done.append("Patient mis à jour : " + (", ".join(result.changed)
                                                               or "aucun changement"))
        else:
            result = create_patient_in(self.uow, values, origin=self.r.origin,
                                       id=self.free_id(Patient, existing))
            self.report.done.append("Patient créé.")
        self.report.warnings += [w.message for w in result.warnings]
        patient = self.session.get(Patient, result.id)
        assert patient is not None
        self.report.patient_id = patient.id
        self.report.patient_label = (f"{patient.family_name.upper()} {patient.given_names} "
                                     f"({patient.birth_date:%d/%m/%Y})")
        return patient.id

    def professional(self, key: str) -> str:
        if key in self.ids:
            return self.ids[key][1]
        data = self.r.practitioners[key]
        query = select(Professional).where(Professional.deleted_hlc.is_(None))
        found = None
        for column in ("rpps", "adeli"):
            if data.get(column):
                found = self.session.scalars(query.where(
                    getattr(Professional, column) == data[column])).first()
                if found:
                    break
        if found is None and data.get("family_name"):
            found = next((p for p in self.session.scalars(query.where(
                Professional.family_name == data["family_name"]))
                if fold(p.given_name or "") == fold(data.get("given_name") or "")), None)
        if found is not None:
            self.ids[key] = ("professional", found.id)
            return found.id
        raw = {k: data.get(k) for k in ("family_name", "given_name", "profession", "rpps",
                                         "adeli", "phone", "email")}
        raw["profession"] = raw["profession"] or "Profession non précisée"
        values, warnings = clean_professional(raw)
        p = self.uow.changes.create(Professional, values,
                                    id=self.free_id(Professional, data.get("id")))
        p.search_key = professional_search_key(p)
        self.uow.audit.record(AuditAction.CREATE, "professional", p.id)
        self.report.done.append(f"Annuaire : {p.given_name or ''} {p.family_name} "
                                f"({p.profession}) ajouté(e).".replace("  ", " "))
        self.report.warnings += [w.message for w in warnings]
        self.ids[key] = ("professional", p.id)
        return p.id

    def structure(self, key: str) -> str:
        if key in self.ids:
            return self.ids[key][1]
        data = self.r.organizations[key]
        query = select(Structure).where(Structure.deleted_hlc.is_(None))
        found = None
        if data.get("finess"):
            found = self.session.scalars(query.where(Structure.finess == data["finess"])).first()
        if found is None and data.get("name"):
            found = next((s for s in self.session.scalars(query)
                          if fold(s.name) == fold(data["name"])), None)
        if found is None:
            values, warnings = clean_structure(data)
            found = self.uow.changes.create(Structure, values,
                                            id=self.free_id(Structure, data.get("id")))
            found.search_key = structure_search_key(found)
            self.uow.audit.record(AuditAction.CREATE, "structure", found.id)
            self.report.done.append(f"Annuaire : structure {found.name} ajoutée.")
            self.report.warnings += [w.message for w in warnings]
        self.ids[key] = ("structure", found.id)
        return found.id

    # -- the care circle, the plan, the consents -------------------------------------------

    def members(self, patient_id: str) -> dict[str, str]:
        """Add the members not yet in the circle; bundle key -> care-team member id."""
        current = list(self.session.scalars(select(CareTeamMember).where(
            CareTeamMember.patient_id == patient_id, CareTeamMember.deleted_hlc.is_(None))))
        by_key: dict[str, str] = {}
        for m in self.r.members:
            values: dict[str, Any] = {"patient_id": patient_id, "role": m.role[:120],
                                      "is_main_caregiver": m.main_caregiver,
                                      "started_on": m.started_on, "ended_on": m.ended_on}
            member_id = None
            if m.target in self.r.related:
                data = self.r.related[m.target]
                values |= {"informal_name": data["name"][:200],
                           "relationship": (data["relationship"] or "")[:80] or None,
                           "phone": data["phone"]}
                member_id = data.get("id")
                same = next((c for c in current if c.id == _uuid(member_id) or (
                    c.informal_name and fold(c.informal_name) == fold(data["name"]))), None)
            else:
                kind, local = self.ids[m.target]
                values[f"{kind}_id"] = local
                same = next((c for c in current if getattr(c, f"{kind}_id") == local), None)
            if same is not None:
                by_key[m.target] = same.id
                continue
            member = self.uow.changes.create(CareTeamMember, values,
                                             id=self.free_id(CareTeamMember, member_id))
            current.append(member)
            by_key[m.target] = member.id
            self.report.done.append(f"Cercle de soins : {m.role} ajouté(e).")
        return by_key

    def plan(self, patient_id: str, members: dict[str, str]) -> None:
        plan = self.r.plan
        assert plan is not None
        rid = _uuid(plan.id)
        if rid and self.session.get(CarePlan, rid) is not None:
            self.report.not_understood.append("PPCS déjà présent dans la base (même "
                                              "identifiant) : non réimporté.")
            return
        if self.session.scalar(select(CarePlan.id).where(
                CarePlan.patient_id == patient_id, CarePlan.deleted_hlc.is_(None))):
            self.report.not_understood.append(
                "Le dossier a déjà son PPCS dans CoordApp : celui du fichier n'est pas "
                "repris (comparez-les, puis faites évoluer le PPCS en place).")
            return
        values = {k: v for k, v in plan.values.items() if v is not None}
        if values.get("status") != "draft":
            values["validated_by"] = None
        created = self.uow.changes.create(CarePlan, {"patient_id": patient_id, **values},
                                          id=self.free_id(CarePlan, plan.id))
        counts = [0, 0, 0]
        for need in plan.needs:
            n = self.uow.changes.create(Need, {
                "plan_id": created.id, **{k: need[k] for k in (
                    "domain", "text", "priority", "raised_by_person", "unmet")}},
                id=self.free_id(Need, need["id"]))
            counts[0] += 1
            for goal in need["goals"]:
                g = self.uow.changes.create(Goal, {"need_id": n.id, **{k: goal[k] for k in (
                    "text", "status", "target_date", "evaluation_criterion",
                    "person_opinion")}}, id=self.free_id(Goal, goal["id"]))
                counts[1] += 1
                for action in goal["actions"]:
                    self.uow.changes.create(Action, {
                        "goal_id": g.id, "responsible_id": members.get(action["owner"] or ""),
                        **{k: action[k] for k in ("text", "status", "start_on", "due_on",
                                                  "done_on", "recurrence", "result")}},
                        id=self.free_id(Action, action["id"]))
                    counts[2] += 1
        self.uow.audit.record(AuditAction.CREATE, "care_plan", created.id)
        self.report.done.append(f"PPCS version {created.version} : {counts[0]} besoin(s), "
                                f"{counts[1]} objectif(s), {counts[2]} action(s).")

    def consents(self, patient_id: str) -> None:
        for c in self.r.consents:
            rid = _uuid(c["id"])
            if rid and self.session.get(ConsentRecord, rid) is not None:
                continue
            self.uow.changes.create(ConsentRecord, {
                "patient_id": patient_id, "kind": c["kind"], "recorded_on": c["recorded_on"],
                "how": f"Import FHIR {self.r.name}"}, id=self.free_id(ConsentRecord, c["id"]))
            self.report.done.append(f"{label(CONSENT_KINDS, c['kind'])} du "
                                    f"{c['recorded_on']:%d/%m/%Y}.")
