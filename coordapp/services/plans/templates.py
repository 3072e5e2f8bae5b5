"""Plan templates: needs → goals → actions with dates relative to the day they are applied.

Shipped templates are JSON files in ``resources/templates/``; the coordinator's own are
in ``AppPaths.config_dir / "templates"``, same shape::

    {"schema": 1, "key": "fall_prevention", "title": "…", "description": "…",
     "needs": [{"domain": "autonomy", "text": "…", "raised_by_person": false,
                "goals": [{"text": "…", "evaluation_criterion": "…", "target_in_days": 90,
                           "actions": [{"text": "…", "responsible_role": "Médecin traitant",
                                        "start_in_days": 0, "due_in_days": 15,
                                        "recurrence": null}]}]}]}

``responsible_role`` is matched against the person's care circle when applied
(``plans.roles``: the file's GP, the main carer, the nurse… whatever words the circle
uses). Saving a plan as a template keeps texts and relative
dates, never statuses, results or the person's opinion.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, CareTeamMember, NeedDomain
from coordapp.paths import AppPaths, resource_path
from coordapp.services.patient import discharge as dc
from coordapp.services.plans import views as pv
from coordapp.services.plans.editing import add_action_in, add_goal_in, add_need_in
from coordapp.services.plans.roles import pick, responsible_by_family
from coordapp.services.plans.rules import live_patient, live_plan
from coordapp.services.plans.versions import open_draft
from coordapp.services.views import PlanTemplateSummary, WriteResult
from coordapp.services.workspace import Workspace
from coordapp.storage.atomic import write_bytes_atomic
from coordapp.textkeys import fold

log = logging.getLogger(__name__)

SCHEMA = 1
SHIPPED, USER = "shipped", "user"
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class TemplateAction:
    text: str
    responsible_role: str | None = None
    start_in_days: int | None = None
    due_in_days: int | None = None
    recurrence: str | None = None


@dataclass(frozen=True)
class TemplateGoal:
    text: str
    evaluation_criterion: str | None = None
    target_in_days: int | None = None
    actions: tuple[TemplateAction, ...] = ()


@dataclass(frozen=True)
class TemplateNeed:
    domain: str
    text: str
    raised_by_person: bool = False
    goals: tuple[TemplateGoal, ...] = ()


@dataclass(frozen=True)
class PlanTemplate:
    key: str
    title: str
    description: str
    source: str
    needs: tuple[TemplateNeed, ...]

    def summary(self) -> PlanTemplateSummary:
        goals = [g for n in self.needs for g in n.goals]
        return PlanTemplateSummary(
            key=self.key, title=self.title, description=self.description,
            source=self.source, needs=len(self.needs), goals=len(goals),
            actions=sum(len(g.actions) for g in goals),
        )


# -- reading --------------------------------------------------------------------------------


def shipped_dir() -> Path:
    return resource_path("templates")


def user_dir(paths: AppPaths) -> Path:
    return paths.config_dir / "templates"


def parse_template(data: Any, source: str) -> PlanTemplate:
    """A template from its JSON data; refuses anything off the documented shape."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InvalidInput("Modèle de plan illisible (format inconnu).", "template")
    key = str(data.get("key", ""))
    if not _KEY.match(key):
        raise InvalidInput(f"Identifiant de modèle invalide : {key!r}.", "key")
    title = _str(data, "title", required=True)
    needs = tuple(_need(item) for item in _list(data, "needs"))
    if not needs:
        raise InvalidInput(f"Le modèle {key} ne contient aucun besoin.", "needs")
    return PlanTemplate(key, title or key, _str(data, "description") or "", source, needs)


def load_template_file(path: Path, source: str) -> PlanTemplate:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"Modèle de plan illisible : {path.name}.", "template") from exc
    template = parse_template(data, source)
    if template.key != path.stem:
        raise InvalidInput(f"Le modèle {path.name} porte l'identifiant {template.key}.",
                           "key")
    return template


def list_templates(paths: AppPaths | None = None) -> list[PlanTemplate]:
    """Shipped templates, then the user's (unreadable files and duplicate keys skipped)."""
    found: dict[str, PlanTemplate] = {}
    sources = [(shipped_dir(), SHIPPED)] + ([(user_dir(paths), USER)] if paths else [])
    for directory, source in sources:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            try:
                template = load_template_file(path, source)
            except InvalidInput as exc:
                log.warning("template skipped: %s (%s)", path.name, exc.message)
                continue
            if template.key in found:
                log.warning("template skipped: duplicate key %s", template.key)
                continue
            found[template.key] = template
    return list(found.values())


