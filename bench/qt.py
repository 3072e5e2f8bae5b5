"""Runs ``bench.qt_child`` in fresh processes: unlock → caseload visible, memory, and the
patient window, each beside the bare-window baseline measured in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import BENCH_DIR, summary


def child(*args: str, home: Path | None = None) -> tuple[dict[str, Any], float]:
    """The child's JSON result and the whole launch time (spawn to exit), in seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env["COORDAPP_HOME"] = str(home)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bench.qt_child", *args],
                          cwd=BENCH_DIR.parent, env=env, capture_output=True, text=True,
                          check=False, timeout=600)
    launch = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"bench.qt_child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), launch


def bare(repeat: int) -> dict[str, Any]:
    results = [child("bare") for _ in range(repeat)]
    return {"s": summary([r["seconds"] for r, _ in results]),
            "launch_s": summary([launch for _, launch in results]),
            "rss_mb": summary([r["VmRSS"] for r, _ in results]),
            "hwm_mb": summary([r["VmHWM"] for r, _ in results])}


def unlock(db: Path, home: Path, repeat: int) -> dict[str, Any]:
    results = [child("unlock", str(db), str(home), home=home) for _ in range(repeat)]
    first = results[0][0]
    return {"s": summary([r["seconds"] for r, _ in results]),
            "cpu_s": summary([r["cpu_seconds"] for r, _ in results]),
            "launch_s": summary([launch for _, launch in results]),
            "kdf_s": summary([r["kdf_seconds"] for r, _ in results]),
            "rows": first["rows"], "total": first["total"],
            "complete_s": summary([r["complete_seconds"] for r, _ in results]),
            "stall_ms": summary([r["stall_seconds"] * 1000 for r, _ in results]),
            "hwm_mb": summary([r["VmHWM"] for r, _ in results])}


def memory(db: Path, home: Path) -> dict[str, Any]:
    result, _launch = child("memory", str(db), str(home), home=home)
    return result


def patient_window(db: Path, home: Path, patient_id: str) -> dict[str, Any]:
    result, _launch = child("patient", str(db), str(home), patient_id, home=home)
    samples = result["samples"]
    return {"cold_ms": samples[0] * 1000,
            "ms": summary([s * 1000 for s in samples[1:] or samples])}
