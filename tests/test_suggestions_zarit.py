"""Suggestions that respect eligibility (boundaries 59/60, GIR 4/5) and the mini-Zarit."""

from __future__ import annotations

import datetime as dt

import pytest

from coordapp.errors import InvalidInput
from coordapp.services.assessments import zarit
from coordapp.services.assessments.aggir import DISCRIMINANT_VARIABLES
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.plans.suggestions import age_on
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_plans import new_patient

GIR4 = {v: "A" for v in DISCRIMINANT_VARIABLES} | {"toilette": "B", "habillage": "B",
                                                  "transferts": "B"}
GIR5 = {v: "A" for v in DISCRIMINANT_VARIABLES} | {"toilette": "B"}


def _born_years_ago(years: int, days_after_birthday: int) -> str:
    """A birth date making the person ``years`` old today (their birthday was
    ``days_after_birthday`` days ago; -1 means it is tomorrow, one year younger)."""
    day = today() - dt.timedelta(days=days_after_birthday)
    try:
        born = day.replace(year=day.year - years)
    except ValueError:  # 29 February
        born = day.replace(year=day.year - years, day=28)
    return born.isoformat()


def _codes(workspace: Workspace, birth: str, grid: dict[str, str]) -> dict[str, str]:
    patient_id = new_patient(workspace, birth_date=birth)
    service = AssessmentService(workspace)
    assessment_id = service.record(patient_id, {"aggir": grid}).id
    return {s.code: s.reason for s in service.suggestions(assessment_id)}


def test_age_on_counts_birthdays() -> None:
    assert age_on(dt.date(1966, 12, 3), dt.date(2026, 12, 3)) == 60
    assert age_on(dt.date(1966, 12, 4), dt.date(2026, 12, 3)) == 59


def test_apa_from_sixty_on_the_birthday(workspace: Workspace) -> None:
    codes = _codes(workspace, _born_years_ago(60, 0), GIR4)
    assert "home_help" in codes and "disability_rights" not in codes
    assert codes["home_help"] == "GIR 4 (1 à 4) et 60 ans (60 ou plus) : droit à l'APA"


def test_no_apa_at_fifty_nine_the_mdph_instead(workspace: Workspace) -> None:
    codes = _codes(workspace, _born_years_ago(60, -1), GIR4)  # 60 tomorrow
    assert "home_help" not in codes
    assert codes["disability_rights"] == (
        "GIR 4 et 59 ans (moins de 60) : pas d'APA ; PCH et services par la MDPH")


def test_gir_five_opens_no_apa_but_the_pension_funds_help(workspace: Workspace) -> None:
    codes = _codes(workspace, _born_years_ago(80, 10), GIR5)
    assert "home_help" not in codes and "disability_rights" not in codes
    assert codes["pension_fund_help"].startswith("GIR 5 (5 ou 6) et 80 ans")
    young = _codes(workspace, _born_years_ago(40, 10), GIR5)
    assert not {"home_help", "disability_rights", "pension_fund_help"} & set(young)


@pytest.mark.parametrize(("answers", "score", "band"), [
    (["jamais"] * 7, 0.0, "none_or_little"),
    (["parfois"] * 3 + ["jamais"] * 4, 1.5, "none_or_little"),
    (["souvent", "souvent"] + ["jamais"] * 5, 2.0, "light_to_moderate"),
    ([1, 1, 1, 0.5, 0, 0, 0], 3.5, "light_to_moderate"),
    ([1, 1, 1, 1, 0, 0, 0], 4.0, "moderate_to_severe"),
    ([1, 1, 1, 1, 1, 0.5, 0], 5.5, "moderate_to_severe"),
    ([1, 1, 1, 1, 1, 1, 0], 6.0, "severe"),
    (["souvent"] * 7, 7.0, "severe"),
])
def test_mini_zarit_scores_half_points_and_its_bands(
    answers: list[object], score: float, band: str,
) -> None:
    result = zarit.score(answers)
    assert result is not None
    assert (result.form, result.total, result.band) == ("mini", score, band)


def test_mini_zarit_refuses_other_answers() -> None:
    with pytest.raises(InvalidInput, match="Mini-Zarit, question 2"):
        zarit.clean_items([0, 2, 0, 0, 0, 0, 0])
    with pytest.raises(InvalidInput, match="7 \\(mini-Zarit\\)"):
        zarit.clean_items([0] * 6)


def test_mini_zarit_recorded_shown_and_suggesting(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    items = "souvent, souvent, parfois, souvent, souvent, jamais, parfois"  # 5/7
    assessment_id = service.record(patient_id, {"zarit_items": items}).id
    detail = service.get(assessment_id)
    assert (detail.zarit_form, detail.zarit_score, detail.zarit_display, detail.zarit_total) \
        == ("mini", 5.0, "5/7", None)
    first = service.suggestions(assessment_id)[0]
    assert (first.code, first.reason) == (
        "caregiver_respite", "Mini-Zarit 5/7 : fardeau modéré à sévère")
    shown = PatientFileService(workspace).load(patient_id).assessments[0]
    assert (shown.zarit_form, shown.zarit_score, shown.zarit_band) == (
        "mini", 5.0, "moderate_to_severe")
    half = service.get(service.record(patient_id, {"zarit_items": [0.5] * 7}).id)
    assert half.zarit_display == "3,5/7"


def test_the_boundary_grids_are_gir_4_and_5() -> None:
    from coordapp.services.assessments.aggir import compute_gir
    assert (compute_gir(GIR4).gir, compute_gir(GIR5).gir) == (4, 5)
