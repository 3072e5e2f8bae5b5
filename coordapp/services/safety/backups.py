"""Encrypted backups: made with VACUUM INTO (never a copy of a live file), rotated,
restored without ever destroying the current database."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from coordapp.errors import DiskFull, InvalidInput
from coordapp.storage import EncryptedStore
from coordapp.storage.atomic import fsync_directory, write_bytes_atomic
from coordapp.storage.keyslots import KeyslotFile

KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTOMATIC_LABELS = frozenset({"quotidienne", "fermeture", "avant-import"})
_NAME = re.compile(r"-(\d{8}-\d{6})-([\w-]+)\.db$")


class BackupFailed(DiskFull):
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


def check_backup_opens(backup: Path, secret: str) -> None:
    """The backup opens with ``secret`` (raises the user's error otherwise); nothing is
    written, the current base is not touched."""
    EncryptedStore.open(backup, secret, backup_dir=None).close()


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
        # The copy's keys carry the audit head of the copy itself (another program may
        # have written since the copy was taken).
        keys = KeyslotFile.load(store.keyslots_path)
        replace(keys, path=keys_partial, audit=store.audit_head_of(partial)).save()
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


#: Files of an interrupted restore, beside the base: ``.NAME.restore-new`` (the checked
#: copy), ``.NAME.keys.restore-new``, and ``.NAME.restore-ready`` (the swap had begun).
NEW_SUFFIX = ".restore-new"
READY_SUFFIX = ".restore-ready"
#: Leftovers older than this are from a dead process (a live one is still writing them).
STALE_SECONDS = 3600


def _restore_files(db_path: Path) -> tuple[Path, Path, Path]:
    new_db = db_path.with_name(f".{db_path.name}{NEW_SUFFIX}")
    new_keys = db_path.with_name(f".{KeyslotFile.path_for(db_path).name}{NEW_SUFFIX}")
    ready = db_path.with_name(f".{db_path.name}{READY_SUFFIX}")
    return new_db, new_keys, ready


def restore(backup: Path, secret: str, db_path: Path, backup_dir: Path) -> Path | None:
    """Put ``backup`` in place of the (closed) database at ``db_path``, all or nothing.

    The backup and its keys are copied beside the base and the copy is opened and
    checked there (a full disk or a bad backup refuses before anything is touched). The
    current base is then linked (or copied) into ``backup_dir`` (returned, never
    deleted), and the copy renamed over it: keys first, then the base, with a marker
    so that a restore interrupted during the swap is finished at the next start
    (:func:`recover_interrupted_restore`).
    """
    if not backup.exists() or not KeyslotFile.path_for(backup).exists():
        raise InvalidInput("Sauvegarde introuvable ou incomplète (fichier .keys manquant).")
    recover_interrupted_restore(db_path)
    new_db, new_keys, ready = _restore_files(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    needed = backup.stat().st_size + KeyslotFile.path_for(backup).stat().st_size
    if shutil.disk_usage(db_path.parent).free < needed + 1024 * 1024:
        raise DiskFull("Pas assez de place sur le disque pour restaurer cette sauvegarde : "
                       "la base actuelle n'a pas été modifiée.")
    try:
        for source, target in ((KeyslotFile.path_for(backup), new_keys), (backup, new_db)):
            shutil.copyfile(source, target)
            target.chmod(0o600)
            _fsync_file(target)
        _check_copy(new_db, new_keys, secret)
    except BaseException as exc:
        for leftover in (new_db, new_keys, *_sidecars(new_db)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("Le disque s'est rempli pendant la restauration : la base "
                           "actuelle n'a pas été modifiée.") from exc
        raise
    aside = _keep_current(db_path, backup_dir)
    write_bytes_atomic(ready, b"swap\n")
    _finish_swap(db_path)
    return aside


def _check_copy(new_db: Path, new_keys: Path, secret: str) -> None:
    """Open the copy with its keys under the names a store expects, check its pages."""
    check_dir = Path(tempfile.mkdtemp(prefix=".restore-check-", dir=new_db.parent))
    try:
        probe = check_dir / "base.db"
        try:
            os.link(new_db, probe)  # same file: what opening changes is kept
        except OSError:
            shutil.copyfile(new_db, probe)
        shutil.copyfile(new_keys, KeyslotFile.path_for(probe))
        checked = EncryptedStore.open(probe, secret, backup_dir=None)
        try:
            if checked.integrity_problems():
                raise InvalidInput("Cette sauvegarde est endommagée : elle n'a pas été "
                                   "restaurée.")
        finally:
            checked.close()
        # Opening may have migrated the schema or strengthened a slot: keep that.
        shutil.copyfile(KeyslotFile.path_for(probe), new_keys)
        _fsync_file(new_keys)
        _fsync_file(new_db)
    finally:
        shutil.rmtree(check_dir, ignore_errors=True)


def _sidecars(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("-wal", "-shm")]


def _keep_current(db_path: Path, backup_dir: Path) -> Path | None:
    """A copy of the current base (and keys) in ``backup_dir``, the base left in place."""
    if not db_path.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = backup_dir / f"{db_path.stem}-{stamp}-avant-restauration.db"
    pairs = [(db_path, aside), (KeyslotFile.path_for(db_path), KeyslotFile.path_for(aside))]
    pairs += [(side, Path(str(aside) + side.name[len(db_path.name):]))
              for side in _sidecars(db_path)]
    for source, target in pairs:
        if not source.exists():
            continue
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        target.chmod(0o600)
    fsync_directory(backup_dir)
    return aside


def _finish_swap(db_path: Path) -> None:
    new_db, new_keys, ready = _restore_files(db_path)
    # The current base's -wal/-shm belong to it (kept beside the copy put aside).
    for side in _sidecars(db_path):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    if new_keys.exists():
        os.replace(new_keys, KeyslotFile.path_for(db_path))
    if new_db.exists():
        os.replace(new_db, db_path)
    fsync_directory(db_path.parent)
    with contextlib.suppress(FileNotFoundError):
        ready.unlink()
    fsync_directory(db_path.parent)


def recover_interrupted_restore(db_path: Path) -> bool:
    """Finish a restore stopped during its swap, or drop one stopped before it; True when
    there was one. Run before opening the base."""
    new_db, new_keys, ready = _restore_files(db_path)
    if ready.exists():
        _finish_swap(db_path)
        return True
    found = False
    for leftover in (new_db, new_keys, *_sidecars(new_db)):
        if leftover.exists():
            leftover.unlink()
            found = True
    return found


def clean_partial_files(*folders: Path, now: float | None = None) -> list[Path]:
    """Remove what interrupted writes left (``.*.partial``, ``.*.tmp``, restore checks)
    once they are old enough to belong to no live process."""
    now = now if now is not None else time.time()
    removed = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            name = path.name
            if not name.startswith(".") or not (
                    name.endswith((".partial", ".tmp")) or name.startswith(".restore-check-")):
                continue
            try:
                if now - path.lstat().st_mtime < STALE_SECONDS:
                    continue
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

