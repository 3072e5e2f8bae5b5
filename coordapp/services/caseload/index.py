"""The caseload index: every live patient's search key and sort columns, in memory.

Loaded on first use after unlock (index-only scans, migration 0005), it answers search,
count, filters and sort without SQL; the screen and the CLI then read the rows they show
by id. It stays current through the change log, which every write fills (services,
bundle import, bulk writers, another process on the same file): before answering, one
``SELECT max(rowid) FROM change_log``; when it moved, the index reads the entities
written since and reloads those patients (or everything, after a bulk write). Locking
the workspace drops it with every name it holds.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from coordapp.services.caseload.open_actions import (
    OpenAction,
    load_open_actions,
    open_actions_of,
    owners,
    read_rows,
)
from coordapp.services.caseload.orders import PATCH_LIMIT, SortOrders
from coordapp.services.views import PatientSummary, age_on
from coordapp.textkeys import fold

#: Sort orders, in the CLI's spelling (``coordapp patients --sort``); the screen adds
#: ``given_names`` and ``gp`` for its columns.
SORTS = ("name", "birth_date", "city", "status", "referent", "next_due", "opened_on")
SCREEN_SORTS = (*SORTS, "given_names", "gp")
#: More changed records than this since the last look: reload everything.
DELTA_LIMIT = 2_000

_PATIENTS = (
    "SELECT id, family_name, given_names, used_name, used_given_name, search_key,"
    " birth_date, sex, nir, city, status, identity_status, referent_id, opened_on, gp_id"
    " FROM patient INDEXED BY ix_patient_caseload_index WHERE deleted_hlc IS NULL"
)


@dataclass(slots=True)
class Entry:
    """One live patient: the caseload line, its search key and its sort columns."""

    id: str
    family_name: str
    given_names: str
    used_name: str | None
    used_given_name: str | None
    search_key: str
    birth_date: str  # ISO text: its string order is the date order
    sex: str
    nir: str | None
    city: str | None
    status: str
    identity_status: str
    referent_id: str | None
    opened_on: str | None
    gp_id: str | None
    name_key: str


class CaseloadIndex(SortOrders):
    """The in-memory caseload of one unlocked workspace (``index_for``)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._entries: dict[str, Entry] = {}
        self._gone: dict[str, Entry] = {}  # removed since loading: cursors still resolve
        self._last_rowid: int | None = None
        self._referents: dict[str, str] = {}
        self._gps: dict[str, str] = {}
        self._next_due: dict[str, str] | None = None
        self._open_actions: list[OpenAction] | None = None
        self._orders: dict[tuple[str, bool], list[Entry]] = {}
        self._keys: dict[str, str] = {}  # collation keys of the names and towns held

    # -- keeping current --------------------------------------------------------------

    def refresh(self, conn: Connection) -> None:
        """Catch up with the change log (one statement when nothing changed)."""
        with self._lock:
            last = conn.exec_driver_sql("SELECT max(rowid) FROM change_log").scalar() or 0
            if self._last_rowid is None or last < self._last_rowid:
                self._load(conn, last)
            elif last > self._last_rowid:
                self._catch_up(conn, self._last_rowid, last)

    def _load(self, conn: Connection, last: int) -> None:
        self._keys = {}
        self._entries = self._entries_of(read_rows(conn, _PATIENTS))
        self._gone = {}
        self._load_names(conn)
        self._next_due = self._open_actions = None
        self._orders = {}
        self._last_rowid = last

    def _entries_of(self, rows: Iterable[Any]) -> dict[str, Entry]:
        """The index lines of patient ``rows`` (``_PATIENTS``), by id. Names repeat (a
        few thousand distinct given names in a caseload): each one's collation key is
        computed once, in the index's memo (``_collation``: dropped with the index, so no
        name outlives it), which the sorts by given name, town, referent or GP read too."""
        key = self._collation
        return {
            pid: Entry(pid, family, given, used, used_given, search or "", str(birth), sex,
                       nir, city, status, identity, referent,
                       str(opened) if opened else None, gp, f"{key(family)}\x01{key(given)}")
            for (pid, family, given, used, used_given, search, birth, sex, nir, city, status,
                 identity, referent, opened, gp) in rows
        }

    def _load_names(self, conn: Connection) -> None:
        self._referents = dict(read_rows(conn, "SELECT id, display_name FROM coordinator"))
        self._gps = {pid: f"{given} {family}" if given else family
                     for pid, given, family in read_rows(
                         conn, "SELECT id, given_name, family_name FROM professional")}

    def _catch_up(self, conn: Connection, since: int, last: int) -> None:
        written = conn.exec_driver_sql(
            "SELECT DISTINCT entity, entity_id FROM change_log WHERE rowid > ? AND rowid <= ?"
            f" LIMIT {DELTA_LIMIT + 1}", (since, last)).all()
        if len(written) > DELTA_LIMIT:
            self._load(conn, last)
            return
        entities = {entity for entity, _id in written}
        patients = [entity_id for entity, entity_id in written if entity == "patient"]
        if patients:
            self._reload_patients(conn, patients)
        if entities & {"coordinator", "professional"}:
            self._load_names(conn)
            self._orders = {}
        if entities & {"care_plan", "need", "goal", "action", "patient"}:
            self._patch_actions(conn, written)
            self._orders = {key: order for key, order in self._orders.items()
                            if key[0] != "next_due"}
        self._last_rowid = last

    def _patch_actions(self, conn: Connection, written: Sequence[Any]) -> None:
        """The open actions of the patients ``written`` touched, read again and put in
        place; the others kept (reading them all costs about 0.2 s at 20,000 patients).
        Dropped, to be read when next asked, when a record cannot be traced."""
        actions, due = self._open_actions, self._next_due
        touched = owners(conn, written) if actions is not None and due is not None \
            else None
        if actions is None or due is None or touched is None \
                or len(touched) > PATCH_LIMIT:
            self._next_due = self._open_actions = None
            return
        moved = {entity_id for entity, entity_id in written if entity == "action"}
        touched |= {a.patient_id for a in actions if a.action_id in moved}
        kept = [a for a in actions if a.patient_id not in touched]
        entries = self._entries

        def key(a: OpenAction) -> tuple[str, str, str, str]:
            return a.due_on, entries[a.patient_id].family_name, a.patient_id, a.action_id
        fresh = open_actions_of(conn, entries, touched)
        for action in fresh:
            bisect.insort(kept, action, key=key)
        due = {pid: day for pid, day in due.items() if pid not in touched}
        for action in fresh:  # by due date: the first one seen is the earliest
            due.setdefault(action.patient_id, action.due_on)
        self._open_actions, self._next_due = kept, due

    def _reload_patients(self, conn: Connection, ids: list[str]) -> None:
        marks = ",".join("?" * len(ids))
        fresh = self._entries_of(read_rows(conn, f"{_PATIENTS} AND id IN ({marks})",
                                           tuple(ids)))
        moved: list[tuple[Entry | None, Entry | None]] = []
        for pid in ids:
            old = self._entries.get(pid)
            if pid in fresh:
                self._entries[pid] = fresh[pid]
                self._gone.pop(pid, None)
                moved.append((old, fresh[pid]))
            elif old is not None:
                self._gone[pid] = self._entries.pop(pid)
                moved.append((old, None))
        self._patch_orders(conn, moved)

    # -- answering --------------------------------------------------------------------

    def matching(self, conn: Connection, text: str = "", *, status: str | None = None,
                 referent_id: str | None = None, sort: str = "name",
                 desc: bool = False) -> list[Entry]:
        """The live patients matching every word of ``text`` (accents and case ignored),
        ``status`` and ``referent_id``, in ``sort`` order."""
        if sort not in SCREEN_SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        with self._lock:
            self.refresh(conn)
            return _filtered(self._order(conn, sort, desc), text, status, referent_id)

    def first(self, conn: Connection, limit: int, text: str = "", *,
              status: str | None = None, referent_id: str | None = None,
              sort: str = "name", desc: bool = False, after: str | None = None
              ) -> tuple[int, list[Entry], bool] | None:
        """The first ``limit`` matches in ``sort`` order (after patient ``after``): the
        number of matches, those lines, and whether more follow; None when ``after`` was
        never in this caseload. Picked by a partial sort when the order is not kept (a
        one-shot command: ``coordapp patients --limit 20`` need not sort 20,000 lines)."""
        if sort not in SCREEN_SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        with self._lock:
            self.refresh(conn)
            if (sort, desc) in self._orders:
                found = self.matching(conn, text, status=status, referent_id=referent_id,
                                      sort=sort, desc=desc)
                start = 0
                if after is not None:
                    position = self.position_after(conn, found, after, sort, desc)
                    if position is None:
                        return None
                    start = position
                chosen = found[start:start + limit]
                return len(found), chosen, start + len(chosen) < len(found)
            found = _filtered(list(self._entries.values()), text, status, referent_id)
            key = self._sort_key(conn, sort, desc)
            rest: Iterable[Entry] = found
            if after is not None:
                cursor = self._entries.get(after) or self._gone.get(after)
                if cursor is None:
                    return None
                mark = key(cursor)
                rest = (e for e in found if key(e) > mark)
            chosen = heapq.nsmallest(limit + 1, rest, key=key)
            return len(found), chosen[:limit], len(chosen) > limit

    def position_after(self, conn: Connection, found: list[Entry], after: str, sort: str,
                       desc: bool) -> int | None:
        """Where the listing ``found`` (in ``sort`` order) resumes after patient
        ``after``; None when that patient was never in this caseload."""
        with self._lock:
            for position, entry in enumerate(found):
                if entry.id == after:
                    return position + 1
            missing = self._entries.get(after) or self._gone.get(after)
            if missing is None:
                return None
            # Edited out of this listing, or deleted: resume where it would sort.
            key = self._sort_key(conn, sort, desc)
            return bisect.bisect_right(found, key(missing), key=key)

    def summaries(self, entries: Iterable[Entry], today: dt.date) -> list[PatientSummary]:
        """The caseload lines of ``entries``, from memory."""
        gps, referents = self._gps, self._referents
        return [
            PatientSummary(
                e.id, e.family_name, e.used_name, e.given_names, e.used_given_name, birth,
                age_on(birth, today), e.sex, e.nir, e.city, e.status, e.identity_status,
                e.gp_id, gps.get(e.gp_id) if e.gp_id else None, e.referent_id,
                referents.get(e.referent_id) if e.referent_id else None)
            for e in entries
            for birth in (dt.date.fromisoformat(e.birth_date),)
        ]

    def entries(self, conn: Connection) -> dict[str, Entry]:
        """Every live patient by id, current (a copy: safe to read on any thread)."""
        with self._lock:
            self.refresh(conn)
            return dict(self._entries)

    def by_id(self, conn: Connection, ids: Iterable[str]) -> list[Entry | None]:
        with self._lock:
            self.refresh(conn)
            return [self._entries.get(pid) for pid in ids]

    @property
    def loaded(self) -> bool:
        """True once the patients are in memory (until the workspace locks)."""
        return self._last_rowid is not None

    @property
    def actions_loaded(self) -> bool:
        """True when the open actions are in memory (and current at the last refresh)."""
        return self._open_actions is not None

    def next_due(self, conn: Connection) -> dict[str, str]:
        """Each patient's earliest open action of the current plan (ISO date)."""
        with self._lock:
            if self._next_due is None:
                self._load_actions(conn)
            assert self._next_due is not None
            return self._next_due

    def open_actions(self, conn: Connection, referent_id: str | None = None
                     ) -> list[OpenAction]:
        """Open actions with a due date in the current plans of open cases, by due date
        then birth name (the "À faire" order); ``referent_id`` keeps that coordinator's."""
        with self._lock:
            self.refresh(conn)
            actions, entries = self._open_actions, dict(self._entries)
        if actions is None:
            # Read without holding the lock: a screen using the index on another thread
            # meanwhile is not held up by this half-second read at 20,000 patients.
            actions = self._load_actions(conn, entries)
        if referent_id is None:
            return actions
        return [a for a in actions if entries[a.patient_id].referent_id == referent_id]

    def _load_actions(self, conn: Connection, entries: dict[str, Entry] | None = None
                      ) -> list[OpenAction]:
        """The open actions of ``entries`` (a copy of the patients, taken under the lock
        at change-log position ``_last_rowid``), kept unless the index moved since."""
        with self._lock:
            at, entries = self._last_rowid, entries or dict(self._entries)
        actions = load_open_actions(conn, entries)
        due: dict[str, str] = {}
        for action in actions:  # by due date: the first one seen is the earliest
            due.setdefault(action.patient_id, action.due_on)
        actions.sort(key=lambda a: (a.due_on, entries[a.patient_id].family_name,
                                    a.patient_id, a.action_id))
        with self._lock:
            if self._last_rowid == at:
                self._open_actions, self._next_due = actions, due
        return actions

def _filtered(found: list[Entry], text: str, status: str | None,
              referent_id: str | None) -> list[Entry]:
    """``found`` kept in its order: matching every word of ``text``, ``status`` and
    ``referent_id``."""
    if status is not None:
        found = [e for e in found if e.status == status]
    if referent_id is not None:
        found = [e for e in found if e.referent_id == referent_id]
    for word in sorted(set(fold(text).split()), key=len, reverse=True):
        found = [e for e in found if word in e.search_key]  # longest word first
    return found


def as_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
