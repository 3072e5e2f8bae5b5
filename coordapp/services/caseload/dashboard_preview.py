""""À faire" at DAC scale: counts and the first lines of each list, in one transaction.

The late and coming actions come from the caseload index's open actions (in memory:
counting 12,000 late actions is a list filter), then only the lines shown are read, by
id, as plain views; the other lists are read with ``LIMIT`` beside a ``count``. One unit
of work: BEGIN, the change-log check, the actions shown, rows + count for the reviews
and the requests, the first patients without GP (counted in the index).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from coordapp.models import Patient, Referral
from coordapp.services.caseload.dashboard import (
    DUE_SOON_DAYS,
    REVIEW_HORIZON_DAYS,
    Dashboard,
    pending_view,
    referrals_query,
    without_gp_query,
    without_gp_views,
)
from coordapp.services.caseload.index import Entry
from coordapp.services.caseload.open_actions import OpenAction
from coordapp.services.caseload.open_actions import read_rows as rows_of
from coordapp.services.caseload.patients import index_for
from coordapp.services.caseload.tasks import TaskService, open_task_views
from coordapp.services.plans.follow_up import actions_by_id, review_views, reviews_query
from coordapp.services.workspace import Workspace

#: Ids per ``IN (…)`` when a whole list is read (below SQLite's variable limit).
CHUNK = 2_000


def load_preview(ws: Workspace, today: dt.date, referent_id: str | None, limit: int
                 ) -> Dashboard:
    before = today + dt.timedelta(days=REVIEW_HORIZON_DAYS)
    with ws.reading() as uow:  # a read: on a worker, it never holds the write lock
        session = uow.session
        late, soon = _due_lists(ws, session, today, referent_id)
        shown = actions_by_id(session, [a.action_id for a in late[:limit] + soon[:limit]],
                              today)
        conn = session.connection()
        index = index_for(ws)
        reviews = reviews_query(before, referent_id).limit(limit)
        entries = index.entries(conn)  # one copy for the three counts
        reviews_total = _reviews_count(conn, entries, before, referent_id)
        pending = _pending_referrals(conn, entries, referent_id)
        referrals = referrals_query(referent_id).where(Referral.id.in_(pending[:limit]))
        no_gp_ids = sorted((e.family_name, e.given_names, e.id) for e in index.matching(
            conn, status="active", referent_id=referent_id) if not e.gp_id)
        # The SQL order (binary: code points, as Python compares), read by id.
        no_gp = without_gp_query(referent_id).where(
            Patient.id.in_([pid for _f, _g, pid in no_gp_ids[:limit]]))
        return Dashboard(
            today=today,
            overdue_actions=shown[:min(limit, len(late))],
            actions_due_soon=shown[min(limit, len(late)):],
            reviews_due=review_views(session, reviews, before),
            pending_referrals=[pending_view(r, p, today)
                               for r, p in session.execute(referrals)],
            patients_without_gp=without_gp_views(session, no_gp),
            coordination_tasks=open_task_views(session, referent_id, limit),
            totals={"overdue_actions": len(late), "actions_due_soon": len(soon),
                    "reviews_due": reviews_total, "pending_referrals": len(pending),
                    "patients_without_gp": len(no_gp_ids),
                    "coordination_tasks": _tasks_count(conn, entries, referent_id)},
        )


def load_section(ws: Workspace, name: str, today: dt.date, referent_id: str | None
                 ) -> Dashboard:
    """A dashboard whose list ``name`` is complete (the others empty): "show them all"."""
    if name not in ("overdue_actions", "actions_due_soon"):
        full = load_full_list(ws, name, today, referent_id)
        return Dashboard(today, [], [], [], [], []) if full is None else full
    with ws.reading() as uow:
        late, soon = _due_lists(ws, uow.session, today, referent_id)
        chosen = late if name == "overdue_actions" else soon
        views = []
        for start in range(0, len(chosen), CHUNK):
            views += actions_by_id(uow.session, [a.action_id for a in
                                                 chosen[start:start + CHUNK]], today)
    lists: dict[str, Any] = {"overdue_actions": [], "actions_due_soon": []} | {name: views}
    return Dashboard(today, lists["overdue_actions"], lists["actions_due_soon"], [], [], [])


def load_full_list(ws: Workspace, name: str, today: dt.date, referent_id: str | None
                   ) -> Dashboard | None:
    from coordapp.services.caseload.dashboard import DashboardService

    service = DashboardService(ws)
    empty: dict[str, Any] = {"overdue_actions": [], "actions_due_soon": [],
                             "reviews_due": [], "pending_referrals": [],
                             "patients_without_gp": []}
    if name == "reviews_due":
        empty[name] = service.follow_up.reviews_due(
            today + dt.timedelta(days=REVIEW_HORIZON_DAYS), referent_id=referent_id)
    elif name == "pending_referrals":
        empty[name] = service.pending_referrals(today, referent_id=referent_id)
    elif name == "patients_without_gp":
        empty[name] = service.patients_without_gp(referent_id=referent_id)
    elif name == "coordination_tasks":
        empty[name] = TaskService(ws).open_tasks(referent_id=referent_id)
    else:
        return None
    return Dashboard(today=today, **empty)


def _due_lists(ws: Workspace, session: Session, today: dt.date, referent_id: str | None
               ) -> tuple[list[OpenAction], list[OpenAction]]:
    actions = index_for(ws).open_actions(session.connection(), referent_id)
    first, last = today.isoformat(), (today + dt.timedelta(days=DUE_SOON_DAYS - 1)).isoformat()
    late = [a for a in actions if a.due_on < first]
    soon = [a for a in actions if first <= a.due_on <= last]
    return late, soon


# The counts beside the first lines: one narrow column read by SQL, the patient's
# status and referent looked up in the caseload index (counting through the ORM query
# joined every wide, encrypted patient row: 0.3 s of the preview at 20,000 patients).


def _reviews_count(conn: Connection, entries: Mapping[str, Entry], before: dt.date,
                   referent_id: str | None) -> int:
    """As ``reviews_query``: validated plans of live, not closed patients, due by
    ``before`` (that coordinator's patients only, with ``referent_id``)."""
    count = 0
    for (patient_id,) in rows_of(
            conn, "SELECT patient_id FROM care_plan INDEXED BY ix_care_plan_review"
            " WHERE status = 'validated' AND review_due <= ? AND deleted_hlc IS NULL",
            (before.isoformat(),)):
        entry = entries.get(patient_id)
        if entry is not None and entry.status != "closed" and (
                referent_id is None or entry.referent_id == referent_id):
            count += 1
    return count


def _pending_referrals(conn: Connection, entries: Mapping[str, Entry],
                       referent_id: str | None) -> list[str]:
    """As ``referrals_query``, the ids only, in its order (latest received first):
    unanswered requests not about a deleted patient (with ``referent_id``: about that
    coordinator's patients, or nobody's yet)."""
    kept = []
    for referral_id, patient_id, received_at in rows_of(
            conn, "SELECT id, patient_id, received_at FROM referral INDEXED BY"
            " ix_referral_pending WHERE answer IS NULL AND deleted_hlc IS NULL"):
        entry = entries.get(patient_id) if patient_id is not None else None
        if patient_id is None or (entry is not None and (
                referent_id is None or entry.referent_id is None
                or entry.referent_id == referent_id)):
            kept.append((received_at, referral_id))
    kept.sort(key=lambda pair: pair[1])
    kept.sort(key=lambda pair: pair[0], reverse=True)  # stable: ids ascending within
    return [referral_id for _at, referral_id in kept]


def _tasks_count(conn: Connection, entries: Mapping[str, Entry], referent_id: str | None
                 ) -> int:
    """As ``open_task_views``: open tasks about nobody or a live patient (with
    ``referent_id``: that coordinator's patients, or nobody's yet)."""
    count = 0
    for (patient_id,) in rows_of(
            conn, "SELECT patient_id FROM coordination_task WHERE status = 'open'"
            " AND deleted_hlc IS NULL"):
        if patient_id is None:
            count += 1
            continue
        entry = entries.get(patient_id)
        if entry is not None and (referent_id is None or entry.referent_id is None
                                  or entry.referent_id == referent_id):
            count += 1
    return count
