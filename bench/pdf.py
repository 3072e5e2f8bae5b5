"""Printing the PPCS.

- One PDF: ``ExportService.export_plan_pdf`` of the 40-action plan (read the plan, render
  it, record the print in the audit trail, write the file atomically), the team's version
  (ReportLab) and the person's (Typst, tagged PDF/UA).
- A round of 100: ``PrintBatchService.render`` of 100 demo plans (team version) through
  the worker pool (one process per core, started by the first round of the process:
  "cold", then "warm"), then ``save_printed_pdf`` (one file, one print per person in the
  audit trail). Baseline in the same run: the same 100 plans read and rendered one after
  the other in this process (what a round did before the pool), then merged.

Baseline of one PDF: ReportLab's one-page hello world, in memory, with the built-in Helvetica.
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
from coordapp.export import fonts, pdf_pool
from coordapp.export.pdf_merge import merge_pdfs
from coordapp.services.exports import ExportService
from coordapp.services.patient.consent import SharingRefused, objecting_among
from coordapp.services.plans.print_batch import PlanToPrint, PrintBatchService

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
    """The first ``limit`` patients (by id) with a plan whose team PPCS may be printed."""
    with workspace.store.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT DISTINCT patient_id FROM care_plan WHERE deleted_hlc IS NULL AND status "
            "IN ('draft', 'validated') ORDER BY patient_id LIMIT :n"), {"n": limit * 2}).all()
    candidates = [row[0] for row in rows]
    with workspace.unit_of_work() as uow:
        objecting = objecting_among(uow.session, candidates)
    found = [pid for pid in candidates if pid not in objecting][:limit]
    return found


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
    person_cpu: list[float] = []
    rich = timed(lambda: one(rich_patient), repeat, warmup=1, cpu=cpu)
    person = timed(lambda: service.export_plan_pdf(
        rich_patient, out_dir / f"ppcs-{next(counter)}.pdf", "person"), repeat, warmup=1,
        cpu=person_cpu)
    usual = timed(lambda: one(typical), repeat, warmup=1)
    pages = service.render_plan_pdf(rich_patient, AUDIENCE).pages
    person_pages = service.render_plan_pdf(rich_patient, "person").pages
    rounds = PrintBatchService(workspace)
    plans = [PlanToPrint(pid, title=f"PPCS {i + 1}") for i, pid in enumerate(patients)]

    def batch() -> None:
        printed = rounds.render(plans, AUDIENCE, title="Tournée")
        service.save_printed_pdf(out_dir / f"round-{next(counter)}.pdf", printed.data,
                                 printed.documents)

    def serial() -> None:
        parts = []
        for pid in patients:
            try:
                parts.append(service.render_plan_pdf(pid, AUDIENCE).data)
            except SharingRefused:  # left out of a team round, as the round does
                continue
        merge_pdfs(parts, [plan.title for plan in plans][:len(parts)], "Tournée")

    printed = len(rounds.render(plans, AUDIENCE).documents)
    batch_cpu: list[float] = []
    pdf_pool.shutdown()  # the first round of this process starts the workers
    cold = timed(batch, 1, warmup=0)
    batches = timed(batch, batch_repeat, warmup=0, cpu=batch_cpu)
    serial_s = timed(serial, batch_repeat, warmup=0)
    baseline = timed(hello_world, 50, warmup=3)
    for pdf in out_dir.glob("*.pdf"):
        pdf.unlink()
    return {"one_ms": summary([s * 1000 for s in rich]),
            "one_cpu_ms": summary([s * 1000 for s in cpu]), "batch_cpu_s": summary(batch_cpu),
            "person_ms": summary([s * 1000 for s in person]),
            "person_cpu_ms": summary([s * 1000 for s in person_cpu]),
            "person_pages": person_pages, "batch_cold_s": cold[0],
            "serial_s": summary(serial_s), "workers": pdf_pool.workers(), "printed": printed,
            "one_typical_ms": summary([s * 1000 for s in usual]),
            "rich_pages": pages, "batch_s": summary(batches), "batch_size": len(patients),
            "baseline_ms": summary([s * 1000 for s in baseline]),
            "font_registration_ms": fonts_ms}
