"""The caseload index's sort orders: computed when first asked, kept, and patched when a
patient changes (:class:`SortOrders`, mixed into ``CaseloadIndex``)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from coordapp.textkeys import collation_key

if TYPE_CHECKING:
    from coordapp.services.caseload.index import Entry

#: A case's life, the order of the status sort.
STATUS_ORDER = ("request", "active", "on_hold", "closed")
#: More changed patients than this: the kept orders are dropped, not patched.
PATCH_LIMIT = 200
_MAX = 0x10FFFF


def _inverted(text: str) -> str:
    """A string ordered the other way round than ``text`` (prefixes after)."""
    return "".join(chr(_MAX - ord(c)) for c in text) + chr(_MAX)


class SortOrders:
    """Every live patient in each order asked for (``_orders``), kept until a change."""

    _entries: dict[str, Entry]
    _orders: dict[tuple[str, bool], list[Entry]]
    _referents: dict[str, str]
    _gps: dict[str, str]
    _keys: dict[str, str]

    def next_due(self, conn: Connection) -> dict[str, str]:
        raise NotImplementedError

    def _collation(self, text: str | None) -> str:
        """``collation_key(text)``, from the index's memo (filled when it loads)."""
        if not text:
            return ""
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = collation_key(text)
        return found

    def _patch_orders(self, conn: Connection,
                      moved: list[tuple[Entry | None, Entry | None]]) -> None:
        """Each order kept, with the patients in ``moved`` (old line, new line) taken
        out and put back where they now sort: two bisections each, so that the next
        header click after an edit does not sort the whole caseload again. Orders are
        replaced, never changed in place (a listing being read keeps its order)."""
        if len(moved) > PATCH_LIMIT:
            self._orders = {}
            return
        patched: dict[tuple[str, bool], list[Entry]] = {}
        for (sort, desc), order in self._orders.items():
            if sort == "next_due":
                continue  # dropped with the next-due dates by the caller
            key, order = self._sort_key(conn, sort, desc), order.copy()
            try:
                for old, new in moved:
                    if old is not None:
                        del order[_position(order, old, key)]
                    if new is not None:
                        bisect.insort(order, new, key=key)
            except ValueError:  # not where it should be: sort again when asked
                continue
            patched[sort, desc] = order
        self._orders = patched

    def _order(self, conn: Connection, sort: str, desc: bool) -> list[Entry]:
        """Every live patient in ``sort`` order: the column (empty values last, both
        ways; equal values in name order), then the name. ``name`` the other way round
        is the exact reverse. Kept until the next change."""
        cached = self._orders.get((sort, desc))
        if cached is not None:
            return cached
        by_name = self._orders.get(("name", False))
        if by_name is None:
            by_name = sorted(self._entries.values(), key=lambda e: (e.name_key, e.id))
            self._orders["name", False] = by_name
        if sort == "name":
            cached = by_name[::-1] if desc else by_name
        else:
            cached = self._grouped(conn, by_name, sort, desc)
        self._orders[sort, desc] = cached
        return cached

    def _grouped(self, conn: Connection, by_name: list[Entry], sort: str, desc: bool
                 ) -> list[Entry]:
        """``by_name`` grouped by the column's key (each group filled in name order, so
        it stays in name order), the groups in the key's order, empty values last: one
        collation per distinct value, one sort of the distinct keys."""
        raw, key_of = self._raw_column(conn, sort)
        keys: dict[Any, str] = {}
        groups: dict[str, list[Entry]] = defaultdict(list)
        for entry in by_name:
            value = raw(entry)
            key = keys.get(value)
            if key is None:
                key = keys[value] = key_of(value)
            groups[key].append(entry)
        tail = groups.pop("", [])
        return [e for k in sorted(groups, reverse=desc) for e in groups[k]] + tail

    def _raw_column(self, conn: Connection, sort: str
                    ) -> tuple[Callable[[Entry], Any], Callable[[Any], str]]:
        """What to group on, and the sort key of a group's value ("" when empty)."""
        match sort:
            case "birth_date" | "opened_on":
                return attrgetter(sort), lambda value: value or ""
            case "city" | "given_names":
                return attrgetter(sort), self._collation
            case "status":
                return attrgetter(sort), lambda value: str(STATUS_ORDER.index(value)) \
                    if value in STATUS_ORDER else "9"
            case "referent":
                names = self._referents
                return attrgetter("referent_id"), lambda value: self._collation(
                    names.get(value)) if value else ""
            case "gp":
                gps = self._gps
                return attrgetter("gp_id"), lambda value: self._collation(
                    gps.get(value)) if value else ""
            case _:  # next_due
                due = self.next_due(conn)
                return (lambda e: due.get(e.id)), lambda value: value or ""

    def _sort_key(self, conn: Connection, sort: str, desc: bool
                  ) -> Callable[[Entry], tuple[Any, ...]]:
        """A key giving :meth:`_order`'s order (to place a patient no longer listed)."""
        if sort == "name":
            if desc:
                return lambda e: (_inverted(e.name_key), _inverted(e.id))
            return lambda e: (e.name_key, e.id)
        raw, key_of = self._raw_column(conn, sort)

        def key(e: Entry) -> tuple[Any, ...]:
            value = key_of(raw(e))
            if not value:
                return (1, "", e.name_key, e.id)
            return (0, _inverted(value) if desc else value, e.name_key, e.id)
        return key


def _position(order: list[Entry], entry: Entry, key: Callable[[Entry], Any]) -> int:
    """Where ``entry`` (that very line) is in ``order``, sorted by ``key``."""
    at = bisect.bisect_left(order, key(entry), key=key)
    if at < len(order) and order[at] is entry:
        return at
    return order.index(entry)  # equal keys (two referents of one name): look for it
