"""The Collègues tab on real encrypted workspaces, driven by mouse and keyboard: a card
pasted in, the colleague listed with the fingerprint words, a one-action send written for
them, then imported on their side; screenshots of both screens."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.sync import colleagues as team
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED
from tests.test_sync_helpers import PATIENT

SHOTS = os.environ.get("COORDAPP_SCREENSHOTS")  # a folder: also save the screenshots there


@pytest.fixture
def marie(tmp_path: Path) -> Iterator[Workspace]:
    paths = AppPaths.from_environment(tmp_path / "marie")
    ws, _code = Workspace.create(paths.default_db, PASSPHRASE,
                                 OwnerProfile("Marie Lambert", None, "SSIAD de Troyes"), paths)
    yield ws
    ws.close()


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_add_a_colleague_by_card_and_send_in_one_action(
    qtbot, workspace: Workspace, app_paths: AppPaths, marie: Workspace, tmp_path: Path
):
    for name in ("Lefèvre", "Garnier", "Rousseau"):
        CaseloadService(workspace).add_patient({**PATIENT, "family_name": name},
                                               allow_duplicate=True, information=INFORMED)
    window = MainWindow(workspace, app_paths.default_db, app_paths, unlock_delay_ms=10)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("sync")
    page = window.sync_view
    assert page is not None
    page.tabs.setCurrentWidget(page.colleagues)
    roster = page.colleagues

    qtbot.mouseClick(roster.add_card_button, Qt.MouseButton.LeftButton)
    dialog = roster.card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.text_edit, team.my_card(marie).text)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)  # leave the text box, then OK
    ok = dialog.findChildren(type(roster.send_button))
    ok_button = next(b for b in ok if b.text().replace("&", "") in ("OK", "Ok"))
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.table.rowCount() == 1)
    words = team.my_card(marie).fingerprint_words
    assert roster.table.item(0, 0).text() == "Marie Lambert"
    assert roster.table.item(0, 1).text() == "SSIAD de Troyes"
    assert roster.table.item(0, 2).text() == words
    assert words in roster.status_label.text()

    roster.select_row(0)
    qtbot.mouseClick(roster.send_button, Qt.MouseButton.LeftButton)
    send = roster.send_dialog
    assert send is not None
    qtbot.waitExposed(send)
    out = tmp_path / "cle-usb"
    out.mkdir()
    qtbot.keyClicks(send.folder_edit, str(out))
    radio = send.patients_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    qtbot.keyClicks(send.search_edit, "garnier")
    qtbot.waitUntil(lambda: send.patient_list.count() == 1)
    item = send.patient_list.item(0)
    rect = send.patient_list.visualItemRect(item)
    qtbot.mouseClick(send.patient_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 2, rect.center().y()))
    if item.checkState() != Qt.CheckState.Checked:  # the click selected the row only
        qtbot.keyClick(send.patient_list, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert send.options()["names"] == ["Marie Lambert"]
    _shot(send, "envoi-collegue.png")
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy and bool(list(out.iterdir())),
                    timeout=20_000)
    (bundle,) = list(out.iterdir())
    assert "Marie" in bundle.name and "Pour Marie Lambert" in roster.status_label.text()
    assert "1 paquet(s)" in roster.table.item(0, 4).text()
    _shot(window, "collegues.png")

    sync.add_peer(marie, "Moi", **{"age_recipient": sync.identity(workspace).age_recipient})
    summary = sync.import_bundle(marie, bundle, trust=True)
    assert summary.new_patients == ["GARNIER Paul"]
