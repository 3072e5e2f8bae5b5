"""``coordapp plan show|validate|versions|diff`` and ``coordapp templates list``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coordapp import validation as v
from coordapp.cli.output import emit, emit_json
from coordapp.cli.support import CliParser, Parents, opened_workspace, paths_and_db
from coordapp.errors import InvalidInput
from coordapp.services.plans.editing import NEED_DOMAIN_LABELS
from coordapp.services.plans.templates import list_templates
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.plans.views import needs_by_domain
from coordapp.services.views import PlanDiff, PlanVersionView

TEMPLATE_COLUMNS = [
    ("key", "Identifiant"), ("title", "Titre"), ("source", "Origine"), ("needs", "Besoins"),
    ("goals", "Objectifs"), ("actions", "Actions"), ("description", "Description"),
]
VERSION_COLUMNS = [
    ("version", "Version"), ("status", "Statut"), ("validated_at", "Validée le"),
    ("validated_by_name", "Par"), ("agreement_on", "Accord le"),
    ("review_due", "Révision"), ("needs", "Besoins"), ("id", "Identifiant"),
]
STATUS_LABELS = {"draft": "brouillon", "validated": "validée", "superseded": "remplacée",
                 "closed": "clôturée"}


def register(sub: Any, parents: Parents) -> None:
    common, fmt = parents.common, parents.fmt
    plan = sub.add_parser("plan", parents=[common], help="le PPCS d'un patient")
    actions = plan.add_subparsers(dest="action", required=True, parser_class=CliParser)

    show = actions.add_parser("show", parents=[common, fmt], help="afficher le PPCS")
    show.add_argument("patient_id", help="identifiant du patient")
    show.add_argument("--version", type=int, help="une version précise (défaut : actuelle)")
    show.set_defaults(handler=show_plan)

    validate = actions.add_parser("validate", parents=[common],
                                  help="valider le brouillon (accord de la personne)")
    validate.add_argument("patient_id", help="identifiant du patient")
    validate.add_argument("--agreement", help="comment la personne a donné son accord")
    validate.add_argument("--agreement-date", help="date de l'accord (JJ/MM/AAAA)")
    validate.add_argument("--review-date", help="date de révision (défaut : dans 6 mois)")
    validate.add_argument("--gp-contact-note",
                          help="pourquoi valider alors que le contact avec le médecin "
                               "traitant n'est pas encore fait")
    validate.set_defaults(handler=validate_plan)

    versions = actions.add_parser("versions", parents=[common, fmt],
                                  help="lister les versions du PPCS")
    versions.add_argument("patient_id", help="identifiant du patient")
    versions.set_defaults(handler=list_versions)

    diff = actions.add_parser("diff", parents=[common, fmt],
                              help="comparer deux versions du PPCS")
    diff.add_argument("patient_id", help="identifiant du patient")
    diff.add_argument("from_version", type=int, help="version de départ")
    diff.add_argument("to_version", type=int, help="version d'arrivée")
    diff.set_defaults(handler=diff_versions)

    templates = sub.add_parser("templates", parents=[common], help="modèles de plan")
    t_actions = templates.add_subparsers(dest="action", required=True, parser_class=CliParser)
    t_list = t_actions.add_parser("list", parents=[common, fmt], help="lister les modèles")
    t_list.set_defaults(handler=list_plan_templates)


def show_plan(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        document = PlanVersionService(workspace).show(args.patient_id, args.version)
    if args.format == "json":
        emit_json(document)
    else:
        sys.stdout.write(plan_as_text(document))
    return 0


def validate_plan(args: argparse.Namespace) -> int:
    agreement_on = _date(args.agreement_date, "agreement_date", "Date de l'accord")
    review = _date(args.review_date, "review_date", "Date de révision")
    with opened_workspace(args) as workspace:
        service = PlanVersionService(workspace)
        try:
            plan_id = service.validate(args.patient_id, agreement=args.agreement,
                                       agreement_on=agreement_on, review_due=review,
                                       gp_contact_note=args.gp_contact_note)
        except InvalidInput as exc:  # name the option to give on the command line
            option = {"agreement": "--agreement", "agreement_on": "--agreement-date",
                      "gp_contact_note": "--gp-contact-note"}
            if exc.field in option:
                raise InvalidInput(f"{exc.message[:-1]} ({option[exc.field]}).",
                                   exc.field) from exc
            raise
        version = next(s for s in service.versions(args.patient_id) if s.id == plan_id)
    review_text = f"{version.review_due:%d/%m/%Y}" if version.review_due else "—"
    print(f"PPCS version {version.version} validé ; révision prévue le {review_text}.",
          file=sys.stderr)
    print(plan_id)
    return 0


def list_versions(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        rows = PlanVersionService(workspace).versions(args.patient_id)
    emit([vars(row) for row in rows], VERSION_COLUMNS, args.format)
    return 0


def diff_versions(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        diff = PlanVersionService(workspace).diff(args.patient_id, args.from_version,
                                                  args.to_version)
    if args.format == "json":
        emit_json(diff)
    else:
        sys.stdout.write(diff_as_text(diff))
    return 0


def list_plan_templates(args: argparse.Namespace) -> int:
    paths, _db = paths_and_db(args)
    rows = [vars(t.summary()) for t in list_templates(paths)]
    emit(rows, TEMPLATE_COLUMNS, args.format)
    return 0


def _date(value: str | None, field: str, label: str) -> Any:
    if not value:
        return None
    try:
        return v.parse_date(value)
    except v.ValidationError as exc:
        raise InvalidInput(f"{label} : {exc.message}", field) from exc


def plan_as_text(document: PlanVersionView) -> str:
    plan = document.plan
    lines = [f"PPCS de {document.patient_name} — version {plan.version} "
             f"({STATUS_LABELS.get(plan.status, plan.status)})"]
    if plan.validated_at:
        lines.append(f"Validé le {plan.validated_at:%d/%m/%Y} par "
                     f"{document.validated_by_name or '—'} ; accord de la personne le "
                     f"{plan.agreement_on:%d/%m/%Y} ({plan.agreement})"
                     if plan.agreement_on else f"Validé le {plan.validated_at:%d/%m/%Y}")
    if plan.review_due:
        lines.append(f"Révision prévue le {plan.review_due:%d/%m/%Y}")
    if plan.wishes:
        lines += ["", f"Souhaits de la personne : {plan.wishes}"]
    if plan.alert_procedure:
        lines.append(f"Procédure d'alerte : {plan.alert_procedure}")
    for domain, needs in needs_by_domain(plan):
        lines += ["", f"{NEED_DOMAIN_LABELS.get(domain, domain)} :"]
        for need in needs:
            mark = " (priorité de la personne)" if need.raised_by_person else ""
            lines.append(f"  {need.priority}. {need.text}{mark}")
            for goal in need.goals:
                target = f" — échéance {goal.target_date:%d/%m/%Y}" if goal.target_date else ""
                lines.append(f"     Objectif : {goal.text}{target} [{goal.status}]")
                for action in goal.actions:
                    due = f" — pour le {action.due_on:%d/%m/%Y}" if action.due_on else ""
                    who = f" ({action.responsible_name})" if action.responsible_name else ""
                    lines.append(f"       • {action.text}{who}{due} [{action.status}]")
    return "\n".join(lines) + "\n"


def diff_as_text(diff: PlanDiff) -> str:
    labels = {"added": "+", "removed": "-", "changed": "~"}
    kinds = {"need": "Besoin", "goal": "Objectif", "action": "Action"}
    lines = [f"Version {diff.from_version} → version {diff.to_version}"]
    for change in diff.plan_fields:
        lines.append(f"~ {change.field} : {change.before!s} → {change.after!s}")
    for item in diff.items:
        lines.append(f"{labels[item.change]} {kinds[item.kind]} : {item.text}")
        for change in item.fields:
            lines.append(f"    {change.field} : {change.before!s} → {change.after!s}")
    if len(lines) == 1:
        lines.append("Aucune différence.")
    return "\n".join(lines) + "\n"
