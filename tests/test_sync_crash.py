"""A process killed in the middle of an import leaves the database exactly as it was: it
opens, passes its checks, holds the same rows; importing again then succeeds."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from coordapp.services.demo.generate import generate_demo
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_sync_helpers import (
    counts,
    export_to,
    introduce,
    make_replica,
    share_everything,
    snapshot,
)

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import os, sys
from pathlib import Path
from coordapp.paths import AppPaths
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from coordapp.sync import importer

importer.BATCH_OPS = 150  # many progress points, so the kill lands mid-import
db, bundle, home = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
ws = Workspace.open(db, os.environ["CHILD_PASSPHRASE"], AppPaths.from_environment(home))
sync.import_bundle(ws, bundle, progress=lambda done, total, label: print(
    "progress", done, total, flush=True))
print("done", flush=True)
"""


def test_import_killed_at_random_points_leaves_the_database_as_before(tmp_path: Path):
    a, b = make_replica(tmp_path, "Anne"), make_replica(tmp_path, "Bruno")
    introduce(a, b)
    generate_demo(a.ws, 50, seed=11)
    share_everything(a.ws)  # objecting people would stay behind: not what this is about
    bundle = export_to(a, b, tmp_path / "bundles")
    expected = snapshot(a.ws)
    a.ws.close()
    before = (snapshot(b.ws), counts(b.ws))
    b.ws.close()
    env = {**os.environ, "CHILD_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": os.pathsep.join([os.environ["PYTHONPATH"], str(ROOT)])}
    home = str(tmp_path / "Bruno")
    rng = random.Random(2026)
    for _attempt in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(b.paths.default_db), str(bundle), home],
            stdout=subprocess.PIPE, env=env, cwd=ROOT)
        assert child.stdout is not None
        stop_at = rng.randint(1, 6)
        for seen, line in enumerate(child.stdout, start=1):
            assert not line.startswith(b"done"), "the import finished before the kill"
            if seen >= stop_at:
                time.sleep(rng.uniform(0, 0.03))
                child.send_signal(signal.SIGKILL)
                break
        child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL

        ws = Workspace.open(b.paths.default_db, PASSPHRASE, b.paths)
        try:
            with ws.store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
            assert ws.store.integrity_problems() == []
            assert snapshot(ws) == before[0] and counts(ws) == before[1]
        finally:
            ws.close()

    ws = Workspace.open(b.paths.default_db, PASSPHRASE, b.paths)
    try:
        summary = sync.import_bundle(ws, bundle)
        assert summary.new_ops == summary.op_count
        got = snapshot(ws)
        for table, rows in expected.items():
            assert set(rows) <= set(got[table]), table
    finally:
        ws.close()
