"""``coordapp request add|show``, ``coordapp requests``, ``coordapp gp-seekers`` and
``coordapp task done``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coordapp.cli.output import emit, emit_json
from coordapp.cli.support import (
    CliParser,
    Parents,
    load_json_file,
    opened_workspace,
)
from coordapp.documents.labels import SERVICE_LEVEL_LABELS
from coordapp.errors import InvalidInput
from coordapp.services.caseload.gp_seekers import GpSeekerService
from coordapp.services.caseload.tasks import TaskService
from coordapp.services.patient.requests import RequestService

REQUEST_COLUMNS = [
    ("id", "Identifiant"), ("received_at", "Reçue le"), ("requester_kind", "Demandeur"),
    ("requester_name", "Nom du demandeur"), ("patient_name", "Patient"),
    ("reason", "Motif"), ("urgency", "Urgence"), ("both_sides", "Situation complexe"),
    ("service_level", "Niveau de service"), ("answer", "Réponse"),
]
SEEKER_COLUMNS = [
    ("rank", "Rang"), ("patient_name", "Patient"), ("age", "Âge"), ("city", "Commune"),
    ("asked_on", "Demande le"), ("priority", "Priorité"), ("reasons", "Critères"),
    ("note", "Note du coordinateur"), ("pending_proposals", "Propositions en attente"),
    ("patient_id", "Identifiant patient"),
]


def register(sub: Any, parents: Parents) -> None:
    common, fmt = parents.common, parents.fmt
    request = sub.add_parser("request", parents=[common], help="une demande d'appui")
    actions = request.add_subparsers(dest="action", required=True, parser_class=CliParser)
    add = actions.add_parser("add", parents=[common], help="enregistrer une demande")
    add.add_argument("--json", dest="json_file", required=True,
                     help="fichier JSON (« - » pour l'entrée standard)")
    add.add_argument("--allow-duplicate", action="store_true",
                     help="créer la personne même si un doublon probable existe")
    add.set_defaults(handler=add_request)
    show = actions.add_parser("show", parents=[common, fmt], help="afficher une demande")
    show.add_argument("id", help="identifiant de la demande")
    show.set_defaults(handler=show_request)

    requests = sub.add_parser("requests", parents=[common, fmt],
                              help="lister les demandes d'appui")
    requests.add_argument("--limit", type=int, default=1000,
                          help="nombre maximal de demandes listées (défaut : 1000)")
    requests.set_defaults(handler=list_requests)

    seekers = sub.add_parser("gp-seekers", parents=[common, fmt],
                             help="personnes cherchant un médecin traitant, par priorité")
    seekers.set_defaults(handler=list_gp_seekers)

    task = sub.add_parser("task", parents=[common], help="une tâche de coordination")
    t_actions = task.add_subparsers(dest="action", required=True, parser_class=CliParser)
    done = t_actions.add_parser("done", parents=[common],
                                help="marquer une tâche comme faite (noté au journal)")
    done.add_argument("id", help="identifiant de la tâche")
    done.add_argument("--note", required=True, help="ce qui a été dit ou fait")
    done.set_defaults(handler=complete_task)


def add_request(args: argparse.Namespace) -> int:
    data = load_json_file(args.json_file)
    if not isinstance(data, dict):
        raise InvalidInput("Le fichier JSON doit contenir un objet (une seule demande).")
    with opened_workspace(args) as workspace:
        result = RequestService(workspace).add(data, allow_duplicate=args.allow_duplicate)
        tasks = TaskService(workspace).tasks_of_referral(result.referral_id)
    for task in tasks:
        print(f"Tâche créée : {task.title}.", file=sys.stderr)
    print(result.referral_id)
    return 0


def show_request(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        detail = RequestService(workspace).show(args.id)
    data = detail.as_json()
    if args.format == "json":
        emit_json(data)
        return 0
    situation = data["complex_situation"]
    rows: list[dict[str, Any]] = [
        {"key": "Reçue le", "value": detail.request.received_at},
        {"key": "Demandeur", "value": f"{data['requester_kind']} "
                                      f"{data['requester_name'] or ''}".strip()},
        {"key": "Patient", "value": data["patient_name"] or data["subject_summary"] or ""},
        {"key": "Motif", "value": data["reason"]},
        {"key": "Volet médical", "value": situation["medical"]},
        {"key": "Volet psycho-social", "value": situation["psychosocial"]},
        {"key": "Situation complexe (deux volets)",
         "value": "oui" if situation["both_sides"] else "non"},
        {"key": "Niveau de service",
         "value": SERVICE_LEVEL_LABELS.get(data["service_level"] or "", "")},
        {"key": "Raison", "value": data["service_level_reason"]},
        *({"key": "Tâche", "value": f"{t['title']} ({t['status']})"} for t in data["tasks"]),
    ]
    emit(rows, [("key", "Champ"), ("value", "Valeur")], args.format)
    return 0


def list_requests(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        rows = RequestService(workspace).list(limit=args.limit)
    emit([vars(row) for row in rows], REQUEST_COLUMNS, args.format)
    return 0


def list_gp_seekers(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        seekers = GpSeekerService(workspace).seekers()
    rows = [{**vars(s), "rank": rank, "priority": s.priority, "reasons": s.reasons}
            for rank, s in enumerate(seekers, start=1)]
    emit(rows, SEEKER_COLUMNS, args.format)
    return 0


def complete_task(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        TaskService(workspace).complete(args.id, args.note)
    print("Tâche faite ; le contact est noté au journal.", file=sys.stderr)
    return 0
