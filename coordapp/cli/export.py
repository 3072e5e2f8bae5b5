"""``coordapp export pdf|fhir|ics`` and ``coordapp report``.

Every command writes one file atomically where ``--out`` says, records the export in
the audit trail and prints a one-line summary on standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from coordapp.cli.support import (
    EXIT_OK,
    CliParser,
    Parents,
    UsageError,
    opened_workspace,
)
from coordapp.errors import InvalidInput


def register(sub: Any, parents: Parents) -> None:
    common = parents.common
    export = sub.add_parser("export", parents=[common],
                            help="exporter un dossier : PPCS en PDF, FHIR, iCalendar")
    kinds = export.add_subparsers(dest="export_kind", required=True, parser_class=CliParser)

    pdf = kinds.add_parser("pdf", parents=[common], help="imprimer le PPCS en PDF")
    pdf.add_argument("patient_id", metavar="PATIENT_ID", help="identifiant du patient")
    pdf.add_argument("--out", type=Path, required=True, metavar="FICHIER",
                     help="fichier PDF à écrire")
    pdf.add_argument("--audience", choices=("person", "person_large", "team"),
                     default="person",
                     help="person : version pour la personne (mots simples, PDF accessible)"
                          " ; person_large : la même en gros caractères (18 pt)"
                          " ; team : PPCS complet pour l'équipe (défaut : person)")
    pdf.set_defaults(handler=export_pdf)

    fhir = kinds.add_parser("fhir", parents=[common],
                            help="dossier au format FHIR R4 (Bundle JSON)")
    fhir.add_argument("patient_id", metavar="PATIENT_ID", help="identifiant du patient")
    fhir.add_argument("--out", type=Path, required=True, metavar="FICHIER",
                      help="fichier JSON à écrire")
    fhir.set_defaults(handler=export_fhir)

    ics = kinds.add_parser("ics", parents=[common],
                           help="échéances des actions et révisions (iCalendar)")
    ics.add_argument("--out", type=Path, required=True, metavar="FICHIER",
                     help="fichier iCalendar (.ics) à écrire")
    ics.add_argument("--patient", metavar="PATIENT_ID",
                     help="un seul patient (sinon toute votre file active)")
    ics.add_argument("--no-names", action="store_true",
                     help="agenda partagé : initiales et numéro court du dossier au lieu "
                          "des noms")
    ics.set_defaults(handler=export_ics)

    report = sub.add_parser("report", parents=[common],
                            help="rapport d'activité anonyme (PDF ou CSV)")
    report.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE",
                        help="premier jour de la période (JJ/MM/AAAA ou AAAA-MM-JJ)")
    report.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE",
                        help="dernier jour de la période, inclus")
    report.add_argument("--out", type=Path, required=True, metavar="FICHIER.pdf|.csv",
                        help="fichier à écrire : PDF ou CSV selon l'extension")
    report.set_defaults(handler=export_report)


def _date(value: str) -> dt.date:
    from coordapp.validation import parse_date

    try:
        return parse_date(value)
    except InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def export_pdf(args: argparse.Namespace) -> int:
    from coordapp.services.exports import ExportService

    with opened_workspace(args) as workspace:
        result = ExportService(workspace).export_plan_pdf(args.patient_id, args.out,
                                                          args.audience)
    version = {"person": "pour la personne",
               "person_large": "pour la personne, en gros caractères"}.get(
                   args.audience, "pour l'équipe")
    print(f"PPCS ({version}) écrit dans {result.path} : {result.pages} page(s).",
          file=sys.stderr)
    return EXIT_OK


def export_fhir(args: argparse.Namespace) -> int:
    from coordapp.services.exports import ExportService

    with opened_workspace(args) as workspace:
        result = ExportService(workspace).export_fhir(args.patient_id, args.out)
    print(f"Bundle FHIR R4 écrit dans {result.path} : {result.items} ressource(s).",
          file=sys.stderr)
    return EXIT_OK


def export_ics(args: argparse.Namespace) -> int:
    from coordapp.services.exports import ExportService

    with opened_workspace(args) as workspace:
        result = ExportService(workspace).export_ics(args.out, patient_id=args.patient,
                                                     with_names=not args.no_names)
    print(f"Calendrier écrit dans {result.path} : {result.items} événement(s).",
          file=sys.stderr)
    if result.left_out:
        print(f"{result.left_out} patient(s) opposé(s) au partage : leurs échéances ne sont "
              "pas dans le calendrier.", file=sys.stderr)
    return EXIT_OK


def export_report(args: argparse.Namespace) -> int:
    from coordapp.services.exports import ExportService

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise UsageError("--out doit finir par .pdf ou .csv.")
    if args.end < args.start:
        raise UsageError("--to précède --from.")
    with opened_workspace(args) as workspace:
        result = ExportService(workspace).export_activity_report(args.start, args.end,
                                                                 args.out)
    pages = f", {result.pages} page(s)" if result.pages else ""
    print(f"Rapport d'activité écrit dans {result.path}{pages}.", file=sys.stderr)
    return EXIT_OK
