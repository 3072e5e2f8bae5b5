"""Multidimensional assessments: AGGIR grid (GIR), Zarit, complexity factors, notes.

Several assessments of one person are kept and compared side by side (GIR trend). An
assessment suggests needs for the PPCS (an exhausted caregiver → respite…); the
coordinator accepts a suggestion (a need is added to the draft) or simply ignores it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp import validation as v
from coordapp.errors import InvalidInput, NotFound
from coordapp.models import Assessment, AuditAction, Coordinator, NeedDomain
from coordapp.services.assessments import aggir, aggir_coding, zarit
from coordapp.services.assessments.complexity import complexity_values
from coordapp.services.plans import views as pv
from coordapp.services.plans.editing import add_need_in
from coordapp.services.plans.rules import ensure_open_case, live_patient
from coordapp.services.plans.suggestions import COMPLEXITY_FACTORS, SUGGESTIONS, suggested
from coordapp.services.plans.versions import open_draft
from coordapp.services.views import (
    AssessmentComparison,
    AssessmentComparisonRow,
    AssessmentDetail,
    NeedSuggestion,
    WriteResult,
)
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold

_NOTE_DOMAINS = {d.value for d in NeedDomain}
#: The complex-situation criteria and the level of service decided at the assessment.
SITUATION_KEYS = frozenset({"complexity_medical", "complexity_psychosocial", "service_level",
                            "service_level_reason"})


def clean_assessment(raw: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Column values from raw input; scores computed here, never taken from input."""
    allowed = {"assessed_on", "aggir", "aggir_detail", "zarit_items", "complexity_factors",
               "notes", *SITUATION_KEYS}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)}.", unknown[0])
    values: dict[str, Any] = {}
    if "assessed_on" in raw or creating:
        try:
            day = v.parse_date(raw.get("assessed_on") or dt.date.today())
        except v.ValidationError as exc:
            raise InvalidInput(f"Date de l'évaluation : {exc.message}", "assessed_on") from exc
        if day > dt.date.today():
            raise InvalidInput("La date de l'évaluation ne peut pas être dans le futur.",
                               "assessed_on")
        values["assessed_on"] = day
    if "aggir" in raw or "aggir_detail" in raw or creating:
        grid = raw.get("aggir") or {}
        if not isinstance(grid, Mapping):
            raise InvalidInput("Grille AGGIR : dictionnaire variable → A/B/C attendu.", "aggir")
        detail = aggir_coding.clean_detail(raw.get("aggir_detail"))
        letters = aggir_coding.merge_letters(aggir.clean_grid(grid), detail)
        values["aggir"] = aggir.clean_grid(letters, require_discriminant=bool(letters))
        values["aggir_detail"] = detail or None
        values["gir"] = aggir.compute_gir(values["aggir"]).gir if values["aggir"] else None
    if "zarit_items" in raw or creating:
        items = zarit.clean_items(raw.get("zarit_items"))
        values["zarit_items"] = items
        # Whole points only: the mini-Zarit's half points are computed from its items.
        values["zarit_total"] = (int(sum(items)) if items and len(items) != zarit.MINI_ITEMS
                                 else None)
    if "complexity_factors" in raw or creating:
        factors = raw.get("complexity_factors") or []
        if isinstance(factors, str):
            factors = [f.strip() for f in factors.split(",") if f.strip()]
        bad = sorted(set(factors) - set(COMPLEXITY_FACTORS))
        if bad:
            raise InvalidInput(f"Facteur de complexité inconnu : {bad[0]}.",
                               "complexity_factors")
        values["complexity_factors"] = [f for f in COMPLEXITY_FACTORS if f in factors]
    if "notes" in raw or creating:
        notes = raw.get("notes") or {}
        if not isinstance(notes, Mapping) or set(notes) - _NOTE_DOMAINS:
            raise InvalidInput("Notes : une note par domaine (health, autonomy, "
                               "psychological, social, environment, caregiver, "
                               "administrative).", "notes")
        values["notes"] = {k: str(t).strip() for k, t in notes.items() if str(t or "").strip()}
    if creating or SITUATION_KEYS & set(raw):
        values.update(complexity_values(raw))
    return values


