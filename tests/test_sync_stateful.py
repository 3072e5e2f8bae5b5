"""Model-based test: three replicas edit, delete, restore, write journal notes and resolve
conflicts while bundles travel in random orders, some never, some twice. Once everyone
has exchanged everything, every copy holds identical content and open conflicts, and
every value ever written survives as the current value or a recorded conflict, unless
its overwriter had it on screen (a later write made where it was already present)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, precondition, rule
from sqlalchemy import text

from coordapp.hlc import wall_clock_ms
from coordapp.models import SYNCED_MODELS, Patient
from coordapp.records.changes import encode_value
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.sync import bundles as sync
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

FIELDS = {"city": ["Reims", "Sedan", "Troyes"], "used_name": ["Dupont", "Durand"],
          "situation_notes": ["Vit seule.", "Aidée par sa fille."]}
NAMES = ["Martin", "Bernard", "Petit", "Roux"]
SEVENTY_YEARS_MS = 70 * 365 * 24 * 3600 * 1000


def op_ids(r: Replica) -> set[str]:
    with r.ws.store.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT op_id FROM change_log"))}


class SyncMachine(RuleBasedStateMachine):
    bundles = Bundle("bundles")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="coordapp-sync-"))
        self.replicas = [make_replica(self.root, name) for name in ("Anne", "Bruno", "Chloe")]
        introduce(*self.replicas)
        #: op id -> op ids present on its author's copy when it was written (exact causality).
        self.known_at_write: dict[str, set[str]] = {}
        self.skewed = False
        # Two patients everyone already shares, so that concurrent edits are the rule.
        anne = self.replicas[0]
        self.patients: list[str] = []
        for name in NAMES[:2]:
            self._local(anne, lambda name=name: self.patients.append(
                add_patient(anne, family_name=name)))
        for other in self.replicas[1:]:
            ship(anne, other, self.root / "start")

    def _local(self, r: Replica, action: Any) -> None:
        before = op_ids(r)
        action()
        for op in op_ids(r) - before:
            self.known_at_write[op] = before

    def _live(self, r: Replica, index: int) -> str | None:
        if not self.patients:
            return None
        pid = self.patients[index % len(self.patients)]
        with r.ws.unit_of_work() as uow:
            found = uow.session.get(Patient, pid)
            return pid if found is not None and not found.is_deleted else None

    # -- local work ----------------------------------------------------------------------

    @precondition(lambda self: len(self.patients) < 4)
    @rule(r=st.integers(0, 2), name=st.sampled_from(NAMES))
    def create_patient(self, r: int, name: str) -> None:
        rep = self.replicas[r]
        self._local(rep, lambda: self.patients.append(add_patient(rep, family_name=name)))

    @precondition(lambda self: self.patients)
    @rule(r=st.integers(0, 2), i=st.integers(0, 50), field=st.sampled_from(sorted(FIELDS)),
          choice=st.integers(0, 2))
    def edit(self, r: int, i: int, field: str, choice: int) -> None:
        rep = self.replicas[r]
        pid = self._live(rep, i)
        if pid is not None:
            value = FIELDS[field][choice % len(FIELDS[field])]
            self._local(rep, lambda: CaseloadService(rep.ws).update_patient(pid, {field: value}))

    @precondition(lambda self: self.patients)
    @rule(r=st.integers(0, 2), i=st.integers(0, 50))
    def delete(self, r: int, i: int) -> None:
        rep = self.replicas[r]
        pid = self._live(rep, i)
        if pid is not None:
            def act() -> None:
                with rep.ws.unit_of_work() as uow:
                    uow.changes.delete(uow.session.get(Patient, pid))
            self._local(rep, act)

    @precondition(lambda self: self.patients)
    @rule(r=st.integers(0, 2), i=st.integers(0, 50))
    def restore(self, r: int, i: int) -> None:
        rep = self.replicas[r]
        pid = self.patients[i % len(self.patients)]
        with rep.ws.unit_of_work() as uow:
            found = uow.session.get(Patient, pid)
            deleted = found is not None and found.is_deleted
        if deleted:
            self._local(rep, lambda: sync.restore_record(rep.ws, "patient", pid))

    @precondition(lambda self: self.patients)
    @rule(r=st.integers(0, 2), i=st.integers(0, 50), note=st.sampled_from(["Appel", "Visite"]))
    def journal(self, r: int, i: int, note: str) -> None:
        rep = self.replicas[r]
        pid = self._live(rep, i)
        if pid is not None:
            self._local(rep, lambda: FollowUpService(rep.ws).add_journal_entry(pid, note))

    @precondition(lambda self: not self.skewed)
    @rule(r=st.integers(0, 2))
    def skew_clock(self, r: int) -> None:
        """This laptop's clock jumps to 2099 (clamped on the other copies)."""
        self.skewed = True
        self.replicas[r].ws.clock._wall = lambda: wall_clock_ms() + SEVENTY_YEARS_MS

    @rule(r=st.integers(0, 2), choice=st.sampled_from(["mine", "theirs"]))
    def resolve(self, r: int, choice: str) -> None:
        rep = self.replicas[r]
        open_ = sync.list_conflicts(rep.ws)
        if open_:
            self._local(rep, lambda: sync.resolve_conflict(rep.ws, open_[0].id, choice))

    # -- travel --------------------------------------------------------------------------

    @rule(target=bundles, src=st.integers(0, 2), shift=st.integers(1, 2),
          scope=st.sampled_from(["all", "peer", "patients"]), i=st.integers(0, 50))
    def export(self, src: int, shift: int, scope: str, i: int) -> tuple[int, Path]:
        source, dest = self.replicas[src], self.replicas[(src + shift) % 3]
        options: dict[str, Any] = {"scope": scope}
        if scope == "peer":
            options["peer"] = dest.name
        known = [p for p in self.patients if p in _patient_ids(source)]
        if scope == "patients":
            if not known:
                options["scope"] = "all"
            else:
                options["patient_ids"] = [known[i % len(known)]]
        return (src + shift) % 3, export_to(source, dest, self.root / "bundles", **options)

    @rule(bundle=bundles)
    def deliver(self, bundle: tuple[int, Path]) -> None:
        dest, path = bundle
        sync.import_bundle(self.replicas[dest].ws, path)

    # -- the end -------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            for _round in range(2):
                for a in self.replicas:
                    for b in self.replicas:
                        if a is not b:
                            ship(a, b, self.root / "final")
            self._check()
        finally:
            for r in self.replicas:
                r.ws.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _check(self) -> None:
        first, *others = self.replicas
        content = snapshot(first.ws)
        log = change_log(first.ws)
        conflicts = open_conflicts(first.ws)
        for other in others:
            assert snapshot(other.ws) == content, f"{other.name} differs from {first.name}"
            assert change_log(other.ws) == log
            assert open_conflicts(other.ws) == conflicts
        losers = set()
        for r in self.replicas:
            with r.ws.store.engine.connect() as conn:
                losers |= {tuple(row) for row in conn.execute(
                    text("SELECT loser_op_id, field FROM sync_conflict"))}
        self._every_value_survives(first, log, losers)

    def _every_value_survives(self, r: Replica, log: set[tuple[Any, ...]],
                              losers: set[tuple[str, str]]) -> None:
        writes: dict[tuple[str, str], list[tuple[str, Any]]] = {}
        for op_id, _hlc, _entity, entity_id, kind, values, *_ in log:
            if kind in ("create", "update"):
                for name, value in json.loads(values).items():
                    writes.setdefault((entity_id, name), []).append((op_id, value))
        entities = {row[3]: row[2] for row in log}
        with r.ws.unit_of_work() as uow:
            for (entity_id, name), versions in writes.items():
                record = uow.session.get(SYNCED_MODELS[entities[entity_id]], entity_id)
                current = encode_value(getattr(record, name))
                for op_id, value in versions:
                    overwritten_knowingly = any(
                        other != op_id and op_id in self.known_at_write.get(other, set())
                        for other, _v in versions)
                    assert (value == current or (op_id, name) in losers
                            or (op_id, "*") in losers or overwritten_knowingly), \
                        f"value {value!r} of {name} written by {op_id} vanished"


def _patient_ids(r: Replica) -> set[str]:
    with r.ws.store.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT id FROM patient"))}


SyncMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestSyncConvergence = SyncMachine.TestCase
