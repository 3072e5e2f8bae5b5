"""``coordapp patients`` and ``coordapp patient show|add|set|export|erase|history|consent``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coordapp.cli.output import emit, emit_json
from coordapp.cli.support import (
    CliParser,
    Parents,
    UsageError,
    load_json_file,
    opened_workspace,
)
from coordapp.errors import InvalidInput
from coordapp.export.spreadsheet_csv import PATIENT_STATUSES
from coordapp.models import ConsentKind
from coordapp.services.caseload.index import SORTS
from coordapp.services.caseload.patients import EDITABLE_FIELDS, CaseloadService
from coordapp.services.patient.consent import INCLUDED_STATUSES
from coordapp.services.views import (
    PATIENT_FILE_READ_ONLY_KEYS,
    PatientFile,
    WriteResult,
    patient_file_json,
)

PATIENT_COLUMNS = [
    ("id", "Identifiant"), ("family_name", "Nom de naissance"), ("used_name", "Nom utilisé"),
    ("given_names", "Prénoms"), ("birth_date", "Naissance"), ("age", "Âge"),
    ("status", "Statut"), ("city", "Commune"), ("gp_name", "Médecin traitant"),
    ("referent_name", "Référent"),
]


def register(sub: Any, parents: Parents) -> None:
    common, fmt = parents.common, parents.fmt
    patients = sub.add_parser("patients", parents=[common, fmt], help="lister la file active")
    patients.add_argument("--search", default="", help="nom, prénom ou n° de dossier")
    patients.add_argument("--status", choices=["request", "active", "on_hold", "closed"],
                          help="statut : demande, suivi actif, en pause ou clos")
    patients.add_argument("--referent", metavar="ID",
                          help="les patients de ce coordinateur (identifiant)")
    patients.add_argument("--sort", choices=SORTS, default="name",
                          help="ordre de la liste, celui de l'écran (défaut : nom)")
    patients.add_argument("--desc", action="store_true", help="ordre inverse")
    patients.add_argument("--limit", type=int, help="nombre maximal de lignes")
    patients.add_argument("--after", metavar="CURSOR",
                          help="la page qui suit ce curseur (next_cursor)")
    patients.set_defaults(handler=list_patients)

    patient = sub.add_parser("patient", parents=[common], help="un dossier patient")
    actions = patient.add_subparsers(dest="action", required=True, parser_class=CliParser)
    show = actions.add_parser("show", parents=[common, fmt], help="afficher tout le dossier")
    show.add_argument("id", help="identifiant du patient")
    show.set_defaults(handler=show_patient)
    add = actions.add_parser("add", parents=[common], help="créer un patient")
    add.add_argument("--json", dest="json_file", required=True,
                     help="fichier JSON (« - » pour l'entrée standard)")
    add.add_argument("--allow-duplicate", action="store_true",
                     help="créer même si un doublon probable existe")
    add.add_argument("--informed-on", metavar="JJ/MM/AAAA",
                     help="date de l'information de la personne (obligatoire pour créer "
                          "le dossier en suivi actif ou en pause)")
    add.add_argument("--informed-how", metavar="TEXTE",
                     help="comment elle a été informée (« Oral, au domicile »…)")
    add.add_argument("--informed-by", metavar="NOM",
                     help="qui l'a informée (par défaut : vous)")
    add.add_argument("--informed-to", metavar="TEXTE",
                     help="à qui, si la personne est représentée (tuteur, proche…)")
    add.set_defaults(handler=add_patient)
    set_ = actions.add_parser("set", parents=[common], help="modifier des champs")
    set_.add_argument("id", help="identifiant du patient")
    set_.add_argument("assignments", nargs="+", metavar="champ=valeur",
                      help="champs à modifier")
    set_.set_defaults(handler=set_patient)
    export = actions.add_parser("export", parents=[common],
                                help="copie de toutes les données de la personne (RGPD)")
    export.add_argument("id", help="identifiant du patient")
    export.add_argument("--out", type=Path, required=True, help="dossier de destination")
    export.set_defaults(handler=export_patient)
    erase = actions.add_parser("erase", parents=[common],
                               help="effacer la personne (droit à l'effacement, RGPD)")
    erase.add_argument("id", help="identifiant du patient")
    erase.add_argument("--confirm", required=True, metavar="NOM",
                       help="le nom de naissance de la personne, pour confirmer")
    erase.set_defaults(handler=erase_patient)
    history = actions.add_parser("history", parents=[common, fmt],
                                 help="journal des modifications, champ par champ")
    history.add_argument("id", help="identifiant du patient")
    history.set_defaults(handler=patient_history)
    consent = actions.add_parser(
        "consent", parents=[common],
        help="noter l'information de la personne, son opposition ou son consentement",
        description="Enregistre, daté, l'information donnée à la personne (nécessaire avant "
                    "l'inclusion et la validation du PPCS), son opposition au partage, le "
                    "retrait de cette opposition, ou son consentement au partage.")
    consent.add_argument("id", help="identifiant du patient")
    consent.add_argument("kind", choices=[kind.value for kind in ConsentKind],
                         help="information_given, objection, objection_withdrawn, "
                              "sharing_consent ou sharing_consent_withdrawn")
    consent.add_argument("--how", metavar="TEXTE",
                         help="comment (« Oral, par téléphone », « Courrier remis »…)")
    consent.add_argument("--to", dest="recipient", metavar="TEXTE",
                         help="à qui, si la personne est représentée (tuteur, proche…)")
    consent.add_argument("--on", dest="recorded_on", metavar="JJ/MM/AAAA",
                         help="date (par défaut aujourd'hui)")
    consent.add_argument("--note", metavar="TEXTE", help="remarque")
    consent.set_defaults(handler=record_consent)


def record_consent(args: argparse.Namespace) -> int:
    """A dated consent record, given by the owner of the base; prints its id."""
    from coordapp.services.patient.follow_up import FollowUpService
    from coordapp.services.profile import ProfileService

    with opened_workspace(args) as workspace:
        given_by = ProfileService(workspace).get().display_name
        result = FollowUpService(workspace).record_consent(
            args.id, args.kind, recorded_on=args.recorded_on, given_by=given_by,
            how=args.how, recipient=args.recipient, note=args.note)
    print(result.id)
    return 0


def list_patients(args: argparse.Namespace) -> int:
    """The caseload in the screen's order; with ``--limit``, the cursor of the next page
    on stderr (``next_cursor=…``, nothing after the last page)."""
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit doit être un nombre entier positif.")
    with opened_workspace(args) as workspace:
        service = CaseloadService(workspace)
        page = service.page(args.search, status=args.status, referent_id=args.referent,
                            sort=args.sort, desc=args.desc, limit=args.limit,
                            after=args.after, audit=True)
        due = service.next_due([row.id for row in page.rows]) if args.format == "json" \
            else {}
    emit([vars(row) | {"display_name": row.display_name}
          | ({"next_due": due.get(row.id)} if args.format == "json" else {})
          for row in page.rows], PATIENT_COLUMNS, args.format,
         labels={"status": PATIENT_STATUSES})
    if args.limit is not None and page.next_cursor:
        print(f"next_cursor={page.next_cursor}", file=sys.stderr)
    return 0


def show_patient(args: argparse.Namespace) -> int:
    from coordapp.services.patient.file import PatientFileService

    with opened_workspace(args) as workspace:
        patient_file = PatientFileService(workspace).load(args.id)
    if args.format == "json":
        emit_json(patient_file_json(patient_file))
    else:
        sys.stdout.write(_as_text(patient_file))
    return 0


def add_patient(args: argparse.Namespace) -> int:
    data = load_json_file(args.json_file)
    if not isinstance(data, dict):
        raise InvalidInput("Le fichier JSON doit contenir un objet (un seul patient).")
    unknown = sorted(set(data) - set(EDITABLE_FIELDS) - PATIENT_FILE_READ_ONLY_KEYS)
    if unknown:
        raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)} : rien n'a été "
                           "enregistré.", unknown[0])
    values = {key: value for key, value in data.items() if key in EDITABLE_FIELDS}
    information = _information(args, values)
    with opened_workspace(args) as workspace:
        result = CaseloadService(workspace).add_patient(
            values, allow_duplicate=args.allow_duplicate, information=information
        )
    _print_warnings(result)
    print(result.id)
    return 0


def _information(args: argparse.Namespace, values: dict[str, Any]) -> dict[str, Any] | None:
    """The ``--informed-*`` options as the information to record with the new case;
    a case created followed without ``--informed-on`` is refused (code 4)."""
    details = {"given_by": args.informed_by, "how": args.informed_how,
               "recipient": args.informed_to}
    if args.informed_on is None:
        if any(details.values()):
            raise UsageError("--informed-how, --informed-by et --informed-to vont avec "
                             "--informed-on (la date de l'information).")
        if str(values.get("status") or "") in INCLUDED_STATUSES:
            raise InvalidInput(
                "La personne n'a pas encore été informée de l'accompagnement : un dossier "
                "n'est créé en suivi actif (ou en pause) qu'avec son information. Ajoutez "
                "--informed-on JJ/MM/AAAA (et --informed-how), ou créez le dossier en "
                "demande (\"status\": \"request\") : rien n'a été enregistré.", "consent")
        return None
    return {"recorded_on": args.informed_on} | {k: v for k, v in details.items() if v}


def set_patient(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {}
    for assignment in args.assignments:
        key, sep, value = assignment.partition("=")
        if not sep or not key:
            raise InvalidInput(f"« {assignment} » : attendu champ=valeur.")
        if key not in EDITABLE_FIELDS:
            raise InvalidInput(f"Champ inconnu : {key} : rien n'a été enregistré.", key)
        values[key] = value
    with opened_workspace(args) as workspace:
        result = CaseloadService(workspace).update_patient(args.id, values)
    _print_warnings(result)
    print(", ".join(result.changed) if result.changed else "Aucun changement.", file=sys.stderr)
    return 0


def export_patient(args: argparse.Namespace) -> int:
    from coordapp.services.patient.personal_data import PersonalDataService

    with opened_workspace(args) as workspace:
        result = PersonalDataService(workspace).export(args.id, args.out)
    print(result.json_path)
    print(result.pdf_path)
    return 0


def erase_patient(args: argparse.Namespace) -> int:
    from coordapp.services.patient.erasure import ErasureService

    with opened_workspace(args) as workspace:
        result = ErasureService(workspace).erase(args.id, args.confirm)
    print(f"Personne effacée : {result.records} fiche(s) ; l'effacement sera transmis aux "
          "collègues avec le prochain paquet de synchronisation.", file=sys.stderr)
    return 0


HISTORY_COLUMNS = [
    ("recorded_at", "Date"), ("author_name", "Par"), ("device_name", "Poste"),
    ("record", "Fiche"), ("kind", "Opération"), ("field", "Champ"), ("value", "Valeur"),
]


def patient_history(args: argparse.Namespace) -> int:
    from coordapp.services.patient.history import HistoryService

    with opened_workspace(args) as workspace:
        changes = HistoryService(workspace).field_changes(args.id)
    emit([vars(c) for c in changes], HISTORY_COLUMNS, args.format)
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
