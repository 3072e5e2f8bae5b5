"""The sync CLI contract: bundle export/import/sync-folder, conflicts, identity; exit 0 even
with conflicts recorded, exit 4 for any bad bundle with nothing applied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coordapp.cli import main
from tests.conftest import PASSPHRASE

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "1941-03-12",
           "sex": "F", "city": "Charleville-Mézières", "status": "active"}
TEAM = "quatre chevaux blancs traversent la Meuse à l'aube"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    paths = (tmp_path / "anne.db", tmp_path / "bruno.db")
    for path, name in zip(paths, ("Anne", "Bruno"), strict=True):
        assert run(capsys, "init", "--db", str(path), "--name", name)[0] == 0
    return paths


def key(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, err = run(capsys, "identity", "--db", str(db))
    assert code == 0 and out.startswith("age1") and "empreinte" in err
    return out.strip()


def add(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> str:
    file = tmp_path / "p.json"
    file.write_text(json.dumps(PATIENT), encoding="utf-8")
    code, out, err = run(capsys, "patient", "add", "--json", str(file), "--db", str(db),
                         "--informed-on", "02/11/2025")
    assert code == 0, err
    return out.strip()


def test_export_import_conflicts_and_resolution(
    dbs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    anne, bruno = dbs
    to_anne, to_bruno = key(capsys, anne), key(capsys, bruno)
    pid = add(capsys, anne, tmp_path)
    out_file = tmp_path / "a.coordbundle"
    code, _, err = run(capsys, "bundle", "export", "--out", str(out_file), "--all",
                       "--recipient", to_bruno, "--db", str(anne))
    assert code == 0 and "Paquet écrit" in err

    code, _, err = run(capsys, "bundle", "import", str(out_file), "--db", str(bruno))
    assert code == 4 and "poste inconnu" in err and "--trust" in err
    code, out, _ = run(capsys, "bundle", "import", str(out_file), "--dry-run", "--db", str(bruno))
    assert code == 0 and "LEFÈVRE Éloïse Marie" in out and "Aperçu" in out and "INCONNU" in out
    code, out, _ = run(capsys, "bundle", "import", str(out_file), "--trust", "--db", str(bruno))
    assert code == 0 and "Nouveaux patients : LEFÈVRE" in out

    assert run(capsys, "patient", "set", pid, "city=Reims", "--db", str(anne))[0] == 0
    assert run(capsys, "patient", "set", pid, "city=Sedan", "--db", str(bruno))[0] == 0
    back = tmp_path / "b.coordbundle"
    assert run(capsys, "bundle", "export", "--out", str(back), "--recipient", to_anne,
               "--patient", pid, "--db", str(bruno))[0] == 0
    code, out, _ = run(capsys, "bundle", "import", str(back), "--trust", "--db", str(anne))
    assert code == 0 and "Conflits à examiner : 1" in out  # exit 0 with a conflict

    code, out, _ = run(capsys, "conflicts", "--format", "json", "--db", str(anne))
    (conflict,) = json.loads(out)
    assert code == 0 and conflict["field"] == "city"
    assert {conflict["mine"]["value"], conflict["theirs"]["value"]} == {"Reims", "Sedan"}
    assert conflict["mine"]["author_name"] == "Anne"
    code, out, _ = run(capsys, "conflicts", "--db", str(anne))
    assert code == 0 and "Reims" in out and "Sedan" in out
    assert run(capsys, "conflicts", "resolve", str(conflict["id"]), "mine",
               "--db", str(anne))[0] == 0
    assert json.loads(run(capsys, "conflicts", "--format", "json", "--db", str(anne))[1]) == []


def test_bad_bundles_exit_4_and_apply_nothing(
    dbs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    anne, bruno = dbs
    add(capsys, anne, tmp_path)
    good = tmp_path / "good.coordbundle"
    run(capsys, "bundle", "export", "--out", str(good), "--recipient", key(capsys, bruno),
        "--db", str(anne))
    data = good.read_bytes()
    bad = {"flipped": data[:-40] + bytes([data[-40] ^ 1]) + data[-39:],
           "truncated": data[: len(data) // 2], "empty": b"", "appended": data + b"x",
           "foreign": b"PK\x03\x04 not a bundle"}
    for name, content in bad.items():
        path = tmp_path / f"{name}.coordbundle"
        path.write_bytes(content)
        code, out, err = run(capsys, "bundle", "import", str(path), "--trust", "--db", str(bruno))
        assert code == 4 and out == "" and "rien n'a été importé" in err, name
    code, out, _ = run(capsys, "patients", "--db", str(bruno), "--format", "json")
    assert json.loads(out) == []


def test_team_passphrase_and_shared_folder(
    dbs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
):
    anne, bruno = dbs
    add(capsys, anne, tmp_path)
    monkeypatch.setenv("COORDAPP_BUNDLE_PASSPHRASE", TEAM)
    folder = tmp_path / "Syncthing"
    code, _, err = run(capsys, "bundle", "sync-folder", str(folder), "--db", str(anne))
    assert code == 0 and "paquet déposé" in err
    code, out, err = run(capsys, "bundle", "sync-folder", str(folder), "--trust",
                         "--db", str(bruno))
    assert code == 0 and "LEFÈVRE" in out and "1 paquet(s) importé(s)" in err
    code, out, _ = run(capsys, "patients", "--db", str(bruno), "--format", "json")
    assert [p["family_name"] for p in json.loads(out)] == ["Lefèvre"]
    code, out, _ = run(capsys, "bundle", "peers", "--db", str(bruno), "--format", "json")
    assert code == 0 and json.loads(out)[0]["display_name"] == "Anne"


def test_an_import_is_preceded_by_a_backup_of_the_day(tmp_path, monkeypatch, capsys):
    from coordapp.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COORDAPP_BUNDLE_PASSPHRASE", "une phrase d'équipe bien longue")
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    for db in (a, b):
        assert main(["init", "--db", db, "--name", "Coordinatrice"]) == 0
    bundle = str(tmp_path / "x.coordbundle")
    assert main(["bundle", "export", "--db", a, "--all", "--out", bundle]) == 0
    backups = tmp_path / "home" / "backups"
    assert not list(backups.glob("b-*.db"))
    assert main(["bundle", "import", "--db", b, "--trust", bundle, "--dry-run"]) == 0
    assert not list(backups.glob("b-*.db"))  # a preview changes nothing, copies nothing
    assert main(["bundle", "import", "--db", b, "--trust", bundle]) == 0
    assert len(list(backups.glob("b-*-quotidienne.db"))) == 1
