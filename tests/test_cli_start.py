"""``coordapp --version`` answers without loading the database stack."""

from __future__ import annotations

import os
import subprocess
import sys

from coordapp import __version__


def test_version_imports_neither_sqlalchemy_nor_the_services() -> None:
    probe = ("import sys; from coordapp.launch import main; code = main(['--version']); "
             "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
             "'coordapp.services', 'coordapp.cli')))); sys.exit(code)")
    # Without the suite's child hook (tests/childhook on PYTHONPATH), which loads the key
    # derivation, and with it the storage layer, into every child at start-up.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=False, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    version, loaded = done.stdout.splitlines()
    assert version == f"CoordApp {__version__}"
    assert loaded == "[]"


def test_other_commands_still_reach_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "coordapp.launch", "patients", "--limit",
                           "0"], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 2  # the command line's own usage error
    assert "--limit" in done.stderr
