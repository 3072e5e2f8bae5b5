"""GDPR access: a complete JSON and a readable PDF of everything about one person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordapp.cli import main
from coordapp.services.caseload import CaseloadService
from coordapp.services.demo import generate_demo
from coordapp.services.patient_file import PatientFileService
from coordapp.services.personal_data import PersonalDataService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE


def rich_patient(workspace: Workspace) -> str:
    generate_demo(workspace, 12, seed=9)
    rows = CaseloadService(workspace).search(status="active")
    return max(rows, key=lambda p: len(PatientFileService(workspace)
                                       .load(p.id, audit=False).journal)).id


def test_export_holds_the_whole_record_and_its_history(workspace: Workspace, tmp_path: Path):
    patient_id = rich_patient(workspace)
    loaded = PatientFileService(workspace).load(patient_id)  # one more "view" in the history
    result = PersonalDataService(workspace).export(patient_id, tmp_path / "rgpd")

    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert data["record"]["id"] == patient_id
    assert data["record"]["family_name"] == loaded.identity["family_name"]
    assert len(data["record"]["journal"]) == len(loaded.journal)
    assert data["plan_versions"] and data["plan_versions"][0]["needs"]
    assert any(h["action"] == "view" for h in data["access_history"])
    assert oct(result.json_path.stat().st_mode & 0o777) == "0o600"

    text = "".join(page.extract_text() for page in PdfReader(result.pdf_path).pages)
    flat = " ".join(text.split())
    assert loaded.identity["family_name"].upper() in flat
    assert loaded.journal[0].text.split()[0] in flat
    assert "Qui a consulté ou modifié votre dossier" in flat
    assert f"sur {result.pdf_pages}" in flat


def test_cli_patient_export(workspace: Workspace, app_paths, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch):
    patient_id = rich_patient(workspace)
    workspace.close()
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    assert main(["patient", "export", patient_id, "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).suffix for p in printed] == [".json", ".pdf"]
    assert all(Path(p).exists() for p in printed)
    assert main(["patient", "export", "nope", "--out", str(tmp_path / "x")]) == 5
