"""Shared folder mode: CoordApp rides on the team's file-sync tool (Syncthing, Nextcloud,
an SMB share) instead of a server of its own.

Layout: each installation writes only into its own sub-folder ``coordapp-<device id>/``
and reads everyone else's. Every bundle is a new file named after its bundle id (written
under a temporary name, then renamed), so no file is ever written twice; older bundles of
its own are removed once a newer one, holding all they held, is in place. Reading is
tolerant of what file-sync tools leave behind:

- a partial file (still being copied) fails its checks and is retried next round;
- duplicates and conflict copies (``.sync-conflict-…``, ``(conflicted copy …)``) carry the
  bundle id of their original in their name, and a bundle imported once is skipped;
- a folder that disappeared (share not mounted: the folder, or our sub-folder in it, is
  gone) is reported, never recreated locally; only a folder used for the first time is
  created.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from coordapp.errors import NotFound
from coordapp.ids import new_id
from coordapp.models import Change, SyncImportedBundle, SyncPeer, SyncSetting
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from coordapp.sync.errors import BundleDamaged, BundleRefused, NotABundle, SyncCancelled
from coordapp.sync.format import EXTENSION

SUBFOLDER_PREFIX = "coordapp-"
LAST_FOLDER_KEY = "last_shared_folder"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class SharedFolderMissing(NotFound):
    default_message = ("Le dossier partagé est introuvable (partage non monté, disque "
                       "débranché ?) : rien n'a été fait, nouvel essai plus tard.")


@dataclass
class FolderSyncSummary:
    exported: sync.ExportSummary | None = None
    imported: list[sync.ImportSummary] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: Files that could not be read yet (still being copied, or damaged): retried later.
    pending: list[str] = field(default_factory=list)
    skipped: int = 0


@dataclass(frozen=True)
class PeerFreshness:
    name: str
    last_import_at: dt.datetime | None


def own_subfolder(folder: Path, device_id: str) -> Path:
    return folder / f"{SUBFOLDER_PREFIX}{device_id}"


def bundle_id_of(file: Path) -> str | None:
    """The bundle id a file is named after (kept by conflict copies and duplicates)."""
    found = _UUID.findall(file.name)  # the older layout also names the device first
    return found[-1] if found else None


def _candidates(folder: Path, own: Path) -> list[Path]:
    """Bundles of other installations: in their sub-folders, and at the top (older layout)."""
    files: list[Path] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise SharedFolderMissing() from exc
    for entry in entries:
        try:
            if entry.is_dir() and entry.name.startswith(SUBFOLDER_PREFIX) and entry != own:
                files += sorted(p for p in entry.iterdir() if _is_bundle(p))
            elif _is_bundle(entry) and not entry.name.startswith(own.name):
                files.append(entry)
        except OSError:
            continue  # a sub-folder vanishing while listed: next round
    return files


def _is_bundle(path: Path) -> bool:
    return path.name.endswith(EXTENSION) and not path.name.startswith(".") and path.is_file()


def sync_folder(ws: Workspace, folder: Path, *, passphrase: str | None = None,
                recipients: tuple[str, ...] | list[str] = (), trust: bool = False,
                progress: Progress | None = None,
                cancel: Cancel | None = None) -> FolderSyncSummary:
    """Import colleagues' new bundles from ``folder``, then drop ours in our sub-folder.

    Our bundle holds what at least one trusted colleague has not acknowledged yet; a new
    one is written only when something changed since the last one.
    """
    own = own_subfolder(folder, ws.device_id)
    if _used_before(ws, folder):
        if not own.is_dir():  # gone, or an empty mount point: never written into
            raise SharedFolderMissing()
    else:  # first use of this folder: it and our sub-folder are made
        own.mkdir(parents=True, exist_ok=True)
        _remember(ws, folder)
    summary = FolderSyncSummary()
    with ws.unit_of_work() as uow:
        done = set(uow.session.scalars(select(SyncImportedBundle.bundle_id)))
    files = _candidates(folder, own)
    todo = [f for f in files if bundle_id_of(f) not in done]
    summary.skipped = len(files) - len(todo)
    for index, file in enumerate(todo):
        if cancel and cancel():
            raise SyncCancelled("Synchronisation annulée : les paquets déjà importés restent "
                                "importés, le reste le sera la prochaine fois.")
        if progress:
            progress(index, len(todo) + 1, file.parent.name)
        if bundle_id_of(file) in done:
            summary.skipped += 1  # a duplicate of a bundle imported in this round
            continue
        try:
            result = sync.import_bundle(ws, file, passphrase=passphrase, trust=trust,
                                        cancel=cancel)
        except (BundleDamaged, NotABundle):
            summary.pending.append(file.name)  # partial copy or damaged: retried later
            continue
        except BundleRefused as exc:
            summary.refused.append((file.name, exc.message))
            continue
        summary.imported.append(result)
        done.add(result.bundle_id)
    if progress:
        progress(len(todo), len(todo) + 1, "export")
    summary.exported = _drop_ours(ws, folder, own, summary, passphrase, list(recipients),
                                  cancel)
    if progress:
        progress(len(todo) + 1, len(todo) + 1, "")
    return summary


def _drop_ours(ws: Workspace, folder: Path, own: Path, summary: FolderSyncSummary,
               passphrase: str | None, recipients: list[str],
               cancel: Cancel | None) -> sync.ExportSummary | None:
    previous = sorted(own.glob(f"*{EXTENSION}")) if own.is_dir() else []
    previous += sorted(folder.glob(f"{own.name}-*{EXTENSION}"))  # older layout
    with ws.unit_of_work() as uow:
        session = uow.session
        peers = [p for p in session.scalars(select(SyncPeer))
                 if p.trusted and p.revoked_at is None]
        since = _common_frontier([p.acked or {} for p in peers])
        wanted = list(recipients)
        if passphrase is None:
            wanted += [p.age_recipient for p in peers if p.age_recipient]
        ours = [session.get(SyncImportedBundle, bundle_id_of(p) or "") for p in previous]
        last = max((b for b in ours if b is not None), key=lambda b: b.created_hlc,
                   default=None)
        latest = session.scalar(select(func.max(Change.hlc)))
    imported = any(s.new_ops for s in summary.imported)
    if last is not None and not imported and (latest or "") <= last.created_hlc:
        return None
    if passphrase is None and not wanted:
        return None  # nobody to write for yet: add a colleague first
    bundle_id = new_id()
    if not own.is_dir():
        raise SharedFolderMissing()
    exported = sync.export_bundle(
        ws, own / f"{bundle_id}{EXTENSION}", scope="peer", since=since, recipients=wanted,
        passphrase=passphrase, bundle_id=bundle_id, cancel=cancel)
    with ws.unit_of_work() as uow:
        uow.session.add(SyncImportedBundle(
            bundle_id=bundle_id, signer_device=ws.device_id, scope="folder",
            created_hlc=ws.clock.now().encode(), imported_at=dt.datetime.now(),
            op_count=exported.op_count, new_ops=0))
    for old in previous:
        old.unlink(missing_ok=True)
    return exported


def _common_frontier(acks: list[dict[str, str]]) -> dict[str, str]:
    """What every one of these peers holds (empty when one of them holds nothing)."""
    if not acks:
        return {}
    common = dict(acks[0])
    for ack in acks[1:]:
        common = {d: min(h, ack[d]) for d, h in common.items() if d in ack}
    return common


def freshness(ws: Workspace) -> list[PeerFreshness]:
    """When a bundle from each trusted colleague was last applied here, latest first."""
    with ws.unit_of_work() as uow:
        peers = [PeerFreshness(p.display_name, p.last_import_at)
                 for p in uow.session.scalars(select(SyncPeer))
                 if p.trusted and p.revoked_at is None]
    return sorted(peers, key=lambda p: p.last_import_at or dt.datetime.min, reverse=True)


def _used_before(ws: Workspace, folder: Path) -> bool:
    with ws.unit_of_work() as uow:
        row = uow.session.get(SyncSetting, LAST_FOLDER_KEY)
    return row is not None and row.value == str(folder.absolute())


def _remember(ws: Workspace, folder: Path) -> None:
    """Where this copy's bundles wait for colleagues (so an erasure can withdraw them)."""
    value = str(folder.absolute())
    with ws.unit_of_work() as uow:
        row = uow.session.get(SyncSetting, LAST_FOLDER_KEY)
        if row is None:
            uow.session.add(SyncSetting(key=LAST_FOLDER_KEY, value=value))
        elif row.value != value:
            row.value = value


def withdraw_own_bundles(ws: Workspace) -> int:
    """Remove this copy's bundles waiting in the shared folder (after an erasure they
    still hold the erased text; the next round writes a new one without it)."""
    with ws.unit_of_work() as uow:
        row = uow.session.get(SyncSetting, LAST_FOLDER_KEY)
    if row is None or not isinstance(row.value, str):
        return 0
    own = own_subfolder(Path(row.value), ws.device_id)
    removed = 0
    try:
        for file in list(own.glob(f"*{EXTENSION}")):
            file.unlink(missing_ok=True)
            removed += 1
    except OSError:
        return removed  # share not mounted: the next round replaces them
    return removed
