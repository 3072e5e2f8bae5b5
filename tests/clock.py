"""Today's date, read when a test needs it.

A date taken once when a module is imported goes stale when the suite runs across
midnight: the application reads the clock at the moment it acts, so the tests must too.
"""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    return dt.date.today()


def today_fr() -> str:
    return f"{today():%d/%m/%Y}"
