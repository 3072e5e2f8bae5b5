"""No patient data outside the encrypted database: a whole scenario, then the logs and
the temporary folder are searched for the people's names and NIRs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE


def coordapp(home: Path, tmp: Path, *args: str, secret: str = PASSPHRASE
             ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": secret,
           "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    return subprocess.run([sys.executable, "-m", "coordapp.cli", *args], env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_full_scenario_leaves_no_name_in_logs_or_temp_files(tmp_path: Path):
    home, tmp, out = tmp_path / "home", tmp_path / "tmp", tmp_path / "exports"
    tmp.mkdir()
    assert coordapp(home, tmp, "demo", "--patients", "30").returncode == 0
    listed = coordapp(home, tmp, "patients", "--format", "json")
    people = json.loads(listed.stdout)
    first = people[0]["id"]
    steps = [
        ("patient", "show", first, "--format", "json"),
        ("patient", "set", first, "nir=123"),  # refused: an error path
        ("export", "pdf", first, "--out", str(out / "plan.pdf")),
        ("export", "fhir", first, "--out", str(out / "plan.json")),
        ("report", "--from", "01/01/2020", "--to", "31/12/2030", "--out", str(out / "r.csv")),
        ("bundle", "export", "--all", "--out", str(out / "all.coordbundle")),
        ("backup",),
        ("audit", "--format", "json"),
    ]
    for step in steps:
        coordapp(home, tmp, *step)
    assert coordapp(home, tmp, "patients", secret="pas la bonne phrase").returncode == 3

    secrets = {p["family_name"] for p in people} | {p["nir"] for p in people if p["nir"]}
    scanned = [f for folder in (home / "logs", tmp) for f in folder.rglob("*") if f.is_file()]
    assert any(f.name.startswith("coordapp.log") for f in scanned)
    for path in scanned:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, f"{secret!r} found in {path}"
    log = (home / "logs" / "coordapp.log").read_text(encoding="utf-8")
    assert PASSPHRASE not in log
    assert oct((home / "logs" / "coordapp.log").stat().st_mode & 0o777) == "0o600"
