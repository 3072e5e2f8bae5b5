"""Operations as they travel in bundles, and the causality between them.

An operation is one change-log row (one write of one record). In a bundle it is one
line: a JSON array header, a TAB, then the ``values`` object exactly as stored, so the
text is carried byte for byte and never re-encoded::

    [op_id, hlc, entity, entity_id, kind, base_hlc, device_id, author_id, recorded_at, ctx]\t{...}

Causality: each operation carries the version vector of the record its author had, as
``ctx`` = {origin device: highest stamp of that device's writes to the record already
seen}. When the record held only the author's own writes, ``ctx`` is left out and means
``{device_id: base_hlc}``. Every bundle carries the *whole* history of each record it
touches, so a copy that holds a device's write to a record holds all that device's
earlier writes to it, and "``b`` knew ``a``" is exactly ``a.hlc <= b.vv[a.device]``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from coordapp.models import SYNCED_MODELS, ChangeKind
from coordapp.records.changes import data_columns
from coordapp.sync.errors import BundleDamaged, BundleTooNew

#: Columns computed from others on every write (search keys); never carried by operations.
DERIVED_COLUMNS = frozenset({"search_key"})
#: Fields an operation may write, per table.
FIELDS: dict[str, frozenset[str]] = {
    name: frozenset(data_columns(model)) - DERIVED_COLUMNS for name, model in SYNCED_MODELS.items()
}
KINDS = frozenset(kind.value for kind in ChangeKind)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HLC = re.compile(r"\d{13}-\d{5}-[0-9A-Za-z]{1,40}")
_decode = json.JSONDecoder().raw_decode
_U = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_H = r"\d{13}-\d{5}-[0-9A-Za-z]{1,40}"
_HEADER = re.compile(
    rf'\["({_U})","({_H})","([a-z_]{{1,40}})","({_U})","([a-z]{{1,8}})",'
    rf'(?:null|"({_H})"),"({_U})",(?:null|"({_U})"),'
    rf'"(\d{{4}}-\d{{2}}-\d{{2}} \d{{2}}:\d{{2}}:\d{{2}}\.\d{{6}})",(null|\{{[^\]]*\}})\]'
)


@dataclass(slots=True, eq=False)
class Op:
    op_id: str
    hlc: str
    entity: str
    entity_id: str
    kind: str
    base_hlc: str | None
    device_id: str
    author_id: str | None
    recorded_at: str
    ctx: dict[str, str] | None
    values: dict[str, Any]
    values_raw: str
    _vv: dict[str, str] | None = field(default=None, repr=False)

    @property
    def vv(self) -> dict[str, str]:
        """The version vector this operation was written against."""
        if self._vv is None:
            if self.ctx is not None:
                self._vv = self.ctx
            else:
                self._vv = {self.device_id: self.base_hlc} if self.base_hlc else {}
        return self._vv

    @property
    def key(self) -> tuple[str, str]:
        """Total order used to break ties between concurrent operations."""
        return (self.hlc, self.op_id)

    def ctx_json(self) -> str | None:
        return None if self.ctx is None else json.dumps(self.ctx, sort_keys=True)


def knows(b: Op, a: Op) -> bool:
    """Whether the author of ``b`` had ``a`` when writing ``b``."""
    seen = b.vv.get(a.device_id)
    return seen is not None and seen >= a.hlc


# -- text form -------------------------------------------------------------------------


def _q(text: str | None) -> str:
    return "null" if text is None else f'"{text}"'


def op_line(row: tuple[Any, ...]) -> str:
    """One bundle line from a change-log row read raw: (op_id, hlc, entity, entity_id,
    kind, base_hlc, device_id, author_id, recorded_at, values_json, ctx_json).

    Every text field but the two JSON ones is an id, a stamp or a date written by CoordApp
    itself (imports check them), so it needs no escaping.
    """
    op_id, hlc, entity, entity_id, kind, base, device, author, when, values, ctx = row
    return (
        f'["{op_id}","{hlc}","{entity}","{entity_id}","{kind}",{_q(base)},"{device}",'
        f'{_q(author)},"{when}",{ctx or "null"}]\t{values}\n'
    )


def parse_line(line: str) -> Op:
    """Parse and check one bundle line; raises ``BundleDamaged`` or ``BundleTooNew``.

    The header must be exactly as ``op_line`` writes it (one strict pattern checks every
    id, stamp and date at once); ``values`` must be a JSON object of known fields.
    """
    head, sep, values_raw = line.partition("\t")
    match = _HEADER.fullmatch(head) if sep else None
    if match is None:
        raise BundleDamaged()
    op_id, hlc, entity, entity_id, kind, base, device, author, when, ctx_raw = match.groups()
    allowed = FIELDS.get(entity)
    if allowed is None or kind not in KINDS:
        raise BundleTooNew()  # a table or a kind of write this version does not know
    try:
        values, end = _decode(values_raw)  # json.loads without its per-call overhead
        ctx = None if ctx_raw == "null" else json.loads(ctx_raw)
    except ValueError as exc:
        raise BundleDamaged() from exc
    if end != len(values_raw):
        raise BundleDamaged()
    if not isinstance(values, dict) or (ctx is not None and not is_vv(ctx)):
        raise BundleDamaged()
    if not values.keys() <= allowed:
        raise BundleTooNew()  # a field this version does not know
    if values and kind not in ("create", "update"):
        raise BundleDamaged()
    return Op(op_id, hlc, entity, entity_id, kind, base, device, author, when, ctx, values,
              values_raw)


def is_uuid(value: Any) -> bool:
    """A lowercase canonical UUID (what ``coordapp.ids.new_id`` writes)."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def is_hlc(value: Any) -> bool:
    """An encoded HLC stamp (``coordapp.hlc.Timestamp.encode``)."""
    return isinstance(value, str) and len(value) <= 64 and _HLC.fullmatch(value) is not None


def is_vv(value: Any) -> bool:
    """A version vector or frontier: {device UUID: HLC stamp}."""
    return isinstance(value, dict) and len(value) <= 10_000 and all(
        is_uuid(k) and is_hlc(v) for k, v in value.items()
    )
