"""Alembic migrations, run programmatically when a database is opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from coordapp.errors import SchemaTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew()
    return current != head_revision()


def upgrade_to_head(engine: Engine, *, backup: Callable[[str], object] | None) -> bool:
    """Bring the schema to head; True when a migration ran.

    A database whose revision this version does not know comes from a newer CoordApp and
    is refused untouched. Before migrating a database that already has a schema,
    ``backup(label)`` is called to take an encrypted copy first.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    head = head_revision()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNew()
    if current is not None and backup is not None:
        backup(f"avant-migration-{current}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
