"""``coordapp bundle peers|add-peer|revoke``, ``bundle export --to``, ``identity --card``:
the colleagues roster and sending to colleagues in one action."""

from __future__ import annotations

import argparse
import sys

from coordapp.cli.output import emit, emit_json
from coordapp.cli.support import UsageError, opened_workspace
from coordapp.services.sync import bundles as sync
from coordapp.services.sync import colleagues as team

PEER_COLUMNS = [
    ("display_name", "Nom"), ("structure", "Structure"), ("fingerprint_words", "Empreinte (mots)"),
    ("fingerprint", "Empreinte"), ("first_exchange_at", "Premier échange"),
    ("last_exchange_at", "Dernier échange"), ("sent_summary", "Envois"),
    ("revoked_at", "Révoqué le"), ("device_id", "Poste"),
]


def list_peers(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        peers = team.colleagues(workspace)
    if args.format == "json":
        emit_json([vars(p) for p in peers])
        return 0
    rows = []
    for p in peers:
        last = p.sent[0] if p.sent else None
        summary = (f"{len(p.sent)} paquet(s), dernier le {last.sent_at:%d/%m/%Y %H:%M} "
                   f"({last.op_count} opérations, {last.patients} patient(s))") if last else ""
        rows.append(vars(p) | {"sent_summary": summary})
    emit(rows, PEER_COLUMNS, args.format)
    return 0


def add_peer(args: argparse.Namespace) -> int:
    sources = [s for s in (args.card, args.from_bundle, args.recipient) if s]
    if len(sources) != 1:
        raise UsageError("Indiquez une carte de visite (--card), un paquet reçu "
                         "(--from-bundle) ou une clé publique (--recipient).")
    if args.recipient and not args.name:
        raise UsageError("Indiquez le nom du collègue.")
    with opened_workspace(args) as workspace:
        if args.card:
            peer = team.add_from_card(workspace, args.card, args.name)
        elif args.from_bundle:
            from coordapp.cli.bundle import _passphrase

            peer = team.add_from_bundle(workspace, args.from_bundle, display_name=args.name,
                                        passphrase=_passphrase(args, required=False))
        else:
            sync.add_peer(workspace, args.name, age_recipient=args.recipient,
                          signing_key=args.signing_key)
            peer = team.colleague(workspace, args.name)
        if args.structure:
            peer = team.set_structure(workspace, peer.id, args.structure)
    words = f" ; empreinte : {peer.fingerprint_words} ({peer.fingerprint})" \
        if peer.fingerprint else ""
    print(f"Collègue ajouté : {peer.display_name}{words}. Comparez cette empreinte avec "
          "votre collègue, par téléphone.", file=sys.stderr)
    return 0


def revoke_peer(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        peer = team.revoke(workspace, args.name)
    assert peer.revoked_at is not None
    print(f"Poste révoqué le {peer.revoked_at:%d/%m/%Y à %H:%M} : {peer.display_name}. Ses "
          "paquets seront refusés.", file=sys.stderr)
    return 0


def export_to(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        results = team.send_to(workspace, args.to, args.out)
    for r in results:
        print(f"Pour {r.colleague} : {r.export.path} ({r.export.op_count} opérations, "
              f"{r.export.patients} patient(s)).", file=sys.stderr)
    return 0


def show_card(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        card = team.my_card(workspace)
    if args.format == "json":
        emit_json(card)
        return 0
    print(card.text)
    print(f"Empreinte : {card.fingerprint_words} ({card.fingerprint}). Donnez cette carte à "
          "vos collègues (coordapp bundle add-peer --card) et lisez-leur l'empreinte.",
          file=sys.stderr)
    return 0




def team_settings(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        if args.share or args.interval:
            current = team.save_settings(workspace, share_scope=args.share,
                                         interval_minutes=args.interval)
        else:
            current = team.settings(workspace)
    if args.format == "json":
        emit_json(current)
        return 0
    share = ("tous les patients" if current.share_scope == "all" else
             "les patients dont le collègue est référent ou dont le cercle de soins comprend "
             "sa structure")
    print(f"Envoi à un collègue : {share}.")
    print(f"Dossier partagé lu toutes les {current.interval_minutes} min (application "
          "déverrouillée, ou sync-folder --watch).")
    return 0
