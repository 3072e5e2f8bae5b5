"""The in-memory caseload index: French order, cursors, and keeping up with every writer."""

from __future__ import annotations

import json

import pytest

from coordapp.cli import main
from coordapp.errors import DatabaseLocked
from coordapp.models import Patient
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.workspace import Workspace
from coordapp.textkeys import collation_key
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED


def test_french_order_accents_after_letters_and_case_last() -> None:
    names = ["Eric", "Émile", "emile", "Emile", "Élise", "Œdipe", "Oeuvre", "Ève", "Eve"]
    assert sorted(names, key=collation_key) == [
        "Élise", "emile", "Emile", "Émile", "Eric", "Eve", "Ève", "Œdipe", "Oeuvre"]


def test_hyphens_and_spaces_sort_like_the_letters_around_them() -> None:
    names = ["Martin", "Marie-Claire", "Marie Anne", "Mariette", "MARIE", "Marie"]
    assert sorted(names, key=collation_key) == [
        "Marie", "MARIE", "Marie Anne", "Marie-Claire", "Mariette", "Martin"]


def test_no_name_is_kept_in_a_module_cache_after_the_index() -> None:
    """Collation keys are memoised per index load only: a cache at module level would
    keep patients' names in memory after the workspace locks."""
    import coordapp.textkeys as textkeys

    collation_key("Éloïse")
    cached = [name for name, value in vars(textkeys).items() if hasattr(value, "cache_info")]
    assert cached == []


def cli_page(capsys, db, *args: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    code = main(["patients", "--db", str(db), "--format", "json", *args])
    captured = capsys.readouterr()
    ids = [row["id"] for row in json.loads(captured.out)] if code == 0 else []
    return code, ids, captured.err


@pytest.mark.parametrize(("sort", "desc"), [("name", False), ("city", True),
                                            ("next_due", False), ("opened_on", True)])
def test_cli_pages_with_cursors_list_everyone_once_in_order(
        capsys, workspace: Workspace, app_paths: AppPaths, monkeypatch, sort, desc) -> None:
    generate_demo(workspace, 60, seed=4)
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    order = ["--sort", sort] + (["--desc"] if desc else [])
    code, everyone, _err = cli_page(capsys, app_paths.default_db, *order)
    assert code == 0 and len(everyone) == CaseloadService(workspace).count()
    pages: list[str] = []
    after: list[str] = []
    while True:
        code, ids, err = cli_page(capsys, app_paths.default_db, *order, "--limit", "25",
                                  *after)
        assert code == 0
        pages += ids
        cursors = [line.removeprefix("next_cursor=") for line in err.splitlines()
                   if line.startswith("next_cursor=")]
        if not cursors:
            break
        after = ["--after", cursors[0]]
    assert pages == everyone


def test_a_cursor_survives_its_patient_being_deleted_and_refuses_another_order(
        capsys, workspace: Workspace, app_paths: AppPaths, monkeypatch) -> None:
    generate_demo(workspace, 30, seed=5)
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    service = CaseloadService(workspace)
    first = service.page(limit=10)
    assert first.next_cursor
    everyone = service.matching()
    with workspace.unit_of_work() as uow:  # a tombstone, as a colleague's bundle brings
        uow.changes.delete(uow.session.get(Patient, first.rows[-1].id))
    rest = service.page(limit=10, after=first.next_cursor)
    assert [r.id for r in rest.rows] == everyone[10:20]
    code, _ids, err = cli_page(capsys, app_paths.default_db, "--sort", "city",
                               "--after", first.next_cursor)
    assert code == 4 and "triée autrement" in err
    code, _ids, err = cli_page(capsys, app_paths.default_db, "--after", "pas-un-curseur")
    assert code == 4 and "Curseur illisible" in err


def test_the_index_sees_writes_made_through_another_connection(
        workspace: Workspace, app_paths: AppPaths) -> None:
    service = CaseloadService(workspace)
    assert service.count("Quiberon") == 0
    other = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)  # another process
    try:
        CaseloadService(other).add_patient(
            {"family_name": "Le Gall", "given_names": "Anne", "birth_date": "1950-01-01",
             "sex": "F", "city": "Quiberon", "status": "active"}, information=INFORMED)
    finally:
        other.close()
    assert [row.family_name for row in service.search("quiberon")] == ["Le Gall"]
    assert service.page("quiberon", status="closed").total == 0
    assert service.page("quiberon", status="active", sort="next_due").total == 1


def test_locking_forgets_the_index(workspace: Workspace) -> None:
    service = CaseloadService(workspace)
    service.add_patient({"family_name": "Verrou", "given_names": "Anne",
                         "birth_date": "1950-01-01", "sex": "F"})
    assert service.count("verrou") == 1
    assert workspace.caches
    workspace.lock()
    assert workspace.caches == {}
    with pytest.raises(DatabaseLocked):
        service.count("verrou")
    workspace.unlock(PASSPHRASE)
    assert service.count("verrou") == 1


