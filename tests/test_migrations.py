"""Migrating an existing database: an encrypted copy first, then one transaction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.storage import EncryptedStore, migrations
from coordapp.storage.engine import make_engine
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import PASSPHRASE

NEXT_REVISION = '''
"""A later schema step, for the test only."""
import sqlalchemy as sa
from alembic import op

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("migration_probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade() -> None:
    op.drop_table("migration_probe")
'''


@pytest.fixture
def newer_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The migration scripts of a future release: today's plus one more step."""
    head = migrations.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0999_test.py").write_text(NEXT_REVISION.format(head=head))
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", scripts)
    return head


def test_upgrade_takes_an_encrypted_copy_first(
    created: tuple[Workspace, str], app_paths: AppPaths, newer_release: str
):
    created[0].close()
    reopened = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    try:
        assert "migration_probe" in inspect(reopened.store.engine).get_table_names()
    finally:
        reopened.close()

    copies = sorted(app_paths.backup_dir.glob("*.db"))
    assert len(copies) == 1 and f"avant-migration-{newer_release}" in copies[0].name
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")
    # The copy is the database as it was before the step, under the same key.
    dek = KeyslotFile.load(KeyslotFile.path_for(copies[0])).unlock(PASSPHRASE)
    engine = make_engine(copies[0], dek)
    try:
        with engine.connect() as conn:
            assert "migration_probe" not in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM installation")).scalar() == 1
            assert migrations.current_revision(conn) == newer_release
    finally:
        engine.dispose()


def test_failed_migration_step_leaves_the_database_as_it_was(
    created: tuple[Workspace, str], app_paths: AppPaths, newer_release: str,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    created[0].close()
    broken = tmp_path / "migrations" / "versions" / "0999_test.py"
    broken.write_text(broken.read_text().replace(
        'op.create_table("migration_probe", sa.Column("id", sa.Integer, primary_key=True))',
        'op.create_table("migration_probe", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    op.execute("SELECT * FROM table_that_does_not_exist")',
    ))
    with pytest.raises(Exception, match="table_that_does_not_exist"):
        Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    # Today's release still opens it: the half-done step was rolled back.
    monkeypatch.undo()
    store = EncryptedStore.open(app_paths.default_db, PASSPHRASE, backup_dir=None)
    try:
        with store.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert "migration_probe" not in tables and version == newer_release
    finally:
        store.close()
