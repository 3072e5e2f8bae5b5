"""Alembic migrations, run programmatically when a database is opened.

Opening a base already at head — nearly every open — needs no Alembic: the revision
stored in ``alembic_version`` is compared with the revisions the migration files
declare, read as text (importing Alembic and its migration modules cost about a third
of a second of CPU on every command and every unlock). Alembic is imported when a
migration runs, or when the files cannot be read that way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from coordapp.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _declared() -> tuple[frozenset[str], frozenset[str]] | None:
    return _declared_in(MIGRATIONS_DIR)


@functools.cache
def _declared_in(folder: Path) -> tuple[frozenset[str], frozenset[str]] | None:
    """(every revision, the heads) as the migration files declare them; None when a file
    does not read as expected (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted((folder / "versions").glob("*.py"))
        for path in files:
            text = path.read_text(encoding="utf-8")
            revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
            if revision is None or down is None:
                return None
            revisions.add(revision.group(1))
            parents.update(_QUOTED.findall(down.group(1)))
    except OSError:
        return None
    if not revisions or not parents <= revisions:
        return None
    return frozenset(revisions), frozenset(revisions - parents)


def head_revision() -> str:
    declared = _declared()
    if declared is not None and len(declared[1]) == 1:
        return next(iter(declared[1]))
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    found = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if found is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    if len(rows) <= 1:
        return rows[0][0] if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()  # raises: heads


def known_revisions() -> set[str]:
    declared = _declared()
    if declared is not None:
        return set(declared[0])
    from alembic.script import ScriptDirectory

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
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
