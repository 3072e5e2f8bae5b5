"""Two programs writing to one base at the same time: writers wait their turn.

Real processes on a real encrypted file: each runs ``coordapp patient set`` 200 times
(opening and unlocking the base each time, as scripts do). Every call either succeeds
or, only if the other kept the lock past the busy timeout, exits 8; never 1. Every value
a successful call wrote is in the change log.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from coordapp.models import Change
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.safety.audit_log import AuditLogService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
WRITER = ROOT / "tests" / "children" / "writer.py"
WRITES = 200

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F"}


@pytest.mark.slow
def test_two_writers_all_succeed_or_exit_busy(workspace: Workspace, app_paths: AppPaths):
    caseload = CaseloadService(workspace)
    first = caseload.add_patient(PATIENT).id
    second = caseload.add_patient(PATIENT | {"given_names": "Marie",
                                            "birth_date": "1950-01-02"}).id
    workspace.close()
    db = str(app_paths.default_db)
    env = {**os.environ, "COORDAPP_PASSPHRASE": PASSPHRASE}
    children = [
        subprocess.Popen([sys.executable, str(WRITER), db, pid, tag, str(WRITES)], env=env,
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for pid, tag in ((first, "A"), (second, "B"))
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        results.append(json.loads(out.strip().splitlines()[-1]))
    codes = [code for result in results for code in result]
    successes = codes.count(0)
    print(f"\nconcurrent writers: {successes}/{len(codes)} successes, "
          f"{codes.count(8)} busy (exit 8), others {len(codes) - successes - codes.count(8)}")
    assert set(codes) <= {0, 8}, sorted(set(codes))
    assert successes >= len(codes) * 0.9

    reopened = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    try:
        with reopened.reading() as uow:
            written = {row["city"] for row in uow.session.scalars(select(Change.values))
                       if "city" in row}
        for tag, result in zip("AB", results, strict=True):
            expected = {f"{tag}-{i}" for i, code in enumerate(result) if code == 0}
            assert expected <= written
        assert AuditLogService(reopened).verify().intact
        assert reopened.store.integrity_problems() == []
    finally:
        reopened.close()
