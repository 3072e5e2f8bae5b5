"""A record is a fold of its operations: a pure function of the *set* of operations.

Because the result depends only on which operations a copy holds, never on the order in
which they arrived, every copy that holds the same operations shows the same record, and
importing the same operations twice changes nothing.

For each field, the versions are the operations that wrote it. A version is *superseded*
when another version's author already had it (``knows``). The remaining versions are
concurrent siblings: the one with the highest ``(hlc, op_id)`` wins, the same way on
every copy, and each sibling holding a different value is an open conflict. A later
write made by someone who had both values supersedes both and so closes the conflict;
that is also what a conflict resolution is.

A deletion stands unless a restore knew it. It wins over concurrent edits: they still
apply to the (hidden) fields, so a restore brings the record back with them, and each is
reported as a conflict on the pseudo-field ``"*"`` until the deletion is confirmed by a
deletion that knows the edit, or undone.

An erasure (``erase``, see ``coordapp.sync.erase``) is a deletion nothing undoes: the
record stays deleted, field conflicts no longer matter, and every operation no erasure
knew is reported (without text) as a conflict on ``"*"``. Values are already blanked by
the merge before folding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coordapp.models import ChangeKind
from coordapp.records.version_vectors import RECORD_FIELD
from coordapp.sync.ops import Op, knows

_CREATE, _UPDATE = ChangeKind.CREATE.value, ChangeKind.UPDATE.value
_DELETE, _RESTORE = ChangeKind.DELETE.value, ChangeKind.RESTORE.value
_ERASE = ChangeKind.ERASE.value


@dataclass(slots=True)
class Folded:
    create: Op
    #: Field -> the operation whose value the record shows.
    winners: dict[str, Op]
    #: (field, loser op id) -> (winning op, losing op), for open conflicts only.
    conflicts: dict[tuple[str, str], tuple[Op, Op]]
    #: The latest deletion still standing, or None when the record is live.
    deleted_by: Op | None
    #: The latest operation of the record (its ``updated_hlc`` and ``updated_by``).
    last: Op
    #: Whether the record was erased (GDPR): deleted for good, values blanked.
    erased: bool = False


def _key(op: Op) -> tuple[str, str]:
    return (op.hlc, op.op_id)


def fold(ops: Sequence[Op]) -> Folded | None:
    """The state of one record from all its known operations; None without a creation."""
    creates: list[Op] = []
    deletes: list[Op] = []
    restores: list[Op] = []
    updates: list[Op] = []
    erases: list[Op] = []
    by_field: dict[str, list[Op]] = {}
    for op in ops:
        kind = op.kind
        if kind in (_CREATE, _UPDATE):
            (creates if kind == _CREATE else updates).append(op)
            for name in op.values:
                versions = by_field.get(name)
                if versions is None:
                    by_field[name] = [op]
                else:
                    versions.append(op)
        elif kind == _DELETE:
            deletes.append(op)
        elif kind == _RESTORE:
            restores.append(op)
        elif kind == _ERASE:
            erases.append(op)
    if not creates:
        return None
    if erases:
        return _erased(ops, creates, erases, by_field)

    winners: dict[str, Op] = {}
    conflicts: dict[tuple[str, str], tuple[Op, Op]] = {}
    for name, versions in by_field.items():
        if len(versions) == 1:
            winners[name] = versions[0]
            continue
        siblings = [a for a in versions if not any(b is not a and knows(b, a) for b in versions)]
        winner = max(siblings, key=_key)
        winners[name] = winner
        value = winner.values[name]
        for other in siblings:
            if other is not winner and other.values[name] != value:
                conflicts[(name, other.op_id)] = (winner, other)

    standing = [d for d in deletes if not any(knows(r, d) for r in restores)]
    deleted_by = max(standing, key=_key) if standing else None
    if deleted_by is not None:
        for edit in updates:
            if all(not knows(d, edit) and not knows(edit, d) for d in standing):
                conflicts[(RECORD_FIELD, edit.op_id)] = (deleted_by, edit)

    return Folded(
        create=min(creates, key=_key),
        winners=winners,
        conflicts=conflicts,
        deleted_by=deleted_by,
        last=max(ops, key=_key),
    )


def _erased(ops: Sequence[Op], creates: list[Op], erases: list[Op],
            by_field: dict[str, list[Op]]) -> Folded:
    """An erased record: the latest erasure stands; what no erasure knew is a conflict."""
    eraser = max(erases, key=_key)
    winners = {name: max(versions, key=_key) for name, versions in by_field.items()}
    conflicts = {
        (RECORD_FIELD, op.op_id): (eraser, op) for op in ops
        if op.kind != _ERASE and not any(knows(e, op) or knows(op, e) for e in erases)
    }
    return Folded(create=min(creates, key=_key), winners=winners, conflicts=conflicts,
                  deleted_by=eraser, last=max(ops, key=_key), erased=True)
