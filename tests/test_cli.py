"""The CLI contract: commands, JSON shapes, exit codes, French one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from coordapp import __version__
from coordapp.cli import main
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import PASSPHRASE

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "1941-03-12",
           "sex": "F", "nir": "241037511612371", "phone": "06 12 34 56 78",
           "address": "3 rue des Lilas", "postal_code": "08000", "city": "Charleville-Mézières"}
CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    code, out, _err = run(capsys, "init", "--db", str(path), "--name", "Anne Martin")
    assert code == 0 and CODE.match(out.strip())
    return path


def add(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, data: dict) -> str:
    file = tmp_path / "patient.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "patient", "add", "--json", str(file), "--db", str(db))
    assert code == 0, err
    return out.strip()


def test_version(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_prints_the_recovery_code_once_and_refuses_to_overwrite(
    db: Path, capsys: pytest.CaptureFixture[str]
):
    assert db.exists() and KeyslotFile.path_for(db).exists()
    before = db.read_bytes()
    code, out, err = run(capsys, "init", "--db", str(db))
    assert code == 4 and out == "" and "existe déjà" in err
    assert db.read_bytes() == before


def test_weak_passphrase_is_refused_at_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", "Marie2024!")
    code, _out, err = run(capsys, "init", "--db", str(tmp_path / "weak.db"), "--name", "Marie")
    assert code == 4 and "trop faible" in err
    assert not (tmp_path / "weak.db").exists()


def test_add_list_show_set_round_trip(db: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]):
    patient_id = add(capsys, db, tmp_path, PATIENT)
    code, out, _ = run(capsys, "patients", "--db", str(db), "--search", "eloise",
                       "--format", "json")
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [patient_id]
    assert {"id", "family_name", "given_names", "birth_date", "status"} <= set(rows[0])
    assert rows[0]["birth_date"] == "1941-03-12" and rows[0]["given_names"] == "Éloïse Marie"

    # Including the person needs the information recorded first (exit 4 until then).
    code, _, err = run(capsys, "patient", "set", patient_id, "status=active", "--db", str(db))
    assert code == 4 and "inform" in err
    code, out, _ = run(capsys, "patient", "consent", patient_id, "information_given",
                       "--how", "Oral, par téléphone", "--to", "Sa fille", "--db", str(db))
    assert code == 0 and out.strip()
    code, _, err = run(capsys, "patient", "set", patient_id, "status=active",
                       "ald=Diabète de type 2,BPCO", "--db", str(db))
    assert code == 0 and "status" in err
    code, out, _ = run(capsys, "patient", "show", patient_id, "--format", "json",
                       "--db", str(db))
    shown = json.loads(out)
    assert shown["status"] == "active" and shown["ald"] == ["Diabète de type 2", "BPCO"]
    [informed] = [c for c in shown["consents"] if c["kind"] == "information_given"]
    assert (informed["how"], informed["recipient"], informed["given_by"]) == (
        "Oral, par téléphone", "Sa fille", "Anne Martin")
    assert shown["phone"] == "+33612345678"
    assert {"care_team", "current_plan", "journal"} <= set(shown)

    # `patient add` accepts what `patient show` prints.
    other = add(capsys, db, tmp_path, shown | {"birth_date": "1952-06-30", "nir": None,
                                               "given_names": "Jeanne", "status": "request"})
    assert other != patient_id

    code, out, _ = run(capsys, "patients", "--db", str(db), "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("\ufeffIdentifiant;Nom de naissance") and len(lines) == 3
    code, out, _ = run(capsys, "patients", "--db", str(db), "--status", "active")
    assert "Lefèvre" in out and "Jeanne" not in out


def test_wrong_passphrase_exits_3_and_leaves_the_files_untouched(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    files = [db, KeyslotFile.path_for(db)]
    before = [f.read_bytes() for f in files]
    monkeypatch.setenv("COORDAPP_PASSPHRASE", "pas la bonne phrase de passe")
    code, out, err = run(capsys, "patients", "--db", str(db))
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "incorrect" in err and "Traceback" not in err
    assert [f.read_bytes() for f in files] == before


def test_passphrase_file_and_passwd(db: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("COORDAPP_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("lampadaire orange 19 pingouin\n", encoding="utf-8")
    code, _, err = run(capsys, "passwd", "--db", str(db), "--passphrase-file", str(secret),
                       "--new-passphrase-file", str(new))
    assert code == 0, err
    assert run(capsys, "patients", "--db", str(db), "--passphrase-file", str(secret))[0] == 3
    assert run(capsys, "patients", "--db", str(db), "--passphrase-file", str(new))[0] == 0


def test_invalid_input_exits_4_with_a_french_sentence(db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]):
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(PATIENT | {"nir": "241037511612345"}), encoding="utf-8")
    code, out, err = run(capsys, "patient", "add", "--json", str(file), "--db", str(db))
    assert code == 4 and out == "" and "NIR" in err
    code, out, _ = run(capsys, "patients", "--db", str(db), "--format", "json")
    assert json.loads(out) == []
    file.write_text("{not json", encoding="utf-8")
    assert run(capsys, "patient", "add", "--json", str(file), "--db", str(db))[0] == 4


def test_duplicate_exits_4_unless_allowed(db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]):
    first = add(capsys, db, tmp_path, PATIENT)
    file = tmp_path / "twin.json"
    file.write_text(json.dumps(PATIENT | {"given_names": "Eloise", "nir": None}))
    code, _, err = run(capsys, "patient", "add", "--json", str(file), "--db", str(db))
    assert code == 4 and first in err
    code, out, _ = run(capsys, "patient", "add", "--json", str(file), "--db", str(db),
                       "--allow-duplicate")
    assert code == 0 and out.strip() != first


def test_not_found_and_usage_codes(db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]):
    assert run(capsys, "patient", "show", "nope", "--db", str(db))[0] == 5
    assert run(capsys, "patients", "--db", str(tmp_path / "missing.db"))[0] == 5
    assert run(capsys, "patient", "set", "x", "nonsense", "--db", str(db))[0] == 4
    with pytest.raises(SystemExit) as info:
        main(["patients", "--format", "xml"])
    assert info.value.code == 2


def test_damaged_database_exits_6(db: Path, capsys: pytest.CaptureFixture[str]):
    data = bytearray(db.read_bytes())
    data[300] ^= 0x55
    db.write_bytes(bytes(data))
    code, out, err = run(capsys, "patients", "--db", str(db))
    assert code == 6 and out == "" and "endommagée" in err


def test_damaged_page_found_by_check_exits_6(db: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]):
    assert run(capsys, "check", "--db", str(db))[0] == 0
    data = bytearray(db.read_bytes())
    data[len(data) // 2 + 100] ^= 0x01
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 6 and "endommagée" in err


def test_console_script_runs_as_a_real_process(db: Path, tmp_path: Path):
    env = {"COORDAPP_PASSPHRASE": "faux", "COORDAPP_HOME": str(tmp_path / "h"),
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "coordapp.cli", "patients", "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 3
    assert proc.stderr.startswith("coordapp : ") and "Traceback" not in proc.stderr


def test_patient_show_json_holds_each_assessment_grid_and_zarit_answers(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from coordapp.paths import AppPaths
    from coordapp.services.assessments.aggir import DISCRIMINANT_VARIABLES
    from coordapp.services.assessments.recording import AssessmentService
    from coordapp.services.workspace import Workspace

    patient_id = add(capsys, db, tmp_path, {"family_name": "Lefèvre", "given_names": "Éloïse",
                                            "birth_date": "1941-03-12", "sex": "F"})
    grid = {v: "A" for v in DISCRIMINANT_VARIABLES} | {"toilette": "B", "habillage": "C"}
    answers = [2] * 10 + [1] * 12
    workspace = Workspace.open(db, PASSPHRASE, AppPaths.from_environment())
    try:
        AssessmentService(workspace).record(patient_id, {
            "assessed_on": "12/01/2025", "aggir": grid | {"cuisine": "B"},
            "zarit_items": answers, "notes": {"health": "Chutes."}})
    finally:
        workspace.close()
    code, out, err = run(capsys, "patient", "show", patient_id, "--format", "json",
                         "--db", str(db))
    assert code == 0, err
    (assessment,) = json.loads(out)["assessments"]
    assert list(assessment["aggir"])[:10] == list(DISCRIMINANT_VARIABLES)
    assert {v: assessment["aggir"][v] for v in DISCRIMINANT_VARIABLES} == {
        v: grid[v] for v in DISCRIMINANT_VARIABLES}
    assert assessment["aggir"]["cuisine"] == "B"
    assert assessment["zarit_items"] == answers and assessment["zarit_total"] == 32
    assert assessment["notes"] == {"health": "Chutes."}


def test_no_command_opens_the_desktop_app_only_through_the_entry_point(capsys) -> None:
    """The command line never starts the screens itself: ``coordapp.launch`` hands it the
    desktop app to open when no command is given."""
    from coordapp.cli.app import EXIT_USAGE

    assert main([]) == EXIT_USAGE
    assert "python -m coordapp" in capsys.readouterr().err
    opened: list[tuple[object, object]] = []
    assert main(["--db", "/tmp/x.db"], start_gui=lambda db, bundle: opened.append(
        (db, bundle)) or 0) == 0
    assert [(str(db), bundle) for db, bundle in opened] == [("/tmp/x.db", None)]
