"""Hybrid logical clock: totally ordered, monotonic stamps close to wall time.

A stamp is (wall milliseconds, counter, node id) and encodes to a fixed-width string
whose lexical order is the stamp order, so it can be stored, indexed and compared in
SQL as text. Incoming stamps far in the future are clamped so that one laptop set to
2099 cannot lock a record forever (Kulkarni et al. 2014; see docs/reliability.md).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Incoming wall times beyond now + this many milliseconds are clamped and flagged.
MAX_FUTURE_SKEW_MS = 5 * 60 * 1000


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, node = text.split("-", 2)
        if len(wall) != 13 or len(counter) != 5 or not node:
            raise ValueError("malformed HLC timestamp")
        return cls(int(wall), int(counter), node)

    def __str__(self) -> str:
        return self.encode()


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues stamps for one node (device). Thread-safe."""

    def __init__(
        self,
        node: str,
        last: Timestamp | None = None,
        wall: Callable[[], int] = wall_clock_ms,
    ) -> None:
        if not node or "-" in node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self.node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._last_wall = last.wall_ms if last else 0
        self._last_counter = last.counter if last else 0

    def now(self) -> Timestamp:
        """A new stamp, greater than every stamp issued or observed before."""
        with self._lock:
            wall = self._wall()
            if wall > self._last_wall:
                self._last_wall, self._last_counter = wall, 0
            else:
                self._last_counter += 1
            return Timestamp(self._last_wall, self._last_counter, self.node)

    def observe(self, remote: Timestamp) -> tuple[Timestamp, bool]:
        """Merge a received stamp into the clock.

        Returns the stamp to store for the remote event and whether it was clamped
        because its wall time was too far in the future.
        """
        with self._lock:
            wall = self._wall()
            clamped = remote.wall_ms > wall + MAX_FUTURE_SKEW_MS
            effective = (
                Timestamp(wall + MAX_FUTURE_SKEW_MS, remote.counter, remote.node)
                if clamped
                else remote
            )
            if effective.wall_ms > self._last_wall:
                self._last_wall, self._last_counter = effective.wall_ms, effective.counter
            elif effective.wall_ms == self._last_wall:
                self._last_counter = max(self._last_counter, effective.counter)
            return effective, clamped
