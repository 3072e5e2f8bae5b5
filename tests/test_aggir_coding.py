"""AGGIR as the 2008 guide codes it: adverbs → letter, sub-variables → variable, overrides."""

from __future__ import annotations

import itertools

import pytest

from coordapp.errors import InvalidInput
from coordapp.services.assessments import aggir_coding as ac
from coordapp.services.assessments.aggir import ALL_VARIABLES, DISCRIMINANT_VARIABLES, compute_gir
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from tests.test_plans import new_patient

ALL = list(ac.ADVERBS)


@pytest.mark.parametrize("ticked", [
    list(combo) for n in range(5) for combo in itertools.combinations(ac.ADVERBS, n)])
def test_every_combination_of_the_four_adverbs_gives_the_guides_letter(
    ticked: list[str],
) -> None:
    expected = "A" if len(ticked) == 4 else "C" if not ticked else "B"
    assert ac.letter_from_adverbs(ticked) == expected


@pytest.mark.parametrize(("variable", "letters", "expected"), [
    # Toilette (haut, bas): AA → A, CC → C, otherwise B.
    ("toilette", "AA", "A"), ("toilette", "CC", "C"), ("toilette", "AB", "B"),
    ("toilette", "AC", "B"), ("toilette", "CA", "B"), ("toilette", "BC", "B"),
    # Habillage (haut, moyen, bas): AAA → A, CCC → C, otherwise B.
    ("habillage", "AAA", "A"), ("habillage", "CCC", "C"), ("habillage", "AAC", "B"),
    ("habillage", "CCB", "B"), ("habillage", "ABA", "B"),
    # Alimentation (se servir, manger): AA → A; CC, BC, CB → C; otherwise B.
    ("alimentation", "AA", "A"), ("alimentation", "CC", "C"), ("alimentation", "BC", "C"),
    ("alimentation", "CB", "C"), ("alimentation", "AC", "B"), ("alimentation", "CA", "B"),
    ("alimentation", "AB", "B"), ("alimentation", "BB", "B"),
    # Élimination (urinaire, fécale): AA → A; CC, BC, CB, AC, CA → C; otherwise B.
    ("elimination", "AA", "A"), ("elimination", "CC", "C"), ("elimination", "AC", "C"),
    ("elimination", "CA", "C"), ("elimination", "BC", "C"), ("elimination", "CB", "C"),
    ("elimination", "AB", "B"), ("elimination", "BA", "B"), ("elimination", "BB", "B"),
])
def test_sub_variables_combine_by_the_guides_tables(
    variable: str, letters: str, expected: str,
) -> None:
    assert ac.combine(variable, list(letters)) == expected


#: The tables as an independent open implementation documents them (DSAGRO3F/Care_link,
#: backend/app/services/aggir/calculator.py, ``combiner_sous_variables_*`` docstrings);
#: no official text of the 2008 guide could be read (CASF annex 2-1 mirrored as « guide
#: non reproduit »), see the note of ``aggir_coding``.
DOCUMENTED_TABLES = {
    "toilette": lambda w: "A" if w == "AA" else "C" if w == "CC" else "B",
    "habillage": lambda w: "A" if w == "AAA" else "C" if w == "CCC" else "B",
    "alimentation": lambda w: "A" if w == "AA" else "C" if w in ("BC", "CB", "CC") else "B",
    "elimination": lambda w: "A" if w == "AA" else "C" if "C" in w else "B",
}


def test_every_sub_variable_combination_matches_the_documented_tables() -> None:
    assert set(DOCUMENTED_TABLES) == set(ac.SUBVARIABLES)
    for variable, units in ac.SUBVARIABLES.items():
        for word in map("".join, itertools.product("ABC", repeat=len(units))):
            assert ac.combine(variable, list(word)) == DOCUMENTED_TABLES[variable](word), \
                (variable, word)


def test_coherence_and_orientation_stay_coded_on_the_variable() -> None:
    """The guide splits them, but no combination rule could be traced to it."""
    assert {"coherence", "orientation"}.isdisjoint(ac.SUBVARIABLES)
    assert ac.units_of("coherence") == ("coherence",)


