"""Printing rounds and print records (services, no Qt): what is due this week, the
merged document, cancel, and the audit entries of a print or of a saved preview."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import CarePlan
from coordapp.services.exports import Audience, ExportService, PrintedPlan
from coordapp.services.plans.print_batch import (
    PlanToPrint,
    PrintBatch,
    PrintBatchService,
    PrintCancelled,
)
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_export_helpers import audit_events, make_plan


def review_in(workspace: Workspace, plan_id: str, days: int) -> None:
    with workspace.unit_of_work() as uow:
        plan = uow.session.get(CarePlan, plan_id)
        assert plan is not None
        uow.changes.update(plan, {"review_due": today() + dt.timedelta(days=days)})


def pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_due_for_review_lists_this_week_and_overdue_plans_of_my_patients(
    workspace: Workspace,
):
    overdue, due_today, next_week, later = (make_plan(workspace) for _ in range(4))
    for ids, days in ((overdue, -3), (due_today, 0), (next_week, 7), (later, 8)):
        review_in(workspace, ids.plan, days)
    due = PrintBatchService(workspace).due_for_review(today())
    assert [row.plan_id for row in due] == [overdue.plan, due_today.plan, next_week.plan]


def test_a_round_is_one_document_with_every_plan_in_order(workspace: Workspace):
    first, second = make_plan(workspace, actions=3), make_plan(workspace, actions=12)
    exports = ExportService(workspace)
    alone = [exports.render_plan_pdf(ids.patient, "team").pages for ids in (first, second)]
    seen: list[tuple[int, int]] = []
    batch = PrintBatchService(workspace).render(
        [PlanToPrint(first.patient, title="Première"), PlanToPrint(second.patient)], "team",
        progress=lambda done, total, _msg: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    assert batch.pages == sum(alone) == pages_of(batch.data)
    assert [(d.patient_id, d.pages, d.first_page) for d in batch.documents] == [
        (first.patient, alone[0], 0), (second.patient, alone[1], alone[0])]
    assert [item.title for item in PdfReader(io.BytesIO(batch.data)).outline] == ["Première"]
    assert audit_events(workspace, "print") == []  # rendering is not printing


def test_cancel_between_documents_produces_nothing(workspace: Workspace):
    plans = [PlanToPrint(make_plan(workspace).patient) for _ in range(3)]
    seen: list[int] = []
    with pytest.raises(PrintCancelled):
        PrintBatchService(workspace).render(
            plans, "person", progress=lambda done, _total, _msg: seen.append(done),
            cancel=lambda: bool(seen))
    assert seen == [1]


def test_printed_pages_are_counted_per_person():
    batch = PrintBatch(b"%PDF-", (PrintedPlan("a", Audience.PERSON, 3, 0),
                                  PrintedPlan("b", Audience.PERSON, 2, 3)))
    assert batch.printed(range(5)) == [PrintedPlan("a", Audience.PERSON, 3, 0),
                                       PrintedPlan("b", Audience.PERSON, 2, 3)]
    assert batch.printed([2, 3]) == [PrintedPlan("a", Audience.PERSON, 1, 0),
                                     PrintedPlan("b", Audience.PERSON, 1, 3)]
    assert batch.printed([0, 1]) == [PrintedPlan("a", Audience.PERSON, 2, 0)]


def test_record_print_writes_one_audit_entry(workspace: Workspace):
    ids = make_plan(workspace)
    ExportService(workspace).record_print(ids.patient, "team", 4)
    [event] = audit_events(workspace, "print")
    assert (event.entity, event.entity_id, event.detail) == (
        "patient", ids.patient, "impression team, 4 page(s)")
    with pytest.raises(NotFound):
        ExportService(workspace).record_print("no-such-id", "team", 1)
    with pytest.raises(InvalidInput):
        ExportService(workspace).record_print(ids.patient, "team", 0)
    with pytest.raises(InvalidInput):
        ExportService(workspace).record_print(ids.patient, "voisin", 1)
    assert len(audit_events(workspace, "print")) == 1


def test_saving_a_preview_writes_its_bytes_and_one_print_per_person(
    workspace: Workspace, tmp_path: Path
):
    plans = [PlanToPrint(make_plan(workspace).patient) for _ in range(2)]
    batch = PrintBatchService(workspace).render(plans, "person")
    path = tmp_path / "tournee.pdf"
    result = ExportService(workspace).save_printed_pdf(path, batch.data, batch.documents)
    assert path.read_bytes() == batch.data and result.pages == batch.pages
    events = audit_events(workspace, "print")
    assert [(e.entity_id, e.detail) for e in events] == [
        (doc.patient_id, f"pdf person, {doc.pages} page(s), lot de 2 PPCS")
        for doc in batch.documents]
    with pytest.raises(InvalidInput):
        ExportService(workspace).save_printed_pdf(tmp_path / "x.pdf", b"not a pdf",
                                                  batch.documents)
    assert not (tmp_path / "x.pdf").exists()
