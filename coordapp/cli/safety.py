"""``coordapp audit [verify]``, ``coordapp backup``, ``coordapp restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coordapp.cli.output import emit
from coordapp.cli.support import (
    CliParser,
    Parents,
    opened_workspace,
    paths_and_db,
    unlock_secret,
)
from coordapp.errors import DatabaseDamaged
from coordapp.export.spreadsheet_csv import AUDIT_ACTIONS

AUDIT_COLUMNS = [
    ("seq", "N°"), ("at", "Date"), ("user_name", "Utilisateur"), ("action", "Action"),
    ("entity", "Objet"), ("entity_id", "Identifiant"), ("detail", "Détail"),
]


def register(sub: Any, parents: Parents) -> None:
    common, fmt = parents.common, parents.fmt
    audit = sub.add_parser("audit", parents=[common, fmt],
                           help="journal d'audit : qui a vu ou modifié quoi")
    audit.add_argument("--patient", help="seulement ce qui concerne ce patient")
    audit.add_argument("--limit", type=int, help="nombre maximal de lignes")
    audit.set_defaults(handler=show_audit)
    verbs = audit.add_subparsers(dest="audit_action", parser_class=CliParser)
    verify = verbs.add_parser("verify", parents=[common],
                              help="vérifier que le journal n'a été ni modifié ni tronqué")
    verify.set_defaults(handler=verify_audit)

    backup = sub.add_parser("backup", parents=[common], help="sauvegarde chiffrée")
    backup.add_argument("--out", type=Path, help="fichier de sauvegarde (sinon le dossier "
                        "des sauvegardes)")
    backup.set_defaults(handler=make_backup)

    restore = sub.add_parser("restore", parents=[common],
                             help="restaurer une sauvegarde (la base actuelle est mise de côté)")
    restore.add_argument("file", type=Path, help="fichier de sauvegarde")
    restore.set_defaults(handler=restore_backup)


def show_audit(args: argparse.Namespace) -> int:
    from coordapp.services.safety.audit_log import AuditLogService

    with opened_workspace(args) as workspace:
        entries = AuditLogService(workspace).entries(args.patient, args.limit)
    emit([vars(e) for e in entries], AUDIT_COLUMNS, args.format,
         labels={"action": AUDIT_ACTIONS})
    return 0


def verify_audit(args: argparse.Namespace) -> int:
    from coordapp.services.safety.audit_log import AuditLogService

    with opened_workspace(args) as workspace:
        verdict = AuditLogService(workspace).verify()
    if not verdict.intact:
        if verdict.broken_at is not None:
            print(verdict.broken_at)
        raise DatabaseDamaged(verdict.sentence())
    print("Journal d'audit intègre.", file=sys.stderr)
    return 0


def make_backup(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        info = workspace.backup("manuelle", args.out)
    print(info.path)
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    from coordapp.services.safety.backups import restore

    paths, db = paths_and_db(args)
    aside = restore(args.file, unlock_secret(args), db, paths.backup_dir)
    if aside is not None:
        print(f"La base précédente est conservée : {aside}", file=sys.stderr)
    print(f"Sauvegarde restaurée dans {db}.", file=sys.stderr)
    return 0
