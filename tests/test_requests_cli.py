"""The command line of requests: ``request add|show``, ``requests``, ``gp-seekers``, and
``plan validate`` refused (exit 4) while the GP contact is open."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from coordapp.cli import main
from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_field_needs import a_gp
from tests.test_plans import new_patient, simple_plan


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    code, _out, err = run(capsys, "init", "--db", str(path), "--name", "Anne Martin")
    assert code == 0, err
    return path


def test_cli_request_from_a_relative_then_validation_refused_with_exit_4(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    workspace = Workspace.open(db, PASSPHRASE, AppPaths.from_environment())
    try:
        patient = new_patient(workspace, gp_id=a_gp(workspace))
        simple_plan(workspace, patient)
    finally:
        workspace.close()
    request = tmp_path / "request.json"
    request.write_text(json.dumps({
        "requester_kind": "caregiver", "requester_name": "M. Lefèvre (fils)",
        "patient_id": patient, "reason": "Ne s'en sort plus", "channel": "phone",
        "urgency": "soon", "complex_situation": {"medical": ["severity"],
                                                 "psychosocial": ["dependency"]},
        "service_level": "complex_coordination"}), encoding="utf-8")
    code, out, err = run(capsys, "request", "add", "--json", str(request), "--db", str(db))
    assert code == 0, err
    referral = out.strip()
    assert "Prendre contact avec le médecin traitant" in err
    code, out, _err = run(capsys, "request", "show", referral, "--format", "json",
                          "--db", str(db))
    shown = json.loads(out)
    assert shown["complex_situation"] == {"medical": ["severity"],
                                          "psychosocial": ["dependency"], "both_sides": True}
    assert shown["service_level"] == "complex_coordination"
    assert [t["kind"] for t in shown["tasks"]] == ["gp_contact"]
    code, out, _err = run(capsys, "requests", "--format", "csv", "--db", str(db))
    assert code == 0 and referral in out
    code, _out, err = run(capsys, "plan", "validate", patient, "--agreement", "Accord oral",
                          "--agreement-date", f"{dt.date.today():%d/%m/%Y}", "--db", str(db))
    assert code == 4
    assert "médecin traitant" in err and "--gp-contact-note" in err
    code, _out, err = run(capsys, "plan", "validate", patient, "--agreement", "Accord oral",
                          "--agreement-date", f"{dt.date.today():%d/%m/%Y}",
                          "--gp-contact-note", "Médecin prévenu par messagerie sécurisée",
                          "--db", str(db))
    assert code == 0, err


def test_cli_request_for_a_new_person_and_gp_seekers(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({
        "requester_kind": "person", "reason": "Cherche un médecin", "family_name": "Petit",
        "given_names": "Jean", "birth_date": "1950-02-03", "sex": "M", "ald": ["BPCO"]}),
        encoding="utf-8")
    code, out, err = run(capsys, "request", "add", "--json", str(request), "--db", str(db))
    assert code == 0, err
    code, out, _err = run(capsys, "gp-seekers", "--format", "json", "--db", str(db))
    [seeker] = json.loads(out)
    assert seeker["patient_name"] == "PETIT Jean"
    assert seeker["rank"] == 1 and seeker["reasons"] == ["ALD", "plus de 70 ans"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"requester_kind": "neighbour", "reason": "x"}), "utf-8")
    code, _out, err = run(capsys, "request", "add", "--json", str(bad), "--db", str(db))
    assert code == 4 and "neighbour" in err
