"""``coordapp patient show|add|set``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coordapp.cli_output import emit_json
from coordapp.errors import InvalidInput
from coordapp.services.caseload import EDITABLE_FIELDS, CaseloadService
from coordapp.services.patient_file import PatientFileService
from coordapp.services.views import (
    PATIENT_FILE_READ_ONLY_KEYS,
    PatientFile,
    WriteResult,
    patient_file_json,
)
from coordapp.services.workspace import Workspace


def show_patient(workspace: Workspace, args: argparse.Namespace) -> int:
    patient_file = PatientFileService(workspace).load(args.id)
    if args.format == "json":
        emit_json(patient_file_json(patient_file))
    else:
        sys.stdout.write(_as_text(patient_file))
    return 0


def add_patient(workspace: Workspace, args: argparse.Namespace) -> int:
    from coordapp.cli import load_json_file

    data = load_json_file(args.json_file)
    if not isinstance(data, dict):
        raise InvalidInput("Le fichier JSON doit contenir un objet (un seul patient).")
    unknown = sorted(set(data) - set(EDITABLE_FIELDS) - PATIENT_FILE_READ_ONLY_KEYS)
    if unknown:
        raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)} : rien n'a été "
                           "enregistré.", unknown[0])
    values = {key: value for key, value in data.items() if key in EDITABLE_FIELDS}
    result = CaseloadService(workspace).add_patient(values, allow_duplicate=args.allow_duplicate)
    _print_warnings(result)
    print(result.id)
    return 0


def set_patient(workspace: Workspace, args: argparse.Namespace) -> int:
    values: dict[str, Any] = {}
    for assignment in args.assignments:
        key, sep, value = assignment.partition("=")
        if not sep or not key:
            raise InvalidInput(f"« {assignment} » : attendu champ=valeur.")
        if key not in EDITABLE_FIELDS:
            raise InvalidInput(f"Champ inconnu : {key} : rien n'a été enregistré.", key)
        values[key] = value
    result = CaseloadService(workspace).update_patient(args.id, values)
    _print_warnings(result)
    print(", ".join(result.changed) if result.changed else "Aucun changement.", file=sys.stderr)
    return 0


def _print_warnings(result: WriteResult) -> None:
    for warning in result.warnings:
        print(f"coordapp : attention : {warning.message}", file=sys.stderr)


def _as_text(f: PatientFile) -> str:
    i = f.identity
    lines = [
        f"{i['family_name'].upper()} {i['given_names']}"
        + (f" (nom utilisé : {i['used_name']})" if i.get("used_name") else ""),
        f"Né(e) le {i['birth_date']:%d/%m/%Y} ({f.age} ans), sexe {i['sex']}, "
        f"identité {i['identity_status']}" + (f", NIR {i['nir']}" if i.get("nir") else ""),
        f"Statut : {i['status']}   Médecin traitant : {f.gp_name or 'aucun'}   "
        f"Référent : {f.referent_name or '—'}",
        "",
        "Cercle de soins :",
        *[f"  - {m.role} : {m.name}" + (f" ({m.phone})" if m.phone else "")
          for m in f.care_team],
    ]
    if f.current_plan:
        plan = f.current_plan
        review = f", révision le {plan.review_due:%d/%m/%Y}" if plan.review_due else ""
        lines += ["", f"PPCS version {plan.version} ({plan.status}){review} :"]
        for need in plan.needs:
            lines.append(f"  {need.priority}. [{need.domain}] {need.text}")
            for goal in need.goals:
                lines.append(f"     Objectif : {goal.text}")
                for action in goal.actions:
                    due = f" — pour le {action.due_on:%d/%m/%Y}" if action.due_on else ""
                    who = f" ({action.responsible_name})" if action.responsible_name else ""
                    lines.append(f"       • {action.text}{who}{due} [{action.status}]")
    lines += ["", "Journal :"]
    lines += [f"  {e.occurred_at:%d/%m/%Y %H:%M} {e.kind} : {e.text}" for e in f.journal[:20]]
    return "\n".join(lines) + "\n"
