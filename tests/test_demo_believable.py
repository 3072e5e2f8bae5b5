"""The demo caseload is believable: who does what, dates and statuses, consents, rights."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from coordapp.models import (
    Action,
    Assessment,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    Goal,
    Need,
    Patient,
)
from coordapp.services.demo import data as d
from coordapp.services.demo.generate import OWNER_CASES, generate_demo
from coordapp.services.demo.scenarios import SCENARIOS
from coordapp.services.views import age_on
from coordapp.services.workspace import Workspace

#: Action text -> the circle roles (labels) that can do it.
DOERS = {text: {d.ROLES[role]} | ({d.ROLES["carer2"]} if role == "carer" else set())
         for s in SCENARIOS for g in s.goals for text, role, _r in g.actions}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    from coordapp.paths import AppPaths
    from tests.conftest import OWNER, PASSPHRASE

    home = tmp_path_factory.mktemp("demo")
    paths = AppPaths.from_environment(home)
    workspace, _code = Workspace.create(paths.default_db, PASSPHRASE, OWNER, paths)
    generate_demo(workspace, 200, seed=3)
    return workspace


def test_actions_go_to_members_whose_role_can_do_them(demo_db: Workspace) -> None:
    with demo_db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Action.text, CareTeamMember.role)
            .join(CareTeamMember, CareTeamMember.id == Action.responsible_id)).all()
        unassigned = uow.session.scalar(select(Action.id).where(
            Action.responsible_id.is_(None)))
    assert rows and unassigned is None
    wrong = [(text, role) for text, role in rows if role not in DOERS[text]]
    assert wrong == []


def test_needs_goals_and_actions_come_from_one_scenario(demo_db: Workspace) -> None:
    scenario_of = {s.need: s for s in SCENARIOS}
    with demo_db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Need.text, Goal.text, Action.text)
            .join(Goal, Goal.need_id == Need.id).outerjoin(Action, Action.goal_id == Goal.id)
        ).all()
    for need, goal, action in rows:
        scenario = scenario_of[need]
        goals = {g.text: g for g in scenario.goals}
        assert goal in goals, (need, goal)
        assert action is None or action in {a[0] for a in goals[goal].actions}


def test_goal_statuses_agree_with_their_dates(demo_db: Workspace) -> None:
    today = dt.date.today()
    with demo_db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Goal.status, Goal.target_date, CarePlan.status)
            .join(Need, Need.id == Goal.need_id).join(CarePlan, CarePlan.id == Need.plan_id)
        ).all()
    late_open = [r for r in rows if r[2] == "validated" and r[1] < today
                 and r[0] in ("in_progress", "proposed")]
    assert late_open == []
    assert all(status == "proposed" for status, _t, plan in rows if plan == "draft")
    assert {"in_progress", "reached", "not_reached"} <= {status for status, _t, _p in rows}


def test_every_included_case_was_informed_and_a_few_objected(demo_db: Workspace) -> None:
    with demo_db.unit_of_work() as uow:
        s = uow.session
        included = {p.id: p for p in s.scalars(select(Patient).where(
            Patient.opened_on.is_not(None)))}
        records = s.scalars(select(ConsentRecord)).all()
    informed = {r.patient_id: r for r in records if r.kind == "information_given"}
    assert set(informed) == set(included)
    for patient_id, record in informed.items():
        opened = included[patient_id].opened_on
        assert opened is not None and record.recorded_on <= opened
        assert record.given_by and record.how
    kinds = Counter(r.kind for r in records)
    assert 0 < kinds["objection"] < len(included) / 10
    assert kinds["objection_withdrawn"] <= kinds["objection"]
    assert any(r.recipient for r in records)


def test_no_apa_before_sixty(demo_db: Workspace) -> None:
    with demo_db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Patient.birth_date, Need.text, Goal.text)
            .join(CarePlan, CarePlan.patient_id == Patient.id)
            .join(Need, Need.plan_id == CarePlan.id).join(Goal, Goal.need_id == Need.id)
        ).all()
    today = dt.date.today()
    apa = [(age_on(b, today), n) for b, n, g in rows if "APA" in n or "APA" in g]
    mdph = [age_on(b, today) for b, n, _g in rows if "MDPH" in n]
    assert apa and all(age >= 60 for age, _n in apa)
    assert mdph and all(age < 60 for age in mdph)
    assert not [n for _b, n, g in rows if "protection" in n and "APA" in g]


def test_grids_carry_adverbs(demo_db: Workspace) -> None:
    with demo_db.unit_of_work() as uow:
        details = uow.session.scalars(select(Assessment.aggir_detail)).all()
    assert details and all(detail and len(detail["adverbs"]) == 15 for detail in details)


def test_the_owner_follows_about_thirty_cases_with_late_and_coming_actions(
    demo_db: Workspace,
) -> None:
    today = dt.date.today()
    with demo_db.unit_of_work() as uow:
        mine = uow.session.scalars(select(Patient.id).where(
            Patient.referent_id == demo_db.user_id, Patient.status == "active")).all()
        dues = uow.session.execute(
            select(Action.due_on).join(Goal, Goal.id == Action.goal_id)
            .join(Need, Need.id == Goal.need_id).join(CarePlan, CarePlan.id == Need.plan_id)
            .where(CarePlan.patient_id.in_(mine), CarePlan.status.in_(["draft", "validated"]),
                   Action.status.in_(["planned", "in_progress"]))).scalars().all()
    assert OWNER_CASES - 8 <= len(mine) <= OWNER_CASES
    assert sum(due < today for due in dues) >= 5
    assert sum(today <= due <= today + dt.timedelta(days=14) for due in dues) >= 5
