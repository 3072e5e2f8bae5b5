"""Shared by every figure: sizes, the demo database cache, timing and memory helpers.

Databases are generated once per (size, seed, schema head) with the cheap test KDF
(``CHEAP_KDF``, installed for the bench process and its children: every figure is
"KDF excluded") and cached under
``AppPaths.from_environment().cache_dir / "bench"``. Figures never open the cached file:
each run works on a copy, so a run cannot change what the next one measures.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordapp.paths import AppPaths
from coordapp.storage.keyslots import KdfParams, KdfPolicy, set_default_policy


def _cheap_params() -> KdfParams:
    return KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1, salt=os.urandom(16))


#: Argon2id at 8 MiB, one pass, accepted as is on unlock: the bench measures CoordApp,
#: not the key derivation. Installed here, so every bench process (``bench.qt_child``
#: imports this module too) uses it; the product itself never selects it.
CHEAP_KDF = KdfPolicy(_cheap_params, floor_iterations=1, floor_memory_kib=8 * 1024,
                      name="bench-cheap")
set_default_policy(CHEAP_KDF)

PASSPHRASE = "Le chat d'Anne dort sur 3 toits bleus"
OWNER_NAME = "Anne Martin"
SEED = 1
DEFAULT_SIZES = (1_000, 5_000, 20_000, 50_000)
#: The size every target is stated at.
TARGET_SIZE = 20_000
BENCH_DIR = Path(__file__).resolve().parent


def sizes() -> list[int]:
    """``BENCH_SIZES=1000,5000`` runs a subset; all four by default."""
    raw = os.environ.get("BENCH_SIZES", "")
    if not raw.strip():
        return list(DEFAULT_SIZES)
    return sorted({int(part.replace("_", "")) for part in raw.split(",") if part.strip()})


def reps(size: int, small: int, large: int) -> int:
    """Fewer repetitions for the big sizes (``BENCH_QUICK=1``: as few as possible)."""
    if os.environ.get("BENCH_QUICK") == "1":
        return 1
    return small if size <= TARGET_SIZE else large


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the cache ------------------------------------------------------------------------


def cache_root() -> Path:
    return AppPaths.from_environment().cache_dir / "bench"


def schema_head() -> str:
    from coordapp.storage.migrations import head_revision

    return head_revision()


def cached_demo(size: int, seed: int = SEED) -> tuple[Path, dict[str, Any]]:
    """The cached demo database of ``size`` patients (generated on first use) and its
    metadata (generation time, load average, date)."""
    folder = cache_root() / f"demo-{size}-seed{seed}-schema{schema_head()}"
    db = folder / "demo.db"
    meta_path = folder / "meta.json"
    if meta_path.exists() and db.exists():
        return db, json.loads(meta_path.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"generating the {size:,}-patient demo database (once) in {folder}")
    generated = generate(db, folder / "home", size, seed)
    meta = {"size": size, "seed": seed, "schema": schema_head(), "generation_s": generated["s"],
            "generation_cpu_s": generated["cpu_s"], "loadavg": os.getloadavg()[0],
            "date": time.strftime("%Y-%m-%d %H:%M"), "bytes": db.stat().st_size,
            "summary": generated["records"]}
    meta_path.write_text(json.dumps(meta, indent=2))
    return db, meta


def generate(db: Path, home: Path, size: int, seed: int) -> dict[str, Any]:
    """Create a workspace at ``db`` and time ``generate_demo`` alone (wall and CPU)."""
    from dataclasses import asdict

    from coordapp.services.demo.generate import generate_demo
    from coordapp.services.setup import create_workspace
    from coordapp.services.workspace import OwnerProfile

    paths = AppPaths.from_environment(home)
    workspace, _code = create_workspace(db, PASSPHRASE, OwnerProfile(OWNER_NAME), paths)
    try:
        start, start_cpu = time.perf_counter(), time.process_time()
        records = generate_demo(workspace, size, seed)
        seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        checkpoint(workspace)
    finally:
        workspace.close()
    return {"s": seconds, "cpu_s": cpu, "records": asdict(records)}


def checkpoint(workspace: Any) -> None:
    """Fold the WAL into the file so that copying ``demo.db`` alone is a whole copy."""
    with workspace.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()


def work_copy(size: int, folder: Path) -> Path:
    """A fresh copy of the cached database (and its keyslot file) in ``folder``."""
    source, _meta = cached_demo(size)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "coordapp.db"
    for suffix in ("", ".keys"):
        shutil.copyfile(str(source) + suffix, str(target) + suffix)
    return target


def open_workspace(db: Path, home: Path) -> Any:
    from coordapp.services.workspace import Workspace

    return Workspace.open(db, PASSPHRASE, AppPaths.from_environment(home))


# -- measuring ------------------------------------------------------------------------


def timed(fn: Callable[[], object], repeat: int, warmup: int = 1,
          cpu: list[float] | None = None) -> list[float]:
    """Seconds taken by each of ``repeat`` calls, after ``warmup`` unmeasured ones.

    With ``cpu``, the CPU seconds of this process for each call are appended to it: on a
    shared machine, wall time also counts waiting for a core, CPU time does not.
    """
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - start_cpu)
    return samples


def summary(samples: Sequence[float]) -> dict[str, float | int]:
    """Median, quartiles (IQR), min and max of ``samples`` (same unit)."""
    ordered = sorted(samples)
    if len(ordered) >= 4:
        q1, _q2, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1, q3 = ordered[0], ordered[-1]
    return {"median": statistics.median(ordered), "q1": q1, "q3": q3,
            "min": ordered[0], "max": ordered[-1], "n": len(ordered)}


def memory_mb() -> dict[str, float]:
    """Resident set now (VmRSS) and its peak (VmHWM) of this process, in MB."""
    found: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def growth_exponent(points: dict[int, float]) -> float | None:
    """k in cost ≈ c·n^k, least squares on log-log (None with fewer than two sizes)."""
    usable = [(math.log(n), math.log(v)) for n, v in points.items() if v and v > 0]
    if len(usable) < 2:
        return None
    mean_x = statistics.fmean(x for x, _ in usable)
    mean_y = statistics.fmean(y for _, y in usable)
    var = sum((x - mean_x) ** 2 for x, _ in usable)
    if var == 0:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in usable) / var


def machine() -> dict[str, Any]:
    import platform

    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "loadavg_start": list(os.getloadavg())}
