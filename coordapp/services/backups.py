"""Encrypted backups: made with VACUUM INTO (never a copy of a live file), rotated,
restored without ever destroying the current database."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.storage import EncryptedStore
from coordapp.storage.atomic import fsync_directory
from coordapp.storage.keyslots import KeyslotFile

KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTOMATIC_LABELS = frozenset({"quotidienne", "fermeture", "avant-import"})
_NAME = re.compile(r"-(\d{8}-\d{6})-([\w-]+)\.db$")


class BackupFailed(CoordAppError):
    default_message = (
        "La sauvegarde n'a pas pu être écrite (disque plein ou dossier protégé ?) : "
        "la base n'a pas été modifiée."
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    label: str
    size_bytes: int


def describe(path: Path) -> BackupInfo:
    """Date, label and size of a backup file (from its name, else its mtime)."""
    match = _NAME.search(path.name)
    if match:
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        label = match.group(2)
    else:
        created = dt.datetime.fromtimestamp(path.stat().st_mtime)
        label = "importée"
    return BackupInfo(path, created, label, path.stat().st_size)


def list_backups(backup_dir: Path, db_stem: str | None = None) -> list[BackupInfo]:
    """Backups in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    pattern = f"{db_stem}-*.db" if db_stem else "*.db"
    found = [describe(p) for p in backup_dir.glob(pattern) if KeyslotFile.path_for(p).exists()]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def daily_backup_due(backup_dir: Path, db_stem: str, today: dt.date | None = None) -> bool:
    """True when no backup of this database was made today."""
    today = today or dt.date.today()
    return not any(b.created_at.date() == today for b in list_backups(backup_dir, db_stem))


def make_backup(store: EncryptedStore, label: str, out: Path | None = None) -> BackupInfo:
    """An encrypted copy of the open database (same key) and its keyslot file.

    Written to a temporary name first: a full disk leaves no partial file under the
    final name.
    """
    if out is None:
        if store.backup_dir is None:
            raise InvalidInput("Aucun dossier de sauvegarde n'est configuré.")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        out = store.backup_dir / f"{store.path.stem}-{stamp}-{label}.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise InvalidInput(f"Le fichier {out} existe déjà : choisissez un autre nom.")
    partial = out.with_name(f".{out.name}.partial")
    keys_partial = out.with_name(f".{out.name}.keys.partial")
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        store.vacuum_into(partial)
        _fsync_file(partial)
        shutil.copyfile(store.keyslots_path, keys_partial)
        keys_partial.chmod(0o600)
        _fsync_file(keys_partial)
        os.replace(keys_partial, KeyslotFile.path_for(out))
        os.replace(partial, out)
        fsync_directory(out.parent)
    except OSError as exc:
        for leftover in (partial, keys_partial):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise BackupFailed() from exc
    except Exception as exc:  # sqlite reports a full disk as a database error
        for leftover in (partial, keys_partial):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if "full" in str(exc).lower() or "disk" in str(exc).lower():
            raise BackupFailed() from exc
        raise
    return describe(out)


def rotate(backup_dir: Path, db_stem: str, now: dt.datetime | None = None) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days, then the newest of
    each of the 4 weeks before; manual, pre-migration and pre-restore copies are never
    removed. Returns the removed files."""
    now = now or dt.datetime.now()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    removed = []
    for backup in list_backups(backup_dir, db_stem):  # newest first
        if backup.label not in AUTOMATIC_LABELS:
            continue
        day = backup.created_at.date()
        week = backup.created_at.isocalendar()[:2]
        if (now.date() - day).days < KEEP_DAILY:
            keep = day not in days
            days.add(day)
        else:
            keep = week not in weeks and len(weeks) < KEEP_WEEKLY
            weeks.add(week)
        if not keep:
            for path in (backup.path, KeyslotFile.path_for(backup.path)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
            removed.append(backup.path)
    return removed


def restore(backup: Path, secret: str, db_path: Path, backup_dir: Path) -> Path | None:
    """Put ``backup`` in place of the (closed) database at ``db_path``.

    The backup is opened and checked first; the current database and its keyslot file
    are moved aside into ``backup_dir`` (returned), never deleted.
    """
    if not backup.exists() or not KeyslotFile.path_for(backup).exists():
        raise InvalidInput("Sauvegarde introuvable ou incomplète (fichier .keys manquant).")
    checked = EncryptedStore.open(backup, secret, backup_dir=None)
    try:
        if checked.integrity_problems():
            raise InvalidInput("Cette sauvegarde est endommagée : elle n'a pas été restaurée.")
    finally:
        checked.close()
    backup_dir.mkdir(parents=True, exist_ok=True)
    aside: Path | None = None
    if db_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = backup_dir / f"{db_path.stem}-{stamp}-avant-restauration.db"
        for suffix in ("-wal", "-shm"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
        if KeyslotFile.path_for(db_path).exists():
            os.replace(KeyslotFile.path_for(db_path), KeyslotFile.path_for(aside))
        os.replace(db_path, aside)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for source, target in ((KeyslotFile.path_for(backup), KeyslotFile.path_for(db_path)),
                           (backup, db_path)):
        partial = target.with_name(f".{target.name}.partial")
        shutil.copyfile(source, partial)
        partial.chmod(0o600)
        _fsync_file(partial)
        os.replace(partial, target)
    fsync_directory(db_path.parent)
    return aside


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

