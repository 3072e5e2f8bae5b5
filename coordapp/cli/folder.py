"""``coordapp bundle sync-folder DIR [--watch]``: the shared folder, once or every few
minutes (for a scheduled task or a terminal left open)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time

from coordapp.cli.support import opened_workspace
from coordapp.errors import CoordAppError
from coordapp.services.sync import colleagues
from coordapp.services.sync import shared_folder as sf
from coordapp.services.workspace import Workspace


def ago(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    if moment is None:
        return "jamais"
    minutes = int(((now or dt.datetime.now()) - moment).total_seconds() // 60)
    if minutes < 1:
        return "à l'instant"
    if minutes < 60:
        return f"il y a {minutes} min"
    if minutes < 48 * 60:
        return f"il y a {minutes // 60} h"
    return f"le {moment:%d/%m/%Y}"


def status_line(ws: Workspace) -> str:
    fresh = sf.freshness(ws)
    if not fresh:
        return "Aucun collègue dans la liste."
    return "À jour avec " + ", ".join(f"{p.name} {ago(p.last_import_at)}" for p in fresh)


def _round(ws: Workspace, args: argparse.Namespace, passphrase: str | None) -> int:
    from coordapp.cli.bundle import summary_text

    result = sf.sync_folder(ws, args.dir, passphrase=passphrase, recipients=args.recipient,
                            trust=args.trust)
    for summary in result.imported:
        sys.stdout.write(summary_text(summary))
    for name, message in result.refused:
        print(f"coordapp : {name} refusé : {message}", file=sys.stderr)
    if result.pending:
        print(f"coordapp : {len(result.pending)} paquet(s) pas encore lisible(s) (copie en "
              "cours ?) : nouvel essai au prochain passage.", file=sys.stderr)
    sent = f"paquet déposé ({result.exported.op_count} opérations)" if result.exported \
        else "rien de nouveau à déposer"
    print(f"Dossier synchronisé : {len(result.imported)} paquet(s) importé(s), "
          f"{result.skipped} déjà vu(s), {len(result.refused)} refusé(s) ; {sent}. "
          f"{status_line(ws)}.", file=sys.stderr)
    return 4 if result.refused else 0


def sync_folder(args: argparse.Namespace) -> int:
    from coordapp.cli.bundle import _passphrase

    passphrase = None if args.recipient else _passphrase(args, required=False)
    with opened_workspace(args) as workspace:
        if not args.watch:
            return _round(workspace, args, passphrase)
        minutes = args.interval or colleagues.settings(workspace).interval_minutes
        print(f"Synchronisation du dossier toutes les {minutes} min ; Ctrl+C pour arrêter.",
              file=sys.stderr)
        try:
            while True:
                try:
                    _round(workspace, args, passphrase)
                except CoordAppError as exc:  # folder unmounted, bundle refused…: next round
                    print(f"coordapp : {exc.message}", file=sys.stderr)
                time.sleep(minutes * 60)
        except KeyboardInterrupt:
            print("Arrêt de la synchronisation du dossier.", file=sys.stderr)
            return 0
