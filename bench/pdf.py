"""Printing the PPCS: one PDF, and a batch of 100, through ``ExportService.export_plan_pdf``
(read the plan, render it, record the print in the audit trail, write the file atomically).

Baseline: ReportLab's one-page hello world, in memory, with the built-in Helvetica.
The embedded DejaVu fonts are parsed once per process (``coordapp.export.fonts``); the
first PDF of a process pays for it, and that one-off cost is reported separately.
"""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import text

from bench.common import summary, timed
from coordapp.export import fonts
from coordapp.services.exports import ExportService

BATCH = 100
AUDIENCE = "team"  # the full PPCS, the longer of the two documents


def hello_world() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Hello world")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def font_registration_ms() -> float | None:
    """The one-off cost of parsing the fonts, if this process has not done it yet."""
    if fonts._registered:
        return None
    start = time.perf_counter()
    fonts.register_fonts()
    return (time.perf_counter() - start) * 1000


def patients_with_a_plan(workspace: Any, limit: int) -> list[str]:
    with workspace.store.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT DISTINCT patient_id FROM care_plan WHERE deleted_hlc IS NULL AND status "
            "IN ('draft', 'validated') ORDER BY patient_id LIMIT :n"), {"n": limit}).all()
    return [row[0] for row in rows]


def run(workspace: Any, rich_patient: str, out_dir: Path, repeat: int,
        batch_repeat: int) -> dict[str, Any]:
    service = ExportService(workspace)
    out_dir.mkdir(parents=True, exist_ok=True)
    fonts_ms = font_registration_ms()
    patients = patients_with_a_plan(workspace, BATCH)
    typical = patients[0]
    counter = iter(range(10**9))

    def one(pid: str) -> None:
        service.export_plan_pdf(pid, out_dir / f"ppcs-{next(counter)}.pdf", AUDIENCE)

    cpu: list[float] = []
    batch_cpu: list[float] = []
    rich = timed(lambda: one(rich_patient), repeat, warmup=1, cpu=cpu)
    usual = timed(lambda: one(typical), repeat, warmup=1)
    pages = service.render_plan_pdf(rich_patient, AUDIENCE).pages

    def batch() -> None:
        for pid in patients:
            one(pid)

    batches = timed(batch, batch_repeat, warmup=0, cpu=batch_cpu)
    baseline = timed(hello_world, 50, warmup=3)
    for pdf in out_dir.glob("*.pdf"):
        pdf.unlink()
    return {"one_ms": summary([s * 1000 for s in rich]),
            "one_cpu_ms": summary([s * 1000 for s in cpu]), "batch_cpu_s": summary(batch_cpu),
            "one_typical_ms": summary([s * 1000 for s in usual]),
            "rich_pages": pages, "batch_s": summary(batches), "batch_size": len(patients),
            "baseline_ms": summary([s * 1000 for s in baseline]),
            "font_registration_ms": fonts_ms}
