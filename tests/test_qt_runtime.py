"""The Qt binding itself: guards against known-bad PySide6 releases."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal(str)


def test_emitting_signals_does_not_leak_references(qtbot):
    """PySide6 6.12.0 dropped a reference to True on each emit under Python 3.11, which
    aborts the interpreter after a few thousand signals (pinned below 6.12)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(200):
        probe.fired.emit("x")
    assert before - sys.getrefcount(True) < 10
