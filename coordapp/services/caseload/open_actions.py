"""The open actions of the current plans, read for the caseload index ("À faire" and the
next-due sort) from four index-only scans, joined in memory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

if TYPE_CHECKING:
    from coordapp.services.caseload.index import Entry


def read_rows(conn: Connection, statement: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Every row of ``statement`` as plain tuples, fetched by the driver in one call (sent
    through SQLAlchemy, so it is counted and its errors wrapped; 20,000 rows fetched one
    by one through the result object cost five times more)."""
    result = conn.exec_driver_sql(statement, params)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


@dataclass(frozen=True, slots=True)
class OpenAction:
    due_on: str  # ISO
    action_id: str
    patient_id: str


def load_open_actions(conn: Connection, entries: Mapping[str, Entry]) -> list[OpenAction]:
    """Open actions of each current plan (the draft if any, else the latest validated,
    else the latest other non-superseded one), joined in memory from four index-only
    scans; closed cases have none."""
    current = _current_plans(read_rows(
        conn, "SELECT id, patient_id, status, version FROM care_plan INDEXED BY"
        " ix_care_plan_tree WHERE deleted_hlc IS NULL AND status != 'superseded'"), entries)
    needs = {nid: current[plan] for nid, plan in _links(
        conn, "SELECT id, plan_id FROM need INDEXED BY ix_need_tree"
              " WHERE deleted_hlc IS NULL") if plan in current}
    goals = {gid: needs[need] for gid, need in _links(
        conn, "SELECT id, need_id FROM goal INDEXED BY ix_goal_tree"
              " WHERE deleted_hlc IS NULL") if need in needs}
    # ix_action_open is ordered by (status, due_on): merge the two statuses' runs.
    found = [OpenAction(str(due_on), action_id, goals[goal_id])
             for goal_id, due_on, action_id in read_rows(
                 conn, "SELECT goal_id, due_on, id FROM action INDEXED BY ix_action_open"
                 " WHERE status IN ('planned', 'in_progress') AND due_on IS NOT NULL"
                 " AND deleted_hlc IS NULL")
             if goal_id in goals]
    found.sort(key=lambda a: a.due_on)
    return found


def _current_plans(plans: Iterable[Any], entries: Mapping[str, Entry]) -> dict[str, str]:
    """Of ``plans`` (id, patient, status, version), each open case's current plan (the
    draft if any, else the latest validated, else the latest other): plan → patient."""
    best: dict[str, tuple[int, int, str]] = {}
    for plan_id, patient_id, status, version in plans:
        rank = (0 if status == "draft" else 1 if status == "validated" else 2, -version,
                plan_id)
        if patient_id not in best or rank < best[patient_id]:
            best[patient_id] = rank
    return {rank[2]: pid for pid, rank in best.items()
            if pid in entries and entries[pid].status != "closed"}


def _links(conn: Connection, statement: str) -> Iterable[tuple[str, str]]:
    return read_rows(conn, statement)


#: How each written entity leads to its patient (tombstones keep their links).
_OWNER: dict[str, str] = {
    "care_plan": "SELECT p.id, p.patient_id FROM care_plan p WHERE p.id IN ({})",
    "need": "SELECT n.id, p.patient_id FROM need n JOIN care_plan p ON p.id = n.plan_id"
            " WHERE n.id IN ({})",
    "goal": "SELECT g.id, p.patient_id FROM goal g JOIN need n ON n.id = g.need_id"
            " JOIN care_plan p ON p.id = n.plan_id WHERE g.id IN ({})",
    "action": "SELECT a.id, p.patient_id FROM action a JOIN goal g ON g.id = a.goal_id"
              " JOIN need n ON n.id = g.need_id JOIN care_plan p ON p.id = n.plan_id"
              " WHERE a.id IN ({})",
}


def owners(conn: Connection, written: Iterable[tuple[str, str]]) -> set[str] | None:
    """The patients whose open actions the records ``written`` (entity, id) may have
    changed; None when one of them cannot be traced (read everything again)."""
    by_entity: dict[str, list[str]] = {}
    patients: set[str] = set()
    for entity, entity_id in written:
        if entity == "patient":
            patients.add(entity_id)
        elif entity in _OWNER:
            by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        ids = list(dict.fromkeys(ids))
        found = dict(read_rows(conn, _OWNER[entity].format(",".join("?" * len(ids))),
                               tuple(ids)))
        if len(found) < len(ids):
            return None
        patients.update(found.values())
    return patients


def open_actions_of(conn: Connection, entries: Mapping[str, Entry],
                    patients: set[str]) -> list[OpenAction]:
    """:func:`load_open_actions` for ``patients`` only (a few: by their own indexes)."""
    if not patients:
        return []
    marks = ",".join("?" * len(patients))
    current = _current_plans(read_rows(
        conn, "SELECT id, patient_id, status, version FROM care_plan WHERE deleted_hlc"
        f" IS NULL AND status != 'superseded' AND patient_id IN ({marks})",
        tuple(patients)), entries)
    needs = _children(conn, "need", "plan_id", current)
    goals = _children(conn, "goal", "need_id", needs)
    found: list[OpenAction] = []
    ids = list(goals)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found += [OpenAction(str(due_on), action_id, goals[goal_id])
                  for goal_id, due_on, action_id in read_rows(
                      conn, "SELECT goal_id, due_on, id FROM action WHERE status IN"
                      " ('planned', 'in_progress') AND due_on IS NOT NULL AND deleted_hlc"
                      f" IS NULL AND goal_id IN ({','.join('?' * len(chunk))})",
                      tuple(chunk))]
    found.sort(key=lambda a: a.due_on)
    return found


def _children(conn: Connection, table: str, parent: str, parents: Mapping[str, str]
              ) -> dict[str, str]:
    """The live ``table`` rows under ``parents`` (id → patient), by ``parent`` index."""
    out: dict[str, str] = {}
    ids = list(parents)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update((child, parents[owner]) for child, owner in read_rows(
            conn, f"SELECT id, {parent} FROM {table} WHERE deleted_hlc IS NULL"
            f" AND {parent} IN ({','.join('?' * len(chunk))})", tuple(chunk)))
    return out
