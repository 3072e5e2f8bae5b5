"""Every refusal names its cause with its own exit code and never a traceback: busy (8),
disk full (9), read-only media (10), another base's keys (11), unreadable files (12);
private permissions; a growing wait after wrong passphrases."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from coordapp.cli import main
from coordapp.cli.unlock_throttle import UnlockThrottle, delay_after
from coordapp.storage import engine as engine_module
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "city": "Sedan"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def child(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "coordapp.cli", *args],
        env={**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": PASSPHRASE},
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)
    assert "Traceback" not in result.stderr
    return result


def new_base(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> str:
    assert run(capsys, "init", "--db", str(db), "--name", "Anne Martin")[0] == 0
    document = tmp_path / f"{uuid.uuid4().hex}.json"
    document.write_text(json.dumps(PATIENT))
    code, out, err = run(capsys, "patient", "add", "--json", str(document), "--db", str(db))
    assert code == 0, err
    return out.strip()


@pytest.fixture
def base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "base" / "coordapp.db"
    return db, new_base(capsys, db, tmp_path)


def test_busy_base_exits_8_with_the_sentence_and_writes_nothing(
        base: tuple[Path, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch):
    db, patient_id = base
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    dek = KeyslotFile.load(KeyslotFile.path_for(db)).unlock(PASSPHRASE)
    other = sqlcipher3.connect(str(db), isolation_level=None)  # another program, writing
    other.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    other.execute("BEGIN IMMEDIATE")
    try:
        code, _out, err = run(capsys, "patient", "set", patient_id, "city=Reims", "--db",
                              str(db))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 8
    assert ("La base est utilisée par une autre fenêtre ou un autre programme : réessayez."
            in err)
    code, out, _err = run(capsys, "patient", "show", patient_id, "--format", "json",
                          "--db", str(db))
    assert code == 0 and json.loads(out)["city"] == "Sedan"


def test_keys_of_another_base_exit_11(base: tuple[Path, str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]):
    db, _patient_id = base
    other = tmp_path / "other" / "coordapp.db"
    new_base(capsys, other, tmp_path)
    shutil.copyfile(KeyslotFile.path_for(other), KeyslotFile.path_for(db))
    code, _out, err = run(capsys, "patients", "--db", str(db))
    assert code == 11 and "ne correspond pas à cette base" in err


def test_unreadable_keys_file_exits_12(base: tuple[Path, str],
                                       capsys: pytest.CaptureFixture[str]):
    db, _patient_id = base
    keys = KeyslotFile.path_for(db)
    keys.unlink()
    keys.mkdir()
    code, _out, err = run(capsys, "patients", "--db", str(db))
    assert code == 12 and "ne peut pas être lu" in err
    code, _out, err = run(capsys, "patients", "--db", str(db.parent))
    assert code == 12


def test_absurd_kdf_settings_exit_6_not_1(base: tuple[Path, str],
                                          capsys: pytest.CaptureFixture[str]):
    db, _patient_id = base
    keys = KeyslotFile.path_for(db)
    document = json.loads(keys.read_text())
    for slot in document["slots"]:
        slot["kdf"]["iterations"] = 10**9
    keys.write_text(json.dumps(document))
    assert run(capsys, "patients", "--db", str(db))[0] == 6


@pytest.fixture
def tmpfs() -> Iterator[Path]:
    """A 3 MiB tmpfs (real full disk, real read-only remount). Needs root (CI is root)."""
    mount_point = Path(f"/tmp/coordapp-refusal-{uuid.uuid4().hex[:8]}")
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs",
                             str(mount_point)], capture_output=True)
    if result.returncode != 0:
        mount_point.rmdir()
        pytest.skip("cannot mount a tmpfs here")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)
    mount_point.rmdir()


def test_base_on_read_only_media_lists_and_shows_and_refuses_writes_with_10(
        tmpfs: Path, tmp_path: Path):
    home = tmpfs / "home"
    assert child(home, "init", "--name", "Anne Martin").returncode == 0
    document = tmp_path / "p.json"
    document.write_text(json.dumps(PATIENT))
    added = child(home, "patient", "add", "--json", str(document))
    assert added.returncode == 0, added.stderr
    patient_id = added.stdout.strip()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    listed = child(home, "patients", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [p["id"] for p in json.loads(listed.stdout)] == [patient_id]
    assert "lecture seule" in listed.stderr
    shown = child(home, "patient", "show", patient_id, "--format", "json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["city"] == "Sedan"
    assert child(home, "audit", "verify").returncode == 0
    refused = child(home, "patient", "set", patient_id, "city=Reims")
    assert refused.returncode == 10 and "lecture seule" in refused.stderr
    assert child(home, "passwd").returncode == 10


def test_full_disk_exits_9_and_the_base_is_unchanged(tmpfs: Path, tmp_path: Path):
    home = tmpfs / "home"
    assert child(home, "init", "--name", "Anne Martin").returncode == 0
    filler = tmpfs / "filler"
    with filler.open("wb") as handle:  # leave a few pages only
        free = shutil.disk_usage(tmpfs).free
        handle.write(b"\0" * max(free - 48 * 1024, 0))
    document = tmp_path / "p.json"
    codes = set()
    for i in range(12):
        document.write_text(json.dumps(PATIENT | {"birth_date": f"19{40 + i}-01-01",
                                                  "situation_notes": "x" * 20000}))
        codes.add(child(home, "patient", "add", "--json", str(document)).returncode)
    assert 9 in codes and codes <= {0, 9}, codes
    filler.unlink()
    assert child(home, "check").returncode == 0
    assert child(home, "audit", "verify").returncode == 0


def test_files_and_folders_are_private(tmp_path: Path):
    home = tmp_path / "private"
    assert child(home, "init", "--name", "Anne Martin").returncode == 0
    assert child(home, "backup").returncode == 0
    for path in [home, *home.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, (path, oct(mode))


def test_wrong_passphrases_wait_longer_and_longer(tmp_path: Path):
    waited: list[float] = []
    throttle = UnlockThrottle(tmp_path / "cache", tmp_path / "coordapp.db", waited.append)
    for _ in range(5):
        throttle.failed()
    assert waited == [1.0, 2.0, 4.0, 8.0]  # nothing after the first, then doubling
    assert delay_after(50) == 30.0
    throttle.succeeded()
    assert throttle.failures() == 0
    assert stat.S_IMODE(throttle.path.stat().st_mode) == 0o600


def test_cli_counts_wrong_passphrases_per_base(base: tuple[Path, str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch,
                                               _isolated_home: Path):
    db, _patient_id = base
    monkeypatch.setenv("COORDAPP_PASSPHRASE", "pas la bonne phrase")
    assert run(capsys, "patients", "--db", str(db))[0] == 3
    throttle = UnlockThrottle(_isolated_home / "cache", db)
    assert throttle.failures() == 1
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "patients", "--db", str(db))[0] == 0
    assert throttle.failures() == 0
