"""Shared fixtures: real SQLCipher files in tmp_path, platformdirs pointed there too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Cheap Argon2id so the suite can create many databases; production calibrates to ~0.5 s.
os.environ.setdefault("COORDAPP_INSECURE_FAST_KDF", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordapp.paths import AppPaths
from coordapp.services.workspace import OwnerProfile, Workspace

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
    workspace, code = Workspace.create(app_paths.default_db, PASSPHRASE, OWNER, app_paths)
    yield workspace, code
    workspace.close()


@pytest.fixture
def workspace(created: tuple[Workspace, str]) -> Workspace:
    return created[0]
