"""Backups that restore: encrypted copies, rotation, restore that sets the old file aside,
and a full disk that leaves nothing half-written."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from coordapp.cli import main
from coordapp.models import Change, Patient
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.safety.backups import (
    BackupFailed,
    daily_backup_due,
    list_backups,
    restore,
    rotate,
)
from coordapp.services.workspace import Workspace
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import PASSPHRASE

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "city": "Troyes"}


def content_digest(workspace: Workspace) -> str:
    """A hash of every patient and change-log row: equal digests = identical content."""
    with workspace.unit_of_work() as uow:
        rows = [repr((p.id, p.family_name, p.given_names, p.birth_date, p.city, p.updated_hlc))
                for p in uow.session.scalars(select(Patient).order_by(Patient.id))]
        rows += [repr((c.op_id, c.hlc, sorted(c.values.items())))
                 for c in uow.session.scalars(select(Change).order_by(Change.op_id))]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def test_backup_then_restore_gives_identical_content(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, _code = created
    service = CaseloadService(workspace)
    patient_id = service.add_patient(PATIENT).id
    info = workspace.backup()
    expected = content_digest(workspace)
    assert info.path.parent == app_paths.backup_dir and info.size_bytes > 0
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    assert list_backups(app_paths.backup_dir)[0].path == info.path

    service.update_patient(patient_id, {"city": "Reims"})  # a change made after the backup
    workspace.close()
    aside = restore(info.path, PASSPHRASE, app_paths.default_db, app_paths.backup_dir)
    assert aside is not None and aside.exists() and KeyslotFile.path_for(aside).exists()

    restored = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    try:
        assert content_digest(restored) == expected
        assert CaseloadService(restored).get(patient_id).city == "Troyes"
    finally:
        restored.close()
    # The database that was replaced still opens: nothing was destroyed.
    previous = Workspace.open(aside, PASSPHRASE, app_paths)
    try:
        assert CaseloadService(previous).get(patient_id).city == "Reims"
    finally:
        previous.close()


def test_restore_refuses_a_wrong_secret_and_keeps_the_current_database(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, _ = created
    info = workspace.backup()
    workspace.close()
    before = app_paths.default_db.read_bytes()
    from coordapp.errors import CannotUnlock

    with pytest.raises(CannotUnlock):
        restore(info.path, "pas la bonne", app_paths.default_db, app_paths.backup_dir)
    assert app_paths.default_db.read_bytes() == before


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path):
    now = dt.datetime(2026, 11, 25, 18, 0)
    for days_ago in range(60):
        for hour in (9, 17):
            stamp = (now - dt.timedelta(days=days_ago)).replace(hour=hour)
            name = tmp_path / f"coordapp-{stamp:%Y%m%d-%H%M%S}-quotidienne.db"
            name.write_bytes(b"x")
            KeyslotFile.path_for(name).write_bytes(b"{}")
    manual = tmp_path / "coordapp-20250101-120000-manuelle.db"
    manual.write_bytes(b"x")
    KeyslotFile.path_for(manual).write_bytes(b"{}")

    rotate(tmp_path, "coordapp", now)
    kept = list_backups(tmp_path, "coordapp")
    automatic = [b for b in kept if b.label == "quotidienne"]
    recent = [b for b in automatic if (now - b.created_at).days < 7]
    assert len(recent) == 7 and all(b.created_at.hour == 17 for b in recent)
    older = [b for b in automatic if (now - b.created_at).days >= 7]
    assert len(older) == 4
    assert len({b.created_at.isocalendar()[:2] for b in older}) == 4
    assert any(b.path == manual for b in kept)
    assert not any((now - b.created_at).days >= 7 + 5 * 7 for b in automatic)
    for b in kept:
        assert KeyslotFile.path_for(b.path).exists()
    assert not daily_backup_due(tmp_path, "coordapp", now.date())


@pytest.fixture
def tiny_folder() -> Iterator[Path]:
    """A 64 KiB tmpfs: a real full disk. Needs root (CI runs as root)."""
    mount_point = Path(f"/tmp/coordapp-full-{uuid.uuid4().hex[:8]}")
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
                             str(mount_point)], capture_output=True)
    if result.returncode != 0:
        mount_point.rmdir()
        pytest.skip("cannot mount a size-limited tmpfs here")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)
    mount_point.rmdir()


def test_full_disk_during_backup_leaves_no_partial_file(
    workspace: Workspace, tiny_folder: Path
):
    service = CaseloadService(workspace)
    for i in range(40):
        service.add_patient(PATIENT | {"birth_date": f"19{30 + i}-01-01",
                                       "situation_notes": "x" * 3000})
    target = tiny_folder / "copie.db"
    with pytest.raises(BackupFailed) as info:
        workspace.backup(out=target)
    assert "disque plein" in info.value.message
    assert sorted(os.listdir(tiny_folder)) == []
    assert service.count() == 40  # the database is intact and still usable


def test_backup_and_audit_cli(created: tuple[Workspace, str], app_paths: AppPaths,
                              capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch):
    workspace, _ = created
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    workspace.close()
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    assert main(["backup"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.exists() and printed.parent == app_paths.backup_dir

    assert main(["audit", "--patient", patient_id, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"action": "create"' in out and "Lefèvre" not in out

    assert main(["audit", "verify"]) == 0
    capsys.readouterr()
    reopened = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    with reopened.store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET action = 'view' WHERE seq = 2")
    reopened.close()
    assert main(["audit", "verify"]) == 6
    out, err = capsys.readouterr()
    assert out.strip() == "2" and "n° 2" in err

    assert main(["restore", str(printed)]) == 0
    assert "conservée" in capsys.readouterr().err


def test_daily_backup_once_a_day_and_weekly_integrity_check(
    workspace: Workspace, app_paths: AppPaths
):
    first = workspace.daily_backup()
    assert first is not None and first.label == "quotidienne"
    assert workspace.daily_backup() is None  # already done today
    state = app_paths.config_dir
    assert workspace.weekly_integrity_problems(state) == []
    assert workspace.weekly_integrity_problems(state) is None  # not due again this week


def test_full_disk_during_an_export_leaves_no_file_and_no_audit_entry(
    workspace: Workspace, tiny_folder: Path
):
    from coordapp.errors import InvalidInput
    from coordapp.models import AuditEvent
    from coordapp.services.demo.generate import generate_demo
    from coordapp.services.exports import ExportService

    generate_demo(workspace, 3, seed=5)
    patient_id = CaseloadService(workspace).search(status="active")[0].id
    filler = tiny_folder / "filler"
    filler.write_bytes(b"x" * (60 * 1024))  # leave a few KiB: less than one PDF
    with workspace.unit_of_work() as uow:
        before = len(list(uow.session.scalars(select(AuditEvent.seq))))
    with pytest.raises(InvalidInput) as info:
        ExportService(workspace).export_plan_pdf(patient_id, tiny_folder / "plan.pdf", "team")
    assert "rien n'a été exporté" in info.value.message
    assert sorted(os.listdir(tiny_folder)) == ["filler"]
    with workspace.unit_of_work() as uow:
        assert len(list(uow.session.scalars(select(AuditEvent.seq)))) == before
