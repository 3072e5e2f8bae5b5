"""Smoke test of the frozen app (PyInstaller, build/coordapp.spec): what a coordinator runs.

Opt-in: runs only with ``COORDAPP_FROZEN=/path/to/CoordApp`` (``make dist-test`` sets it
to ``dist/CoordApp/CoordApp``), and then the executable must exist: a missing build
fails, it never skips. Without the variable the module is skipped at collection, so
``make test`` pays nothing, even when an older ``dist/`` lies around (a stale build would
otherwise be tested against newer sources, and add ~20 s to every run).

Each check starts the real executable in a fresh COORDAPP_HOME, with the production
key derivation (the frozen app never imports the suite's tests/childhook).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coordapp import __version__

ROOT = Path(__file__).resolve().parent.parent
FROZEN_ENV = "COORDAPP_FROZEN"
IS_WINDOWS = sys.platform == "win32"
#: On Windows CoordApp.exe is windowed (no stdout/stderr): drive the console twin.
DEFAULT = ROOT / "dist" / "CoordApp" / ("coordapp-cli.exe" if IS_WINDOWS else "CoordApp")
PASSPHRASE = "Quatre mots : girafe, clavecin, orage et Pontarlier"
PATIENTS = 50
TIMEOUT = 120  # seconds, per command: a cold first start of a onedir app can be slow
GUI_TIMEOUT = 60
#: Qt's debug line (category qt.widgets.showhide) when the dialog, or its native window,
#: is made visible: "Setting visibility of FirstRunDialog(0x…) with attributes […] to true".
DIALOG_SHOWN = re.compile(r"Setting visibility of .*FirstRunDialog.* to true")


FROZEN = Path(os.environ[FROZEN_ENV]) if os.environ.get(FROZEN_ENV) else None

pytestmark = pytest.mark.skipif(
    FROZEN is None,
    reason=f"frozen app not tested: `make dist dist-test`, or set {FROZEN_ENV}="
           f"/path/to/CoordApp (e.g. {DEFAULT.relative_to(ROOT).as_posix()})",
)


@pytest.fixture(scope="module")
def frozen() -> Path:
    assert FROZEN is not None
    assert FROZEN.is_file(), f"{FROZEN_ENV}={FROZEN} does not exist: build it with `make dist`"
    assert os.access(FROZEN, os.X_OK), f"{FROZEN} is not executable"
    return FROZEN


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("COORDAPP_", "QT_"))}
    env.update(COORDAPP_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               QT_FORCE_STDERR_LOGGING="1", **extra)
    return env


def _run(frozen: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(frozen), *args], env=_env(home, **extra), capture_output=True, text=True,
        encoding="utf-8", timeout=TIMEOUT, check=False, cwd=home,
    )


def _snapshot(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*")}


@pytest.fixture(scope="module")
def bundle_before(frozen: Path) -> set[str]:
    """The files of the frozen folder before any test ran (nothing may be added there)."""
    return _snapshot(frozen.parent)


@pytest.fixture(scope="module")
def demo(frozen: Path, bundle_before: set[str], tmp_path_factory: pytest.TempPathFactory
         ) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    """``coordapp demo --patients 50`` once for the module: (home, database, result).

    Creating the database runs every Alembic migration from the bundled scripts.
    """
    home = tmp_path_factory.mktemp("frozen-home")
    db = home / "demo.db"
    result = _run(frozen, home, "demo", "--patients", str(PATIENTS), "--db", str(db),
                  COORDAPP_PASSPHRASE=PASSPHRASE)
    return home, db, result


def test_version(frozen: Path, tmp_path: Path):
    result = _run(frozen, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"CoordApp {__version__}"


def test_demo_creates_an_encrypted_database(demo):
    home, db, result = demo
    assert result.returncode == 0, result.stderr
    assert f"{PATIENTS} patients de démonstration ajoutés." in result.stderr
    assert db.is_file() and (home / "demo.db.keys").is_file()
    with db.open("rb") as file:
        assert not file.read(16).startswith(b"SQLite format 3"), "database is not encrypted"
    assert "Traceback" not in result.stderr


def test_patients_as_json(frozen: Path, demo):
    home, db, _ = demo
    result = _run(frozen, home, "patients", "--db", str(db), "--format", "json",
                  COORDAPP_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) >= PATIENTS
    assert all(row.get("id") for row in rows)


def test_check_and_wrong_passphrase_exit_codes(frozen: Path, demo):
    home, db, _ = demo
    ok = _run(frozen, home, "check", "--db", str(db), COORDAPP_PASSPHRASE=PASSPHRASE)
    assert ok.returncode == 0, ok.stderr
    wrong = _run(frozen, home, "check", "--db", str(db),
                 COORDAPP_PASSPHRASE="pas la bonne phrase de passe du tout")
    assert wrong.returncode == 3, wrong.stderr


def test_exports_use_the_bundled_fonts_and_fhir_models(frozen: Path, demo, tmp_path: Path):
    """reportlab + DejaVu from resources/, fhir.resources' R4B models loaded by name."""
    home, db, _ = demo
    listed = _run(frozen, home, "patients", "--db", str(db), "--format", "json",
                  "--status", "active", COORDAPP_PASSPHRASE=PASSPHRASE)
    patient_id = json.loads(listed.stdout)[0]["id"]

    pdf = tmp_path / "ppcs.pdf"
    result = _run(frozen, home, "export", "pdf", patient_id, "--out", str(pdf), "--db", str(db),
                  COORDAPP_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and b"DejaVuSans" in content

    fhir = tmp_path / "bundle.json"
    result = _run(frozen, home, "export", "fhir", patient_id, "--out", str(fhir),
                  "--db", str(db), COORDAPP_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    bundle = json.loads(fhir.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle"
    assert {"Patient", "CarePlan"} <= {e["resource"]["resourceType"] for e in bundle["entry"]}


def test_gui_starts_offscreen_and_shows_the_first_run_dialog(frozen: Path, tmp_path: Path):
    """No database yet: the first-run dialog must show, and the app keep running.

    CoordApp has no "start, show, quit" switch, so Qt's own debug logging tells when the
    dialog becomes visible (category qt.widgets.showhide); the process is then left
    running a few seconds (no crash in the event loop), and terminated.
    """
    home = tmp_path / "home"
    home.mkdir()
    log = tmp_path / "gui-stderr.txt"
    env = _env(home, QT_LOGGING_RULES="qt.widgets.showhide.debug=true;qt.qpa.plugin.debug=true")
    with log.open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen([str(frozen)], env=env, cwd=home,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + GUI_TIMEOUT
            shown = False
            while not shown and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.25)
                shown = any(DIALOG_SHOWN.search(line) for line in _lines(log))
            time.sleep(3 if shown else 0)
            alive = process.poll() is None
        finally:
            if process.poll() is None:
                process.terminate()  # SIGTERM (TerminateProcess on Windows)
            returncode = process.wait(timeout=30)
    output = log.read_text(encoding="utf-8", errors="replace")
    tail = output[-3000:]
    assert alive, f"the app exited by itself (code {returncode}):\n{tail}"
    assert shown, f"first-run dialog not shown within {GUI_TIMEOUT} s:\n{tail}"
    assert returncode == (1 if IS_WINDOWS else -signal.SIGTERM), returncode
    assert 'Successfully loaded Qt platform plugin "offscreen"' in output
    for problem in ("Traceback", "Cannot load library", "Could not load", "Failed to"):
        assert problem not in output, f"{problem!r} in the app's stderr:\n{tail}"

    # Nothing but the log and the settings folder: no database before the dialog is
    # filled in.
    written = _snapshot(home)
    assert written <= {"logs", "logs/coordapp.log", "config", "config/ui.ini"}, written
    log_text = (home / "logs" / "coordapp.log").read_text(encoding="utf-8")
    assert " ERROR " not in log_text and " CRITICAL " not in log_text, log_text


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def test_nothing_is_written_into_the_bundle(frozen: Path, bundle_before: set[str], demo):
    """Alembic imports the bundled migration scripts: no __pycache__ may appear next to
    them (a per-machine install is read-only for the coordinator)."""
    _home, _db, result = demo
    assert result.returncode == 0, result.stderr
    added = _snapshot(frozen.parent) - bundle_before
    assert not added, f"written into the bundle: {sorted(added)[:10]}"


def test_gui_unlocks_and_shows_the_main_window(frozen: Path, demo):
    """The whole start: the bundled migrations, fonts, translations and Qt plug-ins are
    enough to reach the main window on an existing database (smoke-test mode)."""
    home, db, _ = demo
    result = _run(frozen, home, "--db", str(db), COORDAPP_PASSPHRASE=PASSPHRASE,
                  COORDAPP_SMOKE_TEST="1")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "smoke: MainWindow shown" in result.stderr
