"""What every CLI command shares: exit codes, parsers, secrets, opening the workspace."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordapp.cli.french import FrenchArgumentParser
from coordapp.cli.output import FORMATS
from coordapp.cli.unlock_throttle import UnlockThrottle
from coordapp.errors import (
    CannotUnlock,
    CoordAppError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    DiskFull,
    FileUnreadable,
    InvalidInput,
    KeyslotDamaged,
    NotFound,
    ReadOnlyStorage,
    SchemaTooNew,
    WeakPassphrase,
    WrongKeysFile,
)
from coordapp.paths import AppPaths

if TYPE_CHECKING:
    from coordapp.services.workspace import Workspace

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, EXIT_UNLOCK, EXIT_INVALID = 0, 1, 2, 3, 4
EXIT_NOT_FOUND, EXIT_DAMAGED, EXIT_TOO_NEW = 5, 6, 7
EXIT_BUSY, EXIT_DISK_FULL, EXIT_READ_ONLY, EXIT_WRONG_KEYS, EXIT_UNREADABLE = 8, 9, 10, 11, 12

#: Error class → exit code; the first match wins.
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
    (DatabaseBusy, EXIT_BUSY),
    (DiskFull, EXIT_DISK_FULL),
    (ReadOnlyStorage, EXIT_READ_ONLY),
    (WrongKeysFile, EXIT_WRONG_KEYS),
    (FileUnreadable, EXIT_UNREADABLE),
]

PASSPHRASE_ENV = "COORDAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "COORDAPP_NEW_PASSPHRASE"


class UsageError(CoordAppError):
    """Bad command line; exits with code 2."""


class CliParser(FrenchArgumentParser):
    def error(self, message: str) -> Any:  # argparse prints English usage; keep code 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"coordapp : commande invalide ({message}).\n")


@dataclass(frozen=True)
class Parents:
    """Option groups a sub-command can inherit: ``common`` (--db, --passphrase-file) and
    ``fmt`` (--format table|json|csv)."""

    common: CliParser
    fmt: CliParser

    @classmethod
    def build(cls) -> Parents:
        common = CliParser(add_help=False)
        common.add_argument("--db", type=Path,
                            help="fichier de base (défaut : dossier utilisateur)")
        common.add_argument("--passphrase-file", type=Path,
                            help=f"phrase de passe lue dans ce fichier (sinon ${PASSPHRASE_ENV})")
        fmt = CliParser(add_help=False)
        fmt.add_argument("--format", choices=FORMATS, default="table",
                         help="présentation : tableau (défaut), json ou csv")
        return cls(common, fmt)


def read_secret(env: str, file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    """From the file, else the environment variable, else stdin or a hidden prompt."""
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"Impossible de lire le fichier {file}.") from exc
        return lines[0] if lines else ""
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


def paths_and_db(args: argparse.Namespace) -> tuple[AppPaths, Path]:
    paths = AppPaths.from_environment()
    return paths, (args.db or paths.default_db).expanduser()


def unlock_secret(args: argparse.Namespace) -> str:
    return read_secret(PASSPHRASE_ENV, args.passphrase_file,
                       "Phrase de passe ou code de récupération")


@contextmanager
def opened_workspace(args: argparse.Namespace, secret: str | None = None
                     ) -> Iterator[Workspace]:
    """The unlocked workspace for the block, closed when it ends (its audit written)."""
    workspace = open_workspace(args, secret)
    try:
        yield workspace
    finally:
        workspace.close()


def open_workspace(args: argparse.Namespace, secret: str | None = None) -> Workspace:
    from coordapp.services.workspace import Workspace

    paths, db = paths_and_db(args)
    if db.is_dir():
        raise FileUnreadable(f"{db} est un dossier, pas une base de données.")
    if not db.exists():
        raise DatabaseMissing(f"Aucune base de données à {db} : créez-la avec « coordapp init ».")
    throttle = UnlockThrottle(paths.cache_dir, db)
    try:
        workspace = Workspace.open(db, secret if secret is not None else unlock_secret(args),
                                   paths)
    except CannotUnlock:
        throttle.failed()
        raise
    throttle.succeeded()
    if workspace.read_only:
        print("coordapp : base ouverte en lecture seule (support protégé en écriture) : "
              "elle peut être consultée, pas modifiée.", file=sys.stderr)
    return workspace


def classify(exc: BaseException) -> CoordAppError | None:
    """The user's error for a low-level failure (disk full, read-only, busy, no right),
    or None when it is truly unexpected."""
    from coordapp.services.safety.storage_errors import classify_storage_error

    return classify_storage_error(exc)


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
