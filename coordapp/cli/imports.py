"""``coordapp import table FICHIER --kind patients|directory [--sheet NOM] [--mapping FICHIER]
[--dry-run]`` (``import csv`` is the same command, its former name).

The file is a CSV file or a workbook (.xlsx, .ods: the first sheet, or ``--sheet``).

The report goes to the standard output (one line per problem: line, column, reason), the
outcome to the error output. Exit 0 when rows were (or, with ``--dry-run``, would be)
imported; 4 when the file cannot be read or understood, or no row can be imported:
nothing is written then. Without ``--dry-run`` the ready rows are imported in one
transaction and the others are listed, not imported.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coordapp.cli.support import EXIT_OK, CliParser, Parents, opened_workspace
from coordapp.errors import InvalidInput
from coordapp.services.imports.csv_import import CsvImportService, ImportReport, RowState
from coordapp.services.imports.csv_mapping import (
    ImportKind,
    auto_mapping,
    check_mapping,
    fields_for,
    override_mapping,
    read_mapping_file,
)
from coordapp.services.imports.sheet_source import read_table

_NOUNS = {ImportKind.PATIENTS: "patient(s)", ImportKind.DIRECTORY: "fiche(s) d'annuaire"}


def register(sub: Any, parents: Parents) -> None:
    common = parents.common
    group = sub.add_parser("import", parents=[common], help="importer un fichier de tableur")
    sources = group.add_subparsers(dest="source", required=True, parser_class=CliParser)
    command = sources.add_parser(
        "table", aliases=["csv"], parents=[common],
        help="importer une file active ou un annuaire (classeur .xlsx/.ods ou CSV)",
        description="Importe les lignes valides d'un classeur Excel (.xlsx) ou LibreOffice "
                    "(.ods), ou d'un fichier CSV (séparateur ; , ou tabulation ; UTF-8 ou "
                    "Windows-1252). Les lignes en erreur et les doublons probables sont "
                    "signalés et ne sont pas importés.",
    )
    command.add_argument("file", type=Path, metavar="FICHIER",
                         help="classeur .xlsx/.ods ou fichier CSV à importer")
    command.add_argument("--sheet", metavar="NOM",
                         help="feuille du classeur à lire (par défaut la première)")
    command.add_argument("--kind", required=True, choices=[k.value for k in ImportKind],
                         help="patients (file active) ou directory (annuaire)")
    command.add_argument("--mapping", type=Path, metavar="FICHIER",
                         help='correspondance JSON {"En-tête du fichier": "clé CoordApp"} '
                              '(null pour ignorer une colonne)')
    command.add_argument("--dry-run", action="store_true",
                         help="vérifier seulement : rien n'est enregistré")
    command.set_defaults(handler=import_table)
    fhir = sources.add_parser(
        "fhir", parents=[common], help="importer un dossier FHIR (Bundle JSON)",
        description="Crée ou met à jour le dossier d'une personne (identité, cercle de "
                    "soins, PPCS, consentements) depuis un Bundle FHIR R4 (export CoordApp "
                    "ou logiciel FR Core). Tout ou rien ; ce qui n'est pas compris est "
                    "listé.",
    )
    fhir.add_argument("file", type=Path, metavar="FICHIER.json",
                      help="Bundle FHIR (JSON) à importer")
    fhir.add_argument("--dry-run", action="store_true",
                      help="vérifier seulement : rien n'est enregistré")
    fhir.set_defaults(handler=import_fhir)


def import_table(args: argparse.Namespace) -> int:
    kind = ImportKind(args.kind)
    # The file is read and understood before the passphrase is asked for.
    source = read_table(args.file, args.sheet)
    mapping = auto_mapping(source.headers, kind)
    if args.mapping is not None:
        mapping = override_mapping(source.headers, mapping, read_mapping_file(args.mapping),
                                   kind)
    check_mapping(mapping, kind)
    with opened_workspace(args) as workspace:
        service = CsvImportService(workspace)
        report = service.preview(source, kind, mapping)
        print_report(report)
        ready = len(report.to_import())
        if not ready:
            raise InvalidInput("Aucune ligne ne peut être importée : rien n'a été enregistré.")
        if args.dry_run:
            print(f"Vérification seule (--dry-run) : {ready} {_NOUNS[kind]} seraient "
                  "importé(s) ; rien n'a été enregistré.", file=sys.stderr)
            _print_not_included(report.not_included(), would=True)
            return EXIT_OK
        result = service.apply(report, progress=_progress)
    print(f"{result.imported} {_NOUNS[kind]} importé(s).", file=sys.stderr)
    _print_not_included(result.not_included)
    left_out = [f"{count} {what}" for count, what in (
        (result.skipped_errors, "ligne(s) en erreur"),
        (result.skipped_duplicates, "doublon(s) probable(s)")) if count]
    if left_out:
        hint = (" ; un doublon voulu se crée avec « coordapp patient add --allow-duplicate »"
                if result.skipped_duplicates and kind == ImportKind.PATIENTS else "")
        print(f"ATTENTION : {' et '.join(left_out)} n'ont PAS été importés (voir le rapport) : "
              f"corrigez le fichier et importez ces lignes seules{hint}.", file=sys.stderr)
    return EXIT_OK


def _print_not_included(count: int, *, would: bool = False) -> None:
    """Say how many people come in as requests, why, and how to include them."""
    if not count:
        return
    verb = "seraient importées" if would else "importées"
    print(f"ATTENTION : {count} personne(s) {verb} en « demande », pas en suivi actif : "
          "le fichier n'indique pas la date de leur information (colonne « Information "
          "le »), nécessaire avant l'inclusion. Après les avoir informées : « coordapp "
          "patient consent ID information_given --how … » puis « coordapp patient set ID "
          "status=active ».", file=sys.stderr)


def print_report(report: ImportReport) -> None:
    """Every problem, one line each, then the totals (standard output)."""
    source, fields = report.source, fields_for(report.kind)
    out = sys.stdout
    out.write(f"Fichier {source.name} : {source.description}, {len(source.rows)} ligne(s) "
              "de données.\n")
    mapped = [f"{h} → {fields[k]}" for h, k in report.mapping.items() if k]
    out.write(f"Colonnes lues : {' ; '.join(mapped)}.\n")
    if report.ignored_columns:
        out.write(f"Colonnes ignorées : {' ; '.join(report.ignored_columns)}.\n")
    kinds = (("errors", "erreur"), ("duplicates", "doublon"), ("warnings", "attention"))
    for row in report.rows:
        for attribute, word in kinds:
            for issue in getattr(row, attribute):
                column = f", colonne « {issue.column} »" if issue.column else ""
                out.write(f"Ligne {row.line} ({row.label}){column} : {word} : "
                          f"{issue.message}\n")
    out.write(f"Bilan : {len(report.in_state(RowState.READY))} ligne(s) prête(s), "
              f"{len(report.in_state(RowState.ERROR))} en erreur, "
              f"{len(report.in_state(RowState.DUPLICATE))} doublon(s) probable(s).\n")


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{label} {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def import_fhir(args: argparse.Namespace) -> int:
    from coordapp.services.imports.fhir_import import FhirImportService
    from coordapp.services.imports.fhir_reading import load_bundle, read_bundle

    read_bundle(*load_bundle(args.file))  # understood before the passphrase is asked for
    with opened_workspace(args) as workspace:
        service = FhirImportService(workspace)
        report = service.preview(args.file) if args.dry_run else service.apply(args.file)
    out = sys.stdout
    out.write(f"Fichier {report.file} : dossier de {report.patient_label}.\n")
    verb = "Serait fait" if args.dry_run else "Fait"
    for line in report.done:
        out.write(f"{verb} : {line}\n")
    for line in report.warnings:
        out.write(f"Attention : {line}\n")
    for line in report.not_understood:
        out.write(f"Non repris : {line}\n")
    if args.dry_run:
        print("Vérification seule (--dry-run) : rien n'a été enregistré.", file=sys.stderr)
    else:
        what = "mis à jour" if report.updated else "créé"
        print(f"Dossier {what} : {report.patient_id}.", file=sys.stderr)
    return EXIT_OK
