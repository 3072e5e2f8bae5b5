"""``coordapp``: the scriptable command line (and, with no command, the desktop app).

Exit codes are a public contract for DAC IT scripts:
0 ok · 1 unexpected error · 2 usage · 3 cannot unlock (wrong passphrase or recovery code)
· 4 invalid input, refused, nothing written · 5 not found (database or record)
· 6 database damaged · 7 database from a newer CoordApp · 8 busy (another writer kept
the lock past the timeout) · 9 disk full · 10 read-only media · 11 keys file of another
base · 12 unreadable file (rights, a folder in place of a file).

Each command group lives in its own module of this package with a ``register(sub, parents)``
function that adds its sub-parsers and sets ``handler`` on each.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from coordapp import __version__
from coordapp.cli.desktop import OPTIONS_WITH_VALUE, split_bundle
from coordapp.cli.support import (
    EXIT_CODES,
    EXIT_OK,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    CliParser,
    Parents,
    UsageError,
    classify,
    open_workspace,
    opened_workspace,
    paths_and_db,
    read_secret,
    unlock_secret,
)
from coordapp.errors import CoordAppError, DatabaseDamaged, InvalidInput, ReadOnlyStorage
from coordapp.logs import configure_logging
from coordapp.paths import AppPaths

#: The benchmark's largest database; beyond it a demo takes minutes and gigabytes.
MAX_DEMO_PATIENTS = 50_000

#: Each command group's module and the commands it registers: a command imports its own
#: group only (``coordapp patients`` starts without the sync and export code).
GROUPS = {
    "patient": ("patients", "patient"),
    "plan": ("plan", "templates"),
    "export": ("export", "report"),
    "imports": ("import",),
    "bundle": ("bundle", "conflicts", "identity"),
    "safety": ("audit", "backup", "restore"),
    "requests": ("request", "requests", "gp-seekers", "task"),
}


def command_of(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (its first positional argument), if any."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser; with ``command``, only its group's (help, and any other
    command, still list them all)."""
    import importlib

    groups = [name for name, commands in GROUPS.items() if command in commands] \
        or list(GROUPS)
    parents = Parents.build()
    common = parents.common
    parser = CliParser(prog="coordapp", parents=[common],
                       description="CoordApp : suivi des situations complexes et PPCS.",
                       epilog="Sans commande, coordapp ouvre l'application de bureau ; "
                              "« coordapp FICHIER.coordbundle » l'ouvre sur l'aperçu de "
                              "l'import de ce paquet. « man coordapp » décrit tout.")
    parser.add_argument("--version", action="version", version=f"CoordApp {__version__}",
                        help="afficher la version et quitter")
    sub = parser.add_subparsers(dest="command", parser_class=CliParser)

    init = sub.add_parser("init", parents=[common], help="créer une base chiffrée")
    init.add_argument("--name", help="votre nom (coordinateur)")
    init.add_argument("--profession", help="votre profession (ex. infirmière)")
    init.add_argument("--structure", help="votre structure (DAC, CPTS, MSP…)")
    init.set_defaults(handler=cmd_init)

    demo = sub.add_parser("demo", parents=[common], help="générer une file active fictive")
    demo.add_argument("--patients", type=int, required=True, help="nombre de patients fictifs")
    demo.add_argument("--seed", type=int, default=1,
                      help="graine du tirage : la même graine donne les mêmes patients")
    demo.set_defaults(handler=cmd_demo)

    passwd = sub.add_parser("passwd", parents=[common], help="changer la phrase de passe")
    passwd.add_argument("--new-passphrase-file", type=Path,
                        help=f"nouvelle phrase de passe (sinon ${NEW_PASSPHRASE_ENV})")
    passwd.set_defaults(handler=cmd_passwd)

    check = sub.add_parser("check", parents=[common], help="vérifier l'intégrité de la base")
    check.set_defaults(handler=cmd_check)

    for name in groups:
        importlib.import_module(f"coordapp.cli.{name}").register(sub, parents)
    return parser


#: Starts the desktop app on a base (None: the default one), opening a bundle if given.
StartGui = Callable[[Path | None, Path | None], int]


