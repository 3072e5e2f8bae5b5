"""Crash matrix: kill -9 at random moments of real processes, then check what is left.

Each operation runs in a real child process (forked from ``tests/children/zygote.py``,
which imported CoordApp once), killed with SIGKILL after a random delay within the
operation's own duration, at least 20 times. After every kill: the base unlocks with
the old or the new passphrase (never neither), its pages pass ``cipher_integrity_check``,
the audit trail verifies, the operation happened entirely or not at all, and running it
again finishes it. Figures (kills tried / survived) are printed.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coordapp.errors import CannotUnlock
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.safety.audit_log import AuditLogService
from coordapp.services.safety.backups import list_backups
from coordapp.services.workspace import Workspace
from coordapp.storage import EncryptedStore
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import FAST_KDF, OWNER, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
ZYGOTE = ROOT / "tests" / "children" / "zygote.py"
KILLS = 20
NEW_PASSPHRASE = "Une autre phrase : sept mots pour Ardennes et Meuse"
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "sex": "F"}


class Zygote:
    def __init__(self, home: Path, preload: tuple[str, ...] = ()) -> None:
        env = {**os.environ, "COORDAPP_HOME": str(home)}
        self.process = subprocess.Popen([sys.executable, str(ZYGOTE), *preload], cwd=ROOT,
                                        env=env, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def run(self, argv: list[str], env: dict[str, str], kill_after: float | None, *,
            driver: str | None = None, out: Path | None = None,
            started: Callable[[], object] | None = None) -> int:
        """Exit status of the command (negative signal number when killed). With
        ``driver``, the child runs that module's ``main(argv)``, its output to ``out``;
        ``started()`` runs before the delay (to wait for the child to be ready)."""
        assert self.process.stdin and self.process.stdout
        request = {"argv": argv, "env": env, "driver": driver,
                   "out": None if out is None else str(out)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        pid = json.loads(self.process.stdout.readline())["pid"]
        if started is not None:
            started()
        if kill_after is not None:
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        status = json.loads(self.process.stdout.readline())["status"]
        return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def zygote(_isolated_home: Path) -> Iterator[Zygote]:
    z = Zygote(_isolated_home)
    yield z
    z.close()


def open_any(db: Path, paths: AppPaths, secrets: list[str]) -> tuple[Workspace, str]:
    for secret in secrets:
        try:
            return Workspace.open(db, secret, paths), secret
        except CannotUnlock:
            continue
    raise AssertionError("the base opens with neither the old nor the new passphrase")


def sound(db: Path, paths: AppPaths, secrets: list[str],
          probe: Callable[[Workspace], object] = lambda ws: None) -> tuple[str, object]:
    workspace, secret = open_any(db, paths, secrets)
    try:
        assert workspace.store.integrity_problems() == []
        verdict = AuditLogService(workspace).verify()
        assert verdict.intact, verdict.sentence()
        return secret, probe(workspace)
    finally:
        workspace.close()


def duration(zygote: Zygote, argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    assert zygote.run(argv, env, None) == 0
    return time.perf_counter() - start


def base(paths: AppPaths, patients: int = 30) -> tuple[Path, list[str]]:
    workspace, _code = Workspace.create(paths.default_db, PASSPHRASE, OWNER, paths,
                                        kdf=FAST_KDF)
    caseload = CaseloadService(workspace)
    ids = [caseload.add_patient(PATIENT | {"birth_date": f"19{30 + i % 60}-02-{1 + i // 60:02d}",
                                           "situation_notes": "x" * 500}).id
           for i in range(patients)]
    workspace.close()
    return paths.default_db, ids


def report(name: str, tried: int, survived: int, outcomes: dict[str, int]) -> None:
    detail = ", ".join(f"{k} {v}" for k, v in outcomes.items())
    print(f"\ncrash matrix {name}: {tried} kills tried, {survived} survived ({detail})")


def snapshot_files(db: Path, into: Path) -> None:
    into.mkdir(exist_ok=True)
    for path in (db, KeyslotFile.path_for(db)):
        shutil.copy2(path, into / path.name)


def put_back(db: Path, source: Path) -> None:
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(db) + suffix).unlink()
    for path in (db, KeyslotFile.path_for(db)):
        shutil.copy2(source / path.name, path)


@pytest.mark.slow
def test_kill_during_passwd(zygote: Zygote, app_paths: AppPaths):
    db, _ids = base(app_paths, 5)
    current, other = PASSPHRASE, NEW_PASSPHRASE
    argv = ["passwd", "--db", str(db)]
    d = duration(zygote, argv, {"COORDAPP_PASSPHRASE": current,
                                "COORDAPP_NEW_PASSPHRASE": other})
    current, other = other, current
    rng = random.Random(1)
    outcomes = {"old": 0, "new": 0}
    for _ in range(KILLS):
        zygote.run(argv, {"COORDAPP_PASSPHRASE": current, "COORDAPP_NEW_PASSPHRASE": other},
                   rng.uniform(0, d))
        secret, _ = sound(db, app_paths, [current, other])
        outcomes["new" if secret == other else "old"] += 1
        if secret == other:
            current, other = other, current
    assert zygote.run(argv, {"COORDAPP_PASSPHRASE": current,
                             "COORDAPP_NEW_PASSPHRASE": other}, None) == 0
    assert sound(db, app_paths, [other])[0] == other  # the second run finished it
    report("passwd", KILLS, KILLS, outcomes)


@pytest.mark.slow
def test_kill_during_backup(zygote: Zygote, app_paths: AppPaths):
    db, _ids = base(app_paths, 60)
    env = {"COORDAPP_PASSPHRASE": PASSPHRASE}
    d = duration(zygote, ["backup", "--db", str(db)], env)
    rng = random.Random(2)
    outcomes = {"written": 0, "not written": 0}
    for i in range(KILLS):
        out = app_paths.backup_dir / f"copie-{i}.db"
        zygote.run(["backup", "--db", str(db), "--out", str(out)], env, rng.uniform(0, d))
        sound(db, app_paths, [PASSPHRASE])
        if out.exists():  # all or nothing: a backup under its name is complete
            outcomes["written"] += 1
            sound(out, app_paths, [PASSPHRASE], lambda ws: CaseloadService(ws).count() == 60)
        else:
            outcomes["not written"] += 1
            assert not KeyslotFile.path_for(out).exists() or not out.exists()
    for info in list_backups(app_paths.backup_dir):
        EncryptedStore.open(info.path, PASSPHRASE, backup_dir=None).close()
    report("backup", KILLS, KILLS, outcomes)


@pytest.mark.slow
def test_kill_during_patient_erase(zygote: Zygote, app_paths: AppPaths):
    db, ids = base(app_paths, 25)
    env = {"COORDAPP_PASSPHRASE": PASSPHRASE}
    d = duration(zygote, ["patient", "erase", ids[-1], "--confirm", "Lefèvre", "--db",
                          str(db)], env)
    rng = random.Random(3)
    outcomes = {"erased": 0, "kept": 0}
    left = ids[:-1]
    for _ in range(KILLS):
        target = left[0]
        zygote.run(["patient", "erase", target, "--confirm", "Lefèvre", "--db", str(db)],
                   env, rng.uniform(0, d))

        def state(ws: Workspace, target: str = target) -> tuple[int, bool]:
            count = CaseloadService(ws).count()
            return count, any(p.id == target for p in CaseloadService(ws).search())

        _secret, (count, present) = sound(db, app_paths, [PASSPHRASE], state)
        assert count == len(left) - (0 if present else 1)
        outcomes["kept" if present else "erased"] += 1
        if not present:
            left.pop(0)
        else:  # the second run finishes it
            assert zygote.run(["patient", "erase", target, "--confirm", "Lefèvre", "--db",
                               str(db)], env, None) == 0
            left.pop(0)
    report("patient erase", KILLS, KILLS, outcomes)


def caseload_csv(path: Path, rows: int) -> Path:
    lines = ["Nom;Prénom;Né(e) le;Sexe"]
    for i in range(rows):
        year, day = 1925 + i % 70, 1 + (i // 70) % 365
        born = time.strftime("%Y-%m-%d", time.strptime(f"{year} {day}", "%Y %j"))
        lines.append(f"Nom{i:05d};Prénom{i % 97};{born};{'FM'[i % 2]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


#: The issue asks for 10,000 rows; ``make test`` kills a 500-row import (the same single
#: transaction, the same code path), ``CRASH_CSV_ROWS=10000`` runs the full size.
#: Measured on the shared 2-core machine (load about 4): one 10,000-row import takes
#: 14.8 s (500 rows: 3.6 s with the process start), checking the 22 MB base after a kill
#: 1.4 s; 20 kills at uniform delays would cost about 20 × (7.4 + 1.4) + 16 ≈ 190 s,
#: a quarter of the suite's 12-minute budget, against 47 s measured at 500 rows (load 9).
CSV_ROWS = int(os.environ.get("CRASH_CSV_ROWS", "500"))


@pytest.mark.slow
def test_kill_during_csv_import(zygote: Zygote, app_paths: AppPaths, tmp_path: Path):
    db, _ids = base(app_paths, 3)
    pristine = tmp_path / "pristine"
    snapshot_files(db, pristine)
    source = caseload_csv(tmp_path / "file-active.csv", CSV_ROWS)
    env = {"COORDAPP_PASSPHRASE": PASSPHRASE}
    argv = ["import", "csv", str(source), "--kind", "patients", "--db", str(db)]
    d = duration(zygote, argv, env)
    assert sound(db, app_paths, [PASSPHRASE], lambda ws: CaseloadService(ws).count())[1] \
        == CSV_ROWS + 3
    rng = random.Random(4)
    outcomes = {"imported": 0, "nothing": 0}
    for _ in range(KILLS):
        put_back(db, pristine)
        zygote.run(argv, env, rng.uniform(0, d))
        count = sound(db, app_paths, [PASSPHRASE], lambda ws: CaseloadService(ws).count())[1]
        assert count in (3, CSV_ROWS + 3)
        outcomes["imported" if count == CSV_ROWS + 3 else "nothing"] += 1
    report(f"import csv {CSV_ROWS} rows", KILLS, KILLS, outcomes)
