"""Two real Syncthing instances on 127.0.0.1 (generated keys and configs; discovery,
relays, NAT and local announces off) keep one folder between two CoordApp installations:
an edit on A reaches B and back, and a conflict made on both sides is listed on both.

Syncthing carries the files when it likes: the test polls (a deadline only turns a hang
into a clear failure; nothing here measures speed)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coordapp.models import Patient
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.sync import shared_folder as sf
from tests.test_sync_helpers import Replica, add_patient, introduce, make_replica, snapshot

SYNCTHING = shutil.which("syncthing")
DEADLINE_S = 45.0
pytestmark = pytest.mark.skipif(SYNCTHING is None, reason="syncthing is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    device_id: str
    port: int
    gui_port: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None

    def rescan(self) -> None:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}/rest/db/scan?folder=coordapp", method="POST",
            headers={"X-API-Key": self.api_key})
        with contextlib.suppress(OSError):  # not up yet: its watcher and rescans catch up
            urllib.request.urlopen(request, timeout=5).close()


def _generate(root: Path, name: str) -> Instance:
    home = root / f"st-{name}"
    subprocess.run([SYNCTHING, "generate", "--home", str(home), "--no-default-folder",
                    "--skip-port-probing"], check=True, capture_output=True, timeout=60)
    out = subprocess.run([SYNCTHING, "serve", "--home", str(home), "--device-id"],
                         check=True, capture_output=True, text=True, timeout=60)
    folder = root / f"share-{name}"
    (folder / ".stfolder").mkdir(parents=True)
    return Instance(name, home, folder, out.stdout.strip(), _free_port(), _free_port(),
                    f"key-{name}-{os.getpid()}")


def _config(me: Instance, other: Instance) -> str:
    devices = "".join(
        f'<device id="{d.device_id}" name="{d.name}" compression="metadata" '
        f'introducer="false"><address>tcp://127.0.0.1:{d.port}</address></device>'
        for d in (me, other))
    return f"""<configuration version="36">
  <folder id="coordapp" label="coordapp" path="{me.folder}" type="sendreceive"
          rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
    <device id="{me.device_id}"></device><device id="{other.device_id}"></device>
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
  {devices}
  <gui enabled="true" tls="false"><address>127.0.0.1:{me.gui_port}</address>
    <apikey>{me.api_key}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{me.port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
"""


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    a, b = _generate(tmp_path, "a"), _generate(tmp_path, "b")
    env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "HOME": str(tmp_path)}
    try:
        for me, other in ((a, b), (b, a)):
            (me.home / "config.xml").write_text(_config(me, other))
            log = (me.home / "syncthing.log").open("wb")
            me.process = subprocess.Popen(
                [SYNCTHING, "serve", "--home", str(me.home), "--no-browser", "--no-restart",
                 "--no-upgrade"], stdout=log, stderr=subprocess.STDOUT, env=env)
        yield a, b
    finally:
        for me in (a, b):
            if me.process is not None:
                me.process.terminate()
                try:
                    me.process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    me.process.kill()
                    me.process.wait()


def _until(what: str, check: Callable[[], bool], instances: tuple[Instance, ...]) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not check():
        stopped = [i.name for i in instances if i.process and i.process.poll() is not None]
        if stopped or time.monotonic() > deadline:
            logs = "\n".join((i.home / "syncthing.log").read_text(errors="replace")[-2000:]
                             for i in instances)
            pytest.fail(f"Syncthing never carried it: {what} (stopped: {stopped})\n{logs}")
        for i in instances:
            i.rescan()
        time.sleep(0.5)


def _round(r: Replica, inst: Instance) -> sf.FolderSyncSummary:
    result = sf.sync_folder(r.ws, inst.folder)
    assert result.refused == []
    if result.exported:
        inst.rescan()
    return result


def _patient(r: Replica, pid: str) -> Patient | None:
    with r.ws.unit_of_work() as uow:
        return uow.session.get(Patient, pid)


def test_two_syncthing_instances_carry_edits_and_conflicts_both_ways(
    syncthing_pair: tuple[Instance, Instance], tmp_path: Path
):
    st_a, st_b = syncthing_pair
    a, b = make_replica(tmp_path, "Anne"), make_replica(tmp_path, "Bruno")
    try:
        introduce(a, b)
        pid = add_patient(a, city="Troyes")
        _round(a, st_a)
        _until("A's new patient on B",
               lambda: bool(_round(b, st_b).imported) or _patient(b, pid) is not None,
               (st_a, st_b))
        CaseloadService(b.ws).update_patient(pid, {"city": "Sedan"})
        _round(b, st_b)
        _until("B's edit back on A",
               lambda: (_round(a, st_a), _patient(a, pid))[1].city == "Sedan",  # type: ignore[union-attr]
               (st_a, st_b))
        # Let both settle (each holds the other's latest), then edit the same field on both.
        _until("both settled", lambda: not any(
            (_round(a, st_a).imported, _round(b, st_b).imported)), (st_a, st_b))
        CaseloadService(a.ws).update_patient(pid, {"phone": "06 11 11 11 11"})
        CaseloadService(b.ws).update_patient(pid, {"phone": "06 22 22 22 22"})
        _round(a, st_a)
        _round(b, st_b)

        def listed_on_both() -> bool:
            _round(a, st_a)
            _round(b, st_b)
            return all(any(c.field == "phone" for c in sync.list_conflicts(r.ws))
                       for r in (a, b))

        _until("the conflict listed on both sides", listed_on_both, (st_a, st_b))
        _until("both identical", lambda: (_round(a, st_a), _round(b, st_b)) is not None
               and snapshot(a.ws) == snapshot(b.ws), (st_a, st_b))
        shown = {_patient(r, pid).phone for r in (a, b)}  # type: ignore[union-attr]
        assert len(shown) == 1 and shown <= {"+33611111111", "+33622222222"}
        for side in (st_a, st_b):  # nothing lost: both sub-folders present on both sides
            subs = {p.name for p in side.folder.iterdir() if p.name.startswith("coordapp-")}
            assert subs == {f"coordapp-{a.ws.device_id}", f"coordapp-{b.ws.device_id}"}
    finally:
        a.ws.close()
        b.ws.close()
