"""Information before inclusion, and an objection respected wherever data would go."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from coordapp.cli import main
from coordapp.errors import InvalidInput
from coordapp.models import AuditEvent, CarePlan
from coordapp.services.activity_report import compute_activity
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.exports import ExportService
from coordapp.services.patient.consent import SharingRefused
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.sync.bundles import export_bundle
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import audit_events, make_plan
from tests.test_plans import new_patient, simple_plan

TEAM = "quatre chevaux blancs traversent la Meuse à l'aube"


def refusals(workspace: Workspace) -> list[tuple[str | None, str | None]]:
    return [(e.entity_id, e.detail) for e in audit_events(workspace, "refuse")]


def object_to_sharing(workspace: Workspace, patient_id: str, days_ago: int = 3) -> None:
    FollowUpService(workspace).record_consent(
        patient_id, "objection", recorded_on=today() - dt.timedelta(days=days_ago),
        given_by="Anne Martin", how="Oral, lors de la visite")


def test_validation_needs_the_information_of_the_person(workspace: Workspace) -> None:
    patient_id = new_patient(workspace, informed=False)
    simple_plan(workspace, patient_id)
    versions = PlanVersionService(workspace)
    with pytest.raises(InvalidInput, match="avant de valider le PPCS") as info:
        versions.validate(patient_id, agreement="Oral", agreement_on=today())
    assert info.value.field == "consent"
    assert versions.show(patient_id).plan.status == "draft"
    FollowUpService(workspace).record_consent(
        patient_id, "information_given", given_by="Anne Martin", how="Oral",
        recipient="Son fils, tuteur")
    versions.validate(patient_id, agreement="Oral", agreement_on=today())
    assert versions.show(patient_id).plan.status == "validated"


def test_cli_inclusion_and_validation_without_information_exit_4(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    request = new_patient(workspace, informed=False, status="request")
    assert main(["patient", "set", request, "status=active"]) == 4
    assert "avant d'inclure la personne" in capsys.readouterr().err
    active = new_patient(workspace, informed=False)
    simple_plan(workspace, active)
    assert main(["plan", "validate", active, "--agreement", "Accord oral",
                 "--agreement-date", today().strftime("%d/%m/%Y")]) == 4
    assert "avant de valider le PPCS" in capsys.readouterr().err
    with workspace.unit_of_work() as uow:
        assert uow.session.scalars(select(CarePlan.status).where(
            CarePlan.patient_id == active)).all() == ["draft"]


def test_cli_patient_add_as_active_needs_the_information_exit_4(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "patient.json"
    path.write_text(json.dumps({"family_name": "Roux", "given_names": "Paul",
                                "birth_date": "1939-02-01", "sex": "M", "status": "active"}),
                    encoding="utf-8")
    caseload = CaseloadService(workspace)
    assert main(["patient", "add", "--json", str(path)]) == 4
    err = capsys.readouterr().err
    assert "pas encore été informée" in err and "--informed-on" in err
    assert main(["patient", "add", "--json", str(path), "--informed-how", "Oral"]) == 2
    capsys.readouterr()
    assert caseload.count() == 0  # nothing written
    on = (today() - dt.timedelta(days=2)).strftime("%d/%m/%Y")
    assert main(["patient", "add", "--json", str(path), "--informed-on", on,
                 "--informed-how", "Oral, au domicile", "--informed-to", "Sa fille"]) == 0
    patient_id = capsys.readouterr().out.strip()
    loaded = PatientFileService(workspace).load(patient_id)
    assert loaded.identity["status"] == "active"
    (consent,) = loaded.consents
    assert (consent.kind, consent.recorded_on, consent.how, consent.recipient) == (
        "information_given", today() - dt.timedelta(days=2), "Oral, au domicile", "Sa fille")
    assert consent.given_by == workspace.owner_name()  # the one who created the file
    # A request needs no information; a date in the future is refused.
    path.write_text(json.dumps({"family_name": "Blanc", "given_names": "Lise",
                                "birth_date": "1937-04-05", "sex": "F",
                                "status": "on_hold"}), encoding="utf-8")
    later = (today() + dt.timedelta(days=1)).strftime("%d/%m/%Y")
    assert main(["patient", "add", "--json", str(path), "--informed-on", later]) == 4
    assert "futur" in capsys.readouterr().err
    assert caseload.count() == 1


def test_inclusion_from_a_pause_or_a_closure_needs_the_information_too(
    workspace: Workspace,
) -> None:
    caseload = CaseloadService(workspace)
    patient_id = new_patient(workspace, informed=False, status="request")
    for status in ("on_hold", "active"):
        with pytest.raises(InvalidInput, match="avant d'inclure la personne"):
            caseload.update_patient(patient_id, {"status": status})
    with pytest.raises(InvalidInput, match="pas encore été informée"):
        caseload.add_patient({"family_name": "Roux", "given_names": "Paul",
                              "birth_date": "1939-02-01", "sex": "M", "status": "on_hold"})
    assert caseload.get(patient_id).status == "request" and caseload.count() == 1


def test_an_objection_refuses_every_sharing_and_audits_it(
    workspace: Workspace, tmp_path: Path,
) -> None:
    ids = make_plan(workspace)
    object_to_sharing(workspace, ids.patient)
    exports = ExportService(workspace)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for attempt, what in [
        (lambda: exports.export_fhir(ids.patient, tmp_path / "f.json"), "fichier FHIR"),
        (lambda: exports.export_ics(tmp_path / "a.ics", patient_id=ids.patient), "agenda"),
        (lambda: exports.export_plan_pdf(ids.patient, tmp_path / "t.pdf", "team"),
         "PPCS pour l'équipe"),
        (lambda: export_bundle(workspace, tmp_path / "b.coordbundle", scope="patients",
                               patient_ids=[ids.patient], passphrase=TEAM),
         "paquet pour un collègue"),
    ]:
        with pytest.raises(SharingRefused, match=f"pas de {what}") as info:
            attempt()
        assert "s'est opposée au partage" in info.value.message
        assert refusals(workspace)[-1] == (
            ids.patient, f"opposition au partage : {what} refusé")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert len(refusals(workspace)) == 4

    # The person's own plan stays printable.
    result = exports.export_plan_pdf(ids.patient, tmp_path / "personne.pdf", "person")
    assert result.pages and (tmp_path / "personne.pdf").read_bytes().startswith(b"%PDF-")

    # The caseload calendar leaves the person out and says so.
    caseload = exports.export_ics(tmp_path / "file-active.ics")
    assert caseload.left_out == 1 and caseload.items == 0

    # Withdrawn (dated): sharing works again.
    FollowUpService(workspace).record_consent(
        ids.patient, "objection_withdrawn", recorded_on=today(), how="Écrit signé")
    exports.export_fhir(ids.patient, tmp_path / "f.json")
    kinds = [(c.kind, c.recorded_on)
             for c in PatientFileService(workspace).load(ids.patient).consents]
    assert kinds[:2] == [("objection_withdrawn", today()),
                         ("objection", today() - dt.timedelta(days=3))]


def test_cli_refusals_exit_4(workspace: Workspace, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COORDAPP_BUNDLE_PASSPHRASE", TEAM)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    ids = make_plan(workspace)
    object_to_sharing(workspace, ids.patient)
    for args in (["export", "fhir", ids.patient, "--out", str(tmp_path / "f.json")],
                 ["export", "ics", "--patient", ids.patient, "--out", str(tmp_path / "a.ics")],
                 ["export", "pdf", ids.patient, "--audience", "team",
                  "--out", str(tmp_path / "t.pdf")],
                 ["bundle", "export", "--patient", ids.patient,
                  "--out", str(tmp_path / "b.coordbundle")]):
        assert main(args) == 4, args
        assert "opposée au partage" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    assert main(["export", "pdf", ids.patient, "--audience", "person",
                 "--out", str(tmp_path / "p.pdf")]) == 0
    shown = json.loads(_show(capsys, ids.patient))
    assert [c["kind"] for c in shown["consents"]] == [
        "objection", "sharing_consent", "information_given"]
    with workspace.unit_of_work() as uow:
        assert uow.session.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == ids.patient, AuditEvent.action == "refuse")).all() \
            == ["refuse"] * 4


def _show(capsys: pytest.CaptureFixture[str], patient_id: str) -> str:
    assert main(["patient", "show", patient_id, "--format", "json"]) == 0
    return capsys.readouterr().out


def test_the_report_counts_information_and_objections_and_says_its_date(
    workspace: Workspace,
) -> None:
    ids = make_plan(workspace)  # information given 90 days ago, review in 120 days
    object_to_sharing(workspace, ids.patient)
    with workspace.unit_of_work() as uow:
        report = compute_activity(uow.session, today() - dt.timedelta(days=100), today())
    assert (report.information_given, report.objections, report.objections_withdrawn) == (
        1, 1, 0)


def test_overdue_reviews_are_counted_against_the_report_date(workspace: Workspace) -> None:
    """Run on 3 December for the year: a review due on 20 December is not late yet."""
    year_start, year_end, run_on = dt.date(2026, 1, 1), dt.date(2026, 12, 31), \
        dt.date(2026, 12, 3)
    due = {"late": dt.date(2026, 11, 15), "coming": dt.date(2026, 12, 20),
           "on_the_day": dt.date(2026, 12, 3)}
    for review_due in due.values():
        ids = make_plan(workspace)
        with workspace.unit_of_work() as uow:
            plan = uow.session.get(CarePlan, ids.plan)
            assert plan is not None
            uow.changes.update(plan, {"review_due": review_due})
    with workspace.unit_of_work() as uow:
        current = compute_activity(uow.session, year_start, year_end, today=run_on)
        past = compute_activity(uow.session, year_start, dt.date(2026, 11, 30),
                                today=run_on)
    assert (current.reviews_overdue, current.overdue_on) == (1, run_on)
    assert (past.reviews_overdue, past.overdue_on) == (1, dt.date(2026, 11, 30))
    with workspace.unit_of_work() as uow:
        later = compute_activity(uow.session, year_start, year_end,
                                 today=dt.date(2027, 1, 5))
    assert (later.reviews_overdue, later.overdue_on) == (3, year_end)


def test_a_team_printing_round_leaves_out_who_objected(workspace: Workspace) -> None:
    from coordapp.errors import CoordAppError
    from coordapp.services.plans.print_batch import PlanToPrint, PrintBatchService

    kept, objecting = make_plan(workspace), make_plan(workspace)
    object_to_sharing(workspace, objecting.patient)
    service = PrintBatchService(workspace)
    batch = service.render([PlanToPrint(kept.patient, title="A"),
                            PlanToPrint(objecting.patient, title="B")], "team")
    assert [d.patient_id for d in batch.documents] == [kept.patient]
    assert batch.left_out == 1
    assert refusals(workspace)[-1][0] == objecting.patient
    with pytest.raises(CoordAppError, match="opposées au partage"):
        service.render([PlanToPrint(objecting.patient)], "team")
    person = service.render([PlanToPrint(objecting.patient)], "person")
    assert [d.patient_id for d in person.documents] == [objecting.patient]