def test_every_sub_variable_combination_is_one_of_a_b_c() -> None:
    for variable, units in ac.SUBVARIABLES.items():
        for word in itertools.product("ABC", repeat=len(units)):
            letter = ac.combine(variable, list(word))
            assert letter in "ABC"
            assert (letter == "A") == (set(word) == {"A"})


def _detail_all(**per_unit: list[str]) -> dict[str, object]:
    """Every unit done with the four adverbs, but the ones given."""
    return {"adverbs": {u: per_unit.get(u, ALL) for u in ac.ALL_UNITS}}


def test_an_assessment_derives_its_letters_and_gir_from_the_adverbs(
    workspace: Workspace,
) -> None:
    patient_id = new_patient(workspace)
    detail = _detail_all(
        toilette_haut=["spontanement", "totalement"], toilette_bas=[],  # B + C → B
        elimination_urinaire=ALL, elimination_fecale=[],  # A + C → C
        transferts=["totalement", "correctement", "habituellement"],  # not spontaneously
    )
    service = AssessmentService(workspace)
    assessment = service.get(service.record(patient_id, {"aggir_detail": detail}).id)
    expected = {v: "A" for v in ALL_VARIABLES} | {
        "toilette": "B", "elimination": "C", "transferts": "B"}
    assert assessment.aggir == expected
    assert assessment.gir == compute_gir(expected).gir
    coding = assessment.aggir_coding
    assert coding is not None
    assert coding["toilette"]["subvariables"] == {
        "toilette_haut": {"adverbs": ["spontanement", "totalement"], "letter": "B"},
        "toilette_bas": {"adverbs": [], "letter": "C"}}
    assert coding["transferts"] == {"letter": "B", "derived": "B", "adverbs": [
        "totalement", "correctement", "habituellement"]}

    shown = PatientFileService(workspace).load(patient_id).assessments[0]
    assert shown.aggir_coding == coding and shown.aggir == expected


def test_an_override_needs_a_reason_and_is_kept_with_it(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    detail = _detail_all(transferts=[])
    with pytest.raises(InvalidInput, match="motif"):
        service.record(patient_id, {"aggir_detail": {
            **detail, "overrides": {"transferts": {"letter": "B"}}}})
    with pytest.raises(InvalidInput, match="ne correspond pas"):
        service.record(patient_id, {"aggir_detail": detail,
                                    "aggir": {"transferts": "B"}})
    reason = "Grille de l'évaluateur APA du 12/11 : B (aide ponctuelle la nuit)"
    saved = service.get(service.record(patient_id, {"aggir_detail": {
        **detail, "overrides": {"transferts": {"letter": "B", "reason": reason}}}}).id)
    assert saved.aggir["transferts"] == "B"
    assert saved.aggir_coding is not None
    assert saved.aggir_coding["transferts"] == {
        "letter": "B", "derived": "C", "adverbs": [], "override_reason": reason}


def test_letters_only_grids_stay_readable(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    grid = {v: "A" for v in DISCRIMINANT_VARIABLES} | {"toilette": "C", "habillage": "C"}
    service = AssessmentService(workspace)
    old = service.get(service.record(patient_id, {"aggir": grid}).id)
    assert (old.aggir, old.gir, old.aggir_coding, old.aggir_detail) == (grid, 3, None, {})
    # Adverbs for some variables, letters for the others: both kept.
    mixed = service.get(service.record(patient_id, {
        "aggir": {v: "A" for v in DISCRIMINANT_VARIABLES if v != "toilette"},
        "aggir_detail": {"adverbs": {"toilette_haut": [], "toilette_bas": []}}}).id)
    assert mixed.aggir["toilette"] == "C" and mixed.aggir_coding is not None
    assert list(mixed.aggir_coding) == ["toilette"]


def test_unknown_units_and_adverbs_are_refused(workspace: Workspace) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    with pytest.raises(InvalidInput, match="inconnue"):
        service.record(patient_id, {"aggir_detail": {"adverbs": {"toilette_milieu": []}}})
    with pytest.raises(InvalidInput, match="adverbe inconnu"):
        service.record(patient_id, {"aggir_detail": {"adverbs": {"transferts": ["seul"]}}})
