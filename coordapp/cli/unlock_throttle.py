"""A growing wait after wrong passphrases on the command line, as the unlock dialog does.

Each process is a new try, so the count lives in a small file of the user's cache
folder (0600): after the 2nd wrong secret in a row the answer comes after 1 s, then 2 s,
4 s… at most 30 s. Argon2id is the real defence against an offline attacker; this only
makes a script hammering the base visibly pointless. A right secret, or a quarter of an
hour without a wrong one, starts again from zero.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from coordapp.storage.atomic import write_bytes_atomic

FILENAME = "unlock-failures.json"
MAX_DELAY_S = 30.0
FORGET_AFTER_S = 15 * 60


def delay_after(failures: int) -> float:
    """Seconds to wait after the ``failures``-th wrong secret in a row."""
    return 0.0 if failures <= 1 else min(2.0 ** (failures - 2), MAX_DELAY_S)


class UnlockThrottle:
    def __init__(self, state_dir: Path, db_path: Path,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.path = state_dir / FILENAME
        self.key = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
        self._sleep = sleep

    def _load(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, list[float]]) -> None:
        with contextlib.suppress(OSError):  # a full or read-only disk: no wait, no crash
            write_bytes_atomic(self.path, json.dumps(data).encode())

    def failures(self, now: float | None = None) -> int:
        now = now if now is not None else time.time()
        entry = self._load().get(self.key)
        if not isinstance(entry, list) or len(entry) != 2:
            return 0
        count, last = entry
        return int(count) if now - float(last) < FORGET_AFTER_S else 0

    def failed(self) -> float:
        """Record a wrong secret and wait the growing delay; returns the seconds waited."""
        now = time.time()
        count = self.failures(now) + 1
        data = self._load()
        data[self.key] = [count, now]
        self._save(data)
        delay = delay_after(count)
        if delay:
            self._sleep(delay)
        return delay

    def succeeded(self) -> None:
        data = self._load()
        if data.pop(self.key, None) is not None:
            self._save(data)
