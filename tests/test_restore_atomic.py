"""Restore cannot lose the base: checked copy beside it, swap by rename, interrupted
restores finished (or dropped) at the next start, full disk refused up front."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordapp.errors import DiskFull
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.safety.audit_log import AuditLogService
from coordapp.services.safety.backups import clean_partial_files, restore
from coordapp.services.workspace import Workspace
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import FAST_KDF, OWNER, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "sex": "F"}


def _count(db: Path, paths: AppPaths) -> int:
    workspace = Workspace.open(db, PASSPHRASE, paths)
    try:
        assert workspace.store.integrity_problems() == []
        assert AuditLogService(workspace).verify().intact
        return CaseloadService(workspace).count()
    finally:
        workspace.close()


def _base_with_backup(paths: AppPaths, patients: int) -> tuple[Path, Path]:
    """A base whose backup holds ``patients`` patients and the base one more."""
    workspace, _code = Workspace.create(paths.default_db, PASSPHRASE, OWNER, paths,
                                        kdf=FAST_KDF)
    caseload = CaseloadService(workspace)
    for i in range(patients):
        caseload.add_patient(PATIENT | {"birth_date": f"19{30 + i % 60}-01-{1 + i // 60:02d}",
                                        "situation_notes": "x" * 2000})
    backup = workspace.backup("manuelle").path
    caseload.add_patient(PATIENT | {"birth_date": "1999-12-31"})
    workspace.close()
    return paths.default_db, backup


def test_restore_then_reopen(app_paths: AppPaths):
    db, backup = _base_with_backup(app_paths, 5)
    aside = restore(backup, PASSPHRASE, db, app_paths.backup_dir)
    assert _count(db, app_paths) == 5
    assert aside is not None and _count(aside, app_paths) == 6
    assert not [p for p in db.parent.iterdir() if "restore" in p.name]


@pytest.mark.slow
def test_kill_during_restore_leaves_the_old_or_the_new_base(app_paths: AppPaths,
                                                            tmp_path: Path):
    db, backup = _base_with_backup(app_paths, 60)
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    for path in (db, KeyslotFile.path_for(db)):
        shutil.copy2(path, pristine / path.name)
    env = {**os.environ, "COORDAPP_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "coordapp.cli", "restore", str(backup), "--db", str(db)]
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    duration = time.perf_counter() - start
    rng = random.Random(19)
    outcomes = {"old": 0, "new": 0}
    for _ in range(KILLS):
        for name in (db.name, KeyslotFile.path_for(db).name):
            shutil.copy2(pristine / name, db.parent / name)
        child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3 * duration, 1.05 * duration))
        child.send_signal(signal.SIGKILL)
        child.wait()
        count = _count(db, app_paths)  # opens (finishing a started swap), checks, verifies
        assert count in (60, 61)
        outcomes["new" if count == 60 else "old"] += 1
        # A second run finishes the job.
        restore(backup, PASSPHRASE, db, app_paths.backup_dir)
        assert _count(db, app_paths) == 60
    print(f"\nrestore kills: {KILLS} tried, {KILLS} survived "
          f"(old base {outcomes['old']}, restored {outcomes['new']})")


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 2 MiB tmpfs: a real full disk. Needs root (CI runs as root)."""
    mount_point = Path(f"/tmp/coordapp-restore-{uuid.uuid4().hex[:8]}")
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs",
                             str(mount_point)], capture_output=True)
    if result.returncode != 0:
        mount_point.rmdir()
        pytest.skip("cannot mount a size-limited tmpfs here")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)
    mount_point.rmdir()


def test_restore_on_a_full_disk_refuses_and_keeps_the_base(app_paths: AppPaths,
                                                           small_disk: Path):
    _db, backup = _base_with_backup(app_paths, 200)
    assert backup.stat().st_size > 1024 * 1024
    paths = AppPaths.from_environment(small_disk)
    workspace, _code = Workspace.create(paths.default_db, PASSPHRASE, OWNER, paths,
                                        kdf=FAST_KDF)
    CaseloadService(workspace).add_patient(PATIENT | {"birth_date": "1950-02-02"})
    workspace.close()
    before = paths.default_db.read_bytes()
    with pytest.raises(DiskFull):
        restore(backup, PASSPHRASE, paths.default_db, paths.backup_dir)
    assert paths.default_db.read_bytes() == before
    assert _count(paths.default_db, paths) == 1
    assert not [p for p in paths.data_dir.iterdir() if "restore" in p.name]


def test_stale_partial_files_are_removed_at_the_next_start(created, app_paths: AppPaths):
    workspace, _code = created
    workspace.close()
    stale = [app_paths.backup_dir / ".coordapp-20260101-000000-manuelle.db.partial",
             app_paths.data_dir / ".coordapp.db.keys.abc.tmp"]
    fresh = app_paths.backup_dir / ".coordapp-20260102-000000-manuelle.db.partial"
    for path in (*stale, fresh):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    old = time.time() - 2 * 3600
    for path in stale:
        os.utime(path, (old, old))
    Workspace.open(app_paths.default_db, PASSPHRASE, app_paths).close()
    assert not any(p.exists() for p in stale)
    assert fresh.exists()  # may belong to a backup being written right now
    assert clean_partial_files(app_paths.backup_dir, now=time.time() + 7200) == [fresh]