class AssessmentService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def record(self, patient_id: str, raw: Mapping[str, Any]) -> WriteResult:
        values = clean_assessment(raw, creating=True)
        with self.ws.unit_of_work() as uow:
            ensure_open_case(live_patient(uow.session, patient_id))
            record = uow.changes.create(Assessment, {"patient_id": patient_id,
                                                     "author_id": self.ws.user_id, **values})
            uow.audit.record(AuditAction.CREATE, "assessment", record.id)
            return WriteResult(record.id, sorted(raw))

    def update(self, assessment_id: str, raw: Mapping[str, Any]) -> WriteResult:
        values = clean_assessment(raw, creating=False)
        with self.ws.unit_of_work() as uow:
            record = _live(uow.session, assessment_id)
            ensure_open_case(live_patient(uow.session, record.patient_id))
            changed = uow.changes.update(record, values)
            if changed:
                uow.audit.record(AuditAction.UPDATE, "assessment", assessment_id,
                                 ",".join(changed))
            return WriteResult(assessment_id, changed)

    def get(self, assessment_id: str) -> AssessmentDetail:
        with self.ws.reading() as uow:
            record = _live(uow.session, assessment_id)
            return _detail(record, _author_names(uow.session, [record]))

    def for_patient(self, patient_id: str) -> list[AssessmentDetail]:
        """The person's assessments, oldest first."""
        with self.ws.reading() as uow:
            live_patient(uow.session, patient_id)
            records = list(uow.session.scalars(
                select(Assessment)
                .where(Assessment.patient_id == patient_id, Assessment.deleted_hlc.is_(None))
                .order_by(Assessment.assessed_on, Assessment.id)))
            names = _author_names(uow.session, records)
            return [_detail(r, names) for r in records]

    def compare(self, patient_id: str, assessment_ids: list[str] | None = None
                ) -> AssessmentComparison:
        """Assessments side by side (all of the person's, or the ones chosen)."""
        details = self.for_patient(patient_id)
        if assessment_ids is not None:
            unknown = set(assessment_ids) - {d.id for d in details}
            if unknown:
                raise NotFound("Évaluation introuvable pour ce patient.")
            details = [d for d in details if d.id in assessment_ids]
        rows = [
            AssessmentComparisonRow("gir", "GIR", [_str(d.gir) for d in details]),
            AssessmentComparisonRow("zarit_total", "Zarit",
                                    [_zarit_cell(d) for d in details]),
        ]
        rows += [AssessmentComparisonRow(var, aggir.LABELS[var],
                                         [d.aggir.get(var) for d in details])
                 for var in aggir.ALL_VARIABLES]
        rows += [AssessmentComparisonRow(code, label,
                                         ["oui" if code in d.complexity_factors else None
                                          for d in details])
                 for code, (_category, label) in COMPLEXITY_FACTORS.items()]
        return AssessmentComparison(patient_id, details,
                                    [(d.assessed_on, d.gir) for d in details], rows)

    def suggestions(self, assessment_id: str) -> list[NeedSuggestion]:
        """Needs this assessment suggests, flagged when the current plan already has them."""
        with self.ws.reading() as uow:
            record = _live(uow.session, assessment_id)
            patient = live_patient(uow.session, record.patient_id)
            detail = _detail(record, {})
            plan = pv.current_plan(uow.session, patient.id)
            present = {fold(n.text) for n in pv.live_needs(uow.session, [plan.id])} if plan \
                else set()
        return [
            NeedSuggestion(code, str(SUGGESTIONS[code][0]), SUGGESTIONS[code][1], reason,
                           fold(SUGGESTIONS[code][1]) in present)
            for code, reason in suggested(detail, patient).items()
        ]

    def accept_suggestion(self, assessment_id: str, code: str) -> WriteResult:
        """Add the suggested need to the person's draft PPCS (opened if needed)."""
        if code not in SUGGESTIONS:
            raise InvalidInput(f"Suggestion inconnue : {code}.", "code")
        with self.ws.unit_of_work() as uow:
            record = _live(uow.session, assessment_id)
            patient = live_patient(uow.session, record.patient_id)
            if code not in suggested(_detail(record, {}), patient):
                raise InvalidInput("Cette évaluation ne suggère pas ce besoin.", "code")
            draft = open_draft(uow, patient.id)
            domain, text = SUGGESTIONS[code]
            present = {fold(n.text) for n in pv.live_needs(uow.session, [draft.id])}
            if fold(text) in present:
                raise InvalidInput("Ce besoin figure déjà dans le PPCS.", "code")
            need = add_need_in(uow, draft, {"domain": str(domain), "text": text})
            uow.audit.record(AuditAction.UPDATE, "care_plan", draft.id, f"suggestion:{code}")
            return WriteResult(need.id, ["domain", "text"])


def _live(session: Session, assessment_id: str) -> Assessment:
    record = session.get(Assessment, assessment_id)
    if record is None or record.is_deleted:
        raise NotFound("Évaluation introuvable.")
    return record


def _author_names(session: Session, records: list[Assessment]) -> dict[str, str]:
    ids = {r.author_id for r in records if r.author_id}
    if not ids:
        return {}
    return {c.id: c.display_name
            for c in session.scalars(select(Coordinator).where(Coordinator.id.in_(ids)))}


def _detail(record: Assessment, names: dict[str, str]) -> AssessmentDetail:
    grid = dict(record.aggir or {})
    rank = None
    if grid and all(grid.get(var) in aggir.MODALITIES for var in aggir.DISCRIMINANT_VARIABLES):
        rank = aggir.compute_gir(grid).rank
    result = zarit.score(record.zarit_items or [])
    coding = aggir_coding.coding_json(record.aggir_detail)
    return AssessmentDetail(
        id=record.id, patient_id=record.patient_id, assessed_on=record.assessed_on,
        author_id=record.author_id, author_name=names.get(record.author_id or ""),
        aggir=grid, gir=record.gir, gir_rank=rank, zarit_items=list(record.zarit_items or []),
        zarit_total=record.zarit_total, zarit_form=result.form if result else None,
        zarit_band=result.band if result else None, zarit_label=result.label if result else None,
        complexity_factors=list(record.complexity_factors or []), notes=dict(record.notes or {}),
        aggir_detail=dict(record.aggir_detail or {}), aggir_coding=coding,
        zarit_score=result.total if result else None,
        zarit_display=result.display if result else None,
        complexity_medical=list(record.complexity_medical or []),
        complexity_psychosocial=list(record.complexity_psychosocial or []),
        service_level=record.service_level, service_level_reason=record.service_level_reason,
    )


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _zarit_cell(detail: AssessmentDetail) -> str | None:
    return detail.zarit_display
