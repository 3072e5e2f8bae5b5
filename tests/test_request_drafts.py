"""New requests kept as drafts: saved in the encrypted base, the user's own, removed when
saved or given up."""

from __future__ import annotations

import pytest

from coordapp.errors import InvalidInput, NotFound
from coordapp.paths import AppPaths
from coordapp.services.patient.request_drafts import RequestDraftService
from coordapp.services.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_draft_is_kept_replaced_listed_and_discarded(workspace: Workspace) -> None:
    drafts = RequestDraftService(workspace)
    assert drafts.mine() == []
    draft_id = drafts.save(None, 0, {"reason": "Chutes à répétition"}, "Chutes")
    assert drafts.save(draft_id, 1, {"reason": "Chutes à répétition",
                                     "family_name": "Zwingelstein"},
                       "ZWINGELSTEIN — Chutes") == draft_id
    [view] = drafts.mine()
    assert (view.id, view.step, view.summary) == (draft_id, 1, "ZWINGELSTEIN — Chutes")
    assert drafts.get(draft_id).data["family_name"] == "Zwingelstein"
    drafts.discard(draft_id)
    drafts.discard(draft_id)  # already gone: nothing to do
    assert drafts.mine() == []
    with pytest.raises(NotFound):
        drafts.get(draft_id)


def test_a_draft_is_encrypted_and_survives_closing(created: tuple[Workspace, str],
                                                   app_paths: AppPaths) -> None:
    workspace, _code = created
    draft_id = RequestDraftService(workspace).save(
        None, 1, {"family_name": "Zwingelstein"}, "ZWINGELSTEIN")
    path = app_paths.default_db
    workspace.close()
    assert b"Zwingelstein" not in path.read_bytes()
    assert b"ZWINGELSTEIN" not in path.read_bytes()
    again = Workspace.open(path, PASSPHRASE, app_paths, kdf=FAST_KDF)
    try:
        assert RequestDraftService(again).get(draft_id).data == {
            "family_name": "Zwingelstein"}
    finally:
        again.close()


def test_an_oversized_draft_is_refused(workspace: Workspace) -> None:
    with pytest.raises(InvalidInput):
        RequestDraftService(workspace).save(None, 0, {"reason": "x" * 200_000}, "")
    assert RequestDraftService(workspace).mine() == []
