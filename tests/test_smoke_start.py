"""The desktop application starts for real, in its own process (as a packaged build's
smoke test does): first run shows the wizard; an existing database reaches the main
window; both quit by themselves with status 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE


def start(home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_SMOKE_TEST": "1",
               "QT_QPA_PLATFORM": "offscreen", **env}
    environ.pop("COORDAPP_PASSPHRASE", None)
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "coordapp"], env=environ,
                          capture_output=True, text=True, timeout=120)


def test_first_run_shows_the_wizard_and_writes_nothing(tmp_path: Path):
    result = start(tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "smoke: FirstRunDialog shown" in result.stderr
    assert not (tmp_path / "home" / "data" / "coordapp.db").exists()


def test_an_existing_database_reaches_the_main_window(tmp_path: Path):
    home = tmp_path / "home"
    created = subprocess.run(
        [sys.executable, "-m", "coordapp.cli", "demo", "--patients", "5"],
        env={**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": PASSPHRASE},
        capture_output=True, text=True, timeout=120)
    assert created.returncode == 0, created.stderr
    result = start(home, COORDAPP_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "smoke: MainWindow shown" in result.stderr
