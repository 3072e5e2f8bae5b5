"""The mini-Zarit in the team plan; adverbs, sub-variables and consents in ``patient show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from coordapp.cli import main
from coordapp.services.assessments import aggir_coding
from coordapp.services.assessments.aggir import DISCRIMINANT_VARIABLES
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.exports import ExportService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_export_helpers import flat, make_plan

ALL = list(aggir_coding.ADVERBS)


def record(workspace: Workspace, patient_id: str) -> str:
    adverbs = {u: ALL for v in DISCRIMINANT_VARIABLES for u in aggir_coding.units_of(v)}
    adverbs |= {"toilette_bas": ["correctement"], "alimentation_manger": []}
    return AssessmentService(workspace).record(patient_id, {
        "aggir_detail": {"adverbs": adverbs},
        "zarit_items": ["parfois", "parfois", "souvent", "jamais", "souvent", "parfois",
                        "jamais"]}).id  # 3.5/7


def test_the_team_plan_names_the_latest_assessment_with_the_mini_zarit(
    workspace: Workspace, tmp_path: Path,
) -> None:
    ids = make_plan(workspace)
    record(workspace, ids.patient)
    out = tmp_path / "equipe.pdf"
    ExportService(workspace).export_plan_pdf(ids.patient, out, "team")
    text = flat(" ".join(page.extract_text() for page in PdfReader(out).pages))
    assert "Dernière évaluation" in text
    assert "mini-Zarit 3,5/7 (fardeau léger à modéré)" in text
    assert "GIR " in text


def test_patient_show_json_carries_adverbs_subvariables_and_consents(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    ids = make_plan(workspace)
    record(workspace, ids.patient)
    FollowUpService(workspace).record_consent(
        ids.patient, "objection", given_by="Anne Martin", how="Oral",
        recipient="Zoé Lefèvre (fille)")
    assert main(["patient", "show", ids.patient, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    [assessment] = shown["assessments"]
    coding = assessment["aggir_coding"]
    assert coding["toilette"] == {
        "letter": "B", "derived": "B", "subvariables": {
            "toilette_haut": {"adverbs": ALL, "letter": "A"},
            "toilette_bas": {"adverbs": ["correctement"], "letter": "B"}}}
    assert coding["alimentation"]["letter"] == "B"  # A + C: B (only BC, CB, CC give C)
    assert coding["transferts"] == {"letter": "A", "derived": "A", "adverbs": ALL}
    assert assessment["aggir"]["toilette"] == "B"
    assert (assessment["zarit_form"], assessment["zarit_score"], assessment["zarit_band"]) \
        == ("mini", 3.5, "light_to_moderate")
    objection = shown["consents"][0]
    assert (objection["kind"], objection["recipient"], objection["how"]) == (
        "objection", "Zoé Lefèvre (fille)", "Oral")
