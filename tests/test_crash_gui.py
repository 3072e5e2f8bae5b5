"""Crash matrix, continued: kill -9 during saves in the real desktop window.

A child process (forked by the crash matrix's zygote, Qt offscreen) opens the base and a
patient's window and saves again and again from inside: new address and commune typed
with QTest key events (the same number in both), Ctrl+S, then the line
``committed i`` once the window said « Modifications enregistrées ». It is killed with
SIGKILL after a seeded random delay, 20 times: while typing, while saving, between two
saves. After every kill the base unlocks, passes its integrity checks and ``audit
verify``; every save reported committed is there; the save under way at the kill is
there entirely or not at all (never the address of one save with the commune of
another). As documented, what was typed and not yet saved when the program died is not
kept: the file reopens with the last saved values, nothing pending.
"""

from __future__ import annotations

import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from tests.children.gui_saver import address, city
from tests.conftest import FAST_KDF, OWNER, PASSPHRASE
from tests.test_crash_matrix import KILLS, Zygote, report, sound

DRIVER = "tests.children.gui_saver"
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "address": address(0), "city": city(0)}
#: Saves of the first run, not killed: it measures how long one save takes.
MEASURED_SAVES = 4
READY_TIMEOUT_S = 120


@pytest.fixture
def gui_zygote(_isolated_home: Path) -> Iterator[Zygote]:
    z = Zygote(_isolated_home, preload=(DRIVER,))
    yield z
    z.close()


def said(out: Path) -> list[tuple[str, float]]:
    """The child's lines (``ready``, ``committed 7``…), each with its clock reading."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    return [(line.rsplit(" ", 1)[0], float(line.rsplit(" ", 1)[1]))
            for line in text.splitlines(keepends=True) if line.endswith("\n")]


def lines(out: Path) -> list[str]:
    return [line for line, _clock in said(out)]


def wait_ready(out: Path) -> None:
    """Until the child opened the window (bounded: a stuck child fails the test)."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while "ready" not in lines(out):
        assert time.monotonic() < deadline, "the window never opened in the child"
        time.sleep(0.01)


def stored(ws: Workspace, patient_id: str) -> tuple[int, int]:
    """The numbers of the stored address and commune."""
    identity = PatientFileService(ws).load(patient_id, audit=False).identity
    return int(identity["address"].rsplit(" ", 1)[1]), int(identity["city"].rsplit(" ", 1)[1])


@pytest.mark.slow
def test_kill_during_gui_save(gui_zygote: Zygote, app_paths: AppPaths, tmp_path: Path,
                              qtbot) -> None:
    workspace, _code = Workspace.create(app_paths.default_db, PASSPHRASE, OWNER, app_paths,
                                        kdf=FAST_KDF)
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    workspace.close()
    db = app_paths.default_db
    env = {"COORDAPP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}

    out = tmp_path / "run-0.txt"
    assert gui_zygote.run([str(db), patient_id, "1", str(MEASURED_SAVES)], env, None,
                          driver=DRIVER, out=out) == 0
    assert lines(out)[1:] == [f"committed {i}" for i in range(1, MEASURED_SAVES + 1)]
    one_save = (said(out)[-1][1] - said(out)[0][1]) / MEASURED_SAVES
    last = MEASURED_SAVES

    rng = random.Random(20)
    outcomes = {"as reported": 0, "saved, not yet reported": 0}
    for attempt in range(1, KILLS + 1):
        out = tmp_path / f"run-{attempt}.txt"
        status = gui_zygote.run([str(db), patient_id, str(last + 1), "100000"], env,
                                rng.uniform(0, 3 * one_save), driver=DRIVER, out=out,
                                started=lambda out=out: wait_ready(out))
        assert status == -signal.SIGKILL
        told = lines(out)
        assert not [line for line in told if line.startswith("refused")], told
        reported = [int(line.split()[1]) for line in told if line.startswith("committed")]
        assert reported == list(range(last + 1, last + 1 + len(reported)))
        if reported:
            last = reported[-1]
        _secret, (at_address, at_city) = sound(db, app_paths, [PASSPHRASE],
                                               lambda ws: stored(ws, patient_id))
        assert at_address == at_city, "a save was half-written"
        assert at_city in (last, last + 1), "a save reported committed is missing"
        outcomes["as reported" if at_city == last else "saved, not yet reported"] += 1
        last = at_city

    # Reopened in a window: the last saved values, nothing pending, nothing to ask.
    workspace = Workspace.open(db, PASSPHRASE, app_paths)
    try:
        window = PatientWindow(workspace, patient_id, paths=app_paths)
        qtbot.addWidget(window)
        form = window.identity_tab.form
        assert (form.edits["address"].text(), form.edits["city"].text()) == (
            address(last), city(last))
        assert not window.has_unsaved_changes()
        window.close()
    finally:
        workspace.close()
    report(f"desktop window save ({last} saves)", KILLS, KILLS, outcomes)
