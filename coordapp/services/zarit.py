"""The Zarit caregiver burden interview: full 22-item form and 4-item screening form.

Full form: 22 items scored 0–4, total 0–88, bands ≤ 20 little or no burden, 21–40 light
to moderate, 41–60 moderate to severe, > 60 severe.

Screening form: the 4-item version of Bédard et al. (The Gerontologist 2001;41:652),
entered as its four answers (0–4 each, total 0–16); a total of 8 or more is read as a
probable high burden calling for the full interview. The items are stored as a list of
4 in ``Assessment.zarit_items``; the length tells the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput

FULL_ITEMS = 22
SHORT_ITEMS = 4
SHORT_FORM_THRESHOLD = 8

FULL = "full"
SHORT = "short"

#: Upper bound of each band of the full form (inclusive), with its code and French label.
BANDS: tuple[tuple[int, str, str], ...] = (
    (20, "none_or_little", "fardeau absent ou léger"),
    (40, "light_to_moderate", "fardeau léger à modéré"),
    (60, "moderate_to_severe", "fardeau modéré à sévère"),
    (88, "severe", "fardeau sévère"),
)


@dataclass(frozen=True)
class ZaritResult:
    form: str  # "full" or "short"
    total: int
    band: str  # band code (full form) or "screening_positive" / "screening_negative"
    label: str  # French wording of the band

    @property
    def high_burden(self) -> bool:
        """Moderate-to-severe or severe (full form), or a positive screening."""
        return self.band in ("moderate_to_severe", "severe", "screening_positive")


def clean_items(raw: Any) -> list[int]:
    """The answers as a list of 0–4 integers: 22 (full form), 4 (screening) or none."""
    if raw in (None, ""):
        return []
    if isinstance(raw, str):
        raw = [part for part in raw.replace(";", ",").split(",") if part.strip()]
    if not isinstance(raw, Sequence):
        raise InvalidInput("Zarit : liste de réponses attendue.", "zarit_items")
    items: list[int] = []
    for position, value in enumerate(raw, 1):
        try:
            score = int(str(value).strip())
        except ValueError:
            score = -1
        if not 0 <= score <= 4:
            raise InvalidInput(
                f"Zarit, question {position} : réponse {value!r} invalide (0 à 4).",
                "zarit_items",
            )
        items.append(score)
    if items and len(items) not in (FULL_ITEMS, SHORT_ITEMS):
        raise InvalidInput(
            f"Zarit : {len(items)} réponses ; attendu 22 (grille complète) ou 4 (version "
            "courte de dépistage).",
            "zarit_items",
        )
    return items


def band_of(total: int) -> tuple[str, str]:
    """The full-form band (code, French label) of a 0–88 total."""
    if not 0 <= total <= 88:
        raise InvalidInput("Zarit : le total doit être compris entre 0 et 88.", "zarit_items")
    return next((code, label) for upper, code, label in BANDS if total <= upper)


def score(items: Sequence[int]) -> ZaritResult | None:
    """Total and band of validated answers; None when the interview was not done."""
    items = clean_items(list(items))
    if not items:
        return None
    total = sum(items)
    if len(items) == SHORT_ITEMS:
        if total >= SHORT_FORM_THRESHOLD:
            return ZaritResult(SHORT, total, "screening_positive",
                               "dépistage positif : fardeau probablement élevé")
        return ZaritResult(SHORT, total, "screening_negative", "dépistage négatif")
    code, label = band_of(total)
    return ZaritResult(FULL, total, code, label)
