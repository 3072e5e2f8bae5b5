"""The PPCS proposed after an assessment: the templates that fit what was assessed, with
the care circle already set as the responsible people, created as a draft in one action.

What is looked at: the assessment's suggestions (GIR and age, Zarit band, complexity
factors, no GP: ``services.suggestions``), the person living alone, a recent hospital
discharge among the requests. Each suggestion a shipped template answers proposes that
template (once, whatever the number of reasons); the others are proposed as needs alone,
for the coordinator to complete. Nothing is written until ``create``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, LivingSituation, Patient
from coordapp.paths import AppPaths
from coordapp.services.assessments.recording import _detail, _live
from coordapp.services.patient import discharge as dc
from coordapp.services.plans import views as pv
from coordapp.services.plans.editing import add_need_in
from coordapp.services.plans.roles import pick, responsible_by_family
from coordapp.services.plans.rules import ensure_open_case, live_patient
from coordapp.services.plans.suggestions import SUGGESTIONS, suggested
from coordapp.services.plans.templates import DISCHARGE_TEMPLATE, apply_template_in, list_templates
from coordapp.services.plans.versions import open_draft
from coordapp.services.views import WriteResult, age_on
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold

#: Suggestion code -> the shipped template that answers it.
SUGGESTION_TEMPLATES: dict[str, str] = {
    "caregiver_respite": "exhausted_caregiver",
    "find_gp": "no_gp",
    "home_help": "elderly_at_home",
    "pension_fund_help": "elderly_at_home",
    "remote_alert": "elderly_at_home",
    "break_isolation": "elderly_at_home",
    "fall_prevention": "fall_prevention",
    "medication_review": "polymedication",
    "rights_access": "social_precarity_rights",
    "hospital_prevention": DISCHARGE_TEMPLATE,
    "living_alone": "elderly_at_home",
    "recent_discharge": DISCHARGE_TEMPLATE,
}
#: A request's discharge older than this is no longer "recent".
RECENT_DISCHARGE_DAYS = 30
ALONE_MIN_AGE = 60


@dataclass(frozen=True)
class ProposedTemplate:
    key: str
    title: str
    reasons: tuple[str, ...]
    actions: int
    #: Actions whose responsible person is found in the care circle.
    assigned: int
    #: Template texts of the needs already in the plan: they are not added again.
    already_in_plan: bool


@dataclass(frozen=True)
class ProposedNeed:
    code: str
    domain: str
    text: str
    reason: str


@dataclass(frozen=True)
class PlanProposal:
    patient_id: str
    assessment_id: str
    templates: tuple[ProposedTemplate, ...]
    needs: tuple[ProposedNeed, ...]
    #: The person's words already in the plan (``wishes``), proposed again.
    wishes: str

    @property
    def empty(self) -> bool:
        return not self.templates and not self.needs


class PlanProposalService:
    def __init__(self, workspace: Workspace, paths: AppPaths | None = None) -> None:
        self.ws = workspace
        self.paths = paths

    def propose(self, assessment_id: str) -> PlanProposal:
        """What the assessment ``assessment_id`` proposes for the person's PPCS."""
        templates = {t.key: t for t in list_templates(self.paths)}
        with self.ws.reading() as uow:
            session = uow.session
            record = _live(session, assessment_id)
            patient = live_patient(session, record.patient_id)
            reasons = _reasons(session, patient, suggested(_detail(record, {}), patient),
                               record.assessed_on)
            members = responsible_by_family(session, patient.id)
            plan = pv.current_plan(session, patient.id)
            present = {fold(n.text) for n in pv.live_needs(session, [plan.id])} if plan \
                else set()
            wishes = (plan.wishes or "") if plan is not None else ""
        proposed: list[ProposedTemplate] = []
        needs: list[ProposedNeed] = []
        for code, reason in reasons.items():
            key = SUGGESTION_TEMPLATES.get(code, code if code in templates else "")
            template = templates.get(key)
            if template is None:
                if code in SUGGESTIONS and fold(SUGGESTIONS[code][1]) not in present:
                    domain, text = SUGGESTIONS[code]
                    needs.append(ProposedNeed(code, str(domain), text, reason))
                continue
            known = next((p for p in proposed if p.key == key), None)
            if known is not None:
                proposed[proposed.index(known)] = ProposedTemplate(
                    known.key, known.title, (*known.reasons, reason), known.actions,
                    known.assigned, known.already_in_plan)
                continue
            actions = [a for n in template.needs for g in n.goals for a in g.actions]
            proposed.append(ProposedTemplate(
                key, template.title, (reason,), len(actions),
                sum(1 for a in actions if pick(members, a.responsible_role)),
                all(fold(n.text) in present for n in template.needs)))
        return PlanProposal(patient.id, assessment_id, tuple(proposed), tuple(needs), wishes)

    def create(self, assessment_id: str, *, templates: Iterable[str] = (),
               needs: Iterable[str] = (), wishes: str | None = None) -> WriteResult:
        """The chosen templates and needs in the person's draft (opened if needed), the
        person's words first, all in one transaction. Returns the draft id and, as
        ``changed``, the ids of the needs added."""
        chosen_templates = list(dict.fromkeys(templates))
        chosen_needs = list(dict.fromkeys(needs))
        by_key = {t.key: t for t in list_templates(self.paths)}
        unknown = [k for k in chosen_templates if k not in by_key]
        if unknown:
            raise InvalidInput(f"Aucun modèle de plan « {unknown[0]} ».", "templates")
        if not chosen_templates and not chosen_needs and not (wishes or "").strip():
            raise InvalidInput("Choisissez au moins un modèle ou un besoin à proposer.",
                               "templates")
        with self.ws.unit_of_work() as uow:
            session = uow.session
            record = _live(session, assessment_id)
            patient = live_patient(session, record.patient_id)
            ensure_open_case(patient)
            allowed = _reasons(session, patient, suggested(_detail(record, {}), patient),
                               record.assessed_on)
            refused = [c for c in chosen_needs if c not in allowed or c not in SUGGESTIONS]
            if refused:
                raise InvalidInput("Cette évaluation ne suggère pas ce besoin.", "needs")
            draft = open_draft(uow, patient.id)
            words = (wishes or "").strip()
            if words and words != (draft.wishes or ""):
                uow.changes.update(draft, {"wishes": words})
            present = {fold(n.text) for n in pv.live_needs(session, [draft.id])}
            added: list[str] = []
            for key in chosen_templates:
                template = by_key[key]
                if all(fold(n.text) in present for n in template.needs):
                    continue  # applied already: never twice
                added += apply_template_in(uow, draft, template)
                present |= {fold(n.text) for n in template.needs}
            for code in chosen_needs:
                domain, text = SUGGESTIONS[code]
                if fold(text) in present:
                    continue
                added.append(add_need_in(uow, draft, {"domain": str(domain),
                                                      "text": text}).id)
                present.add(fold(text))
            uow.audit.record(AuditAction.UPDATE, "care_plan", draft.id,
                             f"proposal:{assessment_id}")
            return WriteResult(draft.id, added)


def _reasons(session: Session, patient: Patient, found: dict[str, str],
             assessed_on: dt.date) -> dict[str, str]:
    """The assessment's suggestions, plus living alone and a recent discharge."""
    reasons = dict(found)
    age = age_on(patient.birth_date, assessed_on)
    if patient.living_situation == LivingSituation.ALONE and age >= ALONE_MIN_AGE:
        reasons["living_alone"] = f"Vit seul(e) à domicile, {age} ans"
    discharge = dc.latest_discharge(session, patient.id)
    planned = dc.planned_on(discharge)
    if discharge is not None and (planned is None or abs(
            (planned - dt.date.today()).days) <= RECENT_DISCHARGE_DAYS):
        reasons["recent_discharge"] = ("Sortie d'hospitalisation récente ou prévue "
                                       "(demande d'appui)")
    return reasons