def get_template(key: str, paths: AppPaths | None = None) -> PlanTemplate:
    for template in list_templates(paths):
        if template.key == key:
            return template
    raise NotFound(f"Aucun modèle de plan « {key} ».")


def template_json(template: PlanTemplate) -> dict[str, Any]:
    """The JSON shape of a template (what is written to the user's folder)."""
    def drop_none(values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if v is not None}

    return {
        "schema": SCHEMA, "key": template.key, "title": template.title,
        "description": template.description,
        "needs": [
            {"domain": n.domain, "text": n.text, "raised_by_person": n.raised_by_person,
             "goals": [
                 drop_none({"text": g.text, "evaluation_criterion": g.evaluation_criterion,
                            "target_in_days": g.target_in_days,
                            "actions": [drop_none(vars(a).copy()) for a in g.actions]})
                 for g in n.goals]}
            for n in template.needs
        ],
    }


# -- applying and saving -------------------------------------------------------------------


class TemplateService:
    def __init__(self, workspace: Workspace, paths: AppPaths) -> None:
        self.ws = workspace
        self.paths = paths

    def summaries(self) -> list[PlanTemplateSummary]:
        return [t.summary() for t in list_templates(self.paths)]

    def apply(self, patient_id: str, key: str, *, start: dt.date | None = None
              ) -> WriteResult:
        """Add the template's needs, goals and actions to the person's draft (opened if
        needed), dates counted from ``start`` (default today). Returns the draft id and,
        as ``changed``, the ids of the needs added."""
        template = get_template(key, self.paths)
        with self.ws.unit_of_work() as uow:
            draft = open_draft(uow, patient_id)
            added = apply_template_in(uow, draft, template, start=start)
            return WriteResult(draft.id, added)

    def save_plan_as_template(self, plan_id: str, title: str, *, key: str | None = None,
                              description: str = "") -> PlanTemplateSummary:
        """Write a plan's needs, goals and actions as a user template (dates relative to
        the plan's validation day, or today for a draft)."""
        title = title.strip()
        if not title:
            raise InvalidInput("Donnez un titre au modèle.", "title")
        key = key or _slug(title)
        if not _KEY.match(key):
            raise InvalidInput(f"Identifiant de modèle invalide : {key!r}.", "key")
        if any(t.key == key for t in list_templates(self.paths)):
            raise InvalidInput(f"Un modèle « {key} » existe déjà.", "key")
        with self.ws.unit_of_work() as uow:
            plan = live_plan(uow.session, plan_id)
            live_patient(uow.session, plan.patient_id)
            reference = plan.validated_at.date() if plan.validated_at else dt.date.today()
            view = pv.build_plan_view(uow.session, plan, {})
            roles = {m.id: m.role for m in uow.session.scalars(
                select(CareTeamMember).where(CareTeamMember.patient_id == plan.patient_id))}
            uow.audit.record(AuditAction.EXPORT, "care_plan", plan_id, f"template:{key}")

        def offset(day: dt.date | None) -> int | None:
            return max(0, (day - reference).days) if day else None

        template = PlanTemplate(key, title, description.strip(), USER, tuple(
            TemplateNeed(n.domain, n.text, n.raised_by_person, tuple(
                TemplateGoal(g.text, g.evaluation_criterion, offset(g.target_date), tuple(
                    TemplateAction(a.text, roles.get(a.responsible_id or ""),
                                   offset(a.start_on), offset(a.due_on), a.recurrence)
                    for a in g.actions))
                for g in n.goals))
            for n in view.needs))
        if not template.needs:
            raise InvalidInput("Ce PPCS ne contient aucun besoin à enregistrer.", "needs")
        data = json.dumps(template_json(template), ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomic(user_dir(self.paths) / f"{key}.json", data.encode("utf-8"))
        return template.summary()


def apply_template_in(uow: Any, draft: Any, template: PlanTemplate, *,
                      start: dt.date | None = None) -> list[str]:
    """Add ``template`` to ``draft`` in the caller's transaction; returns the need ids.

    Each action goes to the care-circle member of its role (``plans.roles``: the file's
    GP for "Médecin traitant", the main carer for "Aidant principal"…); the discharge
    template counts its days from the planned discharge (day 0)."""
    patient_id = draft.patient_id
    discharge = (dc.latest_discharge(uow.session, patient_id)
                 if template.key == DISCHARGE_TEMPLATE else None)
    start = start or dc.planned_on(discharge) or dt.date.today()

    def day(offset: int | None) -> dt.date | None:
        return start + dt.timedelta(days=offset) if offset is not None else None

    members = responsible_by_family(uow.session, patient_id)
    added: list[str] = []
    for t_need in template.needs:
        need = add_need_in(uow, draft, {"domain": t_need.domain, "text": t_need.text,
                                        "raised_by_person": t_need.raised_by_person})
        added.append(need.id)
        for t_goal in t_need.goals:
            goal = add_goal_in(uow, need, {
                "text": t_goal.text, "evaluation_criterion": t_goal.evaluation_criterion,
                "target_date": day(t_goal.target_in_days)})
            for t_action in t_goal.actions:
                add_action_in(uow, goal, draft, {
                    "text": t_action.text,
                    "responsible_id": pick(members, t_action.responsible_role),
                    "start_on": day(t_action.start_in_days),
                    "due_on": day(t_action.due_in_days),
                    "recurrence": t_action.recurrence})
    if discharge is not None:
        _use_discharge(uow, draft, added, discharge, start)
    uow.audit.record(AuditAction.UPDATE, "care_plan", draft.id, f"template:{template.key}")
    return added


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(title)).strip("_")[:64] or "modele"


