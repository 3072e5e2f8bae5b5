"""The anonymous activity report: every number re-counted independently, CSV, PDF, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from coordapp.cli import main
from coordapp.documents.activity import ActivityReport
from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, CarePlan, Goal, Need, Patient, Referral
from coordapp.services.activity_report import ActivityReportService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.exports import ExportService
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import audit_events, flat, make_plan


def first_day() -> dt.date:
    """The report's period, a year back to a fortnight ago, read when a test runs."""
    return today() - dt.timedelta(days=365)


def last_day() -> dt.date:
    return today() - dt.timedelta(days=15)


@pytest.fixture
def caseload(workspace: Workspace) -> Workspace:
    generate_demo(workspace, 160, seed=7)
    # A review: a version 2 validated in the period.
    make_plan(workspace, version=2, actions=3, validated_days_ago=30)
    return workspace


def recount(workspace: Workspace, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The report's numbers, computed the slow and obvious way over every row."""
    with workspace.unit_of_work() as uow:
        s = uow.session
        patients = [p for p in s.scalars(select(Patient)) if p.deleted_hlc is None]
        referrals = [r for r in s.scalars(select(Referral)) if r.deleted_hlc is None
                     and start <= r.received_at.date() <= end]
        live = {p.id for p in patients}
        plans = [p for p in s.scalars(select(CarePlan))
                 if p.deleted_hlc is None and p.patient_id in live]
        needs = [n for n in s.scalars(select(Need)) if n.deleted_hlc is None]
        goals = [g for g in s.scalars(select(Goal)) if g.deleted_hlc is None]
    followed = [p for p in patients if p.opened_on and p.opened_on <= end
                and (p.closed_on is None or p.closed_on >= start)]
    followed_ids = {p.id for p in followed}
    counted_plans = {p.id for p in plans
                     if p.patient_id in followed_ids and p.status != "superseded"}
    need_domain = {n.id: n.domain for n in needs if n.plan_id in counted_plans}
    validated = [p for p in plans if p.validated_at and start <= p.validated_at.date() <= end]
    delays = [max(0, (r.first_contact_on - r.received_at.date()).days)
              for r in referrals if r.first_contact_on]
    closed = [p for p in patients if p.closed_on and start <= p.closed_on <= end]
    return {
        "requests": len(referrals),
        "requests_by_origin": Counter(r.requester_kind for r in referrals),
        "requests_by_profession": Counter(r.requester_profession or "" for r in referrals),
        "requests_by_channel": Counter(r.channel for r in referrals),
        "answers": Counter(r.answer or "" for r in referrals),
        "delays_measured": len(delays),
        "median_delay_days": statistics.median(delays) if delays else None,
        "inclusions": sum(1 for p in patients if p.opened_on and start <= p.opened_on <= end),
        "active_at_end": sum(1 for p in patients if p.opened_on and p.opened_on <= end
                             and (p.closed_on is None or p.closed_on > end)),
        "closures": len(closed),
        "closures_by_reason": Counter(p.closure_reason or "" for p in closed),
        "plans_validated": len(validated),
        "reviews_done": sum(1 for p in validated if p.version > 1),
        "reviews_overdue": sum(1 for p in plans if p.status == "validated" and p.review_due
                               and p.review_due < end),
        "followed": len(followed),
        "without_gp": sum(1 for p in followed if p.gp_id is None),
        "with_ald": sum(1 for p in followed if p.ald),
        "unmet_needs_by_domain": Counter(n.domain for n in needs
                                         if n.unmet and n.id in need_domain),
        "goals_not_reached_by_domain": Counter(need_domain[g.need_id] for g in goals
                                               if g.status == "not_reached"
                                               and g.need_id in need_domain),
    }


def as_numbers(report: ActivityReport) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key in ("requests", "delays_measured", "median_delay_days", "inclusions",
                "active_at_end", "closures", "plans_validated", "reviews_done",
                "reviews_overdue", "followed", "without_gp", "with_ald"):
        result[key] = getattr(report, key)
    for key in ("requests_by_origin", "requests_by_profession", "requests_by_channel",
                "answers", "closures_by_reason", "unmet_needs_by_domain",
                "goals_not_reached_by_domain"):
        result[key] = Counter(dict(getattr(report, key)))
    return result


def test_report_numbers_equal_an_independent_count(caseload: Workspace):
    report = ActivityReportService(caseload).compute(first_day(), last_day())
    expected = recount(caseload, first_day(), last_day())
    assert as_numbers(report) == expected
    # The demo caseload exercises every figure.
    assert report.requests > 20 and report.inclusions > 10 and report.closures > 0
    assert report.reviews_done == 1 and report.reviews_overdue > 0
    assert report.unmet_needs_by_domain or report.goals_not_reached_by_domain
    assert report.without_gp > 0 and report.with_ald > 0
    assert report.share_with_ald == report.with_ald / report.followed


def test_tombstoned_rows_are_left_out(caseload: Workspace):
    before = ActivityReportService(caseload).compute(first_day(), last_day())
    with caseload.unit_of_work() as uow:
        referral = uow.session.scalars(select(Referral).where(
            Referral.received_at >= dt.datetime.combine(first_day(), dt.time()),
            Referral.received_at < dt.datetime.combine(last_day(), dt.time()))).first()
        patient = uow.session.scalars(select(Patient).where(
            Patient.opened_on >= first_day(), Patient.opened_on <= last_day(),
            Patient.closed_on.is_(None))).first()
        assert referral is not None and patient is not None
        uow.changes.delete(referral)
        uow.changes.delete(patient)
    after = ActivityReportService(caseload).compute(first_day(), last_day())
    assert after.requests <= before.requests - 1
    assert after.inclusions == before.inclusions - 1
    assert after.followed == before.followed - 1
    assert as_numbers(after) == recount(caseload, first_day(), last_day())


def test_empty_period_and_wrong_order(workspace: Workspace):
    report = ActivityReportService(workspace).compute(dt.date(2000, 1, 1), dt.date(2000, 12, 31))
    assert report.requests == 0 and report.median_delay_days is None
    assert report.share_without_gp is None
    with pytest.raises(InvalidInput):
        ActivityReportService(workspace).compute(last_day(), first_day())


def csv_sections(data: bytes) -> dict[str, list[list[str]]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    found: dict[str, list[list[str]]] = {}
    current = None
    for row in rows[3:]:
        if not row:
            current = None
        elif current is None:
            current = row[0]
            found[current] = []
        else:
            found[current].append(row)
    return found


def patient_names(workspace: Workspace) -> list[str]:
    with workspace.unit_of_work() as uow:
        return [f"{p.given_names.split()[0]} {p.family_name}"
                for p in uow.session.scalars(select(Patient))]


def test_csv_sections_hold_the_numbers_and_no_names(caseload: Workspace, tmp_path: Path):
    path = tmp_path / "rapport.csv"
    ExportService(caseload).export_activity_report(first_day(), last_day(), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8 accents
    report = ActivityReportService(caseload).compute(first_day(), last_day())
    sections = csv_sections(data)
    figures = {row[0]: row[2] for row in sections["Chiffres clés"][1:]}
    assert sections["Chiffres clés"][0] == ["Code", "Indicateur", "Valeur"]
    assert figures["requests"] == str(report.requests)
    assert figures["followed"] == str(report.followed)
    assert figures["reviews_overdue"] == str(report.reviews_overdue)
    origin = sections["Demandes par origine"]
    assert origin[0] == ["Code", "Origine", "Nombre"]
    assert {r[0]: int(r[2]) for r in origin[1:-1]} == dict(report.requests_by_origin)
    assert origin[-1] == ["total", "Total", str(report.requests)]
    text = data.decode("utf-8-sig")
    assert "Médecin généraliste" in text and "gp;" in text
    assert not [name for name in patient_names(caseload) if name in text]


def test_pdf_has_charts_figures_and_no_names(caseload: Workspace, tmp_path: Path):
    path = tmp_path / "rapport.pdf"
    result = ExportService(caseload).export_activity_report(first_day(), last_day(), path)
    reader = PdfReader(path)
    pages = [flat(p.extract_text()) for p in reader.pages]
    text = " ".join(pages)
    report = ActivityReportService(caseload).compute(first_day(), last_day())
    assert result.pages == len(pages)
    assert f"Demandes d'appui reçues {report.requests}" in text
    assert f"Personnes suivies sur la période {report.followed}" in text
    for title in ("Demandes par origine", "Demandes par canal", "Réponses apportées",
                  "Clôtures par motif", "Besoins non couverts par domaine"):
        assert title in text
    assert all(re.search(rf"Page {n} sur {len(pages)}", page) for n, page in
               enumerate(pages, 1))
    assert not [name for name in patient_names(caseload) if name in text]
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert content.count(b" re") > 20  # the bars are drawn as rectangles


def test_cli_report(caseload: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    start, end = first_day().strftime("%d/%m/%Y"), last_day().isoformat()
    for name in ("r.pdf", "r.csv"):
        assert main(["report", "--from", start, "--to", end, "--out",
                     str(tmp_path / name)]) == 0
    assert "Rapport d'activité écrit" in capsys.readouterr().err
    details = [e.detail for e in audit_events(caseload, AuditAction.EXPORT)]
    period = f"{first_day().isoformat()}..{last_day().isoformat()}"
    assert details == [f"rapport d'activité {kind} {period}" for kind in ("pdf", "csv")]
    assert main(["report", "--from", start, "--to", end, "--out", str(tmp_path / "r.txt")]) == 2
    assert main(["report", "--from", end, "--to", start, "--out", str(tmp_path / "r.csv")]) == 2
    with pytest.raises(SystemExit) as info:
        main(["report", "--from", "31/02/2025", "--to", end, "--out", str(tmp_path / "x.csv")])
    assert info.value.code == 2
    assert not (tmp_path / "r.txt").exists() and not (tmp_path / "x.csv").exists()
