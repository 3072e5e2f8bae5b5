"""The AGGIR grid and the official algorithm that turns it into a GIR (1–6).

Source of the tables below: Code de l'action sociale et des familles, annexe 2-2
(« Algorithme de la grille AGGIR », art. R. 232-3), the consolidated text of the
algorithm first published as annex II of décret n° 97-427 du 28 avril 1997. Read from
the Legifrance mirror ``etalab/codes-juridiques-francais``
(``codes-en-vigueur/code-de-l-action-sociale-et-des-familles/annexe/article-annexe-2-2.md``).

Checked against two open implementations: ``DSAGRO3F/Care_link``
(``app/services/aggir/calculator.py``, identical tables) and ``LWH-21/Pampa`` (identical
except two rows that are visibly broken there: group D "B" values shifted, group H "B"
values missing). The 1997 decree text as mirrored in ``etalab/lois-non-codifiees-et-
reglements-francais`` differs in group F only (déplacement intérieur C 500, déplacement
extérieur C 200, cohérence B 0); we follow the consolidated CASF annex, which is the text
in force and agrees with both implementations.

How it works: each variable is coded A, B or C. For group A, B, … H in turn, the values
of the C and B answers are summed; the first group whose sum reaches one of its
thresholds gives a rank (1–13); ranks map to GIR 1–6. Only the first eight discriminant
variables carry non-zero values (déplacements à l'extérieur and communication à
distance are discriminant but weigh 0 everywhere); the seven illustrative variables
never enter the calculation.

The 2008 guide splits some variables into sub-variables (e.g. toilette haut/bas); this
module takes the composite A/B/C of each variable as the evaluator codes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput

#: The ten discriminant variables, in the order of the national grid (codes as stored).
DISCRIMINANT_VARIABLES: tuple[str, ...] = (
    "coherence", "orientation", "toilette", "habillage", "alimentation", "elimination",
    "transferts", "deplacements_interieurs", "deplacements_exterieurs", "communication",
)
#: The seven illustrative variables (domestic and social autonomy), never in the GIR.
ILLUSTRATIVE_VARIABLES: tuple[str, ...] = (
    "gestion", "cuisine", "menage", "transports", "achats", "suivi_traitement",
    "activites_temps_libre",
)
ALL_VARIABLES = DISCRIMINANT_VARIABLES + ILLUSTRATIVE_VARIABLES

LABELS: dict[str, str] = {
    "coherence": "Cohérence",
    "orientation": "Orientation",
    "toilette": "Toilette",
    "habillage": "Habillage",
    "alimentation": "Alimentation",
    "elimination": "Élimination",
    "transferts": "Transferts",
    "deplacements_interieurs": "Déplacements à l'intérieur",
    "deplacements_exterieurs": "Déplacements à l'extérieur",
    "communication": "Communication à distance",
    "gestion": "Gestion",
    "cuisine": "Cuisine",
    "menage": "Ménage",
    "transports": "Transports",
    "achats": "Achats",
    "suivi_traitement": "Suivi du traitement",
    "activites_temps_libre": "Activités de temps libre",
}

MODALITIES = ("A", "B", "C")

# Values (C, B) of each variable, group by group (CASF annexe 2-2). Variables absent
# from a group weigh 0 in it (déplacements extérieurs and communication: 0 everywhere).
_V = tuple[int, int]
COEFFICIENTS: dict[str, dict[str, _V]] = {
    "A": {"coherence": (2000, 0), "orientation": (1200, 0), "toilette": (40, 16),
          "habillage": (40, 16), "alimentation": (60, 20), "elimination": (100, 16),
          "transferts": (800, 120), "deplacements_interieurs": (200, 32)},
    "B": {"coherence": (1500, 320), "orientation": (1200, 120), "toilette": (40, 16),
          "habillage": (40, 16), "alimentation": (60, 0), "elimination": (100, 16),
          "transferts": (800, 120), "deplacements_interieurs": (-80, -40)},
    "C": {"coherence": (0, 0), "orientation": (0, 0), "toilette": (40, 16),
          "habillage": (40, 16), "alimentation": (60, 20), "elimination": (160, 20),
          "transferts": (1000, 200), "deplacements_interieurs": (400, 40)},
    "D": {"coherence": (0, 0), "orientation": (0, 0), "toilette": (0, 0),
          "habillage": (0, 0), "alimentation": (2000, 200), "elimination": (400, 200),
          "transferts": (2000, 200), "deplacements_interieurs": (200, 0)},
    "E": {"coherence": (400, 0), "orientation": (400, 0), "toilette": (400, 100),
          "habillage": (400, 100), "alimentation": (400, 100), "elimination": (800, 100),
          "transferts": (800, 100), "deplacements_interieurs": (200, 0)},
    "F": {"coherence": (200, 100), "orientation": (200, 100), "toilette": (500, 100),
          "habillage": (500, 100), "alimentation": (500, 100), "elimination": (500, 100),
          "transferts": (500, 100), "deplacements_interieurs": (200, 0)},
    "G": {"coherence": (150, 0), "orientation": (150, 0), "toilette": (300, 200),
          "habillage": (300, 200), "alimentation": (500, 200), "elimination": (500, 200),
          "transferts": (400, 200), "deplacements_interieurs": (200, 100)},
    "H": {"coherence": (0, 0), "orientation": (0, 0), "toilette": (3000, 2000),
          "habillage": (3000, 2000), "alimentation": (3000, 2000), "elimination": (3000, 2000),
          "transferts": (1000, 2000), "deplacements_interieurs": (1000, 1000)},
}

#: Group -> (minimum sum, rank), highest threshold first; below every threshold of a
#: group, the next group is tested. Group H always gives a rank (13 below 2 000).
THRESHOLDS: dict[str, tuple[tuple[int, int], ...]] = {
    "A": ((4380, 1), (4140, 2), (3390, 3)),
    "B": ((2016, 4),),
    "C": ((1700, 5), (1432, 6)),
    "D": ((2400, 7),),
    "E": ((1200, 8),),
    "F": ((800, 9),),
    "G": ((650, 10),),
    "H": ((4000, 11), (2000, 12), (-10**9, 13)),
}

#: "Passage des rangs aux groupes".
RANK_TO_GIR: dict[int, int] = {1: 1, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 3, 9: 3,
                               10: 4, 11: 4, 12: 5, 13: 6}


@dataclass(frozen=True)
class GirResult:
    gir: int
    rank: int
    group: str  # the algorithm group (A–H) that gave the rank
    score: int  # that group's sum


def group_score(grid: Mapping[str, str], group: str) -> int:
    """The sum of one group's values for the C and B answers of ``grid``."""
    total = 0
    for variable, (c_value, b_value) in COEFFICIENTS[group].items():
        answer = grid.get(variable)
        if answer == "C":
            total += c_value
        elif answer == "B":
            total += b_value
    return total


