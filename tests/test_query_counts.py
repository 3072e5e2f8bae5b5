"""SQL statements per screen: bounded, and the same for 30 patients as for 200.

A ``before_cursor_execute`` listener on the workspace's engine counts every statement
sent to SQLite (``BEGIN`` included) while a screen's services run. A count that grows
with the caseload (or with the size of one file) is an N+1 query: one statement per row
instead of one per list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, text

from coordapp.paths import AppPaths
from coordapp.services.caseload.dashboard import DashboardService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.editing import PlanService
from coordapp.services.workspace import Workspace
from tests.conftest import OWNER, PASSPHRASE
from tests.informed import INFORMED

# The smaller caseload is large enough for the demo to give its owner actions due, so
# that both caseloads run the same statements (none is skipped for an empty list).
SIZES = (30, 200)
#: Statements for the caseload's first page and its count, once the in-memory caseload
#: index is loaded: BEGIN + "has the change log moved?" (the rows come from memory).
CASELOAD_BOUND = 2
#: Statements to open a file: BEGIN, patient, GP, referent, circle, plan, needs, goals,
#: actions, journal, requests, consents, assessments; then, after the read, its audit
#: entry (BEGIN IMMEDIATE, last audit hash, entry) and the audit head anchored in the
#: keyslot file (BEGIN IMMEDIATE, last entry).
PATIENT_FILE_BOUND = 18
#: "À faire": BEGIN + query for each of the six lists (coordination tasks included); the
#: screen's preview: BEGIN, change-log check, the actions shown, rows + count for each of
#: the four other lists (coordination tasks included). Both: the user's draft requests
#: (« Demandes à compléter »), BEGIN + one query in their own read.
DASHBOARD_BOUND = 14


@contextmanager
def counting(workspace: Workspace) -> Iterator[list[str]]:
    """The statements executed on the workspace's engine inside the block."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = workspace.store.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def statements_for(workspace: Workspace, action: Callable[[], object]) -> list[str]:
    action()  # once unmeasured: lazily created state (pool connections) is not counted
    with counting(workspace) as statements:
        action()
    return statements


def add_rich_patient(workspace: Workspace, needs: int, actions_per_goal: int,
                     notes: int) -> str:
    """An active patient with a GP, a referent, a care circle, a plan and notes."""
    with workspace.store.engine.connect() as conn:
        gp_id = conn.execute(text("SELECT id FROM professional LIMIT 1")).scalar()
    patient_id = CaseloadService(workspace).add_patient({
        "family_name": "Comptage", "given_names": "Requêtes", "birth_date": "1940-01-01",
        "sex": "F", "status": "active", "gp_id": gp_id, "referent_id": workspace.user_id,
    }, allow_duplicate=True, information=INFORMED).id
    follow_up = FollowUpService(workspace)
    member = follow_up.add_care_team_member(
        patient_id, {"role": "Aidante", "informal_name": "Sa fille"}).id
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    for i in range(needs):
        need_id = plans.add_need(plan_id, {"domain": "health", "text": f"Besoin {i}"}).id
        for j in range(2):
            goal_id = plans.add_goal(need_id, {"text": f"Objectif {i}.{j}"}).id
            for k in range(actions_per_goal):
                plans.add_action(goal_id, {"text": f"Action {i}.{j}.{k}",
                                           "responsible_id": member})
    start = dt.datetime(2026, 1, 1, 9, 0)
    for i in range(notes):
        follow_up.add_journal_entry(patient_id, f"Note {i}", occurred_at=start
                                    + dt.timedelta(days=i))
    return patient_id


@pytest.fixture(scope="module")
def caseloads(tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[dict[int, tuple[Workspace, dict[str, str]]]]:
    """A demo caseload of 30 and one of 200 patients, each with a small and a larger
    rich file (2 actions and 2 notes; 40 actions and 40 notes)."""
    opened: dict[int, tuple[Workspace, dict[str, str]]] = {}
    try:
        for size in SIZES:
            paths = AppPaths.from_environment(tmp_path_factory.mktemp(f"counts-{size}"))
            workspace, _code = Workspace.create(paths.default_db, PASSPHRASE, OWNER, paths)
            opened[size] = (workspace, {})
            generate_demo(workspace, size, seed=3)
            opened[size][1].update(
                small=add_rich_patient(workspace, needs=1, actions_per_goal=1, notes=2),
                large=add_rich_patient(workspace, needs=4, actions_per_goal=5, notes=40))
        yield opened
    finally:
        for workspace, _files in opened.values():
            workspace.close()


def caseload_first_page(workspace: Workspace, search: str = "") -> list[str]:
    service = CaseloadService(workspace)

    def first_page() -> None:
        page = service.page(search, limit=200)
        assert page.total >= len(page.rows)
    return statements_for(workspace, first_page)


def test_a_write_reaches_the_caseload_index_in_a_bounded_number_of_statements(
        caseloads) -> None:
    workspace, files = caseloads[SIZES[1]]
    service = CaseloadService(workspace)
    service.page("comptage", limit=200)
    service.update_patient(files["small"], {"city": "Quimperlé"})
    with counting(workspace) as statements:
        page = service.page("quimperle", limit=200)
    assert [row.id for row in page.rows] == [files["small"]]
    # BEGIN, change log moved, entities written since, the one patient re-read.
    assert len(statements) <= 4, statements


@pytest.mark.parametrize("search", ["", "mar", "jean mar"])
def test_caseload_first_page_is_bounded_whatever_the_caseload(caseloads, search: str) -> None:
    counts = {size: caseload_first_page(ws, search) for size, (ws, _f) in caseloads.items()}
    assert all(len(s) <= CASELOAD_BOUND for s in counts.values()), counts
    assert len({len(s) for s in counts.values()}) == 1, counts


def test_patient_file_is_bounded_whatever_the_caseload_and_the_file(caseloads) -> None:
    counts = {}
    for size, (workspace, files) in caseloads.items():
        service = PatientFileService(workspace)
        for name, patient_id in files.items():
            counts[size, name] = statements_for(
                workspace, lambda service=service, pid=patient_id: service.load(pid))
    assert all(len(s) <= PATIENT_FILE_BOUND for s in counts.values()), counts
    # 40 actions and 40 notes, among 200 patients, cost what 2 and 2 among 30 cost.
    assert len({len(s) for s in counts.values()}) == 1, {k: len(s) for k, s in counts.items()}


@pytest.mark.parametrize("limit", [None, 60], ids=["whole-lists", "screen-preview"])
@pytest.mark.parametrize("mine", [True, False], ids=["my-patients", "everyone"])
def test_dashboard_is_bounded_whatever_the_caseload(caseloads, mine: bool,
                                                    limit: int | None) -> None:
    counts = {}
    for size, (workspace, _files) in caseloads.items():
        service = DashboardService(workspace)
        referent = workspace.user_id if mine else None
        counts[size] = statements_for(
            workspace, lambda service=service, referent=referent: service.load(
                referent_id=referent, limit=limit))
    assert all(len(s) <= DASHBOARD_BOUND for s in counts.values()), counts
    assert len({len(s) for s in counts.values()}) == 1, counts


def test_counting_sees_every_statement(caseloads) -> None:
    workspace, _files = caseloads[SIZES[0]]
    with counting(workspace) as statements, workspace.store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        conn.execute(text("SELECT 2"))
    assert statements == ["BEGIN", "SELECT 1", "SELECT 2"]  # BEGIN: storage.engine
