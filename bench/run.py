"""``make bench``: every figure at every size, then ``bench/results.md`` and ``.json``.

``BENCH_SIZES=1000,5000`` runs a subset; ``BENCH_QUICK=1`` one repetition of each.
Progress goes to stderr; the results are rewritten after each size, so an interrupted
run still leaves the sizes it finished.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import bundle, patient_file, pdf, qt, screen, search
from bench.common import (
    BENCH_DIR,
    TARGET_SIZE,
    cache_root,
    cached_demo,
    generate,
    log,
    machine,
    open_workspace,
    reps,
    sizes,
    work_copy,
)
from bench.report import write_reports

#: Demo generation is measured afresh for these sizes; bigger ones report the cache build.
FRESH_GENERATION_MAX = TARGET_SIZE


def main() -> None:
    run_sizes = sizes()
    results: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M"),
                               "sizes": run_sizes, "by_size": {}}
    log(f"sizes {run_sizes}; load average {os.getloadavg()[0]:.2f}")
    only = os.environ.get("BENCH_ONLY", "")
    if only and only != "screen":
        update_sections(run_sizes, {part.strip() for part in only.split(",")})
        return
    results["bare_window"] = qt.bare(reps(0, 5, 5))
    for size in run_sizes:
        results["by_size"][str(size)] = measure_screen(size) if only == "screen" \
            else measure_size(size)
        finish(results)
    log("done: bench/results.md and bench/results.json")


def finish(results: dict[str, Any]) -> None:
    results["finished"] = time.strftime("%Y-%m-%d %H:%M")
    results["machine"]["loadavg_end"] = list(os.getloadavg())
    (BENCH_DIR / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    write_reports(results, BENCH_DIR / "results.md")


def measure_size(size: int) -> dict[str, Any]:
    _db, meta = cached_demo(size)
    root = cache_root() / "runs"
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"run-{size}-", dir=root))
    out: dict[str, Any] = {"db_bytes": meta["bytes"], "records": meta["summary"],
                           "loadavg_start": os.getloadavg()[0]}
    try:
        db = work_copy(size, folder)
        home = folder / "home"
        workspace = open_workspace(db, home)
        try:
            log(f"{size:,}: caseload search")
            out["search"] = search.run(workspace, reps(size, 10, 6))
            log(f"{size:,}: patient file")
            rich = patient_file.build_rich_patient(workspace)
            out["patient_file"] = patient_file.run(workspace, rich, reps(size, 20, 10))
            log(f"{size:,}: PPCS PDF")
            out["pdf"] = pdf.run(workspace, rich, folder / "pdf", reps(size, 10, 5),
                                 reps(size, 2, 1))
            log(f"{size:,}: bundles")
            full = 3 if size <= 5_000 else reps(size, 2, 1)
            out["bundle"] = bundle.run(workspace, folder / "sync", full, reps(size, 5, 3))
        finally:
            workspace.close()
        log(f"{size:,}: unlock → caseload visible")
        out["unlock"] = qt.unlock(db, home, reps(size, 5, 3))
        log(f"{size:,}: memory")
        out["memory"] = qt.memory(db, home)
        log(f"{size:,}: patient window")
        out["patient_window"] = qt.patient_window(db, home, rich)
        log(f"{size:,}: screen interactions (real widgets, offscreen)")
        out["screen"] = screen.run(db, home, rich, reps(size, 3, 2))
        out["cli"] = screen.cli_start(db, home, reps(size, 5, 3))
        out["demo"] = demo_generation(size, meta, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out["loadavg_end"] = os.getloadavg()[0]
    return out


def measure_screen(size: int) -> dict[str, Any]:
    """``BENCH_ONLY=screen``: the screen section alone (and the patient it opens)."""
    _db, meta = cached_demo(size)
    root = cache_root() / "runs"
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"run-{size}-", dir=root))
    out: dict[str, Any] = {"db_bytes": meta["bytes"], "records": meta["summary"],
                           "loadavg_start": os.getloadavg()[0]}
    try:
        db = work_copy(size, folder)
        home = folder / "home"
        workspace = open_workspace(db, home)
        try:
            rich = patient_file.build_rich_patient(workspace)
        finally:
            workspace.close()
        log(f"{size:,}: unlock → caseload visible")
        out["unlock"] = qt.unlock(db, home, reps(size, 5, 3))
        log(f"{size:,}: screen interactions (real widgets, offscreen)")
        out["screen"] = screen.run(db, home, rich, reps(size, 3, 2))
        out["cli"] = screen.cli_start(db, home, reps(size, 5, 3))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out["loadavg_end"] = os.getloadavg()[0]
    return out


#: ``BENCH_ONLY=pdf,bundle``: these sections measured again, merged into the last results.
SECTIONS = ("pdf", "bundle")


def update_sections(run_sizes: list[int], sections: set[str]) -> None:
    unknown = sections - set(SECTIONS)
    if unknown:
        raise SystemExit(f"BENCH_ONLY: unknown section(s) {sorted(unknown)}; "
                         f"choose among screen, {', '.join(SECTIONS)}")
    path = BENCH_DIR / "results.json"
    results = json.loads(path.read_text())
    partial = {"sections": sorted(sections), "sizes": run_sizes,
               "started": time.strftime("%Y-%m-%d %H:%M"),
               "loadavg_start": list(os.getloadavg())}
    log(f"sections {sorted(sections)}, sizes {run_sizes}; merged into {path.name}")
    for size in run_sizes:
        measured = measure_sections(size, sections)
        results["by_size"].setdefault(str(size), {}).update(measured)
    partial["finished"] = time.strftime("%Y-%m-%d %H:%M")
    partial["loadavg_end"] = list(os.getloadavg())
    results.setdefault("partial_runs", []).append(partial)
    path.write_text(json.dumps(results, indent=2) + "\n")
    write_reports(results, BENCH_DIR / "results.md")
    log("done: bench/results.md and bench/results.json")


def measure_sections(size: int, sections: set[str]) -> dict[str, Any]:
    root = cache_root() / "runs"
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"run-{size}-", dir=root))
    out: dict[str, Any] = {}
    try:
        db = work_copy(size, folder)
        workspace = open_workspace(db, folder / "home")
        try:
            if "pdf" in sections:
                log(f"{size:,}: PPCS PDF")
                rich = patient_file.build_rich_patient(workspace)
                out["pdf"] = pdf.run(workspace, rich, folder / "pdf", reps(size, 10, 5),
                                     reps(size, 2, 1))
            if "bundle" in sections:
                log(f"{size:,}: bundles")
                full = 3 if size <= 5_000 else reps(size, 2, 1)
                out["bundle"] = bundle.run(workspace, folder / "sync", full,
                                           reps(size, 5, 3))
        finally:
            workspace.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def demo_generation(size: int, meta: dict[str, Any], folder: Path) -> dict[str, Any]:
    if size > FRESH_GENERATION_MAX or os.environ.get("BENCH_QUICK") == "1":
        return {"s": meta["generation_s"], "cpu_s": meta.get("generation_cpu_s"),
                "fresh": False, "date": meta["date"], "loadavg": meta["loadavg"]}
    log(f"{size:,}: demo generation")
    generated = generate(folder / "gen" / "demo.db", folder / "gen" / "home", size, 1)
    return {"s": generated["s"], "cpu_s": generated["cpu_s"], "fresh": True,
            "loadavg": os.getloadavg()[0]}


if __name__ == "__main__":
    main()
