"""Convergence at team size: eight replicas edit, delete, restore, erase (GDPR), write
notes, revoke each other and run clocks up to two days off, while bundles travel in
random order, some lost, some delivered twice. Once bundles have gone round the team
(around revoked links), every copy holds identical content, change log and open
conflicts, every value ever written survives as the current value or a recorded conflict
(unless its overwriter had it, or the person was erased), and no erased person is back.
The figures (runs, deliveries, duplicates, refusals, conflicts) are printed at the end."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, precondition, rule
from sqlalchemy import text

from coordapp.hlc import wall_clock_ms
from coordapp.models import SYNCED_MODELS, Patient
from coordapp.records.changes import encode_value
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.erasure import ErasureService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.sync import bundles as sync
from coordapp.sync.errors import RevokedSigner
from tests.test_sync_helpers import (
    Replica,
    add_patient,
    change_log,
    export_to,
    introduce,
    make_replica,
    open_conflicts,
    ship,
    snapshot,
)

TEAM = 8
FIELDS = {"city": ["Reims", "Sedan", "Troyes"], "phone": ["06 11 11 11 11", "06 22 22 22 22"],
          "situation_notes": ["Vit seule.", "Aidée par sa fille."]}
NAMES = ["Martin", "Bernard", "Petit", "Roux", "Moreau"]
DAY_MS = 24 * 3600 * 1000
FIGURES: Counter[str] = Counter()


def op_ids(r: Replica) -> set[str]:
    with r.ws.store.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT op_id FROM change_log"))}


def erased(r: Replica) -> set[str]:
    with r.ws.store.engine.connect() as conn:
        return {row[0] for row in conn.execute(text(
            "SELECT DISTINCT entity_id FROM change_log WHERE kind = 'erase'"))}


class TeamMachine(RuleBasedStateMachine):
    bundles = Bundle("bundles")

    def __init__(self) -> None:
        super().__init__()
        FIGURES["runs"] += 1
        self.root = Path(tempfile.mkdtemp(prefix="coordapp-team-"))
        self.replicas = [make_replica(self.root, f"R{i}") for i in range(TEAM)]
        introduce(*self.replicas)
        self.known_at_write: dict[str, set[str]] = {}
        #: (revoker, revoked) pairs: bundles signed by the second are refused by the first.
        self.revoked: set[tuple[int, int]] = set()
        self.delivered: set[Path] = set()
        first = self.replicas[0]
        self.patients: list[str] = []
        for name in NAMES[:2]:
            self._local(first, lambda name=name: self.patients.append(
                add_patient(first, family_name=name)))
        for other in self.replicas[1:]:
            ship(first, other, self.root / "start")

    def _local(self, r: Replica, action: Any) -> None:
        before = op_ids(r)
        action()
        for op in op_ids(r) - before:
            self.known_at_write[op] = before

    def _row(self, r: Replica, index: int) -> tuple[str, Patient] | None:
        if not self.patients:
            return None
        pid = self.patients[index % len(self.patients)]
        with r.ws.unit_of_work() as uow:
            found = uow.session.get(Patient, pid)
            return (pid, found) if found is not None else None

    def _live(self, r: Replica, index: int) -> str | None:
        row = self._row(r, index)
        return row[0] if row is not None and not row[1].is_deleted else None

    # -- local work ----------------------------------------------------------------------

    @precondition(lambda self: len(self.patients) < 5)
    @rule(r=st.integers(0, TEAM - 1), name=st.sampled_from(NAMES))
    def create_patient(self, r: int, name: str) -> None:
        rep = self.replicas[r]
        self._local(rep, lambda: self.patients.append(add_patient(rep, family_name=name)))

    @rule(r=st.integers(0, TEAM - 1), i=st.integers(0, 50), field=st.sampled_from(sorted(FIELDS)),
          choice=st.integers(0, 2))
    def edit(self, r: int, i: int, field: str, choice: int) -> None:
        rep = self.replicas[r]
        pid = self._live(rep, i)
        if pid is not None:
            value = FIELDS[field][choice % len(FIELDS[field])]
            self._local(rep, lambda: CaseloadService(rep.ws).update_patient(pid, {field: value}))
            FIGURES["edits"] += 1

    @rule(r=st.integers(0, TEAM - 1), i=st.integers(0, 50))
    def delete(self, r: int, i: int) -> None:
        rep = self.replicas[r]
        pid = self._live(rep, i)
        if pid is not None:
            def act() -> None:
                with rep.ws.unit_of_work() as uow:
                    uow.changes.delete(uow.session.get(Patient, pid))
            self._local(rep, act)
            FIGURES["deletes"] += 1

    @rule(r=st.integers(0, TEAM - 1), i=st.integers(0, 50))
    def restore(self, r: int, i: int) -> None:
        rep = self.replicas[r]
        row = self._row(rep, i)
        if row is not None and row[1].is_deleted and row[0] not in erased(rep):
            self._local(rep, lambda: sync.restore_record(rep.ws, "patient", row[0]))

    @rule(r=st.integers(0, TEAM - 1), i=st.integers(0, 50),
          note=st.sampled_from(["Appel", "Visite"]))
    def journal(self, r: int, i: int, note: str) -> None:
        rep = self.replicas[r]
        pid = self._live(rep, i)
        if pid is not None:
            self._local(rep, lambda: FollowUpService(rep.ws).add_journal_entry(pid, note))

    @rule(r=st.integers(0, TEAM - 1), i=st.integers(0, 50))
    def erase(self, r: int, i: int) -> None:
        rep = self.replicas[r]
        row = self._row(rep, i)
        if row is not None and row[0] not in erased(rep):
            pid, found = row
            self._local(rep, lambda: ErasureService(rep.ws).erase(pid, found.family_name))
            FIGURES["erasures"] += 1

    @precondition(lambda self: len(self.revoked) < 3)
    @rule(r=st.integers(0, TEAM - 1), other=st.integers(1, TEAM - 1))
    def revoke(self, r: int, other: int) -> None:
        victim = (r + other) % TEAM
        if (r, victim) not in self.revoked:
            sync.revoke_peer(self.replicas[r].ws, self.replicas[victim].name)
            self.revoked.add((r, victim))
            FIGURES["revocations"] += 1

    @rule(r=st.integers(0, TEAM - 1), days=st.floats(-2.0, 2.0))
    def skew_clock(self, r: int, days: float) -> None:
        """This laptop's clock is off by up to two days, ahead or behind."""
        offset = int(days * DAY_MS)
        self.replicas[r].ws.clock._wall = lambda: wall_clock_ms() + offset
        FIGURES["clock skews"] += 1

    @rule(r=st.integers(0, TEAM - 1), choice=st.sampled_from(["mine", "theirs"]))
    def resolve(self, r: int, choice: str) -> None:
        rep = self.replicas[r]
        gone = erased(rep)
        open_ = [c for c in sync.list_conflicts(rep.ws) if c.entity_id not in gone]
        if open_:  # (acknowledging an erasure conflict is local: it writes nothing)
            self._local(rep, lambda: sync.resolve_conflict(rep.ws, open_[0].id, choice))

    # -- travel --------------------------------------------------------------------------

    @rule(target=bundles, src=st.integers(0, TEAM - 1), shift=st.integers(1, TEAM - 1),
          scope=st.sampled_from(["all", "peer"]))
    def export(self, src: int, shift: int, scope: str) -> tuple[int, int, Path]:
        dest = (src + shift) % TEAM
        options: dict[str, Any] = {"scope": scope}
        if scope == "peer":
            options["peer"] = self.replicas[dest].name
        path = export_to(self.replicas[src], self.replicas[dest], self.root / "bundles",
                         **options)
        return src, dest, path

    @rule(src=st.integers(0, TEAM - 1), shift=st.integers(1, TEAM - 1),
          copies=st.integers(0, 2))
    def send(self, src: int, shift: int, copies: int) -> None:
        """What a colleague has not acknowledged, delivered 0 (lost), 1 or 2 times."""
        dest = (src + shift) % TEAM
        path = export_to(self.replicas[src], self.replicas[dest], self.root / "bundles",
                         scope="peer", peer=self.replicas[dest].name)
        FIGURES["lost bundles"] += copies == 0
        for _ in range(copies):
            self.deliver((src, dest, path))

    @rule(bundle=bundles)
    def deliver(self, bundle: tuple[int, int, Path]) -> None:
        src, dest, path = bundle
        FIGURES["deliveries"] += 1
        FIGURES["duplicate deliveries"] += path in self.delivered
        self.delivered.add(path)
        try:
            sync.import_bundle(self.replicas[dest].ws, path)
        except RevokedSigner:
            assert (dest, src) in self.revoked
            FIGURES["refused (revoked)"] += 1
        else:
            assert (dest, src) not in self.revoked

    # -- the end -------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            for _pass in range(6):  # round the team both ways, around revoked links
                moved = 0
                for k in range(TEAM):
                    moved += self._ship_first(k, [(k, (k + s) % TEAM) for s in range(1, TEAM)])
                    moved += self._ship_first(k, [((k - s) % TEAM, k) for s in range(1, TEAM)])
                if not moved:
                    break
            self._check()
        finally:
            for r in self.replicas:
                r.ws.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _ship_first(self, _k: int, links: list[tuple[int, int]]) -> int:
        """Ship along the first link whose receiver has not revoked its sender."""
        for src, dest in links:
            if (dest, src) not in self.revoked:
                done = ship(self.replicas[src], self.replicas[dest], self.root / "final",
                            scope="all")
                return done.new_ops
        return 0

    def _check(self) -> None:
        first, *others = self.replicas
        content, log, conflicts = snapshot(first.ws), change_log(first.ws), open_conflicts(
            first.ws)
        for other in others:
            assert snapshot(other.ws) == content, f"{other.name} differs from {first.name}"
            assert change_log(other.ws) == log
            assert open_conflicts(other.ws) == conflicts
        FIGURES["open conflicts at the end"] += len(conflicts)
        FIGURES["operations at the end"] += len(log)
        gone = erased(first)
        with first.ws.unit_of_work() as uow:
            for pid in gone & set(self.patients):
                assert uow.session.get(Patient, pid).is_deleted, "an erased person is back"
        losers: set[tuple[str, str]] = set()
        for r in self.replicas:
            with r.ws.store.engine.connect() as conn:
                losers |= {(row[0], row[1]) for row in conn.execute(
                    text("SELECT loser_op_id, field FROM sync_conflict"))}
        self._every_value_survives(first, log, losers, gone)

    def _every_value_survives(self, r: Replica, log: set[tuple[Any, ...]],
                              losers: set[tuple[str, str]], gone: set[str]) -> None:
        writes: dict[tuple[str, str], list[tuple[str, Any]]] = {}
        for op_id, _hlc, _entity, entity_id, kind, values, *_ in log:
            if kind in ("create", "update") and entity_id not in gone:
                for name, value in json.loads(values).items():
                    writes.setdefault((entity_id, name), []).append((op_id, value))
        entities = {row[3]: row[2] for row in log}
        with r.ws.unit_of_work() as uow:
            for (entity_id, name), versions in writes.items():
                record = uow.session.get(SYNCED_MODELS[entities[entity_id]], entity_id)
                current = encode_value(getattr(record, name))
                for op_id, value in versions:
                    knowingly = any(other != op_id and op_id in self.known_at_write.get(
                        other, set()) for other, _v in versions)
                    assert (value == current or (op_id, name) in losers
                            or (op_id, "*") in losers or knowingly), \
                        f"value {value!r} of {name} written by {op_id} vanished"


TeamMachine.TestCase.settings = settings(
    max_examples=6, stateful_step_count=50, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestTeamConvergence = TeamMachine.TestCase


@pytest.fixture(autouse=True, scope="module")
def _print_figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin(
        "capturemanager")
    line = "8-replica convergence: " + ", ".join(f"{k} {v}" for k, v in sorted(FIGURES.items()))
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line(line)
