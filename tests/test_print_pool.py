"""PPCS rendered by the worker processes (``coordapp.export.pdf_pool``): the same text as
in this process, in order; cancel produces nothing and leaves no file; workers hold no
database file and write nothing."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordapp.export import pdf_pool
from coordapp.services.exports import ExportService
from coordapp.services.plans.print_batch import PlanToPrint, PrintBatchService, PrintCancelled
from coordapp.services.workspace import Workspace
from tests.test_export_helpers import make_plan


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def patients(workspace: Workspace) -> list[str]:
    return [make_plan(workspace, actions=n, family_name=name).patient
            for n, name in ((3, "Arnaud"), (14, "Bérard"), (6, "Çelik"), (1, "Dupré"))]


@pytest.mark.parametrize("kind", ["team", "person", "person_large"])
def test_the_pool_renders_the_same_text_as_this_process_in_order(
    workspace: Workspace, patients: list[str], kind: str
):
    exports = ExportService(workspace)
    docs = [exports.printable_document(pid, kind) for pid in patients]
    here = [pdf_pool.render_document(doc, kind) for doc in docs]
    seen: list[int] = []
    pooled = pdf_pool.render_many([(doc, kind) for doc in docs], done=seen.append)
    assert seen == [1, 2, 3, 4]
    assert [p.pages for p in pooled if p] == [p.pages for p in here]
    for mine, theirs in zip(here, pooled, strict=True):
        assert theirs is not None and theirs.data.startswith(b"%PDF-")
        assert page_texts(theirs.data) == page_texts(mine.data)
    assert page_texts(here[1].data) != page_texts(here[3].data)  # order matters


def test_a_round_through_the_pool_holds_each_plan_as_rendered_alone(
    workspace: Workspace, patients: list[str]
):
    exports = ExportService(workspace)
    alone = [page_texts(exports.render_plan_pdf(pid, "team").data) for pid in patients]
    batch = PrintBatchService(workspace).render([PlanToPrint(pid) for pid in patients], "team")
    texts = page_texts(batch.data)
    for doc, expected in zip(batch.documents, alone, strict=True):
        assert texts[doc.first_page:doc.first_page + doc.pages] == expected


def test_cancel_while_the_workers_render_produces_nothing_and_leaves_no_file(
    workspace: Workspace, patients: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    pdf_pool.shutdown()  # workers started afresh, with their temporary folder here
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    before = files_under(tmp_path)
    seen: list[int] = []
    with pytest.raises(PrintCancelled):
        PrintBatchService(workspace).render(
            [PlanToPrint(pid) for pid in patients * 3], "team",
            progress=lambda done, _total, _msg: seen.append(done),
            cancel=lambda: len(seen) >= 1)
    assert seen and seen[-1] < len(patients) * 3  # stopped before the end
    assert files_under(tmp_path) == before and files_under(temp) == []
    pdf_pool.shutdown()


def test_workers_hold_no_database_file_and_write_nothing(
    workspace: Workspace, patients: list[str], tmp_path: Path
):
    exports = ExportService(workspace)
    before = files_under(tmp_path)
    pdf_pool.render_many([(exports.printable_document(pid, "team"), "team")
                          for pid in patients])
    pids = list(pdf_pool.pool()._processes)  # the worker processes
    assert pids
    database = Path(workspace.store.path).resolve()
    for pid in pids:
        opened = []
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:  # a worker still starting opens and closes its modules' files
                opened.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
            except FileNotFoundError:
                continue
        assert not [name for name in opened if name.startswith(str(database))]
        assert not [name for name in opened if name.startswith(str(tmp_path))]
    assert files_under(tmp_path) == before
