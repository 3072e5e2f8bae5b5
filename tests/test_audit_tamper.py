"""The audit trail detects edits, removals (in the middle, at the end, all), forgeries,
reordering and duplication: a keyed MAC chain plus the head anchored in the keys file."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from coordapp.models import AuditEvent
from coordapp.paths import AppPaths
from coordapp.records.audit import LEGACY_GENESIS, _fields, entry_hash, entry_mac
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.safety.audit_log import AuditLogService
from coordapp.services.workspace import Workspace
from coordapp.storage.keyslots import KeyslotFile
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "sex": "F"}


def _sql(workspace: Workspace, statement: str, **params: object) -> None:
    with workspace.unit_of_work() as uow:
        uow.session.execute(text(statement), params)


def _seqs(workspace: Workspace) -> list[int]:
    with workspace.reading() as uow:
        return list(uow.session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))


def _rechain(workspace: Workspace, link: Callable[[str, AuditEvent], str],
             genesis: str) -> None:
    """What a forger does after inserting or editing: recompute every link."""
    with workspace.unit_of_work() as uow:
        prev = genesis
        for event in uow.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            event.prev_hash = prev
            event.hash = link(prev, event)
            prev = event.hash


def edit_middle(ws: Workspace, seqs: list[int]) -> None:
    _sql(ws, "UPDATE audit_event SET detail = 'rien' WHERE seq = :s", s=seqs[3])


def delete_middle(ws: Workspace, seqs: list[int]) -> None:
    _sql(ws, "DELETE FROM audit_event WHERE seq = :s", s=seqs[3])


def delete_tail_1(ws: Workspace, seqs: list[int]) -> None:
    _sql(ws, "DELETE FROM audit_event WHERE seq = :s", s=seqs[-1])


def delete_tail_3(ws: Workspace, seqs: list[int]) -> None:
    _sql(ws, "DELETE FROM audit_event WHERE seq >= :s", s=seqs[-3])


def delete_all(ws: Workspace, seqs: list[int]) -> None:
    _sql(ws, "DELETE FROM audit_event")


def forge_with_recomputed_chain(ws: Workspace, seqs: list[int]) -> None:
    """An entry slipped into the middle, the chain recomputed with a guessed key."""
    _sql(ws, "UPDATE audit_event SET seq = seq + 1000 WHERE seq > :s", s=seqs[3])
    _sql(ws, "UPDATE audit_event SET seq = seq - 999 WHERE seq > 1000")
    _sql(ws, "INSERT INTO audit_event (seq, at, hlc, device_id, user_id, action, entity, "
             "entity_id, detail, prev_hash, hash) SELECT :n, at, hlc, device_id, user_id, "
             "'view', 'patient', entity_id, NULL, '', '' FROM audit_event WHERE seq = :s",
         n=seqs[3] + 1, s=seqs[3])
    guessed = b"\x00" * 32
    _rechain(ws, lambda prev, e: entry_mac(guessed, prev, e.seq, _fields(e)),
             "mac-v1:" + "0" * 57)


def forge_as_legacy_chain(ws: Workspace, seqs: list[int]) -> None:
    """The whole trail rewritten with the old, unkeyed SHA-256 chain, minus one entry."""
    _sql(ws, "DELETE FROM audit_event WHERE seq = :s", s=seqs[3])
    _rechain(ws, lambda prev, e: entry_hash(prev, _fields(e)), LEGACY_GENESIS)


def reorder(ws: Workspace, seqs: list[int]) -> None:
    a, b = seqs[2], seqs[4]
    _sql(ws, "UPDATE audit_event SET seq = -1 WHERE seq = :a", a=a)
    _sql(ws, "UPDATE audit_event SET seq = :a WHERE seq = :b", a=a, b=b)
    _sql(ws, "UPDATE audit_event SET seq = :b WHERE seq = -1", b=b)


def duplicate(ws: Workspace, seqs: list[int]) -> None:
    _sql(ws, "INSERT INTO audit_event (seq, at, hlc, device_id, user_id, action, entity, "
             "entity_id, detail, prev_hash, hash) SELECT :n, at, hlc, device_id, user_id, "
             "action, entity, entity_id, detail, prev_hash, hash FROM audit_event "
             "WHERE seq = :s", n=seqs[-1] + 1, s=seqs[-1])


PATTERNS = [edit_middle, delete_middle, delete_tail_1, delete_tail_3, delete_all,
            forge_with_recomputed_chain, forge_as_legacy_chain, reorder, duplicate]


def _some_history(workspace: Workspace) -> list[int]:
    caseload = CaseloadService(workspace)
    for year in range(1930, 1936):
        patient_id = caseload.add_patient(PATIENT | {"birth_date": f"{year}-01-01"}).id
        caseload.update_patient(patient_id, {"city": "Sedan"})
    assert AuditLogService(workspace).verify().intact
    return _seqs(workspace)


@pytest.mark.parametrize("tamper", PATTERNS, ids=[p.__name__ for p in PATTERNS])
def test_every_tampering_pattern_is_caught(workspace: Workspace, tamper) -> None:
    seqs = _some_history(workspace)
    tamper(workspace, seqs)
    verdict = AuditLogService(workspace).verify()
    assert not verdict.intact, tamper.__name__
    # Still caught after more work: new entries never cover a removal.
    CaseloadService(workspace).add_patient(PATIENT | {"birth_date": "1960-05-05"})
    assert not AuditLogService(workspace).verify().intact


def test_truncation_is_named_and_the_cli_exits_6_without_traceback(
        workspace: Workspace, app_paths: AppPaths) -> None:
    seqs = _some_history(workspace)
    delete_tail_3(workspace, seqs)
    verdict = AuditLogService(workspace).verify()
    assert verdict.missing is not None
    assert f"n° {seqs[-3]} à {seqs[-1]}" in verdict.missing
    workspace.close()
    result = subprocess.run(
        [sys.executable, "-m", "coordapp.cli", "audit", "verify", "--db",
         str(app_paths.default_db)],
        env={**__import__("os").environ, "COORDAPP_PASSPHRASE": PASSPHRASE}, cwd=ROOT,
        capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 6, result.stderr
    assert "tronqué" in result.stderr and "Traceback" not in result.stderr


def test_the_head_is_anchored_in_the_keys_file(workspace: Workspace,
                                               app_paths: AppPaths) -> None:
    seqs = _some_history(workspace)
    document = json.loads(KeyslotFile.path_for(app_paths.default_db).read_text())
    assert document["audit"]["count"] == seqs[-1]
    # A forged anchor (count lowered to hide the tail) is refused: it carries a MAC.
    delete_tail_1(workspace, seqs)
    document["audit"]["count"] = seqs[-2]
    KeyslotFile.path_for(app_paths.default_db).write_text(json.dumps(document))
    assert not AuditLogService(workspace).verify().intact


def test_an_intact_trail_verifies_after_reopening(created, app_paths: AppPaths) -> None:
    workspace, _code = created
    _some_history(workspace)
    workspace.close()
    again = Workspace.open(app_paths.default_db, PASSPHRASE, app_paths)
    try:
        assert AuditLogService(again).verify().intact
    finally:
        again.close()
