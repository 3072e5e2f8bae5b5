"""Crash matrix, continued: kill -9 during ``coordapp bundle import`` of a real bundle.

The bundle holds a demo caseload of 200 people (plans, journal, circle), made
by a colleague's real encrypted base and sealed for this one. The import runs in a real
child process forked by the crash matrix's zygote and is killed with SIGKILL after a
seeded random delay within its measured duration, 20 times. After every kill the base
unlocks, passes ``cipher_integrity_check`` and ``audit verify``, and holds either exactly
what it held before or exactly what a complete import gives (every shared table, every
column, and the sync bookkeeping): never part of the bundle. Importing it again then
gives that same complete result.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

import pytest

from coordapp.paths import AppPaths
from coordapp.services.demo.generate import generate_demo
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import OwnerProfile, Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_crash_matrix import (  # noqa: F401 - zygote is the matrix's fixture
    KILLS,
    Zygote,
    put_back,
    report,
    snapshot_files,
    sound,
    zygote,
)
from tests.test_sync_helpers import Replica, counts, export_to, introduce, share_everything
from tests.test_sync_helpers import snapshot as shared_tables

#: A couple of hundred people: the import is one transaction of thousands of ops.
PATIENTS = 200


def state(ws: Workspace) -> tuple[Any, ...]:
    """What must be all or nothing: the shared tables and the sync bookkeeping (after
    SQLite's own structural check: pages, indexes, foreign keys)."""
    with ws.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    return shared_tables(ws), counts(ws)


def colleague_bundle(tmp_path: Path, here: AppPaths) -> tuple[Path, Path]:
    """This base (owner Bruno, at ``here``) and a bundle from Anne sealed for it."""
    anne_paths = AppPaths.from_environment(tmp_path / "Anne")
    anne_ws, _ = Workspace.create(anne_paths.default_db, PASSPHRASE, OwnerProfile("Anne"),
                                  anne_paths, kdf=FAST_KDF)
    bruno_ws, _ = Workspace.create(here.default_db, PASSPHRASE, OwnerProfile("Bruno"), here,
                                   kdf=FAST_KDF)
    anne = Replica("Anne", anne_ws, anne_paths, sync.identity(anne_ws))
    bruno = Replica("Bruno", bruno_ws, here, sync.identity(bruno_ws))
    introduce(anne, bruno)
    generate_demo(anne_ws, PATIENTS, seed=19)
    share_everything(anne_ws)  # objecting people never travel: not what this is about
    bundle = export_to(anne, bruno, tmp_path / "bundles")
    anne_ws.close()
    bruno_ws.close()
    return here.default_db, bundle


@pytest.mark.slow
def test_kill_during_bundle_import(zygote: Zygote, app_paths: AppPaths,  # noqa: F811
                                   tmp_path: Path):
    db, bundle = colleague_bundle(tmp_path, app_paths)
    pristine = tmp_path / "pristine"
    snapshot_files(db, pristine)
    before = sound(db, app_paths, [PASSPHRASE], state)[1]
    env = {"COORDAPP_PASSPHRASE": PASSPHRASE}
    argv = ["bundle", "import", str(bundle), "--db", str(db)]

    # The whole bundle, imported without a kill: what "all" means, and how long it takes.
    start = time.perf_counter()
    assert zygote.run(argv, env, None) == 0
    d = time.perf_counter() - start
    complete = sound(db, app_paths, [PASSPHRASE], state)[1]
    assert complete != before
    assert len(complete[0]["patient"]) == PATIENTS

    rng = random.Random(19)
    outcomes = {"imported": 0, "nothing": 0}
    for _ in range(KILLS):
        put_back(db, pristine)
        # Most kills land inside the one transaction that applies the ops; a few after
        # its commit (closing the base, anchoring the audit head) or after the exit.
        zygote.run(argv, env, rng.uniform(0, 1.2 * d))
        got = sound(db, app_paths, [PASSPHRASE], state)[1]
        assert got in (before, complete), "a killed import left part of the bundle"
        outcomes["imported" if got == complete else "nothing"] += 1
    # The last kill's leftovers, imported again (or found already there): the same result.
    assert zygote.run(argv, env, None) == 0
    assert sound(db, app_paths, [PASSPHRASE], state)[1] == complete
    report(f"bundle import {PATIENTS} patients", KILLS, KILLS, outcomes)
