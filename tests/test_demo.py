"""The demo caseload generator, on a real encrypted database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from conftest import OWNER, PASSPHRASE
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.models import (
    Action,
    Assessment,
    AuditEvent,
    CarePlan,
    CareTeamMember,
    Change,
    ConsentRecord,
    CoordinationTask,
    Coordinator,
    Dysfunction,
    Goal,
    GpProposal,
    GpSearch,
    JournalEntry,
    Need,
    Patient,
    Professional,
    Referral,
    Structure,
)
from coordapp.paths import AppPaths
from coordapp.records.changes import data_columns
from coordapp.records.search_keys import (
    patient_search_key,
    professional_search_key,
    structure_search_key,
)
from coordapp.services.assessments.aggir import compute_gir
from coordapp.services.assessments.aggir_coding import grid_from_detail
from coordapp.services.assessments.recording import COMPLEXITY_FACTORS
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo import generate as demo
from coordapp.services.demo.generate import CANCELLED_MESSAGE, DemoSummary, generate_demo
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold
from coordapp.validation import validate_finess, validate_nir, validate_phone, validate_rpps

TABLES: dict[str, type[Any]] = {
    "coordinators": Coordinator, "structures": Structure, "professionals": Professional,
    "patients": Patient, "referrals": Referral, "care_team_members": CareTeamMember,
    "assessments": Assessment, "plans": CarePlan, "needs": Need, "goals": Goal,
    "actions": Action, "journal_entries": JournalEntry, "consent_records": ConsentRecord,
    "coordination_tasks": CoordinationTask, "gp_searches": GpSearch,
    "gp_proposals": GpProposal, "dysfunctions": Dysfunction,
}
DEPARTEMENTS = {"08", "10", "51", "52", "54", "55", "57", "67", "68", "74", "88"}


def _counts(workspace: Workspace) -> dict[str, int]:
    """Rows per table, and change-log rows per table and kind."""
    with workspace.unit_of_work() as uow:
        s = uow.session
        found = {name: s.scalar(select(func.count()).select_from(model)) or 0
                 for name, model in TABLES.items()}
        for entity, kind, n in s.execute(
            select(Change.entity, Change.kind, func.count()).group_by(Change.entity, Change.kind)
        ):
            found[f"{entity}:{kind}"] = n
    return found


def _identities(workspace: Workspace) -> list[tuple[str, str, dt.date, str | None]]:
    with workspace.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Patient.family_name, Patient.given_names, Patient.birth_date, Patient.nir)
        )
        return sorted(tuple(row) for row in rows)


def _action_count(workspace: Workspace) -> int:
    with workspace.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Action)) or 0


@pytest.fixture
def generated(workspace: Workspace) -> tuple[Workspace, DemoSummary, dict[str, int],
                                             list[tuple[int, int, str]]]:
    before = _counts(workspace)
    calls: list[tuple[int, int, str]] = []
    summary = generate_demo(workspace, 60, seed=7,
                            progress=lambda done, total, label: calls.append((done, total, label)))
    return workspace, summary, before, calls


def test_summary_matches_tables_and_one_change_row_per_record(generated: Any) -> None:
    workspace, summary, before, calls = generated
    after = _counts(workspace)
    added = {name: after[name] - before[name] for name in TABLES}
    assert summary.patients == added["patients"] == 60
    for field in DemoSummary.__dataclass_fields__:
        assert getattr(summary, field) == added[field], field
    assert 3 <= summary.coordinators <= 6
    assert summary.professionals >= 20 and summary.structures > 0
    assert added["needs"] > 0 and added["goals"] > 0
    for name, model in TABLES.items():
        key = f"{model.__tablename__}:create"
        assert after.get(key, 0) - before.get(key, 0) == added[name], name
    assert not [k for k in after if ":" in k and not k.endswith(":create")]
    assert calls[-1] == (60, 60, "Patients…")

    with workspace.unit_of_work() as uow:
        s = uow.session
        # Every record has its own creation row, whose values hold the data columns but
        # never the search key.
        for model in TABLES.values():
            orphans = s.scalar(select(func.count()).select_from(model).where(
                model.id.not_in(select(Change.entity_id))))
            assert orphans == 0, model.__tablename__
        assert s.scalar(select(func.count(Change.entity_id.distinct()))) == \
            s.scalar(select(func.count()).select_from(Change))
        for change in s.scalars(select(Change).where(Change.entity == "patient")):
            expected = set(data_columns(Patient)) - {"search_key"}
            assert set(change.values) == expected
            assert change.kind == "create" and change.base_hlc is None
            assert change.device_id == workspace.device_id
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        assert (event.action, event.detail) == ("generate_demo", "60 patients")
        for p in s.scalars(select(Patient)):
            assert p.search_key == patient_search_key(p)
            assert p.created_hlc == p.updated_hlc and p.deleted_hlc is None
            assert (p.origin_device, p.created_by, p.updated_by) == (
                workspace.device_id, workspace.user_id, workspace.user_id)
        for pro in s.scalars(select(Professional)):
            assert pro.search_key == professional_search_key(pro)
        for structure in s.scalars(select(Structure)):
            assert structure.search_key == structure_search_key(structure)


def test_generated_caseload_is_plausible(generated: Any) -> None:
    workspace, _summary, _before, _calls = generated
    today = dt.date.today()
    with workspace.unit_of_work() as uow:
        s = uow.session
        patients = list(s.scalars(select(Patient)))
        for p in patients:
            assert p.nir is not None
            nir, warnings = validate_nir(p.nir, sex=p.sex, birth_date=p.birth_date)
            assert nir == p.nir and warnings == [], p.nir
            assert p.nir[5:10] == p.birth_place_code
            assert p.identity_status in ("VALI", "PROV", "RECUP")
            assert p.postal_code is not None and p.postal_code[:2] in DEPARTEMENTS
            assert p.phone is None or validate_phone(p.phone) == p.phone
            assert 1 <= len(p.given_names.split()) <= 3
            if p.status == "closed":
                assert p.closure_reason and p.closed_on and p.opened_on
                assert p.opened_on <= p.closed_on <= today
            if p.status == "request":
                assert p.opened_on is None
        statuses = {p.status for p in patients}
        assert {"active", "closed"} <= statuses
        without_gp = sum(p.gp_id is None for p in patients)
        assert 0 < without_gp < len(patients) / 3
        assert sum(p.birth_date.year <= today.year - 65 for p in patients) > len(patients) / 2

        _check_actions(s, today)
        _check_referrals_and_plans(s, patients)
        for a in s.scalars(select(Assessment)):
            assert len(a.aggir) == 10 and a.gir == compute_gir(a.aggir).gir
            assert set(a.aggir.values()) <= {"A", "B", "C"}
            assert a.aggir == grid_from_detail(a.aggir_detail)  # coded from adverbs
            assert len(a.zarit_items) in (0, 7, 22)
            assert a.zarit_total == (sum(a.zarit_items) if len(a.zarit_items) == 22
                                     else None)
            assert set(a.complexity_factors) <= set(COMPLEXITY_FACTORS)
        for pro in s.scalars(select(Professional).where(Professional.rpps.is_not(None))):
            assert validate_rpps(pro.rpps or "")[1] == []
        for structure in s.scalars(select(Structure).where(Structure.finess.is_not(None))):
            assert validate_finess(structure.finess or "")[1] == []
        for model in (Coordinator, Professional, Structure, CareTeamMember, Referral):
            column = model.requester_phone if model is Referral else model.phone
            for phone in s.scalars(select(column).where(column.is_not(None))):
                assert validate_phone(phone) == phone, (model.__tablename__, phone)


def _check_actions(s: Session, today: dt.date) -> None:
    rows = s.execute(
        select(Action.responsible_id, CarePlan.patient_id, Action.status, Action.due_on)
        .join(Goal, Goal.id == Action.goal_id).join(Need, Need.id == Goal.need_id)
        .join(CarePlan, CarePlan.id == Need.plan_id)
    ).all()
    assert rows
    circle = {tuple(row) for row in s.execute(select(CareTeamMember.id,
                                                     CareTeamMember.patient_id))}
    for responsible, patient_id, _status, _due in rows:
        assert (responsible, patient_id) in circle
    assert any(status == "planned" and due < today for _r, _p, status, due in rows)
    assert any(status == "done" for _r, _p, status, _due in rows)


def _check_referrals_and_plans(s: Session, patients: list[Patient]) -> None:
    by_id = {p.id: p for p in patients}
    referrals = list(s.scalars(select(Referral)))
    for r in referrals:
        if r.patient_id is None:
            assert r.answer in ("information", "orientation")
        elif r.answer == "inclusion":
            opened = by_id[r.patient_id].opened_on
            assert opened is not None and r.received_at.date() <= opened
            assert r.answered_on is not None and r.answered_on <= opened
    included = {r.patient_id for r in referrals if r.answer == "inclusion"}
    assert included == {p.id for p in patients if p.status != "request"}
    plans = {plan.patient_id: plan for plan in s.scalars(select(CarePlan))}
    assert set(plans) == included
    for patient_id, plan in plans.items():
        assert (plan.status == "closed") == (by_id[patient_id].status == "closed")
    members = s.execute(select(CareTeamMember.patient_id, func.count()).group_by(
        CareTeamMember.patient_id)).all()
    assert len(members) == len(patients) and all(3 <= n <= 7 for _p, n in members)
    carers = s.scalars(select(CareTeamMember).where(CareTeamMember.is_main_caregiver)).all()
    assert carers and all(c.informal_name and c.relationship for c in carers)


def test_same_seed_gives_same_caseload(
    workspace: Workspace, app_paths: AppPaths, tmp_path: Path
) -> None:
    others: list[Workspace] = []
    try:
        for name in ("other.db", "third.db"):
            other, _code = Workspace.create(tmp_path / name, PASSPHRASE, OWNER, app_paths)
            others.append(other)
        generate_demo(workspace, 60, seed=7)
        generate_demo(others[0], 60, seed=7)
        generate_demo(others[1], 60, seed=8)
        first = _identities(workspace)
        assert len(first) == 60
        assert _identities(others[0]) == first
        assert _action_count(others[0]) == _action_count(workspace)
        assert _identities(others[1]) != first
    finally:
        for other in others:
            other.close()


def test_cancel_at_once_writes_nothing(workspace: Workspace) -> None:
    before = _counts(workspace)
    with pytest.raises(CoordAppError) as raised:
        generate_demo(workspace, 60, seed=7, cancel=lambda: True)
    assert raised.value.message == CANCELLED_MESSAGE
    assert _counts(workspace) == before
    assert before["patients"] == 0


def test_cancel_after_a_batch_rolls_everything_back(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_SIZE", 20)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) == 3  # checked at start, then before each batch

    generate_demo(workspace, 0)  # preload the real structures first
    before = _counts(workspace)
    with pytest.raises(CoordAppError):
        generate_demo(workspace, 60, seed=7, cancel=cancel)
    assert len(calls) == 3
    assert _counts(workspace) == before


def test_negative_count_is_refused(workspace: Workspace) -> None:
    with pytest.raises(InvalidInput):
        generate_demo(workspace, -1)


def test_generated_patient_found_by_folded_family_name(workspace: Workspace) -> None:
    generate_demo(workspace, 60, seed=7)
    with workspace.unit_of_work() as uow:
        patients = list(uow.session.scalars(select(Patient).order_by(Patient.family_name)))
    accented = [p for p in patients if fold(p.family_name) != p.family_name.lower()]
    target = (accented or patients)[0]
    query = fold(target.family_name)
    assert query.isascii() and query == query.lower()
    found = CaseloadService(workspace).search(query)
    assert target.id in {summary.id for summary in found}
