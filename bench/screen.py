"""The screen section: ``bench.screen_child`` in a fresh process per size, its samples
turned into summaries (wall, CPU, baseline) for the report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import BENCH_DIR, summary


def _child_path() -> str:
    """PYTHONPATH for child processes: the suite's cheap key derivation comes first
    (``tests/childhook/sitecustomize.py``), so the cached bases' cheap slots are used as
    they are instead of being re-wrapped at full strength by the program."""
    hook = str(BENCH_DIR.parent / "tests" / "childhook")
    return os.pathsep.join(p for p in (hook, os.environ.get("PYTHONPATH", "")) if p)


def cli_start(db: Path, home: Path, repeat: int) -> dict[str, Any]:
    """``coordapp --version`` and ``coordapp patients --limit 1`` (cheap KDF), whole
    process launches, beside ``python -c pass``."""
    from bench.common import PASSPHRASE

    env = dict(os.environ, COORDAPP_HOME=str(home), COORDAPP_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=_child_path())
    command = str(Path(sys.executable).with_name("coordapp"))

    def launch(*args: str) -> float:
        start = time.perf_counter()
        subprocess.run(list(args), env=env, capture_output=True, check=True, timeout=300)
        return (time.perf_counter() - start) * 1000

    base = [launch(sys.executable, "-c", "pass") for _ in range(repeat)]
    version = [launch(command, "--version") for _ in range(repeat)]
    patients = [launch(command, "patients", "--db", str(db), "--limit", "1",
                       "--format", "json") for _ in range(repeat)]
    return {"version": {"ms": summary(version), "baseline_ms": summary(base)},
            "patients": {"ms": summary(patients), "baseline_ms": summary(base)}}


def run(db: Path, home: Path, patient_id: str, repeat: int) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COORDAPP_HOME=str(home),
               PYTHONPATH=_child_path())
    done = subprocess.run([sys.executable, "-m", "bench.screen_child", str(db), str(home),
                           patient_id, str(repeat)], cwd=BENCH_DIR.parent, env=env,
                          capture_output=True, text=True, check=False, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"bench.screen_child failed:\n{done.stderr[-3000:]}")
    raw = json.loads(done.stdout.strip().splitlines()[-1])
    out: dict[str, Any] = {}
    for key, found in raw.items():
        entry = {k: v for k, v in found.items() if k not in ("samples", "cpu", "baseline")}
        entry["ms"] = summary(found["samples"])
        entry["cpu_ms"] = summary(found["cpu"])
        if found.get("baseline"):
            entry["baseline_ms"] = summary(found["baseline"])
        out[key] = entry
    return out
