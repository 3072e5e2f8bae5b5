"""The one-page information sheet on local resources, as its renderer takes it (filled
by :mod:`coordapp.services.info_sheet`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ResourceEntry:
    name: str
    kind: str
    what: str | None  # what they do, as noted in the directory
    phone: str | None
    hours: str | None
    address: str | None
    city: str | None
    same_commune: bool


@dataclass(frozen=True)
class InfoSheet:
    commune: str
    kinds: tuple[str, ...]
    entries: tuple[ResourceEntry, ...]
    more: int  # matching entries left out (the sheet keeps one page)
    made_on: dt.date
