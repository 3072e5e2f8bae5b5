"""``coordapp bundle export|import|sync-folder|peers|add-peer|revoke``, ``coordapp conflicts``
and ``coordapp identity``: sync without a server.

Public contract (names, options, exit codes): ``bundle import`` exits 0 also when
conflicts were recorded, and 4 for a bad, tampered, truncated, foreign or too-new bundle,
with nothing applied. A bundle signed by a device seen for the first time is refused
unless ``--trust`` is given (compare the fingerprint shown with its author first).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from coordapp.cli import folder as folder_cli
from coordapp.cli import peers as peers_cli
from coordapp.cli.output import emit, emit_json
from coordapp.cli.support import (
    CliParser,
    Parents,
    UsageError,
    opened_workspace,
    read_secret,
)
from coordapp.services.sync import bundles as sync
from coordapp.sync.errors import BundlePassphraseRequired

BUNDLE_PASSPHRASE_ENV = "COORDAPP_BUNDLE_PASSPHRASE"
LABELS = {
    "coordinator": "coordinateurs", "structure": "structures", "professional": "professionnels",
    "patient": "patients", "consent_record": "consentements", "referral": "demandes",
    "care_team_member": "membres du cercle de soins", "assessment": "évaluations",
    "care_plan": "PPCS", "need": "besoins", "goal": "objectifs", "action": "actions",
    "journal_entry": "notes de journal",
}
SCOPES = {"all": "tout", "peer": "ce qui manque au collègue", "patients": "patients choisis",
          "folder": "dossier partagé"}
SIGNERS = {"self": "cette installation", "trusted": "collègue connu",
           "new": "nouveau collègue, ajouté à la liste (--trust)", "unknown": "INCONNU",
           "revoked": "RÉVOQUÉ"}
CONFLICT_COLUMNS = [
    ("id", "N°"), ("patient", "Patient"), ("record", "Fiche"), ("field", "Champ"),
    ("mine", "Ma valeur"), ("mine_by", "Par / le"), ("theirs", "Leur valeur"),
    ("theirs_by", "Par / le"), ("current", "Affichée"),
]


def register(sub: Any, parents: Parents) -> None:
    common, fmt = parents.common, parents.fmt
    secret = CliParser(add_help=False)
    secret.add_argument("--bundle-passphrase-file", type=Path,
                        help=f"phrase de passe d'équipe (sinon ${BUNDLE_PASSPHRASE_ENV})")

    bundle = sub.add_parser("bundle", parents=[common], help="échanger des paquets chiffrés")
    actions = bundle.add_subparsers(dest="action", required=True, parser_class=CliParser)

    export = actions.add_parser("export", parents=[common, secret], help="écrire un paquet")
    export.add_argument("--out", type=Path, required=True, help="fichier .coordbundle")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--all", action="store_true", help="tout (par défaut)")
    scope.add_argument("--peer", metavar="NOM", help="ce que ce collègue n'a pas encore")
    scope.add_argument("--patient", metavar="ID", nargs="+", action="extend",
                       help="ces patients et tout leur dossier (passage de relais)")
    scope.add_argument("--to", metavar="NOM", nargs="+", action="extend",
                       help="à ces collègues : ce qu'ils n'ont pas encore, un paquet chacun")
    export.add_argument("--recipient", metavar="AGEPUBKEY", nargs="+", action="extend",
                        default=[], help="clé publique age d'un destinataire (age1…)")
    export.set_defaults(handler=export_bundle)

    imp = actions.add_parser("import", parents=[common, secret, fmt], help="importer un paquet")
    imp.add_argument("file", type=Path, help="paquet .coordbundle à importer")
    imp.add_argument("--dry-run", action="store_true", help="aperçu seulement")
    imp.add_argument("--trust", action="store_true",
                     help="accepter un signataire vu pour la première fois")
    imp.set_defaults(handler=import_bundle)

    folder = actions.add_parser("sync-folder", parents=[common, secret],
                                help="synchroniser par un dossier partagé")
    folder.add_argument("dir", type=Path, help="dossier partagé")
    folder.add_argument("--recipient", metavar="AGEPUBKEY", nargs="+", action="extend",
                        default=[], help="clé publique d'un destinataire de plus")
    folder.add_argument("--trust", action="store_true",
                        help="faire confiance aux expéditeurs inconnus de ce dossier")
    folder.add_argument("--watch", action="store_true",
                        help="recommencer toutes les quelques minutes (Ctrl+C pour arrêter)")
    folder.add_argument("--interval", type=int, metavar="MINUTES",
                        help="avec --watch : toutes les N minutes (réglage d'équipe sinon)")
    folder.set_defaults(handler=folder_cli.sync_folder)

    peers = actions.add_parser("peers", parents=[common, fmt], help="collègues connus")
    peers.set_defaults(handler=peers_cli.list_peers)
    add = actions.add_parser("add-peer", parents=[common, secret], help="ajouter un collègue")
    add.add_argument("name", nargs="?", help="nom du collègue")
    add.add_argument("--card", metavar="CARTE", help="carte de visite (texte ou fichier)")
    add.add_argument("--from-bundle", metavar="FICHIER", type=Path,
                     help="un paquet reçu de ce collègue")
    add.add_argument("--recipient", metavar="AGEPUBKEY",
                     help="sa clé publique (age1…), lue avec lui")
    add.add_argument("--signing-key", metavar="HEX", help="sa clé de signature (hexadécimal)")
    add.add_argument("--structure", metavar="STRUCTURE", help="sa structure (DAC, SSIAD…)")
    add.set_defaults(handler=peers_cli.add_peer)
    revoke = actions.add_parser("revoke", parents=[common], help="refuser les paquets d'un poste")
    revoke.add_argument("name", help="nom du collègue")
    revoke.set_defaults(handler=peers_cli.revoke_peer)
    settings = actions.add_parser("settings", parents=[common, fmt],
                                  help="choix de l'équipe pour la synchronisation")
    settings.add_argument("--share", choices=["all", "care_team"],
                          help="patients envoyés à un collègue : tous, ou ceux de son équipe")
    settings.add_argument("--interval", type=int, metavar="MINUTES",
                          help="lecture du dossier partagé toutes les N minutes")
    settings.set_defaults(handler=peers_cli.team_settings)

    conflicts = sub.add_parser("conflicts", parents=[common, fmt], help="conflits à examiner")
    conflicts.add_argument("--all", action="store_true", help="y compris les conflits résolus")
    conflicts.set_defaults(handler=list_conflicts)
    what = conflicts.add_subparsers(dest="action", parser_class=CliParser)
    resolve = what.add_parser("resolve", parents=[common], help="résoudre un conflit")
    resolve.add_argument("id", type=int, help="numéro du conflit (coordapp conflicts)")
    resolve.add_argument("choice", choices=["mine", "theirs", "edit"],
                         help="garder ma valeur, la sienne, ou en saisir une")
    resolve.add_argument("--value", help="nouvelle valeur (avec « edit »)")
    resolve.set_defaults(handler=resolve_conflict)

    identity = sub.add_parser("identity", parents=[common, fmt],
                              help="clé publique de cette installation")
    identity.add_argument("--card", action="store_true",
                          help="carte de visite à donner aux collègues (une ligne)")
    identity.set_defaults(handler=show_identity)


def _passphrase(args: argparse.Namespace, *, required: bool) -> str | None:
    if args.bundle_passphrase_file is not None or os.environ.get(BUNDLE_PASSPHRASE_ENV):
        return read_secret(BUNDLE_PASSPHRASE_ENV, args.bundle_passphrase_file, "")
    if required and sys.stdin.isatty():
        return getpass.getpass("Phrase de passe du paquet : ")
    return None


def export_bundle(args: argparse.Namespace) -> int:
    if args.to:
        if args.recipient:
            raise UsageError("--to choisit déjà les destinataires : retirez --recipient.")
        return peers_cli.export_to(args)
    scope = "peer" if args.peer else "patients" if args.patient else "all"
    passphrase = None if args.recipient else _passphrase(args, required=False)
    with opened_workspace(args) as workspace:
        result = sync.export_bundle(workspace, args.out, scope=scope, peer=args.peer,
                                    patient_ids=args.patient or (), recipients=args.recipient,
                                    passphrase=passphrase)
    lock = ("phrase de passe d'équipe" if result.encryption == "passphrase"
            else "clés des destinataires")
    print(f"Paquet écrit : {result.path} ({result.op_count} opérations, {result.patients} "
          f"patient(s), chiffré par {lock}).", file=sys.stderr)
    if result.excluded_patients:
        print(f"{result.excluded_patients} patient(s) opposé(s) au partage : non exporté(s).",
              file=sys.stderr)
    return 0


def import_bundle(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        passphrase = _passphrase(args, required=False)
        try:
            summary = sync.import_bundle(workspace, args.file, passphrase=passphrase,
                                         trust=args.trust, dry_run=args.dry_run)
        except BundlePassphraseRequired:
            if passphrase is not None or not sys.stdin.isatty():
                raise
            summary = sync.import_bundle(workspace, args.file, trust=args.trust,
                                         dry_run=args.dry_run,
                                         passphrase=_passphrase(args, required=True))
    if args.format == "json":
        emit_json(summary)
    else:
        sys.stdout.write(summary_text(summary))
    return 0


def summary_text(s: sync.ImportSummary) -> str:
    when = f" du {s.created_at:%d/%m/%Y %H:%M}" if s.created_at else ""
    lines = [f"Paquet {s.bundle_id}{when}, portée : {SCOPES.get(s.scope, s.scope)}",
             f"Signé par : {s.signer.name or 'sans nom'} (poste {s.signer.device_id}, empreinte "
             f"{s.signer.fingerprint}) — {SIGNERS.get(s.signer.status, s.signer.status)}"]
    if s.duplicate:
        lines.append("Ce paquet a déjà été importé : rien à faire.")
    else:
        lines.append(f"Opérations : {s.op_count} (nouvelles : {s.new_ops}, déjà présentes : "
                     f"{s.known_ops})")
        if s.created:
            lines.append("Nouvelles fiches : " + ", ".join(
                f"{n} {LABELS.get(t, t)}" for t, n in s.created.items()))
        if s.new_patients:
            shown = ", ".join(s.new_patients[:20])
            more = f" et {len(s.new_patients) - 20} autre(s)" if len(s.new_patients) > 20 else ""
            lines.append(f"Nouveaux patients : {shown}{more}")
        if s.updated:
            lines.append(f"Fiches modifiées : {sum(s.updated.values())} ({s.fields_changed} "
                         "champ(s))")
        if s.deleted or s.restored:
            lines.append(f"Suppressions : {s.deleted}, restaurations : {s.restored}")
        lines.append(f"Conflits à examiner : {s.conflicts_new}"
                     + (" (voir « coordapp conflicts »)" if s.conflicts_new else ""))
        if s.clamped:
            lines.append(f"Attention : {s.clamped} opération(s) datée(s) dans le futur (horloge "
                         f"du poste {', '.join(s.skewed_devices)} en avance) : l'horloge locale "
                         "n'a pas été avancée au-delà de 5 minutes.")
    if s.dry_run:
        lines.append("Aperçu seulement : rien n'a été importé.")
    return "\n".join(lines) + "\n"


def list_conflicts(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        views = sync.list_conflicts(workspace, include_resolved=args.all)
    if args.format == "json":
        emit_json(views)
        return 0
    rows = [{
        "id": v.id, "patient": v.patient_name, "record": LABELS.get(v.entity, v.entity),
        "field": "suppression" if v.is_deletion else v.field,
        "mine": _shown(v.mine.value), "theirs": _shown(v.theirs.value),
        "mine_by": _by(v.mine), "theirs_by": _by(v.theirs),
        "current": "la mienne" if v.mine.current else "la leur",
    } for v in views]
    emit(rows, CONFLICT_COLUMNS, args.format)
    return 0


def _by(side: sync.ConflictSide) -> str:
    return f"{side.author_name or side.device_name or '?'} {side.written_at:%d/%m/%Y %H:%M}"


def _shown(value: Any) -> str:
    if value is None:
        return "(supprimée)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def resolve_conflict(args: argparse.Namespace) -> int:
    if args.choice == "edit" and args.value is None:
        raise UsageError("Indiquez la nouvelle valeur avec --value.")
    with opened_workspace(args) as workspace:
        view = sync.resolve_conflict(workspace, args.id, args.choice, args.value)
    print(f"Conflit {view.id} résolu ({args.choice}) : la résolution partira avec le prochain "
          "paquet.", file=sys.stderr)
    return 0


def show_identity(args: argparse.Namespace) -> int:
    if args.card:
        return peers_cli.show_card(args)
    with opened_workspace(args) as workspace:
        info = sync.identity(workspace)
    if args.format == "json":
        emit_json(info)
        return 0
    print(info.age_recipient)
    print(f"Poste {info.device_id} ({info.display_name or 'sans nom'}), empreinte de signature "
          f"{info.fingerprint} : donnez la clé ci-dessus à vos collègues et vérifiez "
          "l'empreinte avec eux.", file=sys.stderr)
    return 0
