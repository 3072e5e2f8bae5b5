"""Shared fixtures: real SQLCipher files in tmp_path, platformdirs pointed there too."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Cheap Argon2id so the suite can create many databases; production calibrates to ~0.5 s.
# Injected, never switched on by an environment variable the product reads: installed
# here for this process, and for child processes by tests/childhook/sitecustomize.py,
# put first on their PYTHONPATH (see tests/childhook/fast_kdf.py).
CHILD_HOOK = Path(__file__).resolve().parent / "childhook"
sys.path.insert(0, str(CHILD_HOOK))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(CHILD_HOOK), *filter(None, [os.environ.get("PYTHONPATH")])])

import fast_kdf  # noqa: E402 - needs the path above

from coordapp.paths import AppPaths  # noqa: E402
from coordapp.services.workspace import OwnerProfile, Workspace  # noqa: E402

FAST_KDF = fast_kdf.FAST_KDF
fast_kdf.install()

PASSPHRASE = "Le \"chat\" d'Anne dort sur 3 toits"
OWNER = OwnerProfile("Anne Martin", "Infirmière coordinatrice", "DAC des Ardennes")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("COORDAPP_HOME", str(home))
    monkeypatch.delenv("COORDAPP_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def app_paths(_isolated_home: Path) -> AppPaths:
    return AppPaths.from_environment(_isolated_home)


@pytest.fixture
def created(app_paths: AppPaths) -> Iterator[tuple[Workspace, str]]:
    """A new encrypted workspace and its recovery code."""
    workspace, code = Workspace.create(app_paths.default_db, PASSPHRASE, OWNER, app_paths,
                                       kdf=FAST_KDF)
    yield workspace, code
    workspace.close()


@pytest.fixture
def workspace(created: tuple[Workspace, str]) -> Workspace:
    return created[0]
