"""Plain-French HTML of what changed between two PPCS versions, and of one version."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from coordapp.models import ActionStatus, GoalStatus, NeedDomain
from coordapp.services.views import CarePlanView, FieldChange, PlanDiff, PlanItemChange
from coordapp.ui.labels import format_date, label

_tr = QCoreApplication.translate
_SHORT = 90


def field_labels() -> dict[str, str]:
    return {
        "text": _tr("PlanDiff", "libellé"), "domain": _tr("PlanDiff", "domaine"),
        "priority": _tr("PlanDiff", "rang de priorité"),
        "raised_by_person": _tr("PlanDiff", "priorité de la personne"),
        "unmet": _tr("PlanDiff", "besoin non couvert"),
        "person_opinion": _tr("PlanDiff", "avis de la personne"),
        "target_date": _tr("PlanDiff", "échéance"),
        "evaluation_criterion": _tr("PlanDiff", "critère d'évaluation"),
        "status": _tr("PlanDiff", "statut"), "responsible_id": _tr("PlanDiff", "responsable"),
        "start_on": _tr("PlanDiff", "début"), "due_on": _tr("PlanDiff", "échéance"),
        "recurrence": _tr("PlanDiff", "fréquence"),
        "done_on": _tr("PlanDiff", "réalisée le"), "result": _tr("PlanDiff", "résultat"),
        "wishes": _tr("PlanDiff", "souhaits de la personne"),
        "alert_procedure": _tr("PlanDiff", "procédure d'alerte"),
        "review_due": _tr("PlanDiff", "date de révision"),
    }


def kind_labels() -> dict[str, str]:
    return {"need": _tr("PlanDiff", "Besoin"), "goal": _tr("PlanDiff", "Objectif"),
            "action": _tr("PlanDiff", "Action")}


def value_text(kind: str, field: str, value: Any, names: dict[str, str]) -> str:
    if value is None or value == "":
        if field == "review_due":
            return _tr("PlanDiff", "(fixée à la validation)")
        return _tr("PlanDiff", "(vide)")
    if isinstance(value, bool):
        return _tr("PlanDiff", "oui") if value else _tr("PlanDiff", "non")
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value if not isinstance(value, dt.datetime) else value.date())
    if field == "responsible_id":
        return names.get(str(value), _tr("PlanDiff", "(membre retiré du cercle)"))
    if field == "domain":
        return label(NeedDomain, str(value))
    if field == "status":
        return label(GoalStatus if kind == "goal" else ActionStatus, str(value))
    if field == "priority":
        return str(value)
    text = str(value).replace("\n", " ")
    return f"« {text[:_SHORT]}{'…' if len(text) > _SHORT else ''} »"


def _change_text(kind: str, change: FieldChange, names: dict[str, str]) -> str:
    name = field_labels().get(change.field, change.field)
    before = value_text(kind, change.field, change.before, names)
    after = value_text(kind, change.field, change.after, names)
    return f"{html.escape(name)} : {html.escape(before)} → <b>{html.escape(after)}</b>"


def _item(item: PlanItemChange, names: dict[str, str]) -> str:
    kind = kind_labels().get(item.kind, item.kind)
    text = f"<b>{html.escape(kind)}</b> « {html.escape(item.text)} »"
    if item.parent_text:
        parent = _tr("PlanDiff", "du besoin") if item.kind == "goal" else \
            _tr("PlanDiff", "de l'objectif")
        text += f" <span style='color:#5f6368'>({parent} « {html.escape(item.parent_text)} »)" \
                "</span>"
    if item.fields:
        text += "<ul>" + "".join(f"<li>{_change_text(item.kind, f, names)}</li>"
                                 for f in item.fields) + "</ul>"
    return f"<li>{text}</li>"


def diff_html(diff: PlanDiff, names: dict[str, str]) -> str:
    """``names``: care-circle member id -> display name (for the responsible person)."""
    parts = [f"<h3>{html.escape(_tr('PlanDiff', 'De la version {a} à la version {b}').format(a=diff.from_version, b=diff.to_version))}</h3>"]  # noqa: E501
    if not diff.plan_fields and not diff.items:
        parts.append(f"<p>{html.escape(_tr('PlanDiff', 'Aucune différence entre ces deux versions.'))}</p>")  # noqa: E501
        return "".join(parts)
    if diff.plan_fields:
        parts.append(f"<h4>{html.escape(_tr('PlanDiff', 'Informations générales'))}</h4><ul>")
        parts += [f"<li>{_change_text('plan', f, names)}</li>" for f in diff.plan_fields]
        parts.append("</ul>")
    for change, title in (("added", _tr("PlanDiff", "Ajouté")),
                          ("removed", _tr("PlanDiff", "Supprimé")),
                          ("changed", _tr("PlanDiff", "Modifié"))):
        items = [i for i in diff.items if i.change == change]
        if items:
            parts.append(f"<h4>{html.escape(title)} ({len(items)})</h4><ul>")
            parts += [_item(i, names) for i in items]
            parts.append("</ul>")
    return "".join(parts)


def plan_html(plan: CarePlanView) -> str:
    """One version's content, needs by priority, for reading in the history."""
    e = html.escape
    parts = [f"<h3>{e(_tr('PlanDiff', 'Version {n}').format(n=plan.version))}</h3>"]
    if plan.wishes:
        parts.append(f"<p><b>{e(_tr('PlanDiff', 'Souhaits :'))}</b> {e(plan.wishes)}</p>")
    if plan.alert_procedure:
        parts.append(f"<p><b>{e(_tr('PlanDiff', 'Alerte :'))}</b> "
                     f"{e(plan.alert_procedure)}</p>")
    for need in sorted(plan.needs, key=lambda n: n.priority):
        mark = "★ " if need.raised_by_person else ""
        parts.append(f"<p><b>{need.priority}. {mark}{e(need.text)}</b> "
                     f"<span style='color:#5f6368'>({e(label(NeedDomain, need.domain))})"
                     "</span></p><ul>")
        for goal in need.goals:
            parts.append(f"<li>{e(goal.text)} — {e(label(GoalStatus, goal.status))}<ul>")
            for action in goal.actions:
                who = f" — {e(action.responsible_name)}" if action.responsible_name else ""
                due = f" — {format_date(action.due_on)}" if action.due_on else ""
                parts.append(f"<li>{e(action.text)}{who}{due} "
                             f"({e(label(ActionStatus, action.status))})</li>")
            parts.append("</ul></li>")
        parts.append("</ul>")
    return "".join(parts)
