"""iCalendar export: due actions and reviews, per patient or for a caseload."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from coordapp.cli import main
from coordapp.models import Action, AuditAction, CarePlan, Coordinator, Goal, Need
from coordapp.services.exports import ExportService
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import audit_events, make_plan


def events(path: Path) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    found = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        assert uid not in found
        found[uid] = {"start": event.decoded("DTSTART"), "end": event.decoded("DTEND"),
                      "summary": str(event["SUMMARY"]),
                      "description": str(event["DESCRIPTION"])}
    return found


def test_one_patient_actions_due_and_review(workspace: Workspace, tmp_path: Path):
    ids = make_plan(workspace, actions=12)
    path = tmp_path / "agenda.ics"
    result = ExportService(workspace).export_ics(path, patient_id=ids.patient)
    found = events(path)
    expected = {f"action-{a_id}@coordapp": (text, due) for a_id, text, status, due
                in ids.actions if status in ("planned", "in_progress")}
    review = f"review-{ids.plan}@coordapp"
    assert set(found) == set(expected) | {review}
    assert result.items == len(found)
    for uid, (text, due) in expected.items():
        event = found[uid]
        assert event["start"] == due and isinstance(event["start"], dt.date)
        assert not isinstance(event["start"], dt.datetime)  # all-day
        assert event["end"] == due + dt.timedelta(days=1)
        assert text in str(event["summary"]) and "DVOŘÁK Éloïse" in str(event["summary"])
    assert found[review]["start"] == today() + dt.timedelta(days=120)
    assert "Révision du PPCS" in str(found[review]["summary"])
    # Recurrence and responsible person travel in the description.
    weekly = next(uid for uid, (text, _d) in expected.items() if "n°02" in text)
    assert "Fréquence : chaque semaine" in str(found[weekly]["description"])
    assert "Qui : Zoé Lefèvre (Aidante principale)" in str(found[weekly]["description"])
    event = audit_events(workspace, AuditAction.EXPORT)[-1]
    assert (event.entity, event.entity_id) == ("patient", ids.patient)


def test_caseload_of_the_owner_only(workspace: Workspace, tmp_path: Path):
    mine = make_plan(workspace, actions=3)
    draft_only = make_plan(workspace, actions=2, status="draft", family_name="Martin")
    closed = make_plan(workspace, actions=2, family_name="Petit", patient_status="closed")
    with workspace.unit_of_work() as uow:
        colleague = uow.changes.create(Coordinator, {"display_name": "Paul Colin"}).id
    theirs = make_plan(workspace, actions=3, referent_id=colleague, family_name="Roux")
    path = tmp_path / "file-active.ics"
    ExportService(workspace).export_ics(path)
    found = events(path)
    plan_ids = {uid.split("@")[0].removeprefix("review-") for uid in found
                if uid.startswith("review-")}
    assert plan_ids == {mine.plan}  # the draft has no review date yet
    actions = {uid.split("@")[0].removeprefix("action-") for uid in found
               if uid.startswith("action-")}
    open_ones = {a for p in (mine, draft_only) for a, _t, s, _d in p.actions
                 if s in ("planned", "in_progress")}
    assert actions == open_ones
    assert not {a for p in (closed, theirs) for a, *_ in p.actions} & actions
    event = audit_events(workspace, AuditAction.EXPORT)[-1]
    assert (event.entity, event.entity_id) == ("coordinator", workspace.user_id)
    assert "2 patient(s)" in event.detail and "Lef" not in event.detail
    # A colleague's caseload, asked for explicitly.
    ExportService(workspace).export_ics(tmp_path / "colin.ics", coordinator_id=colleague)
    assert len([u for u in events(tmp_path / "colin.ics") if u.startswith("action-")]) == sum(
        1 for _a, _t, s, _d in theirs.actions if s in ("planned", "in_progress"))


def test_draft_revision_wins_over_the_validated_version(workspace: Workspace, tmp_path: Path):
    ids = make_plan(workspace, actions=3)
    with workspace.unit_of_work() as uow:  # a revision in progress: version 2, draft
        c = uow.changes
        plan = c.create(CarePlan, {"patient_id": ids.patient, "version": 2, "status": "draft",
                                   "based_on_id": ids.plan})
        uow.session.flush()
        need = c.create(Need, {"plan_id": plan.id, "domain": "health", "text": "Chutes"})
        uow.session.flush()
        goal = c.create(Goal, {"need_id": need.id, "text": "Ne plus tomber"})
        uow.session.flush()
        revised = c.create(Action, {"goal_id": goal.id, "text": "Kiné deux fois par semaine",
                                    "due_on": today() + dt.timedelta(days=3)}).id
    path = tmp_path / "agenda.ics"
    ExportService(workspace).export_ics(path, patient_id=ids.patient)
    found = events(path)
    assert {u for u in found if u.startswith("action-")} == {f"action-{revised}@coordapp"}
    assert f"review-{ids.plan}@coordapp" in found  # the validated version's review stands


def test_cli_export_ics(workspace: Workspace, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    ids = make_plan(workspace, actions=4)
    one, everything = tmp_path / "un.ics", tmp_path / "tous.ics"
    assert main(["export", "ics", "--out", str(one), "--patient", ids.patient]) == 0
    assert main(["export", "ics", "--out", str(everything)]) == 0
    assert "événement(s)" in capsys.readouterr().err
    assert set(events(one)) == set(events(everything))
    assert main(["export", "ics", "--out", str(tmp_path / "x.ics"), "--patient", "?"]) == 5


def raw_events(path: Path) -> dict[str, Any]:
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_done_or_cancelled_since_the_last_export_are_sent_as_cancelled(
    workspace: Workspace, tmp_path: Path
):
    ids = make_plan(workspace, actions=6)
    service = ExportService(workspace)
    first = tmp_path / "1.ics"
    service.export_ics(first, patient_id=ids.patient)
    before = raw_events(first)
    open_actions = [a for a, _t, status, _d in ids.actions if status in ("planned",
                                                                          "in_progress")]
    done, cancelled, untouched = open_actions[0], open_actions[1], open_actions[2]
    assert {str(before[f"action-{a}@coordapp"]["STATUS"]) for a in open_actions} == {
        "CONFIRMED"}
    with workspace.unit_of_work() as uow:
        for action_id, status in ((done, "done"), (cancelled, "cancelled")):
            action = uow.session.get(Action, action_id)
            assert action is not None
            uow.changes.update(action, {"status": status, "done_on": today()})

    second = tmp_path / "2.ics"
    service.export_ics(second, patient_id=ids.patient)
    after = raw_events(second)
    for action_id in (done, cancelled):
        uid = f"action-{action_id}@coordapp"
        assert str(after[uid]["STATUS"]) == "CANCELLED"
        assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
        assert after[uid].decoded("LAST-MODIFIED") >= before[uid].decoded("LAST-MODIFIED")
    kept = f"action-{untouched}@coordapp"
    assert str(after[kept]["STATUS"]) == "CONFIRMED"
    assert int(after[kept]["SEQUENCE"]) == int(before[kept]["SEQUENCE"])
    # Already sent as cancelled: the next export leaves them out.
    third = tmp_path / "3.ics"
    service.export_ics(third, patient_id=ids.patient)
    assert {f"action-{done}@coordapp", f"action-{cancelled}@coordapp"}.isdisjoint(
        raw_events(third))
    # The first export of another calendar (the caseload) has nothing to cancel.
    caseload = tmp_path / "file-active.ics"
    service.export_ics(caseload)
    assert all(str(e["STATUS"]) == "CONFIRMED" for e in raw_events(caseload).values())


def test_shared_agenda_without_names(workspace: Workspace, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch):
    ids = make_plan(workspace, actions=4)
    workspace.close()
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "partage.ics"
    assert main(["export", "ics", "--out", str(path), "--patient", ids.patient,
                 "--no-names"]) == 0
    text = path.read_text(encoding="utf-8")
    for name in ("Lefèvre", "LEFÈVRE", "Dvořák", "DVOŘÁK", "Éloïse", "Zoé", "Lœb", "1941"):
        assert name not in text, name
    short = ids.patient.replace("-", "")[-6:].upper()
    summaries = [str(e["SUMMARY"]) for e in raw_events(path).values()]
    assert all(s.endswith(f"— É. D. (dossier {short})") for s in summaries)
    descriptions = [str(e["DESCRIPTION"]) for e in raw_events(path).values()]
    assert any("Qui : Aidante principale" in d for d in descriptions)