def compute_gir(grid: Mapping[str, str]) -> GirResult:
    """The GIR of a complete grid (the ten discriminant variables coded A, B or C)."""
    clean = clean_grid(grid, require_discriminant=True)
    for group, thresholds in THRESHOLDS.items():
        score = group_score(clean, group)
        for minimum, rank in thresholds:
            if score >= minimum:
                return GirResult(RANK_TO_GIR[rank], rank, group, score)
    raise AssertionError("group H always ranks")  # pragma: no cover


def clean_grid(raw: Mapping[str, Any], *, require_discriminant: bool = False) -> dict[str, str]:
    """Validated grid: known variables only, answers A/B/C (case and blanks ignored).

    Empty answers are dropped. With ``require_discriminant``, the ten discriminant
    variables must all be answered.
    """
    unknown = sorted(set(raw) - set(ALL_VARIABLES))
    if unknown:
        raise InvalidInput(f"Variable AGGIR inconnue : {unknown[0]}.", "aggir")
    clean: dict[str, str] = {}
    for variable in ALL_VARIABLES:
        value = raw.get(variable)
        text = str(value).strip().upper() if value is not None else ""
        if not text:
            continue
        if text not in MODALITIES:
            raise InvalidInput(
                f"AGGIR, « {LABELS[variable]} » : réponse {text!r} invalide (A, B ou C).",
                "aggir",
            )
        clean[variable] = text
    if require_discriminant:
        missing = [LABELS[v] for v in DISCRIMINANT_VARIABLES if v not in clean]
        if missing:
            raise InvalidInput(
                "Grille AGGIR incomplète : renseignez les 10 variables discriminantes "
                f"(manque : {', '.join(missing)}).",
                "aggir",
            )
    return clean
