"""Printed PPCS: both audiences, fonts, page numbers, long plans, drafts, audit, CLI."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from coordapp.cli import main
from coordapp.errors import InvalidInput, NotFound
from coordapp.export.pdf_common import CONFIDENTIAL
from coordapp.models import Action, AuditAction, CarePlan, Patient
from coordapp.services.demo.generate import generate_demo
from coordapp.services.exports import ExportService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import (
    COORDINATOR_PHONE_TEXT,
    GP_PHONE_TEXT,
    action_text,
    audit_events,
    files_in,
    flat,
    make_plan,
)


def pages_text(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "sortie"
    directory.mkdir()
    return directory


@pytest.mark.parametrize("audience", ["person", "team"])
def test_pdf_holds_name_actions_phone_and_page_numbers(
    workspace: Workspace, out_dir: Path, audience: str
):
    ids = make_plan(workspace, actions=6)
    path = out_dir / f"ppcs-{audience}.pdf"
    result = ExportService(workspace).export_plan_pdf(ids.patient, path, audience)
    pages = pages_text(path)
    text = " ".join(pages)
    assert result.pages == len(pages) >= 1
    assert "Éloïse" in text and "DVOŘÁK" in text
    shown = [t for _id, t, status, _due in ids.actions
             if audience == "team" or status != "cancelled"]
    for action in shown:
        assert flat(action) in text, action
    assert COORDINATOR_PHONE_TEXT in pages[0]  # whom to call: on page one
    assert GP_PHONE_TEXT in text
    for number, page in enumerate(pages, 1):
        assert f"Page {number} sur {len(pages)}" in page
        assert CONFIDENTIAL in page
        assert "BROUILLON" not in page
    # Every French character survives: guillemets, apostrophe, œ, Latin Extended.
    assert "« le plus longtemps possible »" in text and "l’œil" in text


def test_person_version_speaks_plain_words(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace, actions=5)
    path = out_dir / "personne.pdf"
    ExportService(workspace).export_plan_pdf(ids.patient, path, "person")
    pages = pages_text(path)
    text = " ".join(pages)
    for first_page_item in ("Qui appeler ?", "Prochain point sur ce plan", "Appelez le 15",
                            "Si quelque chose ne va pas"):
        assert first_page_item in pages[0]
    for heading in ("Ce qui compte pour vous", "Qui fait quoi et quand",
                    "Les personnes qui vous accompagnent", "Votre accord"):
        assert heading in text
    for code in ("in_progress", "planned", "not_reached", "health", "social", "validated",
                 "PPCS", "RPPS", "NIR", "ALD", "Insuffisance cardiaque"):
        assert not re.search(rf"\b{code}\b", text), code
    assert "Santé" in text and "Vie sociale et entourage" in text


def test_team_version_holds_the_full_ppcs(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace, actions=5)
    path = out_dir / "equipe.pdf"
    ExportService(workspace).export_plan_pdf(ids.patient, path, "team")
    text = " ".join(pages_text(path))
    for expected in ("1. Informations générales", "Le cercle de soins", "SSIAD du Val-de-Meuse",
                     "Zoé Lefèvre", "Besoins par priorité", "3. Plan d'action",
                     "Critère d'évaluation : Aucune chute en trois mois",
                     "4. Objectifs non atteints et besoins non couverts",
                     "Besoin non couvert", "Objectif non atteint", "Version 1",
                     "par Anne Martin", "Accord oral recueilli à domicile",
                     "Insuffisance cardiaque", "Identité validée"):
        assert expected in text, expected
    assert "241037511612371" not in text  # INS matricule only for a qualified identity


def test_team_version_prints_the_ins_of_a_qualified_identity(
    workspace: Workspace, out_dir: Path
):
    ids = make_plan(workspace, identity_status="QUAL")
    path = out_dir / "equipe.pdf"
    ExportService(workspace).export_plan_pdf(ids.patient, path, "team")
    assert "matricule INS 241037511612371" in " ".join(pages_text(path))


def test_fonts_are_embedded_unicode_truetype(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace)
    for audience in ("person", "team"):
        path = out_dir / f"{audience}.pdf"
        ExportService(workspace).export_plan_pdf(ids.patient, path, audience)
        fonts = {}
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
        assert fonts
        for name, font in fonts.items():
            assert "DejaVuSans" in name, name
            if font["/Subtype"] == "/Type0":  # the person's tagged PDF: CID fonts
                descriptor = font["/DescendantFonts"][0].get_object()[
                    "/FontDescriptor"].get_object()
            else:
                descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
            assert "/ToUnicode" in font  # text stays searchable and copyable


@pytest.mark.parametrize("audience,header", [("person", "Quoi"), ("team", "Action")])
def test_forty_actions_span_pages_without_a_cut_row(
    workspace: Workspace, out_dir: Path, audience: str, header: str
):
    ids = make_plan(workspace, actions=40, long_actions=True)
    path = out_dir / "long.pdf"
    result = ExportService(workspace).export_plan_pdf(ids.patient, path, audience)
    pages = pages_text(path)
    assert result.pages == len(pages) >= 3
    holding: set[int] = set()
    for _id, text, status, _due in ids.actions:
        if audience == "person" and status == "cancelled":
            continue
        # The whole row text sits on one page: no row is cut across a page break.
        where = [n for n, page in enumerate(pages) if flat(text) in page]
        assert len(where) == 1, (text, where)
        holding.add(where[0])
        start = flat(text)[:40]
        assert sum(page.count(start) for page in pages) == 1
    assert len(holding) >= 2
    for n in holding:  # the header row is repeated on every page the table spans
        assert header in pages[n]


def test_a_draft_carries_the_mark_on_every_page(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace, actions=30, long_actions=True, status="draft")
    for audience in ("person", "team"):
        path = out_dir / f"brouillon-{audience}.pdf"
        ExportService(workspace).export_plan_pdf(ids.patient, path, audience)
        pages = pages_text(path)
        assert len(pages) >= 2
        assert all("BROUILLON" in page for page in pages)


def test_written_atomically_with_no_temporary_file_left(
    workspace: Workspace, out_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ids = make_plan(workspace)
    target = out_dir / "ppcs.pdf"
    target.write_bytes(b"old")
    ExportService(workspace).export_plan_pdf(ids.patient, target, "person")
    assert target.read_bytes().startswith(b"%PDF-")
    assert files_in(out_dir) == ["ppcs.pdf"]
    assert files_in(scratch) == []
    assert target.stat().st_mode & 0o077 == 0  # health data: readable by the owner only


def test_export_is_audited_without_names(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace)
    service = ExportService(workspace)
    service.export_plan_pdf(ids.patient, out_dir / "Lefèvre Éloïse.pdf", "person")
    service.export_plan_pdf(ids.patient, out_dir / "b.pdf", "team")
    events = audit_events(workspace, AuditAction.PRINT)
    assert [(e.entity, e.entity_id) for e in events] == [("patient", ids.patient)] * 2
    assert events[0].detail.startswith("pdf person") and events[1].detail.startswith("pdf team")
    assert all("Lef" not in (e.detail or "") and "Éloïse" not in (e.detail or "")
               for e in events)


def test_failed_write_leaves_no_audit_entry(workspace: Workspace, tmp_path: Path):
    ids = make_plan(workspace)
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(InvalidInput, match="Impossible d'écrire"):
        ExportService(workspace).export_plan_pdf(ids.patient, blocker / "ppcs.pdf", "person")
    assert audit_events(workspace, AuditAction.PRINT) == []


def test_patient_without_plan_or_unknown(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace)
    with workspace.unit_of_work() as uow:
        lonely = uow.changes.create(Patient, {
            "family_name": "Seul", "given_names": "Paul", "birth_date": dt.date(1950, 1, 1),
            "sex": "M", "status": "request"}).id
    service = ExportService(workspace)
    with pytest.raises(NotFound, match="pas encore de PPCS"):
        service.export_plan_pdf(lonely, out_dir / "x.pdf")
    with pytest.raises(NotFound):
        service.export_plan_pdf("inconnu", out_dir / "x.pdf")
    with pytest.raises(InvalidInput):
        service.export_plan_pdf(ids.patient, out_dir / "x.pdf", "famille")
    assert files_in(out_dir) == []


def test_every_demo_plan_prints_in_both_versions(workspace: Workspace, out_dir: Path):
    generate_demo(workspace, 40, seed=11)
    service = ExportService(workspace)
    with workspace.unit_of_work() as uow:
        patients = sorted(set(uow.session.scalars(select(CarePlan.patient_id))))
    assert len(patients) >= 20
    for patient_id in patients:
        for audience in ("person", "team"):
            pdf = service.render_plan_pdf(patient_id, audience)
            assert pdf.data.startswith(b"%PDF-") and pdf.pages >= 1


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")
def test_pages_render_with_poppler(workspace: Workspace, out_dir: Path):
    ids = make_plan(workspace, actions=12, long_actions=True, status="draft")
    path = out_dir / "ppcs.pdf"
    result = ExportService(workspace).export_plan_pdf(ids.patient, path, "person")
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(out_dir / "page")],
                   check=True, capture_output=True)
    assert len(list(out_dir.glob("page-*.png"))) == result.pages


# -- CLI --------------------------------------------------------------------------------

def test_cli_export_pdf(workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    ids = make_plan(workspace, actions=3)
    out = tmp_path / "equipe.pdf"
    code = main(["export", "pdf", ids.patient, "--out", str(out), "--audience", "team"])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert "page(s)" in err and out.read_bytes().startswith(b"%PDF-")
    assert main(["export", "pdf", ids.patient, "--out", str(tmp_path / "p.pdf")]) == 0
    assert "Qui appeler ?" in pages_text(tmp_path / "p.pdf")[0]  # person is the default
    assert main(["export", "pdf", "inconnu", "--out", str(tmp_path / "x.pdf")]) == 5
    with pytest.raises(SystemExit) as info:
        main(["export", "pdf", ids.patient, "--out", str(out), "--audience", "famille"])
    assert info.value.code == 2
    assert [e.detail.split(",")[0] for e in audit_events(workspace, AuditAction.PRINT)] == [
        "pdf team", "pdf person"]
    assert flat(action_text(1)) in " ".join(pages_text(out))


@pytest.mark.parametrize("audience", ["person", "team"])
def test_a_text_longer_than_a_page_is_continued_not_refused(
    workspace: Workspace, out_dir: Path, audience: str
):
    ids = make_plan(workspace, actions=3)
    pasted = "Texte recopié d'un courrier de sortie d'hospitalisation. " * 200
    with workspace.unit_of_work() as uow:
        action = uow.session.get(Action, ids.actions[0][0])
        plan = uow.session.get(CarePlan, ids.plan)
        assert action is not None and plan is not None
        uow.changes.update(action, {"text": pasted})
        uow.changes.update(plan, {"alert_procedure": pasted[:4000]})
    path = out_dir / "long.pdf"
    result = ExportService(workspace).export_plan_pdf(ids.patient, path, audience)
    text = " ".join(pages_text(path))
    assert result.pages >= 3
    assert text.count("Texte recopié d'un courrier") >= 200


@pytest.mark.parametrize("sex,word", [("F", "née le"), ("M", "né le")])
def test_team_version_says_born_by_sex_and_never_invents_an_ald(
    workspace: Workspace, out_dir: Path, sex: str, word: str
):
    ids = make_plan(workspace, actions=1)
    with workspace.unit_of_work() as uow:
        patient = uow.session.get(Patient, ids.patient)
        patient.sex = sex
        patient.ald = []  # never filled in: not "Aucune"
    path = out_dir / "equipe.pdf"
    ExportService(workspace).export_plan_pdf(ids.patient, path, "team")
    text = " ".join(pages_text(path))
    assert word in text and "né(e)" not in text
    assert "Affections de longue durée Non renseignées" in text
    assert "Affections de longue durée Aucune" not in text
