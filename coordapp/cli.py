"""``coordapp``: the scriptable command line (and, with no command, the desktop app).

Exit codes are a public contract for DAC IT scripts:
0 ok · 1 unexpected error · 2 usage · 3 cannot unlock (wrong passphrase or recovery code)
· 4 invalid input, refused, nothing written · 5 not found (database or record)
· 6 database damaged · 7 database from a newer CoordApp.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coordapp import __version__
from coordapp.cli_output import FORMATS, emit, emit_json
from coordapp.errors import (
    CannotUnlock,
    CoordAppError,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    InvalidInput,
    KeyslotDamaged,
    NotFound,
    SchemaTooNew,
    WeakPassphrase,
)
from coordapp.paths import AppPaths

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_UNLOCK, EXIT_INVALID = 0, 1, 2, 3, 4
EXIT_NOT_FOUND, EXIT_DAMAGED, EXIT_TOO_NEW = 5, 6, 7

EXIT_CODES: list[tuple[type[CoordAppError], int]] = [
    (CannotUnlock, EXIT_UNLOCK),
    (InvalidInput, EXIT_INVALID),
    (WeakPassphrase, EXIT_INVALID),
    (DatabaseExists, EXIT_INVALID),
    (NotFound, EXIT_NOT_FOUND),
    (DatabaseMissing, EXIT_NOT_FOUND),
    (DatabaseDamaged, EXIT_DAMAGED),
    (KeyslotDamaged, EXIT_DAMAGED),
    (SchemaTooNew, EXIT_TOO_NEW),
]

PASSPHRASE_ENV = "COORDAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COORDAPP_NEW_PASSPHRASE"

PATIENT_COLUMNS = [
    ("id", "Identifiant"), ("family_name", "Nom de naissance"), ("used_name", "Nom utilisé"),
    ("given_names", "Prénoms"), ("birth_date", "Naissance"), ("age", "Âge"),
    ("status", "Statut"), ("city", "Commune"), ("gp_name", "Médecin traitant"),
    ("referent_name", "Référent"),
]


class UsageError(CoordAppError):
    """Bad command line; exits with code 2."""


class CliParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse prints English usage; keep code 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"coordapp : commande invalide ({message}).\n")


def build_parser() -> argparse.ArgumentParser:
    common = CliParser(add_help=False)
    common.add_argument("--db", type=Path, help="fichier de base (défaut : dossier utilisateur)")
    common.add_argument("--passphrase-file", type=Path,
                        help=f"lire la phrase de passe dans ce fichier (sinon ${PASSPHRASE_ENV})")
    fmt = CliParser(add_help=False)
    fmt.add_argument("--format", choices=FORMATS, default="table")

    parser = CliParser(prog="coordapp", parents=[common],
                       description="CoordApp : suivi des situations complexes et PPCS.")
    parser.add_argument("--version", action="version", version=f"CoordApp {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=CliParser)

    init = sub.add_parser("init", parents=[common], help="créer une base chiffrée")
    init.add_argument("--name", help="votre nom (coordinateur)")
    init.add_argument("--profession")
    init.add_argument("--structure")

    demo = sub.add_parser("demo", parents=[common], help="générer une file active fictive")
    demo.add_argument("--patients", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)

    passwd = sub.add_parser("passwd", parents=[common], help="changer la phrase de passe")
    passwd.add_argument("--new-passphrase-file", type=Path,
                        help=f"nouvelle phrase de passe (sinon ${NEW_PASSPHRASE_ENV})")

    sub.add_parser("check", parents=[common], help="vérifier l'intégrité de la base")

    patients = sub.add_parser("patients", parents=[common, fmt], help="lister la file active")
    patients.add_argument("--search", default="")
    patients.add_argument("--status", choices=["request", "active", "on_hold", "closed"])
    patients.add_argument("--limit", type=int)

    patient = sub.add_parser("patient", parents=[common], help="un dossier patient")
    actions = patient.add_subparsers(dest="action", required=True, parser_class=CliParser)
    show = actions.add_parser("show", parents=[common, fmt])
    show.add_argument("id")
    add = actions.add_parser("add", parents=[common])
    add.add_argument("--json", dest="json_file", required=True,
                     help="fichier JSON (« - » pour l'entrée standard)")
    add.add_argument("--allow-duplicate", action="store_true",
                     help="créer même si un doublon probable existe")
    set_ = actions.add_parser("set", parents=[common])
    set_.add_argument("id")
    set_.add_argument("assignments", nargs="+", metavar="champ=valeur")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.command is None:
        from coordapp.ui.app import run_gui  # Qt loads only for the desktop app

        return run_gui(db_path=args.db)
    try:
        return int(COMMANDS[args.command](args) or EXIT_OK)
    except UsageError as exc:
        return _fail(exc.message, EXIT_USAGE)
    except CoordAppError as exc:
        code = next((c for cls, c in EXIT_CODES if isinstance(exc, cls)), EXIT_UNEXPECTED)
        return _fail(exc.message, code)
    except BrokenPipeError:  # output piped into `head` and friends
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail("Interrompu : rien n'a été enregistré.", EXIT_UNEXPECTED)
    except Exception as exc:  # last resort: one sentence, no traceback, no patient data
        logging.getLogger("coordapp").debug("unexpected error", exc_info=True)
        return _fail(f"Erreur inattendue ({type(exc).__name__}).", EXIT_UNEXPECTED)


def _fail(message: str, code: int) -> int:
    print(f"coordapp : {message}", file=sys.stderr)
    return code


# -- secrets and workspace ------------------------------------------------------------------


def _read_secret(env: str, file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    if file is not None:
        try:
            return file.read_text(encoding="utf-8").splitlines()[0] if file.stat().st_size else ""
        except OSError as exc:
            raise UsageError(f"Impossible de lire le fichier {file}.") from exc
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UsageError(f"Phrase de passe requise : variable {env} ou fichier.")
        return line.rstrip("\r\n")
    secret = getpass.getpass(f"{prompt} : ")
    if confirm and getpass.getpass("Confirmez : ") != secret:
        raise InvalidInput("Les deux saisies ne correspondent pas.")
    return secret


def _paths_and_db(args: argparse.Namespace) -> tuple[AppPaths, Path]:
    paths = AppPaths.from_environment()
    return paths, (args.db or paths.default_db).expanduser()


def _open(args: argparse.Namespace, secret: str | None = None) -> Any:
    from coordapp.services.workspace import Workspace

    paths, db = _paths_and_db(args)
    if not db.exists():
        raise DatabaseMissing(f"Aucune base de données à {db} : créez-la avec « coordapp init ».")
    if secret is None:
        secret = _unlock_secret(args)
    return Workspace.open(db, secret, paths)


def _unlock_secret(args: argparse.Namespace) -> str:
    return _read_secret(PASSPHRASE_ENV, args.passphrase_file,
                        "Phrase de passe ou code de récupération")


# -- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from coordapp.services.setup import create_workspace
    from coordapp.services.workspace import OwnerProfile

    paths, db = _paths_and_db(args)
    if db.exists():
        raise InvalidInput(f"Une base existe déjà à {db} : rien n'a été modifié.")
    passphrase = _read_secret(PASSPHRASE_ENV, args.passphrase_file,
                              "Nouvelle phrase de passe", confirm=True)
    owner = OwnerProfile(args.name or getpass.getuser(), args.profession, args.structure)
    workspace, code = create_workspace(db, passphrase, owner, paths)
    workspace.close()
    print(f"Base chiffrée créée : {db}", file=sys.stderr)
    print("Code de récupération, affiché une seule fois : recopiez-le sur papier et gardez-le "
          "en lieu sûr. Il permet d'ouvrir la base si la phrase de passe est perdue.",
          file=sys.stderr)
    print(code)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from coordapp.services.demo import generate_demo

    if args.patients < 1 or args.patients > 200_000:
        raise UsageError("--patients doit être compris entre 1 et 200 000.")
    paths, db = _paths_and_db(args)
    if not db.exists():
        from coordapp.services.setup import create_workspace
        from coordapp.services.workspace import OwnerProfile

        passphrase = _read_secret(PASSPHRASE_ENV, args.passphrase_file,
                                  "Phrase de passe de la nouvelle base", confirm=True)
        workspace, code = create_workspace(db, passphrase, OwnerProfile("Démonstration"), paths)
        print(f"Base de démonstration créée : {db} (code de récupération : {code})",
              file=sys.stderr)
    else:
        workspace = _open(args)
    try:
        summary = generate_demo(workspace, args.patients, args.seed)
    finally:
        workspace.close()
    print(f"{summary.patients} patients de démonstration ajoutés.", file=sys.stderr)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    current = _unlock_secret(args)
    workspace = _open(args, current)
    try:
        new = _read_secret(NEW_PASSPHRASE_ENV, args.new_passphrase_file,
                           "Nouvelle phrase de passe", confirm=True)
        workspace.change_passphrase(current, new)
    finally:
        workspace.close()
    print("Phrase de passe changée. Le code de récupération reste valable.", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    workspace = _open(args)
    try:
        problems = workspace.store.integrity_problems()
    finally:
        workspace.close()
    if problems:
        raise DatabaseDamaged(
            f"La base est endommagée ({len(problems)} page(s) en erreur) : restaurez une "
            "sauvegarde."
        )
    print("Base intègre.", file=sys.stderr)
    return EXIT_OK


def cmd_patients(args: argparse.Namespace) -> int:
    from coordapp.services.caseload import CaseloadService

    workspace = _open(args)
    try:
        rows = CaseloadService(workspace).search(
            args.search, status=args.status, limit=args.limit, audit=True
        )
    finally:
        workspace.close()
    emit([vars(row) | {"display_name": row.display_name} for row in rows], PATIENT_COLUMNS,
         args.format)
    return EXIT_OK


def cmd_patient(args: argparse.Namespace) -> int:
    from coordapp.cli_patient import add_patient, set_patient, show_patient

    handler = {"show": show_patient, "add": add_patient, "set": set_patient}[args.action]
    workspace = _open(args)
    try:
        return handler(workspace, args)
    finally:
        workspace.close()


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "passwd": cmd_passwd,
    "check": cmd_check,
    "patients": cmd_patients,
    "patient": cmd_patient,
}


def load_json_file(name: str) -> Any:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Impossible de lire le fichier {name}.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"JSON invalide (ligne {exc.lineno}) : rien n'a été enregistré."
        ) from exc


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["EXIT_CODES", "emit_json", "main"]
