"""The print preview and the patient file's "Imprimer le PPCS…" (pytest-qt, real DB).

No real printer: a ``QPrinter`` writes a PDF file (each page a picture, so no text), read
back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from coordapp.errors import NotFound
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.exports import Audience, ExportService
from coordapp.services.plans.print_batch import PrintBatchService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from coordapp.ui.printing import PrintPreviewDialog
from coordapp.ui.printing.page_view import FIT_PAGE
from coordapp.ui.printing.save_paths import documents_dir
from tests.informed import INFORMED
from tests.test_export_helpers import audit_events, make_plan


def demo_plan_patient(workspace: Workspace) -> str:
    """A demo person with a current plan."""
    generate_demo(workspace, 8, seed=4)
    batches = PrintBatchService(workspace)
    for summary in CaseloadService(workspace).search(status="active"):
        try:
            batches.render_one(summary.id, Audience.PERSON)
        except NotFound:  # no plan yet
            continue
        return summary.id
    raise AssertionError("no demo patient with a plan")  # pragma: no cover


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def open_preview(qtbot, workspace: Workspace, patient_id: str,
                 audience: Audience = Audience.PERSON) -> PrintPreviewDialog:
    batch = PrintBatchService(workspace).render_one(patient_id, audience)
    dialog = PrintPreviewDialog(batch.data, "PPCS", exports=ExportService(workspace),
                                documents=batch.documents)
    qtbot.addWidget(dialog)
    dialog.resize(800, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_printer(dialog: PrintPreviewDialog, path: Path) -> QPrinter:
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_of_a_demo_plan_shows_every_page(qtbot, workspace: Workspace) -> None:
    patient_id = demo_plan_patient(workspace)
    dialog = open_preview(qtbot, workspace, patient_id)
    expected = pdf_pages(dialog.batch.data)
    assert expected >= 2
    assert dialog.page_count() == expected == len(dialog.view.labels)
    assert dialog.page_label.text() == f"Page 1 sur {expected}"
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()
    assert 0 in dialog.view.drawn_pages()  # the first page is drawn, not a blank frame
    pixmap = dialog.view.labels[0].pixmap()
    assert not pixmap.isNull() and pixmap.toImage().pixelColor(3, 3).name() == "#ffffff"

    dialog.view.scroll_to_page(expected - 1)
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page {expected} sur {expected}")
    assert expected - 1 in dialog.view.drawn_pages()
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(FIT_PAGE))
    first = dialog.view.labels[0]
    assert first.height() <= dialog.view.viewport().height()
    dialog.zoom_combo.setCurrentIndex(dialog.zoom_combo.findData(1.0))
    assert first.width() == pytest.approx(595 * dialog.view.logicalDpiX() / 72, abs=3)
    assert audit_events(workspace, "print") == []  # previewing is not printing


def test_printing_writes_every_page_and_records_a_print(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    ids = make_plan(workspace, actions=10)
    dialog = open_preview(qtbot, workspace, ids.patient)
    count = dialog.page_count()
    out = tmp_path / "imprime.pdf"
    with qtbot.waitSignal(dialog.printed) as printed:
        assert dialog.print_to(pdf_printer(dialog, out)) == count
    assert printed.args == [count]
    paper = PdfReader(out)
    assert len(paper.pages) == count
    assert out.stat().st_size > 30_000 * count  # pictures of the pages, not blank sheets
    width, height = (float(v) for v in paper.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4, as the document
    [event] = audit_events(workspace, "print")
    assert (event.entity, event.entity_id, event.detail) == (
        "patient", ids.patient, f"impression person, {count} page(s)")


def test_printing_a_page_range_records_only_those_pages(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    ids = make_plan(workspace, actions=10)
    dialog = open_preview(qtbot, workspace, ids.patient, Audience.TEAM)
    assert dialog.page_count() >= 2
    printer = pdf_printer(dialog, tmp_path / "page2.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer) == 1
    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1
    [event] = audit_events(workspace, "print")
    assert event.detail == "impression team, 1 page(s)"


def test_saving_the_preview_writes_the_same_bytes_through_the_service(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_plan(workspace)
    dialog = open_preview(qtbot, workspace, ids.patient)
    target = tmp_path / "choisi"  # the extension is added
    proposed: list[str] = []

    def choose(_parent, _title, suggested, *_args, **_kwargs):
        proposed.append(suggested)
        return str(target), ""
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", choose)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    saved = target.with_name("choisi.pdf")
    assert saved.read_bytes() == dialog.batch.data
    (suggested,) = proposed
    assert Path(suggested).parent == documents_dir()  # not the program's folder
    [event] = audit_events(workspace, "print")
    assert event.detail == f"pdf person, {dialog.page_count()} page(s)"


def open_window(qtbot, workspace: Workspace, patient_id: str) -> PatientWindow:
    window = PatientWindow(workspace, patient_id)
    qtbot.addWidget(window, before_close_func=lambda w: w.identity_tab.revert())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_ctrl_p_in_a_patient_file_asks_for_whom_then_previews(
    qtbot, workspace: Workspace
) -> None:
    ids = make_plan(workspace, actions=8)
    window = open_window(qtbot, workspace, ids.patient)
    commands = window.print_commands
    assert commands.print_button.isEnabled()
    assert commands.print_action.shortcut().toString() == "Ctrl+P"
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = commands.audience_dialog
    assert dialog is not None and dialog.choice.person_radio.isChecked()
    dialog.choice.team_radio.setChecked(True)
    dialog.preview_button.click()
    preview = commands.preview
    assert preview is not None and preview.isVisible()
    team = ExportService(workspace).render_plan_pdf(ids.patient, "team")
    assert preview.page_count() == team.pages
    assert "pour l'équipe" in preview.windowTitle()
    assert preview.file_stem.endswith("-equipe")  # a French file name
    assert commands.audience == Audience.TEAM  # remembered for the next time
    window.hide()  # the lock hides the file: its PPCS leaves the screen too
    assert commands.preview is None or not commands.preview.isVisible()


def test_printing_is_disabled_without_a_plan(qtbot, workspace: Workspace) -> None:
    patient_id = CaseloadService(workspace).add_patient({
        "family_name": "Martin", "given_names": "Paul", "birth_date": "1950-01-02",
        "sex": "M", "status": "active"}, information=INFORMED).id
    window = open_window(qtbot, workspace, patient_id)
    commands = window.print_commands
    assert not commands.print_action.isEnabled() and not commands.print_button.isEnabled()
    assert commands.print_button.toolTip() == commands.print_action.statusTip() == (
        "Ce patient n'a pas encore de PPCS : rien à imprimer. Créez-le dans l'onglet "
        "« PPCS » (Alt+P).")
    commands.open_print()
    assert commands.audience_dialog is None
    window.plan_tab.start_plan()  # an empty draft: something to print
    qtbot.waitUntil(commands.print_button.isEnabled)
