"""Where CoordApp keeps its files: platformdirs by default, one root with COORDAPP_HOME."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CoordApp"
DB_FILENAME = "coordapp.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path
    cache_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @classmethod
    def from_environment(cls, home: str | os.PathLike[str] | None = None) -> AppPaths:
        """Paths under ``home`` or ``$COORDAPP_HOME`` when set, else the platform's own."""
        root = home if home is not None else os.environ.get("COORDAPP_HOME")
        if root:
            base = Path(root).expanduser()
            return cls(
                data_dir=base / "data",
                config_dir=base / "config",
                log_dir=base / "logs",
                backup_dir=base / "backups",
                cache_dir=base / "cache",
            )
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
            backup_dir=data / "backups",
            cache_dir=Path(dirs.user_cache_dir),
        )


def resource_path(*parts: str) -> Path:
    """A file shipped in ``resources/``, in a source checkout, a wheel or a frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "resources", *parts)
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_resources"
    if installed.is_dir():
        return installed.joinpath(*parts)
    return package_dir.parent.joinpath("resources", *parts)
