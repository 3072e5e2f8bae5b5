"""Shared folder mode on real files: a sub-folder per installation, no file written twice,
partial copies retried, duplicates and conflict copies skipped, an unmounted share
reported and never recreated, progress and cancel, and the CLI status line."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from coordapp.cli import main
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import shared_folder as sf
from coordapp.sync.errors import SyncCancelled
from coordapp.sync.format import EXTENSION
from tests.conftest import PASSPHRASE
from tests.test_sync_helpers import Replica, add_patient, introduce, make_replica, snapshot


@pytest.fixture
def pair(tmp_path: Path):
    replicas = [make_replica(tmp_path, n) for n in ("Anne", "Marie")]
    introduce(*replicas)
    yield replicas
    for r in replicas:
        r.ws.close()


def _aged(path: Path) -> None:
    """As if the file-sync tool had finished writing it a minute ago."""
    old = time.time() - 60
    os.utime(path, (old, old))


def _all_bundles(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob(f"*{EXTENSION}")}


def test_each_installation_writes_only_its_sub_folder_and_never_the_same_file_twice(
    pair: list[Replica], tmp_path: Path
):
    a, b = pair
    folder = tmp_path / "Syncthing"
    folder.mkdir()
    pid = add_patient(a)
    written: list[str] = []
    for round_ in range(3):
        for r in pair:
            result = sf.sync_folder(r.ws, folder)
            assert result.refused == [] and result.pending == []
            if result.exported:
                assert result.exported.path.parent == sf.own_subfolder(folder, r.ws.device_id)
                written.append(result.exported.path.name)
            for p in folder.rglob(f"*{EXTENSION}"):
                _aged(p)
        if round_ == 0:
            CaseloadService(b.ws).update_patient(pid, {"city": "Sedan"})
    assert len(written) == len(set(written)) >= 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"coordapp-{r.ws.device_id}" for r in pair)
    assert all(len(list(sub.iterdir())) == 1 for sub in folder.iterdir())
    assert snapshot(a.ws) == snapshot(b.ws)


def test_partial_duplicate_and_conflict_copies_are_tolerated(
    pair: list[Replica], tmp_path: Path
):
    a, b = pair
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    add_patient(a, family_name="Partielle")
    exported = sf.sync_folder(a.ws, folder).exported
    assert exported is not None
    original = exported.path
    data = original.read_bytes()
    # The sync tool has copied half of it so far, under its final name.
    elsewhere = tmp_path / "hold"
    elsewhere.mkdir()
    shutil.move(str(original), elsewhere / original.name)
    original.write_bytes(data[: len(data) // 2])
    result = sf.sync_folder(b.ws, folder)
    assert result.pending == [original.name] and result.refused == []  # retried later
    assert result.imported == []
    assert snapshot(b.ws)["patient"] == []
    original.write_bytes(data)
    stem = original.name[: -len(EXTENSION)]
    copies = [original.with_name(f"{stem}.sync-conflict-20261203-101010-ABCDEFG{EXTENSION}"),
              original.with_name(f"{stem} (conflicted copy 2026-12-03 101010){EXTENSION}")]
    for copy in copies:
        copy.write_bytes(data)
    for p in (original, *copies):
        _aged(p)
    result = sf.sync_folder(b.ws, folder)
    assert len(result.imported) == 1 and result.skipped == 2 and result.refused == []
    again = sf.sync_folder(b.ws, folder)
    assert again.imported == [] and again.skipped == 3
    assert len(snapshot(b.ws)["patient"]) == 1


def test_a_vanished_share_is_reported_and_never_recreated(pair: list[Replica], tmp_path: Path):
    a, _b = pair
    folder = tmp_path / "mnt" / "partage"
    sf.sync_folder(a.ws, folder)  # first use: created
    own = sf.own_subfolder(folder, a.ws.device_id)
    assert own.is_dir()
    shutil.rmtree(folder)  # unmounted: the mount point itself is gone
    with pytest.raises(sf.SharedFolderMissing):
        sf.sync_folder(a.ws, folder)
    assert not folder.exists()
    folder.mkdir()  # an empty mount point left behind
    add_patient(a)
    with pytest.raises(sf.SharedFolderMissing):
        sf.sync_folder(a.ws, folder)
    assert list(folder.iterdir()) == []


def test_progress_and_cancel(pair: list[Replica], tmp_path: Path):
    a, b = pair
    folder = tmp_path / "share"
    folder.mkdir()
    add_patient(a)
    sf.sync_folder(a.ws, folder)
    for p in folder.rglob(f"*{EXTENSION}"):
        _aged(p)
    before = snapshot(b.ws)
    with pytest.raises(SyncCancelled):
        sf.sync_folder(b.ws, folder, cancel=lambda: True)
    assert snapshot(b.ws) == before
    calls: list[tuple[int, int]] = []
    sf.sync_folder(b.ws, folder, progress=lambda d, t, _m: calls.append((d, t)))
    assert calls[0][0] < calls[-1][0] == calls[-1][1]
    assert snapshot(b.ws)["patient"] == snapshot(a.ws)["patient"]


def test_cli_sync_folder_prints_the_status_line(
    pair: list[Replica], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    a, b = pair
    folder = tmp_path / "share"
    folder.mkdir()
    add_patient(a)
    sf.sync_folder(a.ws, folder)
    for p in folder.rglob(f"*{EXTENSION}"):
        _aged(p)
    b_db = b.paths.default_db
    b.ws.close()
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert main(["bundle", "sync-folder", str(folder), "--db", str(b_db)]) == 0
    err = capsys.readouterr().err
    assert "1 paquet(s) importé(s)" in err and "À jour avec Anne à l'instant" in err
    shutil.rmtree(folder)
    assert main(["bundle", "sync-folder", str(folder), "--db", str(b_db)]) == 5
    assert not folder.exists()
    b.ws = type(b.ws).open(b_db, PASSPHRASE, b.paths)


def test_an_erasure_withdraws_our_bundles_waiting_in_the_folder(
    pair: list[Replica], tmp_path: Path
):
    from coordapp.services.patient.erasure import ErasureService

    a, b = pair
    folder = tmp_path / "share"
    folder.mkdir()
    pid = add_patient(a, family_name="Zanzibar")
    sf.sync_folder(a.ws, folder)
    sf.sync_folder(b.ws, folder)
    sf.sync_folder(a.ws, folder)
    waiting = {r.name: list(sf.own_subfolder(folder, r.ws.device_id).iterdir()) for r in pair}
    assert all(waiting.values())  # both left a bundle holding the person
    ErasureService(a.ws).erase(pid, "Zanzibar")
    assert list(sf.own_subfolder(folder, a.ws.device_id).iterdir()) == []
    result = sf.sync_folder(b.ws, folder)  # nothing from A to read yet
    sf.sync_folder(a.ws, folder)  # A's new bundle carries the erasure
    result = sf.sync_folder(b.ws, folder)
    assert result.imported and result.imported[0].erased >= 1
    assert result.exported is not None  # B's bundle rewritten, the old one gone
    assert [p.name for p in sf.own_subfolder(folder, b.ws.device_id).iterdir()] == [
        result.exported.path.name]
    assert snapshot(a.ws) == snapshot(b.ws)
