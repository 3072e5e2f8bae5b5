"""The AGGIR algorithm (CASF annexe 2-2): one hand-worked profile per rank, edges, input.

Each expected value below was computed by hand from the annex tables (sums written in
the comments), not by running the code.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordapp.errors import InvalidInput
from coordapp.services.assessments.aggir import (
    DISCRIMINANT_VARIABLES,
    ILLUSTRATIVE_VARIABLES,
    RANK_TO_GIR,
    compute_gir,
    group_score,
)


def grid(**answers: str) -> dict[str, str]:
    """A complete grid: every discriminant variable A unless given."""
    return {v: answers.get(v, "A") for v in DISCRIMINANT_VARIABLES}


ALL_C = {v: "C" for v in DISCRIMINANT_VARIABLES}

# (grid, rank, group, score): one profile per rank 1..13.
WORKED = [
    # Group A: 2000+1200+40+40+60+100+800+200 = 4440 >= 4380
    (ALL_C, 1, "A", 4440),
    # Group A: coherence C 2000 + orientation C 1200 + transfers C 800 + indoors C 200
    (grid(coherence="C", orientation="C", transferts="C", deplacements_interieurs="C"),
     2, "A", 4200),
    # Group A: 2000+1200+40+40+60+100 = 3440 (confused, wandering, motor skills kept)
    (grid(coherence="C", orientation="C", toilette="C", habillage="C", alimentation="C",
          elimination="C"), 3, "A", 3440),
    # A: 3200 < 3390; group B: 1500+1200 = 2700 >= 2016
    (grid(coherence="C", orientation="C"), 4, "B", 2700),
    # A 1240, B 960; group C: 40+40+60+160+1000+400 = 1700 (bedridden, mind intact)
    (grid(toilette="C", habillage="C", alimentation="C", elimination="C", transferts="C",
          deplacements_interieurs="C"), 5, "C", 1700),
    # A 1036, B 736; group C: transfers C 1000 + indoors C 400 + eating B 20 + elim B 20
    (grid(transferts="C", deplacements_interieurs="C", alimentation="B", elimination="B"),
     6, "C", 1440),
    # A 160, B 160, C 220; group D: eating C 2000 + elimination C 400 = 2400
    (grid(alimentation="C", elimination="C"), 7, "D", 2400),
    # The LWH-21/Pampa example grid (A,B,C,A,B,C,A,A,A,B): D 600; group E:
    # washing C 400 + eating B 100 + elimination C 800 = 1300 >= 1200
    (grid(orientation="B", toilette="C", alimentation="B", elimination="C",
          communication="B"), 8, "E", 1300),
    # A..D 80, 80, 80, 0; E 800 < 1200; group F: 500+500 = 1000 >= 800
    (grid(toilette="C", habillage="C"), 9, "F", 1000),
    # D 400, E 400, F 400; group G: 200+200+200+200 = 800 >= 650
    (grid(toilette="B", habillage="B", alimentation="B", elimination="B"), 10, "G", 800),
    # G: 200+200+200 = 600 < 650; group H: 2000+2000+2000 = 6000 >= 4000 (the typical
    # GIR 4: help to get up, to wash and dress, then moves about at home)
    (grid(toilette="B", habillage="B", transferts="B"), 11, "H", 6000),
    # G 200; group H: washing B 2000, in [2000, 4000)
    (grid(toilette="B"), 12, "H", 2000),
    (grid(), 13, "H", 0),
]


@pytest.mark.parametrize(("answers", "rank", "group", "score"), WORKED,
                         ids=[f"rank{w[1]}" for w in WORKED])
def test_worked_profiles_give_the_rank_and_gir_of_the_annex(
    answers: dict[str, str], rank: int, group: str, score: int
) -> None:
    result = compute_gir(answers)
    assert (result.rank, result.group, result.score) == (rank, group, score)
    assert result.gir == RANK_TO_GIR[rank]


def test_rank_to_gir_table() -> None:
    assert [RANK_TO_GIR[r] for r in range(1, 14)] == [1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6]


def test_edges_all_a_is_gir_6_and_all_c_is_gir_1() -> None:
    assert compute_gir(grid()).gir == 6
    assert compute_gir(ALL_C).gir == 1


def test_outdoor_moves_communication_and_illustrative_variables_weigh_nothing() -> None:
    base = grid(toilette="B", habillage="B", transferts="B")
    heavy = base | {"deplacements_exterieurs": "C", "communication": "C"}
    heavy |= {v: "C" for v in ILLUSTRATIVE_VARIABLES}
    assert compute_gir(heavy) == compute_gir(base)
    assert compute_gir(grid(deplacements_exterieurs="C", communication="C")).gir == 6


def test_negative_values_of_group_b() -> None:
    # Moving indoors weighs -80 (C) / -40 (B) in group B.
    assert group_score(grid(coherence="C", deplacements_interieurs="C"), "B") == 1420
    assert group_score(grid(coherence="B", deplacements_interieurs="B"), "B") == 280


def test_thresholds_are_inclusive_and_coherence_b_alone_stays_gir_6() -> None:
    assert compute_gir(grid(coherence="B")).gir == 6  # B 320 < 2016, F 100 < 800
    assert compute_gir(grid(alimentation="C", elimination="C")).rank == 7  # D == 2400


def test_answers_are_normalised_and_checked() -> None:
    lower = {v: " a " for v in DISCRIMINANT_VARIABLES}
    assert compute_gir(lower).gir == 6
    with pytest.raises(InvalidInput, match=r"incomplète.*Transferts"):
        compute_gir({k: v for k, v in grid().items() if k != "transferts"})
    with pytest.raises(InvalidInput, match="A, B ou C"):
        compute_gir(grid(toilette="D"))
    with pytest.raises(InvalidInput, match="inconnue"):
        compute_gir(grid() | {"sommeil": "A"})


@given(st.fixed_dictionaries({v: st.sampled_from("ABC") for v in DISCRIMINANT_VARIABLES}))
def test_every_grid_gets_a_gir_and_the_last_two_variables_never_matter(
    answers: dict[str, str]
) -> None:
    result = compute_gir(answers)
    assert 1 <= result.gir <= 6 and RANK_TO_GIR[result.rank] == result.gir
    for outdoor in "ABC":
        for remote in "ABC":
            other = answers | {"deplacements_exterieurs": outdoor, "communication": remote}
            assert compute_gir(other) == result
