"""Every package of CoordApp imports on its own, first, in a fresh interpreter.

An import cycle hidden by the order the app happens to import things in shows up only
when another entry point (a script, the frozen app's module collection, a test run on
its own) imports a package first: ``import coordapp.ui.plan`` used to fail because the
PPCS tabs import parts of ``coordapp.ui.patient``, whose ``__init__`` imported the
patient window, which imports the PPCS tabs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def packages() -> list[str]:
    return sorted(".".join(init.parent.relative_to(ROOT).parts)
                  for init in (ROOT / "coordapp").rglob("__init__.py"))


def import_alone(name: str) -> tuple[str, int, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", f"import {name}"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    last = done.stderr.strip().splitlines()[-1:]  # the error, when it failed
    return name, done.returncode, last[0] if last else ""


def test_every_package_imports_first_in_a_fresh_interpreter() -> None:
    names = packages()
    assert "coordapp.ui.plan" in names and len(names) > 20
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(import_alone, names))
    failed = [f"{name}: {error}" for name, code, error in results if code != 0]
    assert failed == []