# -- JSON shape checks ----------------------------------------------------------------------


def _str(data: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(f"Modèle de plan : champ « {key} » manquant.", key)
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"Modèle de plan : « {key} » doit être un texte.", key)
    return value.strip()


def _int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
        raise InvalidInput(f"Modèle de plan : « {key} » doit être un nombre de jours.", key)
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
        raise InvalidInput(f"Modèle de plan : « {key} » doit être une liste.", key)
    return value


def _need(data: Mapping[str, Any]) -> TemplateNeed:
    domain = _str(data, "domain", required=True)
    if domain not in {d.value for d in NeedDomain}:
        raise InvalidInput(f"Modèle de plan : domaine inconnu {domain!r}.", "domain")
    return TemplateNeed(
        domain=str(domain), text=str(_str(data, "text", required=True)),
        raised_by_person=bool(data.get("raised_by_person", False)),
        goals=tuple(_goal(g) for g in _list(data, "goals")),
    )


def _goal(data: Mapping[str, Any]) -> TemplateGoal:
    return TemplateGoal(
        text=str(_str(data, "text", required=True)),
        evaluation_criterion=_str(data, "evaluation_criterion"),
        target_in_days=_int(data, "target_in_days"),
        actions=tuple(_action(a) for a in _list(data, "actions")),
    )


def _use_discharge(uow: Any, draft: Any, need_ids: list[str], discharge: Mapping[str, Any],
                   day0: dt.date) -> None:
    """The request's discharge details in the plan: what must be ready on day 0 as an
    action of the first goal, the ward and its contact in the alert procedure."""
    from coordapp.models import Goal

    ready = dc.ready_text(discharge)
    goal = uow.session.scalar(select(Goal).where(Goal.need_id == need_ids[0])
                              .order_by(Goal.created_hlc)) if need_ids else None
    if ready and goal is not None:
        add_action_in(uow, goal, draft, {"text": ready, "start_on": day0, "due_on": day0})
    ward = dc.ward_text(discharge)
    if ward and ward not in (draft.alert_procedure or ""):
        alert = "\n".join(p for p in (draft.alert_procedure, ward) if p)
        uow.changes.update(draft, {"alert_procedure": alert})


#: The template that uses a request's hospital discharge details.
DISCHARGE_TEMPLATE = "hospital_discharge"


def _action(data: Mapping[str, Any]) -> TemplateAction:
    action = TemplateAction(
        text=str(_str(data, "text", required=True)),
        responsible_role=_str(data, "responsible_role"),
        start_in_days=_int(data, "start_in_days"),
        due_in_days=_int(data, "due_in_days"),
        recurrence=_str(data, "recurrence"),
    )
    if (action.start_in_days is not None and action.due_in_days is not None
            and action.due_in_days < action.start_in_days):
        raise InvalidInput("Modèle de plan : une échéance précède le début de l'action.",
                           "due_in_days")
    return action
