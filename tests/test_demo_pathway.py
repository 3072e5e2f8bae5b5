"""The demo's pathway records follow the services' rules and the activity report counts
them: GP tasks for direct requests, day-2 calls after discharges, done tasks noted in the
journal, GP seekers with proposals and answers, breaks in the pathway."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from coordapp.models import (
    CoordinationTask,
    Dysfunction,
    GpProposal,
    GpSearch,
    JournalEntry,
    Patient,
    Professional,
    Referral,
)
from coordapp.services.activity_report import ActivityReportService
from coordapp.services.caseload.gp_seekers import GpSeekerService
from coordapp.services.caseload.tasks import TITLES, TaskService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.patient.discharge import planned_on
from coordapp.services.workspace import Workspace

PATIENTS = 400


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    from coordapp.paths import AppPaths
    from tests.conftest import OWNER, PASSPHRASE

    home = tmp_path_factory.mktemp("demo-pathway")
    paths = AppPaths.from_environment(home)
    workspace, _code = Workspace.create(paths.default_db, PASSPHRASE, OWNER, paths)
    generate_demo(workspace, PATIENTS, seed=5)
    yield workspace
    workspace.close()


def rows(workspace: Workspace, model: type) -> list:
    with workspace.unit_of_work() as uow:
        found = list(uow.session.scalars(select(model)))
        uow.session.expunge_all()
        return found


def test_direct_requests_and_discharges_have_their_tasks(demo_db: Workspace) -> None:
    today = dt.date.today()
    referrals = {r.id: r for r in rows(demo_db, Referral)}
    tasks = rows(demo_db, CoordinationTask)
    by_referral: dict[str, list[str]] = {}
    for task in tasks:
        by_referral.setdefault(task.referral_id, []).append(task.kind)
        assert task.title == TITLES[task.kind]
        assert task.patient_id == referrals[task.referral_id].patient_id
    for referral in referrals.values():
        expected = []
        if referral.requester_kind in ("person", "caregiver"):
            expected.append("gp")
        if referral.discharge:
            expected.append("discharge_call")
        kinds = sorted("gp" if k in ("gp_contact", "find_gp") else k
                       for k in by_referral.get(referral.id, []))
        assert kinds == sorted(expected), referral.requester_kind
    calls = [t for t in tasks if t.kind == "discharge_call"]
    assert calls and all(
        t.due_on == planned_on(referrals[t.referral_id].discharge) + dt.timedelta(days=2)
        for t in calls)
    for referral in referrals.values():
        if referral.discharge:
            assert referral.requester_kind == "hospital" and referral.discharge["ward"]
    # Plausible proportions: some open on "À faire", most done, all in the past.
    status = Counter(t.status for t in tasks)
    assert status["open"] >= 3 and status["done"] > status["open"]
    assert all(t.done_on <= today for t in tasks if t.done_on)
    assert len(tasks) >= PATIENTS * 0.08
    open_ids = {t.id for t in tasks if t.status == "open"}
    assert {t.id for t in TaskService(demo_db).open_tasks()} == open_ids


def test_done_tasks_left_their_note_in_the_journal(demo_db: Workspace) -> None:
    entries = {e.id: e for e in rows(demo_db, JournalEntry)}
    done = [t for t in rows(demo_db, CoordinationTask) if t.status == "done"]
    with_patient = [t for t in done if t.patient_id]
    assert with_patient
    for task in with_patient:
        entry = entries[task.journal_entry_id]
        assert entry.patient_id == task.patient_id and entry.kind == "call"
        assert entry.text.startswith(f"{task.title} : ")
        assert entry.occurred_at.date() == task.done_on
    assert all(t.journal_entry_id is None for t in done if not t.patient_id)
    assert all(t.journal_entry_id is None and t.done_on is None
               for t in rows(demo_db, CoordinationTask) if t.status == "open")


def test_gp_searches_proposals_and_answers_agree(demo_db: Workspace) -> None:
    today = dt.date.today()
    patients = {p.id: p for p in rows(demo_db, Patient)}
    accepting = {p.id for p in rows(demo_db, Professional) if p.accepts_new_patients}
    searches = rows(demo_db, GpSearch)
    proposals = rows(demo_db, GpProposal)
    tasks = rows(demo_db, CoordinationTask)
    open_searches = [s for s in searches if s.found_on is None]
    found = [s for s in searches if s.found_on is not None]
    assert len(open_searches) >= 5 and len(found) >= 3
    assert accepting and len(accepting) < len(rows(demo_db, Professional)) / 4
    for search in open_searches:
        patient = patients[search.patient_id]
        assert patient.gp_id is None and patient.status != "closed"
        assert search.asked_on <= today
    for search in found:
        assert patients[search.patient_id].gp_id == search.found_gp_id
        assert search.asked_on <= search.found_on <= today
        [accepted] = [p for p in proposals if p.search_id == search.id
                      and p.answer == "accepted"]
        assert (accepted.professional_id, accepted.answered_on) == (
            search.found_gp_id, search.found_on)
    by_id = {s.id: s for s in searches}
    for proposal in proposals:
        search = by_id[proposal.search_id]
        assert proposal.patient_id == search.patient_id
        assert search.asked_on <= proposal.proposed_on <= today
        if proposal.answer == "pending":
            assert search.found_on is None and proposal.answered_on is None
            assert proposal.professional_id in accepting
        if proposal.answer == "refused":
            assert proposal.proposed_on <= proposal.answered_on
            assert proposal.professional_id in accepting
    answers = Counter(p.answer for p in proposals)
    assert answers["refused"] and answers["pending"] and answers["accepted"] == len(found)
    # the "help to find a GP" task is open exactly while the person is still looking
    for task in tasks:
        if task.kind == "find_gp":
            [search] = [s for s in searches if s.patient_id == task.patient_id]
            assert (task.status == "open") == (search.found_on is None)
            assert task.done_on == search.found_on
    listed = GpSeekerService(demo_db).seekers()
    assert {s.search_id for s in listed} == {s.id for s in open_searches}


def test_breaks_in_the_pathway_are_dated_on_followed_files(demo_db: Workspace) -> None:
    patients = {p.id: p for p in rows(demo_db, Patient)}
    seekers = {s.patient_id for s in rows(demo_db, GpSearch)}
    dysfunctions = rows(demo_db, Dysfunction)
    first_request: dict[str, dt.date] = {}
    for r in rows(demo_db, Referral):
        if r.patient_id:
            day = r.received_at.date()
            first_request[r.patient_id] = min(first_request.get(r.patient_id, day), day)
    followed = [p for p in patients.values() if p.opened_on]
    with_one = {d.patient_id for d in dysfunctions}
    assert 0.05 * len(followed) <= len(with_one) <= 0.35 * len(followed)
    kinds = Counter(d.kind for d in dysfunctions)
    assert len(kinds) >= 4 and kinds["discharge_not_prepared"] > 0
    for d in dysfunctions:
        patient = patients[d.patient_id]
        # from the request (a discharge badly prepared may precede the inclusion)
        assert first_request[d.patient_id] <= d.occurred_on
        assert d.occurred_on <= (patient.closed_on or dt.date.today())
        if d.kind == "no_gp":
            assert patient.gp_id is None or d.patient_id in seekers
        if d.kind == "discharge_not_prepared":
            assert "hospital" in d.structure_kinds


def test_the_activity_report_counts_what_the_demo_holds(demo_db: Workspace) -> None:
    today = dt.date.today()
    start = today - dt.timedelta(days=4 * 365)
    report = ActivityReportService(demo_db).compute(start, today)
    searches = rows(demo_db, GpSearch)
    dysfunctions = rows(demo_db, Dysfunction)
    referrals = [r for r in rows(demo_db, Referral) if r.received_at.date() >= start]
    assert report.gp_seekers_at_end == sum(1 for s in searches if s.found_on is None) > 0
    assert report.gp_found == sum(1 for s in searches if s.found_on) > 0
    assert report.median_gp_delay_days is not None and report.median_gp_delay_days >= 10
    assert report.dysfunctions == len(dysfunctions) > 0
    assert dict(report.dysfunctions_by_kind) == Counter(d.kind for d in dysfunctions)
    levels = dict(report.service_levels)
    assert levels == Counter(r.service_level or "" for r in referrals)
    assert {"complex_coordination", "orientation", "information"} <= set(levels)
    assert levels["complex_coordination"] > levels["information"]
    assert 0 < report.complex_both_sides < report.requests


def test_some_people_speak_little_french_and_need_an_interpreter(demo_db: Workspace) -> None:
    patients = rows(demo_db, Patient)
    speaking = [p for p in patients if p.languages]
    assert 0.01 * PATIENTS <= len(speaking) <= 0.1 * PATIENTS
    assert all(p.interpreter_needed for p in speaking if "français" not in p.languages)
    assert not any(p.interpreter_needed for p in patients if not p.languages)
