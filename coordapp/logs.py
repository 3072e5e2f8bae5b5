"""Application logs: rotating files in the user log dir, readable by the user only.

Log records carry ids, counts and error classes, never names, NIR or notes: the code
logs nothing else, and a test greps the logs of a full scenario for patient names.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FILENAME = "coordapp.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates its files 0600 (logs stay private even on a shared machine)."""

    def _open(self):  # type: ignore[no-untyped-def]
        old_umask = os.umask(0o077)
        try:
            return super()._open()
        finally:
            os.umask(old_umask)


def configure_logging(log_dir: Path, *, level: int = logging.INFO,
                      to_stderr: bool = False) -> Path:
    """Send CoordApp's logs to ``log_dir/coordapp.log`` (rotated). Returns the path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger("coordapp")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    file_handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(file_handler)
    if to_stderr:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        root.addHandler(stream)
    root.propagate = False
    return path
