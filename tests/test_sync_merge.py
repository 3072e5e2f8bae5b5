"""Merge semantics on real encrypted replicas: field-level merge, conflicts kept for review,
tombstones that win but can be undone, append-only journal, idempotence, skewed clocks,
objections, handover and per-peer bundles, preview and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordapp.models import Patient, TaskKind
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.caseload.tasks import create_task_in, ensure_gp_search_in
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.dysfunctions import DysfunctionService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.sync import bundles as sync
from coordapp.services.sync import shared_folder as sf
from coordapp.sync.errors import SyncCancelled
from tests.test_sync_helpers import (
    Replica,
    add_patient,
    counts,
    export_to,
    ids,
    introduce,
    make_replica,
    open_conflicts,
    share_everything,
    ship,
    snapshot,
)

YEAR_2099_MS = 4_070_908_800_000


@pytest.fixture
def trio(tmp_path: Path) -> list[Replica]:
    replicas = [make_replica(tmp_path, name) for name in ("Anne", "Bruno", "Chloe")]
    introduce(*replicas)
    yield replicas
    for r in replicas:
        r.ws.close()


def patient(r: Replica, patient_id: str) -> Patient:
    with r.ws.unit_of_work() as uow:
        found = uow.session.get(Patient, patient_id)
        assert found is not None
        return found


def delete(r: Replica, patient_id: str) -> None:
    with r.ws.unit_of_work() as uow:
        uow.changes.delete(uow.session.get(Patient, patient_id))


def exchange(a: Replica, b: Replica, folder: Path) -> None:
    ship(a, b, folder)
    ship(b, a, folder)


def test_concurrent_edits_of_different_fields_are_both_kept(trio: list[Replica], tmp_path: Path):
    a, b, _ = trio
    pid = add_patient(a)
    ship(a, b, tmp_path / "x")
    CaseloadService(a.ws).update_patient(pid, {"city": "Reims"})
    CaseloadService(b.ws).update_patient(pid, {"phone": "06 12 34 56 78"})
    exchange(a, b, tmp_path / "x")
    for r in (a, b):
        assert (patient(r, pid).city, patient(r, pid).phone) == ("Reims", "+33612345678")
        assert "reims" in patient(r, pid).search_key
        assert sync.list_conflicts(r.ws) == []
    assert snapshot(a.ws) == snapshot(b.ws)


def test_same_field_edited_concurrently_same_winner_everywhere_loser_kept(
    trio: list[Replica], tmp_path: Path
):
    a, b, c = trio
    pid = add_patient(a)
    ship(a, b, tmp_path / "x")
    ship(a, c, tmp_path / "x")
    CaseloadService(a.ws).update_patient(pid, {"city": "Reims"})
    CaseloadService(b.ws).update_patient(pid, {"city": "Sedan"})
    # Different delivery orders on each copy.
    ship(b, c, tmp_path / "x")
    ship(a, c, tmp_path / "x")
    exchange(a, b, tmp_path / "x")
    winner = patient(a, pid).city
    assert winner == patient(b, pid).city == patient(c, pid).city
    assert open_conflicts(a.ws) == open_conflicts(b.ws) == open_conflicts(c.ws) != set()
    (view,) = sync.list_conflicts(c.ws)
    assert {view.mine.value, view.theirs.value} == {"Reims", "Sedan"}
    assert {view.mine.author_name, view.theirs.author_name} == {"Anne", "Bruno"}
    assert view.patient_name == "MARTIN Paul" and view.field == "city"
    mine_a = next(iter(sync.list_conflicts(a.ws))).mine
    assert mine_a.value == "Reims" and mine_a.device_name == "Anne"


def test_resolution_is_a_change_that_syncs(trio: list[Replica], tmp_path: Path):
    a, b, c = trio
    pid = add_patient(a)
    ship(a, b, tmp_path / "x")
    CaseloadService(a.ws).update_patient(pid, {"city": "Reims"})
    CaseloadService(b.ws).update_patient(pid, {"city": "Sedan"})
    exchange(a, b, tmp_path / "x")
    (conflict,) = sync.list_conflicts(a.ws)
    resolved = sync.resolve_conflict(a.ws, conflict.id, "mine")
    assert resolved.resolved_at is not None and resolved.resolution == "mine"
    assert patient(a, pid).city == "Reims"
    ship(a, b, tmp_path / "x")
    ship(a, c, tmp_path / "x")
    for r in (a, b, c):
        assert patient(r, pid).city == "Reims" and sync.list_conflicts(r.ws) == []
    # Edit: a third value, also through a conflict.
    CaseloadService(b.ws).update_patient(pid, {"city": "Rethel"})
    CaseloadService(c.ws).update_patient(pid, {"city": "Givet"})
    exchange(b, c, tmp_path / "x")
    (conflict,) = sync.list_conflicts(c.ws)
    sync.resolve_conflict(c.ws, conflict.id, "edit", "Charleville-Mézières")
    exchange(c, b, tmp_path / "x")
    exchange(c, a, tmp_path / "x")
    assert {patient(r, pid).city for r in trio} == {"Charleville-Mézières"}
    assert all(sync.list_conflicts(r.ws) == [] for r in trio)
    assert len(snapshot(a.ws)["patient"]) == 1 and snapshot(a.ws) == snapshot(b.ws)


def test_a_later_edit_by_someone_who_saw_both_values_closes_the_conflict(
    trio: list[Replica], tmp_path: Path
):
    a, b, _ = trio
    pid = add_patient(a)
    ship(a, b, tmp_path / "x")
    CaseloadService(a.ws).update_patient(pid, {"city": "Reims"})
    CaseloadService(b.ws).update_patient(pid, {"city": "Sedan"})
    exchange(a, b, tmp_path / "x")
    assert sync.list_conflicts(b.ws)
    CaseloadService(b.ws).update_patient(pid, {"city": "Vouziers"})
    assert sync.list_conflicts(b.ws) == []
    assert sync.list_conflicts(b.ws, include_resolved=True)[0].resolution == "superseded"
    ship(b, a, tmp_path / "x")
    assert sync.list_conflicts(a.ws) == [] and patient(a, pid).city == "Vouziers"


def test_deletion_wins_over_a_concurrent_edit_which_survives_for_undelete(
    trio: list[Replica], tmp_path: Path
):
    a, b, _ = trio
    pid = add_patient(a)
    ship(a, b, tmp_path / "x")
    delete(a, pid)
    CaseloadService(b.ws).update_patient(pid, {"city": "Sedan"})
    exchange(a, b, tmp_path / "x")
    exchange(a, b, tmp_path / "x")
    for r in (a, b):
        assert patient(r, pid).is_deleted and patient(r, pid).city == "Sedan"
        (view,) = sync.list_conflicts(r.ws)
        assert view.is_deletion
        assert {"city": "Sedan"} in (view.mine.value, view.theirs.value)
        assert None in (view.mine.value, view.theirs.value)  # the deletion
    assert snapshot(a.ws) == snapshot(b.ws)
    # Keeping the edit restores the record, with the edit, everywhere.
    (view,) = sync.list_conflicts(b.ws)
    sync.resolve_conflict(b.ws, view.id, "mine")
    ship(b, a, tmp_path / "x")
    for r in (a, b):
        assert not patient(r, pid).is_deleted and patient(r, pid).city == "Sedan"
        assert sync.list_conflicts(r.ws) == []
    # A plain undelete works too, and tombstones travel again.
    delete(a, pid)
    ship(a, b, tmp_path / "x")
    assert patient(b, pid).is_deleted
    sync.restore_record(b.ws, "patient", pid)
    ship(b, a, tmp_path / "x")
    assert not patient(a, pid).is_deleted
    assert snapshot(a.ws) == snapshot(b.ws)


def test_journal_entries_from_both_sides_are_all_kept(trio: list[Replica], tmp_path: Path):
    a, b, _ = trio
    pid = add_patient(a)
    ship(a, b, tmp_path / "x")
    FollowUpService(a.ws).add_journal_entry(pid, "Appel de la fille : chute hier soir.")
    FollowUpService(b.ws).add_journal_entry(pid, "Visite : la personne va mieux.")
    exchange(a, b, tmp_path / "x")
    for r in (a, b):
        texts = sorted(e.text for e in PatientFileService(r.ws).load(pid).journal)
        assert texts == ["Appel de la fille : chute hier soir.", "Visite : la personne va mieux."]
        assert sync.list_conflicts(r.ws) == []


def test_importing_the_same_operations_twice_changes_nothing(trio: list[Replica], tmp_path: Path):
    a, b, _ = trio
    add_patient(a)
    bundle = export_to(a, b, tmp_path / "x")
    first = sync.import_bundle(b.ws, bundle)
    assert first.new_ops > 0 and not first.duplicate
    before = (snapshot(b.ws), counts(b.ws))
    again = sync.import_bundle(b.ws, bundle)
    assert again.duplicate and again.new_ops == 0
    other = sync.import_bundle(b.ws, export_to(a, b, tmp_path / "x"))  # same ops, new bundle
    assert other.new_ops == 0 and other.known_ops == other.op_count
    after = counts(b.ws)
    assert snapshot(b.ws) == before[0]
    assert {k: v for k, v in after.items() if k != "sync_imported_bundle"} == \
        {k: v for k, v in before[1].items() if k != "sync_imported_bundle"}


def test_clock_far_in_the_future_is_clamped_flagged_and_cannot_lock_a_record(
    trio: list[Replica], tmp_path: Path
):
    a, b, c = trio
    pid = add_patient(a)
    ship(a, c, tmp_path / "x")
    c.ws.clock._wall = lambda: YEAR_2099_MS  # a laptop set to 2099
    CaseloadService(c.ws).update_patient(pid, {"city": "Futurville"})
    summary = ship(c, a, tmp_path / "x")
    assert summary.clamped == 1 and summary.skewed_devices == [c.identity.device_id]
    assert a.ws.clock.now().wall_ms < YEAR_2099_MS  # not dragged to 2099
    assert patient(a, pid).city == "Futurville"
    CaseloadService(a.ws).update_patient(pid, {"city": "Reims"})  # later, honest edit
    assert patient(a, pid).city == "Reims"
    exchange(a, b, tmp_path / "x")
    exchange(a, c, tmp_path / "x")
    assert {patient(r, pid).city for r in trio} == {"Reims"}
    a.ws.close()  # reopening does not adopt the 2099 stamp either
    from coordapp.services.workspace import Workspace
    from tests.conftest import PASSPHRASE

    a.ws = Workspace.open(a.paths.default_db, PASSPHRASE, a.paths)
    assert a.ws.clock.now().wall_ms < YEAR_2099_MS


def test_patients_who_objected_are_never_exported(trio: list[Replica], tmp_path: Path):
    a, b, _ = trio
    # Requests: no information record of their own (only the objection travels, or not).
    kept = add_patient(a, family_name="Durand", status="request")
    hidden = add_patient(a, family_name="Secret", status="request")
    FollowUpService(a.ws).add_journal_entry(hidden, "Note confidentielle.")
    # Every table about a patient stays back with them: a dysfunction, a task, a GP search.
    DysfunctionService(a.ws).record(hidden, {"kind": "redundant_exams"})
    with a.ws.unit_of_work() as uow:
        create_task_in(uow, TaskKind.FIND_GP, patient_id=hidden, referral_id=None,
                       due_on=None)
        ensure_gp_search_in(uow, hidden, dt.date(2026, 1, 1))
    FollowUpService(a.ws).record_consent(hidden, "objection", recorded_on="2026-01-02")
    ship(a, b, tmp_path / "x")
    assert ids(b.ws, "patient") == {kept}
    assert ids(b.ws, "journal_entry") == ids(b.ws, "consent_record") == set()
    for table in ("dysfunction", "coordination_task", "gp_search"):
        assert ids(b.ws, table) == set(), table
    with pytest.raises(Exception, match="opposée au partage"):
        export_to(a, b, tmp_path / "x", scope="patients", patient_ids=[hidden])
    FollowUpService(a.ws).record_consent(hidden, "objection_withdrawn",
                                         recorded_on="2026-02-03")
    ship(a, b, tmp_path / "x")
    assert ids(b.ws, "patient") == {kept, hidden}
    assert len(ids(b.ws, "journal_entry")) == 1


def test_handover_of_chosen_patients_carries_what_they_need(tmp_path: Path):
    a, d = make_replica(tmp_path, "Anne"), make_replica(tmp_path, "Dac")
    try:
        gp = DirectoryService(a.ws).add_professional(
            {"family_name": "Roux", "given_name": "Luc", "profession": "Médecin généraliste"}).id
        pid = add_patient(a, gp_id=gp)
        add_patient(a, family_name="Autre")
        FollowUpService(a.ws).add_care_team_member(pid, {"role": "IDEL", "informal_name": "X"})
        summary = ship(a, d, tmp_path / "x", scope="patients", patient_ids=[pid], trust=True)
        assert summary.signer.status == "new" and summary.new_patients == ["MARTIN Paul"]
        file = PatientFileService(d.ws).load(pid)
        assert file.gp_name == "Luc Roux" and len(file.care_team) == 1
        assert len(snapshot(d.ws)["patient"]) == 1
    finally:
        a.ws.close()
        d.ws.close()


def test_peer_bundle_holds_only_what_the_peer_has_not_acknowledged(
    trio: list[Replica], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # Normally the last minute of one's own writes is re-sent (see select.frontier).
    monkeypatch.setattr("coordapp.sync.select.OWN_MARGIN_MS", 0)
    a, b, _ = trio
    ids = [add_patient(a, family_name=f"P{i}") for i in range(5)]
    first = ship(a, b, tmp_path / "x", scope="peer", peer="Bruno")
    assert first.new_ops >= 5
    ship(b, a, tmp_path / "x", scope="peer", peer="Anne")  # carries Bruno's acknowledgement
    CaseloadService(a.ws).update_patient(ids[0], {"city": "Reims"})
    bundle = sync.export_bundle(a.ws, tmp_path / "p.coordbundle", scope="peer", peer="Bruno")
    assert bundle.patients == 1 and bundle.op_count < first.op_count
    assert sync.import_bundle(b.ws, bundle.path).new_ops == 1
    assert snapshot(a.ws)["patient"] == snapshot(b.ws)["patient"]


def test_preview_reports_and_changes_nothing(trio: list[Replica], tmp_path: Path):
    a, b, _ = trio
    add_patient(a)
    bundle = export_to(a, b, tmp_path / "x")
    before = counts(b.ws)
    preview = sync.preview_bundle(b.ws, bundle)
    assert preview.dry_run and preview.new_patients == ["MARTIN Paul"]
    assert preview.signer.status == "trusted" and preview.signer.name == "Anne"
    assert preview.created_at is not None and preview.created["patient"] == 1
    assert counts(b.ws) == before


def test_progress_and_cancel_leave_the_database_unchanged(trio: list[Replica], tmp_path: Path):
    from coordapp.services.demo.generate import generate_demo

    a, b, _ = trio
    generate_demo(a.ws, 300, seed=3)
    assert share_everything(a.ws) > 0  # the demo has objections; they would stay behind
    bundle = export_to(a, b, tmp_path / "x")
    before = (snapshot(b.ws), counts(b.ws))
    calls: list[tuple[int, int]] = []
    with pytest.raises(SyncCancelled):
        sync.import_bundle(b.ws, bundle, progress=lambda d, t, _l: calls.append((d, t)),
                           cancel=lambda: len(calls) >= 1)
    assert calls and calls[0][0] < calls[0][1]
    assert (snapshot(b.ws), counts(b.ws)) == before
    done = sync.import_bundle(b.ws, bundle, progress=lambda d, t, _l: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] == done.op_count
    assert snapshot(b.ws) == snapshot(a.ws) or len(snapshot(b.ws)["patient"]) == 300


def test_shared_folder_converges_three_replicas(trio: list[Replica], tmp_path: Path):
    folder = tmp_path / "Nextcloud" / "coordapp"
    folder.mkdir(parents=True)
    a, b, c = trio
    pid = add_patient(a)
    add_patient(b, family_name="Bernard")
    for r in trio:
        sf.sync_folder(r.ws, folder)
    CaseloadService(c.ws).update_patient(pid, {"city": "Sedan"})
    for _ in range(4):  # rounds, until nobody has anything new
        results = [sf.sync_folder(r.ws, folder) for r in trio]
        assert all(result.refused == [] for result in results)
        if not any(result.exported or result.imported for result in results):
            break
    else:
        pytest.fail("the shared folder never settled")
    assert snapshot(a.ws) == snapshot(b.ws) == snapshot(c.ws)
    assert patient(b, pid).city == "Sedan"
    assert len(list(folder.iterdir())) == 3  # one file per installation


def test_a_copied_database_is_detected_instead_of_silently_losing_writes(
    trio: list[Replica], tmp_path: Path
):
    import shutil

    from coordapp.services.workspace import Workspace
    from coordapp.storage.keyslots import KeyslotFile
    from coordapp.sync.errors import ClonedInstallation
    from tests.conftest import PASSPHRASE

    a, _, _ = trio
    pid = add_patient(a)
    copy = tmp_path / "clone" / "coordapp.db"
    copy.parent.mkdir()
    a.ws.store.vacuum_into(copy)
    shutil.copyfile(KeyslotFile.path_for(a.paths.default_db), KeyslotFile.path_for(copy))
    clone = Workspace.open(copy, PASSPHRASE, a.paths)
    try:
        CaseloadService(clone).update_patient(pid, {"city": "Sedan"})
        bundle = sync.export_bundle(clone, tmp_path / "c.coordbundle",
                                    recipients=[a.recipient]).path
    finally:
        clone.close()
    before = counts(a.ws)
    with pytest.raises(ClonedInstallation, match="copiée sur un autre ordinateur"):
        sync.import_bundle(a.ws, bundle)
    assert counts(a.ws) == before
