"""iCalendar export of action due dates and plan reviews, as all-day events.

Each event has a stable UID (the record's id), so importing a newer export into the
same calendar updates the events instead of duplicating them; its SEQUENCE and
LAST-MODIFIED tell the calendar which version is newer, and STATUS:CANCELLED makes it
drop an action done or cancelled since the previous export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from icalendar import Calendar, Event

from coordapp import __version__

UID_DOMAIN = "coordapp"


@dataclass(frozen=True)
class CalendarEntry:
    uid: str  # record id, unique within the kind
    kind: str  # action | review
    day: dt.date
    summary: str
    description: str
    category: str
    cancelled: bool = False
    sequence: int = 0
    last_modified: dt.datetime | None = None


def calendar_bytes(entries: Sequence[CalendarEntry], name: str,
                   now: dt.datetime | None = None) -> bytes:
    """An RFC 5545 calendar holding one all-day event per entry."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//CoordApp//CoordApp {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for entry in sorted(entries, key=lambda e: (e.day, e.kind, e.uid)):
        event = Event()
        event.add("uid", f"{entry.kind}-{entry.uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        event.add("categories", [entry.category])
        event.add("sequence", entry.sequence)
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        if entry.last_modified is not None:
            event.add("last-modified", entry.last_modified.astimezone(dt.UTC))
        event.add("transp", "TRANSPARENT")  # a due date does not block the day
        event.add("class", "CONFIDENTIAL")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
