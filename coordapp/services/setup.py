"""First run: create the encrypted workspace and preload the directory."""

from __future__ import annotations

from pathlib import Path

from coordapp.paths import AppPaths
from coordapp.services.directory import DirectoryService
from coordapp.services.workspace import OwnerProfile, Workspace


def create_workspace(
    db_path: Path, passphrase: str, owner: OwnerProfile, paths: AppPaths
) -> tuple[Workspace, str]:
    """A new database with the shipped real support structures; returns the recovery code."""
    workspace, code = Workspace.create(db_path, passphrase, owner, paths)
    try:
        DirectoryService(workspace).preload_structures()
    except BaseException:
        workspace.close()
        raise
    return workspace, code


def demo_db_path(paths: AppPaths) -> Path:
    """Where the demonstration database lives: beside the working one, never mixed."""
    return paths.data_dir / "demonstration.db"
