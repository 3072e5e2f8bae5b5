"""Extra lines under some figures of ``results.md``: per-keystroke detail, query plans,
secondary measurements (cold first PDF, patient window, scrolled caseload…)."""

from __future__ import annotations

from typing import Any

from bench.common import TARGET_SIZE


def _at_target(results: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    by_size = results["by_size"]
    if str(TARGET_SIZE) in by_size:
        return TARGET_SIZE, by_size[str(TARGET_SIZE)]
    if not by_size:
        return None
    key = max(by_size, key=int)
    return int(key), by_size[key]


def details(key: str, results: dict[str, Any]) -> list[str]:
    found = _at_target(results)
    if found is None:
        return []
    size, data = found
    maker = {"search": _search, "unlock": _unlock, "patient_file": _patient,
             "pdf_one": _pdf, "import": _bundle, "incremental": _incremental,
             "memory": _memory, "demo": _demo}.get(key)
    return maker(size, data, results) if maker else []


def _search(size: int, data: dict[str, Any], _results: dict[str, Any]) -> list[str]:
    s = data.get("search")
    if not s:
        return []
    lines = [f"Per keystroke at {size:,} patients (typing \"{s['typed']}\"), medians:", "",
             "| typed | matches | count + 200 lines | in-memory floor |",
             "|---|---:|---:|---:|"]
    for text, p in s["per_prefix"].items():
        lines.append(f"| `{text}` | {p['matches']:,} | {p['ms']['median']:.2f} ms | "
                     f"{p['baseline_ms']['median']:.2f} ms |")
    return [*lines, ""]


def _unlock(size: int, data: dict[str, Any], results: dict[str, Any]) -> list[str]:
    u = data.get("unlock")
    if not u:
        return []
    bare = results["bare_window"]
    return [f"At {size:,}: whole process launch (interpreter, imports, window) "
            f"{u['launch_s']['median']:.2f} s vs {bare['launch_s']['median']:.2f} s for the "
            f"bare window; KDF subtracted {u['kdf_s']['median'] * 1000:.0f} ms (cheap test "
            f"KDF). The caseload showed {u['rows']} of {u['total']:,} rows (lazy model, one "
            "page). Each measurement is a fresh process; the time starts after the imports, "
            "when the passphrase has been typed.", ""] + ([
            f"The whole caseload (index read on a worker thread, searches and sorts "
            f"ready) was listed {u['complete_s']['median']:.2f} s after unlock; the longest "
            f"the event loop was held up meanwhile: {u['stall_ms']['median']:.0f} ms "
            f"(max {u['stall_ms']['max']:.0f} ms).", ""] if u.get("complete_s") else [])


def _patient(size: int, data: dict[str, Any], _results: dict[str, Any]) -> list[str]:
    p, w = data.get("patient_file"), data.get("patient_window")
    if not p:
        return []
    lines = [f"At {size:,}: the file had {p['actions']} actions, {p['notes']} notes, "
             f"{p['care_team']} care-circle members; `load()` includes its audit entry."]
    if w:
        lines.append(f"Bonus: `PatientWindow` constructed and shown: "
                     f"{w['ms']['median']:.0f} ms (first one in the process "
                     f"{w['cold_ms']:.0f} ms).")
    return [*lines, ""]


def _pdf(size: int, data: dict[str, Any], _results: dict[str, Any]) -> list[str]:
    p = data.get("pdf")
    if not p:
        return []
    fonts = p.get("font_registration_ms")
    lines = [f"At {size:,}: the 40-action plan prints on {p['rich_pages']} page(s); a typical "
             f"demo plan takes {p['one_typical_ms']['median']:.0f} ms. Each PDF is the whole "
             "use case (read, render, audit entry, atomic write with fsync)."]
    if "batch_cold_s" in p:
        lines.append(f"Round of {p['batch_size']}: {p['workers']} worker process(es); the "
                     f"first round of the process (workers started) took "
                     f"{p['batch_cold_s']:.1f} s. The person's version of the 40-action plan "
                     f"prints on {p['person_pages']} page(s).")
    if fonts is not None:
        lines.append(f"Font parsing, once per process: {fonts:.0f} ms (paid by the first PDF "
                     "only).")
    return [*lines, ""]


def _bundle(size: int, data: dict[str, Any], _results: dict[str, Any]) -> list[str]:
    b = data.get("bundle")
    if not b:
        return []
    return [f"At {size:,}: {b['ops']:,} operations, {b['records']:,} records, bundle "
            f"{b['bundle_bytes'] / 1e6:.0f} MB; baseline wrote the same {b['baseline_rows']:,} "
            f"change-log rows in {b['baseline_s']:.2f} s (plain table)."
            + (f" Same-schema baseline: {b['schema_baseline_rows']:,} rows."
               if "schema_baseline_rows" in b else ""), ""]


def _incremental(_size: int, _data: dict[str, Any], results: dict[str, Any]) -> list[str]:
    lines = ["| patients | export | import | operations |", "|---:|---:|---:|---:|"]
    for size, data in results["by_size"].items():
        b = data.get("bundle")
        if b:
            lines.append(f"| {int(size):,} | {b['incremental_export_s']['median']:.3f} s | "
                         f"{b['incremental_import_s']['median']:.3f} s | "
                         f"{b['incremental_ops']:,} |")
    return [*lines, ""]


def _memory(size: int, data: dict[str, Any], _results: dict[str, Any]) -> list[str]:
    m = data.get("memory")
    if not m:
        return []
    return [f"At {size:,}: RSS {m['first_page']['VmRSS']:.0f} MB with the first page; after "
            f"scrolling to the end ({m['rows']:,} rows fetched in {m['scroll_seconds']:.1f} s) "
            f"RSS {m['scrolled']['VmRSS']:.0f} MB, peak {m['scrolled']['VmHWM']:.0f} MB.", ""]


def _demo(_size: int, _data: dict[str, Any], results: dict[str, Any]) -> list[str]:
    notes = []
    for size, data in results["by_size"].items():
        d = data.get("demo")
        if d and not d.get("fresh"):
            notes.append(f"{int(size):,}: measured when the cache was built ({d['date']}, "
                         f"load {d['loadavg']:.2f}).")
    return [*notes, ""] if notes else []
