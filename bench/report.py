"""``bench/results.md`` from the results dict: one table per figure, beside its target and
its baseline measured in the same run, and how each cost grows with the size."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import BENCH_DIR, TARGET_SIZE, growth_exponent

Getter = Callable[[dict[str, Any], dict[str, Any]], Any]


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    unit: str
    target: str
    value: Getter  # (size results, run results) -> summary dict {median, q1, q3, ...}
    limit: float | None = None  # value must be <= limit
    baseline: Getter | None = None  # -> summary dict
    baseline_name: str = "—"
    max_ratio: float | None = None  # value / baseline <= max_ratio
    max_above: float | None = None  # value - baseline <= max_above
    every_size: bool = False  # the limit holds at every size, not only at 20,000
    cpu: Getter | None = None  # -> summary dict of this process's CPU time, same unit


def _get(*path: str) -> Getter:
    def getter(size: dict[str, Any], _run: dict[str, Any]) -> Any:
        node: Any = size
        for key in path:
            node = node[key]
        return node
    return getter


def _bare(key: str) -> Getter:
    return lambda _size, run: run["bare_window"][key]


def _single(*path: str) -> Getter:
    inner = _get(*path)
    return lambda size, run: {"median": inner(size, run), "n": 1}


_OPS_BASELINE = "raw executemany of the operations, plain table"
_SCHEMA_BASELINE = ("the same rows (every synced table, change log, contexts) written raw "
                    "into the same empty workspace: one executemany per table, one "
                    "transaction")
_PLAIN_QT = ("plain `QAbstractTableModel` over a Python list of the same number of rows, "
             "reset (or scrolled) and repainted in a `QTableView` of the same size")
_FILE_READ = "`PatientFileService.load` of the same file (the read alone)"
#: Screen interactions, real widgets offscreen, event → painted (bench/screen_child.py).
_SCREEN = (
    ("keystroke", "Screen: a letter typed in the caseload filter → rows painted", _PLAIN_QT),
    ("status_filter", "Screen: status filter changed (↓ in the list) → rows painted",
     _PLAIN_QT),
    ("sort_worst", "Screen: click a caseload header, slowest column (cold order)",
     _PLAIN_QT),
    ("sort", "Screen: click a caseload header, all 8 columns both ways (cold order)",
     _PLAIN_QT),
    ("sort_after_edit", "Screen: click a caseload header just after a patient was edited "
     "(all 8 columns)", _PLAIN_QT),
    ("scroll_end", "Screen: Ctrl+End in the caseload → last rows painted", _PLAIN_QT),
    ("scroll_home", "Screen: Ctrl+Home back to the first rows", _PLAIN_QT),
    ("patient_window", "Screen: open the patient window (40 actions, 200 notes)", _FILE_READ),
    ("patient_tab", "Screen: switch to a patient-window tab (first show builds it)",
     _FILE_READ),
    ("dashboard_mine_first", "Screen: \"À faire\" of one coordinator, first show", None),
    ("dashboard_everyone", "Screen: \"À faire\", untick \"Seulement mes patients\"", None),
    ("dashboard_mine", "Screen: \"À faire\", tick it again (one coordinator)", None),
    ("dashboard_calcul", "Screen: \"À faire\" after a change (nothing prepared): click → "
     "\"Calcul…\" painted", None),
    ("dashboard_cold", "Screen: \"À faire\" after a change: click → lists painted (read "
     "on the worker)", None),
)
SCREEN_FIGURES = tuple(
    Figure(f"screen_{key}", title, "ms", "≤ 100 ms", _get("screen", key, "ms"), 100,
           _get("screen", key, "baseline_ms") if base else None, base or "—",
           cpu=_get("screen", key, "cpu_ms"))
    for key, title, base in _SCREEN
)
CLI_FIGURES = (
    Figure("cli_version", "CLI start: `coordapp --version`", "ms", "≤ 400 ms",
           _get("cli", "version", "ms"), 400, _get("cli", "version", "baseline_ms"),
           "`python -c pass`"),
    Figure("cli_patients", "CLI start: `coordapp patients --limit 1` (cheap KDF)", "ms",
           "≤ 400 ms", _get("cli", "patients", "ms"), 400,
           _get("cli", "patients", "baseline_ms"), "`python -c pass`"),
)
FIGURES = (
    Figure("search", "Caseload search, per keystroke (count + 200 lines)", "ms",
           "≤ 16 ms, ≤ 2× baseline", _get("search", "ms"), 16, _get("search", "baseline_ms"),
           "in-memory floor: normalised keys in a list, filtered and counted, 200 rows read "
           "by id in raw SQL", max_ratio=2, cpu=_get("search", "cpu_ms")),
    Figure("unlock", "Unlock → caseload visible (offscreen, KDF excluded)", "s",
           "≤ 1.0 s above baseline", _get("unlock", "s"), None, _bare("s"),
           "bare QApplication + empty QMainWindow shown", max_above=1.0,
           cpu=_get("unlock", "cpu_s")),
    Figure("patient_file", "Open a patient file (40 actions, 200 notes)", "ms", "≤ 100 ms",
           _get("patient_file", "ms"), 100, cpu=_get("patient_file", "cpu_ms")),
    Figure("pdf_one", "One PPCS PDF (40-action plan, team version)", "ms", "≤ 200 ms",
           _get("pdf", "one_ms"), 200, _get("pdf", "baseline_ms"),
           "ReportLab one-page hello world", cpu=_get("pdf", "one_cpu_ms")),
    Figure("pdf_person", "One PPCS PDF (40-action plan, person's version, Typst)", "ms",
           "≤ 200 ms", _get("pdf", "person_ms"), 200, _get("pdf", "baseline_ms"),
           "ReportLab one-page hello world", cpu=_get("pdf", "person_cpu_ms")),
    Figure("pdf_batch", "Round of 100 PPCS PDFs (team version, worker pool, saved)", "s",
           "≤ 10 s on two cores", _get("pdf", "batch_s"), 10, _get("pdf", "serial_s"),
           "the same 100 plans read and rendered one after the other in this process, "
           "then merged (the round before the pool)", cpu=_get("pdf", "batch_cpu_s")),
    Figure("export", "Full bundle export", "s", "≤ 15 s", _get("bundle", "export_s"), 15,
           _single("bundle", "baseline_s"), _OPS_BASELINE, cpu=_get("bundle", "export_cpu_s")),
    Figure("import", "Full bundle import into an empty database", "s",
           "≤ 30 s, ≤ 1.3× baseline", _get("bundle", "import_s"), 30,
           _get("bundle", "schema_baseline_s"), _SCHEMA_BASELINE, max_ratio=1.3,
           cpu=_get("bundle", "import_cpu_s")),
    Figure("incremental", "Incremental bundle of 10 patients (export + import)", "s",
           "≤ 1 s at every size, flat", _get("bundle", "incremental_total_s"), 1,
           every_size=True),
    Figure("demo", "Demo generation", "s", "≤ 60 s", _single("demo", "s"), 60,
           cpu=_single("demo", "cpu_s")),
    Figure("memory", "Peak memory, caseload open (first page)", "MB", "≤ 400 MB RSS",
           _single("memory", "first_page", "VmHWM"), 400, _bare("hwm_mb"),
           "bare PySide6 window"),
    Figure("memory_todo", "Peak memory, caseload scrolled to the end and \"À faire\" "
           "(everyone) open", "MB", "≤ 400 MB RSS",
           _single("memory", "with_todo", "VmHWM"), 400, _bare("hwm_mb"),
           "bare PySide6 window"),
    *SCREEN_FIGURES,
    *CLI_FIGURES,
)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} {unit}"


def _spread(stats: dict[str, Any], unit: str) -> str:
    n = stats.get("n", 1)
    if n <= 1:
        return "single run"
    label = "IQR" if n >= 4 else "min–max"
    low, high = (stats["q1"], stats["q3"]) if n >= 4 else (stats["min"], stats["max"])
    return f"{label} {_fmt(low, unit)} – {_fmt(high, unit)} (n={n})"


def _evaluate(fig: Figure, size: int, median: float, base: float | None) -> str:
    if size != TARGET_SIZE and not fig.every_size:
        return "(informative)"
    missed = []
    if fig.limit is not None and median > fig.limit:
        missed.append(f"over {_fmt(fig.limit, fig.unit)}")
    if fig.max_ratio is not None and base and median / base > fig.max_ratio:
        missed.append(f"ratio > {fig.max_ratio:g}×")
    if fig.max_above is not None and base is not None and median - base > fig.max_above:
        missed.append(f"more than {_fmt(fig.max_above, fig.unit)} above baseline")
    return "**missed** (" + ", ".join(missed) + ")" if missed else "met"


def rows_of(fig: Figure, results: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for size_key, data in results["by_size"].items():
        try:
            stats = fig.value(data, results)
        except KeyError:
            continue
        base_stats = None
        if fig.baseline is not None:
            try:
                base_stats = fig.baseline(data, results)
            except KeyError:
                base_stats = None
        median = stats["median"]
        base = base_stats["median"] if base_stats else None
        cpu = None
        if fig.cpu is not None:
            try:
                cpu = fig.cpu(data, results)["median"]
            except (KeyError, TypeError):
                cpu = None
        rows.append({"size": int(size_key), "median": median, "stats": stats, "baseline": base,
                     "cpu": cpu, "status": _evaluate(fig, int(size_key), median, base)})
    return rows


def figure_table(fig: Figure, rows: list[dict[str, Any]]) -> list[str]:
    lines = [f"### {fig.title}", "",
             "| patients | median | spread | CPU (median) | target | baseline | ratio | status |",
             "|---:|---:|---|---:|---|---:|---:|---|"]
    for row in rows:
        base = row["baseline"]
        ratio = f"{row['median'] / base:.1f}×" if base else "—"
        if fig.max_above is not None and base is not None:
            ratio += f" (+{_fmt(row['median'] - base, fig.unit)})"
        lines.append(f"| {row['size']:,} | {_fmt(row['median'], fig.unit)} | "
                     f"{_spread(row['stats'], fig.unit)} | {_fmt(row['cpu'], fig.unit)} | "
                     f"{fig.target} | "
                     f"{_fmt(base, fig.unit)} | {ratio} | {row['status']} |")
    exponent = growth_exponent({r["size"]: r["median"] for r in rows})
    lines += ["", f"Growth with size: {_growth_text(exponent)}.", ""]
    if fig.baseline is not None:
        lines.insert(2, f"Baseline: {fig.baseline_name}.\n")
    return lines


def _growth_text(exponent: float | None) -> str:
    if exponent is None:
        return "one size only"
    if exponent < 0.2:
        shape = "flat"
    elif exponent < 0.8:
        shape = "sub-linear"
    elif exponent < 1.25:
        shape = "about linear"
    else:
        shape = "super-linear"
    return f"cost ∝ n^{exponent:.2f} ({shape})"


def summary_table(results: dict[str, Any]) -> list[str]:
    lines = ["| figure | target at 20,000 | measured at 20,000 | baseline | ratio | status "
             "| growth |", "|---|---|---:|---:|---:|---|---|"]
    for fig in FIGURES:
        rows = rows_of(fig, results)
        at_target = next((r for r in rows if r["size"] == TARGET_SIZE), None)
        growth = _growth_text(growth_exponent({r["size"]: r["median"] for r in rows}))
        if at_target is None:
            lines.append(f"| {fig.title} | {fig.target} | not run | — | — | — | {growth} |")
            continue
        base = at_target["baseline"]
        status = at_target["status"]
        if fig.every_size:
            bad = [r for r in rows if r["status"] != "met"]
            status = "met at every size" if not bad else "**missed** at " + ", ".join(
                f"{r['size']:,}" for r in bad)
        ratio = f"{at_target['median'] / base:.1f}×" if base else "—"
        lines.append(f"| {fig.title} | {fig.target} | {_fmt(at_target['median'], fig.unit)} "
                     f"| {_fmt(base, fig.unit)} | {ratio} | {status} | {growth} |")
    return lines


def write_reports(results: dict[str, Any], path: Path) -> None:
    machine = results["machine"]
    lines = [
        "# CoordApp benchmarks — results", "",
        "Written by `make bench` (`bench/run.py`); do not edit by hand — the analysis is in "
        "`bench/findings.md`, included at the end.", "",
        f"Run {results['started']} → {results.get('finished', '…')} on {machine['cpus']} CPUs, "
        f"Python {machine['python']}, {machine['platform']}. Load average at start "
        f"{machine['loadavg_start'][0]:.2f}, at end "
        f"{machine.get('loadavg_end', [0])[0]:.2f} (other processes were running). "
        "Demo databases: seed 1, cheap KDF (`bench.common.CHEAP_KDF`), so every figure "
        "is \"KDF excluded\".", "",
        *[f"Sections {', '.join(part['sections'])} measured again {part['started']} → "
          f"{part['finished']} at {', '.join(f'{n:,}' for n in part['sizes'])} patients "
          f"(`BENCH_ONLY`), load average {part['loadavg_start'][0]:.2f} → "
          f"{part['loadavg_end'][0]:.2f}; their figures replace that run's.\n"
          for part in results.get("partial_runs", [])],
        "Medians; spread is the inter-quartile range (or min–max with fewer than 4 runs). "
        "Status is judged at 20,000 patients (the size the targets are stated at); other "
        "sizes show how each cost grows. Growth is the slope k of log(cost) against "
        "log(patients): cost ∝ n^k.", "",
        "## Summary", "", *summary_table(results), "",
        "## Figures", "",
    ]
    for fig in FIGURES:
        lines += figure_table(fig, rows_of(fig, results))
        lines += _details(fig.key, results)
    findings = BENCH_DIR / "findings.md"
    if findings.exists():
        lines += ["", findings.read_text().rstrip(), ""]
    path.write_text("\n".join(lines) + "\n")


def _details(key: str, results: dict[str, Any]) -> list[str]:
    from bench.report_details import details

    return details(key, results)


if __name__ == "__main__":  # rewrite results.md from results.json (after editing findings)
    import json

    write_reports(json.loads((BENCH_DIR / "results.json").read_text()),
                  BENCH_DIR / "results.md")