def main(argv: Sequence[str] | None = None, *, start_gui: StartGui | None = None) -> int:
    """Runs one command; with none, ``start_gui`` (given by :mod:`coordapp.launch`, the
    layer above both the command line and the screens) opens the desktop app."""
    # Everything CoordApp creates (folders, base, keys, logs, settings, exports) is the
    # user's only: 0700 folders, 0600 files.
    os.umask(0o077)
    argv, bundle = split_bundle(sys.argv[1:] if argv is None else argv)
    args = build_parser(command_of(argv)).parse_args(argv)
    try:
        configure_logging(AppPaths.from_environment().log_dir)
    except OSError:  # log folder on full or read-only media: run without a log file
        logging.getLogger("coordapp").addHandler(logging.NullHandler())
    if args.command is None:
        if start_gui is None:
            return _fail("Sans commande, « coordapp » ouvre l'application de bureau : lancez "
                         "« coordapp » ou « python -m coordapp ».", EXIT_USAGE)
        return start_gui(args.db, bundle)
    try:
        return int(args.handler(args) or EXIT_OK)
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
        known = classify(exc)
        if known is not None:
            code = next((c for cls, c in EXIT_CODES if isinstance(known, cls)), EXIT_UNEXPECTED)
            return _fail(known.message, code)
        # The class and the code location only: exception texts may quote user data.
        logging.getLogger("coordapp").error(
            "unexpected %s in command %s at %s", type(exc).__name__, args.command,
            _location(exc),
        )
        return _fail(f"Erreur inattendue ({type(exc).__name__}).", EXIT_UNEXPECTED)


def _location(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"


def _fail(message: str, code: int) -> int:
    print(f"coordapp : {message}", file=sys.stderr)
    return code


def cmd_init(args: argparse.Namespace) -> int:
    from coordapp.services.setup import create_workspace
    from coordapp.services.workspace import OwnerProfile

    paths, db = paths_and_db(args)
    if db.exists():
        raise InvalidInput(f"Une base existe déjà à {db} : rien n'a été modifié.")
    passphrase = read_secret(PASSPHRASE_ENV, args.passphrase_file,
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
    from coordapp.services.demo.generate import generate_demo

    if args.patients < 1 or args.patients > MAX_DEMO_PATIENTS:
        raise UsageError(f"--patients doit être compris entre 1 et {MAX_DEMO_PATIENTS:_}."
                         .replace("_", " "))
    paths, db = paths_and_db(args)
    if not db.exists():
        from coordapp.services.setup import create_workspace
        from coordapp.services.workspace import OwnerProfile

        passphrase = read_secret(PASSPHRASE_ENV, args.passphrase_file,
                                 "Phrase de passe de la nouvelle base", confirm=True)
        workspace, code = create_workspace(db, passphrase, OwnerProfile("Démonstration"), paths)
        print(f"Base de démonstration créée : {db} (code de récupération : {code})",
              file=sys.stderr)
    else:
        workspace = open_workspace(args)
    try:
        summary = generate_demo(workspace, args.patients, args.seed, progress=_progress)
    finally:
        workspace.close()
    print(f"{summary.patients} patients de démonstration ajoutés.", file=sys.stderr)
    return EXIT_OK


def _progress(done: int, total: int, label: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{label} {done}/{total}", end="" if done < total else "\n", file=sys.stderr)


def cmd_passwd(args: argparse.Namespace) -> int:
    current = unlock_secret(args)
    with opened_workspace(args, current) as workspace:
        if workspace.read_only:
            raise ReadOnlyStorage()
        new = read_secret(NEW_PASSPHRASE_ENV, args.new_passphrase_file,
                          "Nouvelle phrase de passe", confirm=True)
        workspace.change_passphrase(current, new)
    print("Phrase de passe changée. Le code de récupération reste valable.", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with opened_workspace(args) as workspace:
        problems = workspace.store.integrity_problems()
    if problems:
        raise DatabaseDamaged(
            f"La base est endommagée ({len(problems)} page(s) en erreur) : restaurez une "
            "sauvegarde."
        )
    print("Base intègre.", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
