"""Small converters for raw input values (forms, CLI, JSON), shared by the use cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coordapp import validation as v
from coordapp.errors import InvalidInput


def text_or_none(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def date_or_none(value: Any) -> dt.date | None:
    return v.parse_date(value) if value not in (None, "") else None


def datetime_or_none(value: Any) -> dt.datetime | None:
    """ISO date-time, or a French date (taken at 9:00)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.combine(v.parse_date(value), dt.time(9, 0))


def choice(field: str, value: Any, choices: type[Any]) -> str:
    """``value`` if it is one of the enum ``choices``, else a French refusal."""
    allowed = {c.value for c in choices}
    if value not in allowed:
        raise InvalidInput(f"Valeur inconnue : {value!r} (attendu : {', '.join(sorted(allowed))}).",
                           field)
    return str(value)
