"""The encrypted store on real SQLCipher files: keys, recovery, damage, migrations."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.pool import QueuePool

from coordapp.errors import CannotUnlock, DatabaseDamaged, KeyslotDamaged, SchemaTooNew
from coordapp.models import Base
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.storage import EncryptedStore
from coordapp.storage.engine import make_engine
from coordapp.storage.keyslots import KeyslotFile, new_data_key, normalize_recovery_code
from coordapp.storage.migrations import head_revision, upgrade_to_head
from tests.conftest import PASSPHRASE

PATIENT = {
    "family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "1941-03-12",
    "sex": "F", "city": "Charleville-Mézières", "nir": "241037511612371",
}


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


def test_round_trip_on_disk_is_encrypted(created: tuple[Workspace, str], app_paths: AppPaths):
    workspace, _code = created
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    workspace.close()

    db = app_paths.default_db
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for suffix in ("", "-wal"):
        part = Path(str(db) + suffix)
        if part.exists():
            content = part.read_bytes()
            assert "Lefèvre".encode() not in content and b"241037511612371" not in content
    assert oct(db.stat().st_mode & 0o777) == "0o600"
    assert oct(KeyslotFile.path_for(db).stat().st_mode & 0o777) == "0o600"

    reopened = Workspace.open(db, PASSPHRASE, app_paths)
    try:
        assert CaseloadService(reopened).get(patient_id).given_names == "Éloïse Marie"
    finally:
        reopened.close()


def test_plain_sqlite_cannot_read_the_file(created: tuple[Workspace, str], app_paths: AppPaths):
    created[0].close()
    conn = sqlcipher3.connect(str(app_paths.default_db))  # no key = plain SQLite
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_wrong_passphrase_is_refused_and_changes_nothing(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    created[0].close()
    db = app_paths.default_db
    files = [db, KeyslotFile.path_for(db)]
    before = digest(*files)
    with pytest.raises(CannotUnlock):
        Workspace.open(db, PASSPHRASE + " ", app_paths)
    assert digest(*files) == before


def test_recovery_code_unlocks_however_it_is_typed(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, code = created
    workspace.close()
    typed = code.lower().replace("-", " ")
    assert normalize_recovery_code(typed) == code.replace("-", "")
    Workspace.open(app_paths.default_db, typed, app_paths).close()


def test_passphrase_change_keeps_data_and_recovery(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, code = created
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    db_before = digest(app_paths.default_db)
    new = "girafe nuageuse 47 parapluie"
    workspace.change_passphrase(PASSPHRASE, new)
    workspace.close()
    with pytest.raises(CannotUnlock):
        Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    for secret in (new, code):
        reopened = Workspace.open(app_paths.default_db, secret, app_paths)
        assert CaseloadService(reopened).get(patient_id).family_name == "Lefèvre"
        reopened.close()
    assert db_before != ["-"]


def test_interrupted_passphrase_change_leaves_old_passphrase_working(
    created: tuple[Workspace, str], app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
):
    workspace, _code = created

    def crash(*_args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        workspace.store.change_passphrase(PASSPHRASE, "girafe nuageuse 47 parapluie")
    monkeypatch.undo()
    workspace.close()
    leftovers = [p.name for p in app_paths.data_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    Workspace.open(app_paths.default_db, PASSPHRASE, app_paths).close()


@pytest.mark.parametrize("damage", ["truncate", "delete", "garbage"])
def test_damaged_or_missing_keyslot_is_a_clear_error(
    created: tuple[Workspace, str], app_paths: AppPaths, damage: str
):
    created[0].close()
    keys = KeyslotFile.path_for(app_paths.default_db)
    if damage == "truncate":
        keys.write_bytes(keys.read_bytes()[:100])
    elif damage == "delete":
        keys.unlink()
    else:
        keys.write_bytes(b"\x00" * 64)
    with pytest.raises(KeyslotDamaged) as info:
        Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    assert "clés" in info.value.message
    if damage == "delete":
        assert "introuvable" in info.value.message


def test_byte_flipped_in_first_page_is_damage_not_wrong_passphrase(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    created[0].close()
    db = app_paths.default_db
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Workspace.open(db, PASSPHRASE, app_paths)


def test_integrity_check_names_a_damaged_page(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, _ = created
    service = CaseloadService(workspace)
    for i in range(30):
        service.add_patient(PATIENT | {"birth_date": f"19{40 + i}-01-01", "nir": None})
    with workspace.store.engine.connect() as conn:  # a page of patient rows, not the schema
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = 'patient'").scalar()
    workspace.close()
    db = app_paths.default_db
    data = bytearray(db.read_bytes())
    page = int(root) - 1
    data[page * 4096 + 500] ^= 0x01
    db.write_bytes(bytes(data))
    store = EncryptedStore.open(db, PASSPHRASE, backup_dir=None)
    try:
        problems = store.integrity_problems()
    finally:
        store.close()
    assert any("HMAC" in p or "page" in p for p in problems)


def test_engine_uses_queue_pool_and_wraps_driver_errors(workspace: Workspace):
    engine = workspace.store.engine
    assert isinstance(engine.pool, QueuePool)
    with pytest.raises(SADatabaseError), engine.connect() as conn:
        conn.execute(text("SELECT * FROM no_such_table"))


def test_empty_schema_migrates_to_head_matching_the_models(tmp_path: Path):
    db = tmp_path / "bare.db"
    engine = make_engine(db, new_data_key())
    try:
        assert upgrade_to_head(engine, backup=None) is True
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert diff == []
        assert version == head_revision()
        assert upgrade_to_head(engine, backup=None) is False
    finally:
        engine.dispose()


def test_database_from_a_newer_version_is_refused_untouched(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, _ = created
    with workspace.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    workspace.close()
    before = digest(app_paths.default_db)
    with pytest.raises(SchemaTooNew):
        Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    assert digest(app_paths.default_db) == before


def test_backup_copy_opens_with_the_same_secrets(
    created: tuple[Workspace, str], app_paths: AppPaths
):
    workspace, code = created
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    copy = workspace.store.backup("test")
    workspace.close()
    assert copy.parent == app_paths.backup_dir
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    restored = Workspace.open(copy, code, app_paths)
    try:
        assert CaseloadService(restored).get(patient_id).city == "Charleville-Mézières"
    finally:
        restored.close()


def test_a_closed_workspace_reads_nothing(created: tuple[Workspace, str]):
    from coordapp.errors import DatabaseLocked

    workspace, _ = created
    service = CaseloadService(workspace)
    service.add_patient(PATIENT)
    workspace.close()
    with pytest.raises(DatabaseLocked):
        service.count()
    with pytest.raises(DatabaseLocked), workspace.store.engine.connect():
        pass


def test_lock_then_unlock_in_place_keeps_services_usable(created: tuple[Workspace, str]):
    from coordapp.errors import DatabaseLocked

    workspace, code = created
    service = CaseloadService(workspace)
    patient_id = service.add_patient(PATIENT).id
    workspace.lock()
    assert workspace.is_locked
    with pytest.raises(DatabaseLocked):
        service.get(patient_id)
    with pytest.raises(CannotUnlock):
        workspace.unlock("pas la bonne phrase")
    assert workspace.is_locked
    workspace.unlock(code)
    assert service.get(patient_id).family_name == "Lefèvre"