def test_orders_patched_after_edits_are_the_orders_sorted_afresh(workspace: Workspace
                                                                 ) -> None:
    from coordapp.services.caseload.index import SCREEN_SORTS

    generate_demo(workspace, 80, seed=6)
    service = CaseloadService(workspace)
    orders = [(sort, desc) for sort in SCREEN_SORTS if sort != "next_due"
              for desc in (False, True)]
    for sort, desc in orders:  # every order computed, then kept by the index
        service.matching(sort=sort, desc=desc)
    index = workspace.caches["caseload"]
    kept = set(index._orders)
    assert {*orders} <= kept
    ids = service.matching()
    referent = next(r.referent_id for r in service.rows(ids) if r and r.referent_id)
    service.update_patient(ids[0], {"family_name": "Zébulon", "city": "Étretat",
                                    "referent_id": referent})
    service.update_patient(ids[-1], {"family_name": "Abadie", "city": None,
                                     "given_names": "Émile"})
    service.add_patient({"family_name": "Émery", "given_names": "Eric",
                         "birth_date": "1931-02-03", "sex": "M", "city": "Eu"})
    with workspace.unit_of_work() as uow:  # a tombstone, as a colleague's bundle brings
        uow.changes.delete(uow.session.get(Patient, ids[5]))
    patched = {(sort, desc): service.matching(sort=sort, desc=desc) for sort, desc in orders}
    assert set(index._orders) >= {*orders}  # patched, not dropped
    workspace.caches.pop("caseload")  # a fresh index sorts everything again
    for sort, desc in orders:
        assert patched[sort, desc] == service.matching(sort=sort, desc=desc), (sort, desc)
    assert patched["name", False][0] == ids[-1]  # "Abadie" first
    assert ids[5] not in patched["name", False]



def test_each_order_is_its_sort_key_order_empty_values_last(workspace: Workspace) -> None:
    """The grouped sort the screen uses gives exactly the order of the key a moved
    patient is placed by: column, then name, empty values last both ways."""
    from coordapp.services.caseload.index import SCREEN_SORTS

    generate_demo(workspace, 90, seed=9)
    service = CaseloadService(workspace)
    ids = service.matching()
    service.update_patient(ids[3], {"city": None})
    service.update_patient(ids[4], {"city": "Étretat", "given_names": "Émile"})
    service.update_patient(ids[5], {"city": "Etretat", "given_names": "Emile"})
    service.matching()  # caught up
    index = workspace.caches["caseload"]
    with workspace.reading() as uow:
        conn = uow.session.connection()
        for sort in SCREEN_SORTS:
            for desc in (False, True):
                index._orders = {}
                order = index._order(conn, sort, desc)
                key = index._sort_key(conn, sort, desc)
                assert order == sorted(index._entries.values(), key=key), (sort, desc)
        cities = [e.city for e in index._order(conn, "city", False)]
        assert cities.index("Etretat") < cities.index("Étretat") and cities[-1] is None
        assert [e.city for e in index._order(conn, "city", True)][-1] is None


def test_open_actions_patched_after_plan_edits_are_the_actions_read_afresh(
        workspace: Workspace) -> None:
    import datetime as dt

    from sqlalchemy import select

    from coordapp.models import Action, Goal
    from coordapp.services.caseload.patients import index_for

    generate_demo(workspace, 80, seed=7)
    index = index_for(workspace)

    def read() -> tuple[list, dict]:
        with workspace.reading() as uow:
            conn = uow.session.connection()
            return list(index.open_actions(conn)), dict(index.next_due(conn))

    before, _due = read()
    assert len(before) > 20
    first, second, third = before[0], before[len(before) // 2], before[-1]
    with workspace.unit_of_work() as uow:
        session = uow.session
        uow.changes.update(session.get(Action, first.action_id), {"status": "done"})
        uow.changes.update(session.get(Action, second.action_id),
                           {"due_on": dt.date(1999, 1, 1)})
        goal = session.get(Goal, session.get(Action, third.action_id).goal_id)
        for action in session.scalars(select(Action).where(Action.goal_id == goal.id)):
            uow.changes.delete(action)
        uow.changes.delete(goal)
    CaseloadService(workspace).update_patient(before[1].patient_id,
                                              {"family_name": "Aaron"})
    patched, patched_due = read()
    assert index.actions_loaded  # patched in place, not dropped
    assert patched[0].action_id == second.action_id  # now the latest
    assert first.action_id not in {a.action_id for a in patched}
    workspace.caches.pop("caseload")
    fresh, fresh_due = read()
    assert patched == fresh
    assert patched_due == fresh_due


@pytest.mark.parametrize(("sort", "desc", "text"), [
    ("name", True, ""), ("given_names", False, "ma"), ("referent", True, ""),
    ("status", False, "e"), ("birth_date", True, "")])
def test_a_page_picked_by_partial_sort_is_the_page_of_the_whole_order(
        workspace: Workspace, sort: str, desc: bool, text: str) -> None:
    generate_demo(workspace, 70, seed=8)
    service = CaseloadService(workspace)
    pages, after = [], None
    while True:  # a fresh index each time: the order is never kept, pages are picked
        workspace.caches.pop("caseload", None)
        page = service.page(text, sort=sort, desc=desc, limit=9, after=after)
        pages += [row.id for row in page.rows]
        if page.next_cursor is None:
            break
        after = page.next_cursor
    whole = service.matching(text, sort=sort, desc=desc)  # kept: sorted whole
    assert pages == whole and page.total == len(whole)
    kept = service.page(text, sort=sort, desc=desc, limit=9, after=service.page(
        text, sort=sort, desc=desc, limit=9).next_cursor)
    assert [row.id for row in kept.rows] == whole[9:18]
