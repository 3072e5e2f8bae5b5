"""GDPR access: a complete JSON and a readable PDF of everything about one person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordapp.cli import main
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.personal_data import PersonalDataService
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


def test_erasure_leaves_no_trace_of_the_name_in_the_file_or_the_wal(
    workspace: Workspace, app_paths, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    from coordapp.errors import InvalidInput
    from coordapp.services.patient.erasure import ErasureService

    service = CaseloadService(workspace)
    patient_id = service.add_patient({
        "family_name": "Quintavalle", "given_names": "Zéphirine", "birth_date": "1938-02-03",
        "sex": "F", "city": "Sedan", "situation_notes": "Confidentiel-XYZZY"}).id
    from coordapp.services.patient.follow_up import FollowUpService

    FollowUpService(workspace).add_journal_entry(patient_id, "Note secrète PLUGH")
    with pytest.raises(InvalidInput):
        ErasureService(workspace).erase(patient_id, "Quelqu'un d'autre")
    assert service.get(patient_id).family_name == "Quintavalle"

    result = ErasureService(workspace).erase(patient_id, "QUINTAVALLE")
    assert result.records >= 2
    assert service.search("quintavalle") == []
    workspace.close()
    db = app_paths.default_db
    for part in (db, Path(f"{db}-wal")):
        if part.exists():
            raw = part.read_bytes()
            for secret in (b"Quintavalle", "Zéphirine".encode(), b"XYZZY", b"PLUGH"):
                assert secret not in raw, (part, secret)
    # SQLCipher encrypts pages, so also check the decrypted content.
    reopened = Workspace.open(db, PASSPHRASE, app_paths)
    try:
        with reopened.store.engine.connect() as conn:
            dump = "\n".join(conn.exec_driver_sql(
                "SELECT family_name || given_names || coalesce(situation_notes, '') "
                "FROM patient").scalars())
            dump += "\n".join(str(v) for v in conn.exec_driver_sql(
                "SELECT \"values\" FROM change_log").scalars())
            dump += "\n".join(conn.exec_driver_sql("SELECT text FROM journal_entry").scalars())
        assert "Quintavalle" not in dump and "PLUGH" not in dump and "XYZZY" not in dump
    finally:
        reopened.close()
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    assert main(["patient", "erase", patient_id, "--confirm", "x"]) == 4


def test_an_erasure_reaches_colleagues_and_new_colleagues_still_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COORDAPP_BUNDLE_PASSPHRASE", "une phrase de passe d'équipe assez longue")
    a, b, c = (str(tmp_path / f"{n}.db") for n in "abc")
    for db in (a, b, c):
        assert main(["init", "--db", db, "--name", "Coordinatrice"]) == 0
    person = tmp_path / "p.json"
    person.write_text(json.dumps({"family_name": "Quintavalle", "given_names": "Zoé",
                                  "birth_date": "1938-02-03", "sex": "F"}))
    capsys.readouterr()
    assert main(["patient", "add", "--db", a, "--json", str(person)]) == 0
    patient_id = capsys.readouterr().out.strip()
    first, second = str(tmp_path / "1.coordbundle"), str(tmp_path / "2.coordbundle")
    assert main(["bundle", "export", "--db", a, "--all", "--out", first]) == 0
    assert main(["bundle", "import", "--db", b, "--trust", first]) == 0
    assert main(["patient", "erase", patient_id, "--db", a, "--confirm", "quintavalle"]) == 0
    assert main(["bundle", "export", "--db", a, "--all", "--out", second]) == 0
    assert main(["bundle", "import", "--db", b, "--trust", second]) == 0  # deletion arrives
    assert main(["bundle", "import", "--db", c, "--trust", second]) == 0  # history complete
    capsys.readouterr()
    for db in (b, c):
        assert main(["patients", "--db", db, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == []
