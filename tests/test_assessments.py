"""Assessments: GIR and Zarit computed, compared over time, suggesting needs for the PPCS."""

from __future__ import annotations

import datetime as dt

import pytest

from coordapp.errors import InvalidInput, NotFound
from coordapp.services.assessments import zarit
from coordapp.services.assessments.aggir import DISCRIMINANT_VARIABLES
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.plans.closure import CaseClosureService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from tests.test_plans import new_patient

GIR4 = {v: "A" for v in DISCRIMINANT_VARIABLES} | {"toilette": "B", "habillage": "B",
                                                  "transferts": "B"}
GIR3 = {v: "A" for v in DISCRIMINANT_VARIABLES} | {"toilette": "C", "habillage": "C"}


@pytest.mark.parametrize(("total", "band"), [
    (0, "none_or_little"), (20, "none_or_little"), (21, "light_to_moderate"),
    (40, "light_to_moderate"), (41, "moderate_to_severe"), (60, "moderate_to_severe"),
    (61, "severe"), (88, "severe"),
])
def test_zarit_bands(total: int, band: str) -> None:
    items = [4] * (total // 4) + ([total % 4] if total % 4 else [])
    items += [0] * (22 - len(items))
    result = zarit.score(items)
    assert result is not None and (result.form, result.total, result.band) == (
        "full", total, band)
    assert result.high_burden == (total > 40)


def test_zarit_short_form_and_input_checks() -> None:
    assert zarit.score([2, 2, 2, 1]) == zarit.ZaritResult(
        "short", 7, "screening_negative", "dépistage négatif")
    positive = zarit.score([2, 2, 2, 2])
    assert positive is not None and positive.high_burden
    assert zarit.score([]) is None
    assert zarit.clean_items("1, 2; 3,4") == [1, 2, 3, 4]
    with pytest.raises(InvalidInput, match="question 3"):
        zarit.clean_items([0, 1, 5, 0])
    with pytest.raises(InvalidInput, match="attendu 22"):
        zarit.clean_items([1] * 10)


def test_recording_computes_gir_and_zarit(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    assessment_id = service.record(patient_id, {
        "assessed_on": "12/01/2025", "aggir": GIR4 | {"cuisine": "b"},
        "zarit_items": [3] * 15 + [0] * 7, "complexity_factors": ["falls", "no_gp"],
        "notes": {"health": "Trois chutes depuis janvier.", "social": " "},
    }).id
    detail = service.get(assessment_id)
    assert (detail.assessed_on, detail.gir, detail.gir_rank) == (dt.date(2025, 1, 12), 4, 11)
    assert detail.aggir["cuisine"] == "B"
    assert (detail.zarit_total, detail.zarit_form, detail.zarit_band) == (
        45, "full", "moderate_to_severe")
    assert detail.complexity_factors == ["falls", "no_gp"]
    assert detail.notes == {"health": "Trois chutes depuis janvier."}
    assert detail.author_name == "Anne Martin"
    loaded = PatientFileService(workspace).load(patient_id, audit=False)
    assert [(a.gir, a.zarit_total) for a in loaded.assessments] == [(4, 45)]

    service.update(assessment_id, {"aggir": GIR3, "zarit_items": []})
    detail = service.get(assessment_id)
    assert (detail.gir, detail.zarit_total, detail.zarit_form) == (3, None, None)


def test_invalid_assessments_are_refused(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    partial = {k: v for k, v in GIR4.items() if k != "orientation"}
    for raw, field in (
        ({"aggir": partial}, "aggir"),
        ({"zarit_items": [1, 2]}, "zarit_items"),
        ({"complexity_factors": ["bad_luck"]}, "complexity_factors"),
        ({"notes": {"weather": "pluie"}}, "notes"),
        ({"assessed_on": dt.date.today() + dt.timedelta(days=1)}, "assessed_on"),
        ({"gir": 2}, "gir"),
    ):
        with pytest.raises(InvalidInput) as info:
            service.record(patient_id, raw)
        assert info.value.field == field
    with pytest.raises(NotFound):
        service.record("nobody", {})
    CaseClosureService(workspace).close_case(patient_id, "moved")
    with pytest.raises(InvalidInput, match="clôturé"):
        service.record(patient_id, {"aggir": GIR4})


def test_assessments_over_time_side_by_side(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    later = service.record(patient_id, {"assessed_on": "2025-06-01", "aggir": GIR3,
                                        "complexity_factors": ["falls"]}).id
    earlier = service.record(patient_id, {"assessed_on": "2024-12-01", "aggir": GIR4,
                                          "zarit_items": [1, 1, 1, 1]}).id
    comparison = service.compare(patient_id)
    assert [a.id for a in comparison.assessments] == [earlier, later]
    assert comparison.gir_trend == [(dt.date(2024, 12, 1), 4), (dt.date(2025, 6, 1), 3)]
    rows = {r.key: r for r in comparison.rows}
    assert rows["gir"].values == ["4", "3"]
    assert rows["zarit_total"].values == ["4/16", None]
    assert (rows["toilette"].label, rows["toilette"].values) == ("Toilette", ["B", "C"])
    assert rows["falls"].values == [None, "oui"]
    assert [a.id for a in service.compare(patient_id, [later]).assessments] == [later]
    with pytest.raises(NotFound):
        service.compare(patient_id, ["other"])


def test_suggested_needs_are_accepted_into_the_draft_or_ignored(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)  # no GP recorded
    service = AssessmentService(workspace)
    assessment_id = service.record(patient_id, {
        "aggir": GIR4, "zarit_items": [3] * 20 + [0, 0],
        "complexity_factors": ["exhausted_caregiver", "polymedication"],
    }).id
    suggestions = service.suggestions(assessment_id)
    codes = [s.code for s in suggestions]
    assert codes == ["caregiver_respite", "find_gp", "home_help", "medication_review"]
    respite = suggestions[0]
    assert (respite.domain, respite.already_in_plan) == ("caregiver", False)
    assert respite.reason == "Zarit 60/88 : fardeau modéré à sévère"
    assert suggestions[2].reason.startswith("GIR 4")

    need_id = service.accept_suggestion(assessment_id, "caregiver_respite").id
    plan = PlanVersionService(workspace).show(patient_id).plan
    assert (plan.status, [(n.id, n.domain) for n in plan.needs]) == (
        "draft", [(need_id, "caregiver")])
    assert {s.code: s.already_in_plan for s in service.suggestions(assessment_id)} == {
        "caregiver_respite": True, "find_gp": False, "home_help": False,
        "medication_review": False}
    with pytest.raises(InvalidInput, match="déjà"):
        service.accept_suggestion(assessment_id, "caregiver_respite")
    with pytest.raises(InvalidInput, match="ne suggère pas"):
        service.accept_suggestion(assessment_id, "break_isolation")
    with pytest.raises(InvalidInput, match="inconnue"):
        service.accept_suggestion(assessment_id, "nonsense")


def test_light_burden_suggests_support_and_a_short_positive_screen_respite(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    light = service.record(patient_id, {"zarit_items": [1] * 22}).id
    assert [s.code for s in service.suggestions(light)][:1] == ["caregiver_support"]
    screen = service.record(patient_id, {"zarit_items": [3, 3, 1, 1]}).id
    first = service.suggestions(screen)[0]
    assert (first.code, first.reason) == (
        "caregiver_respite", "Zarit 8/16 : dépistage positif : fardeau probablement élevé")
