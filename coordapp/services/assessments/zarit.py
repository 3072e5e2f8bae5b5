"""The Zarit caregiver burden interview: full 22-item form and 4-item screening form.

Full form: 22 items scored 0–4, total 0–88, bands ≤ 20 little or no burden, 21–40 light
to moderate, 41–60 moderate to severe, > 60 severe.

Screening form: the 4-item version of Bédard et al. (The Gerontologist 2001;41:652),
entered as its four answers (0–4 each, total 0–16); a total of 8 or more is read as a
probable high burden calling for the full interview. The items are stored as a list of
4 in ``Assessment.zarit_items``; the length tells the form.

Mini-Zarit: the 7-item form widely used in French practice (Revel et al., the « mini
échelle du fardeau » of the French memory networks), each answered jamais / parfois /
souvent and scored 0 / ½ / 1, total 0–7. Bands as printed on the form: below 2 burden
absent or light, 2 to 3.5 light to moderate, 4 to 5.5 moderate to severe, 6 and over
severe. Its items are stored as their scores (0, 0.5 or 1) in a list of 7; its total
has half points, so ``Assessment.zarit_total`` (whole points) stays empty and the score
is computed from the items (:attr:`ZaritResult.score`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput

FULL_ITEMS = 22
SHORT_ITEMS = 4
MINI_ITEMS = 7
SHORT_FORM_THRESHOLD = 8

FULL = "full"
SHORT = "short"
MINI = "mini"

#: The mini-Zarit's questions, in order (the first three share the stem « Le fait de
#: vous occuper de votre proche entraîne-t-il… »).
MINI_QUESTIONS: tuple[str, ...] = (
    "Le fait de vous occuper de votre proche entraîne-t-il des difficultés dans votre vie "
    "familiale ?",
    "… des difficultés dans vos relations avec vos amis, vos loisirs ou votre travail ?",
    "… un retentissement sur votre santé (physique et/ou psychique) ?",
    "Avez-vous le sentiment de ne plus reconnaître votre proche ?",
    "Avez-vous peur pour l'avenir de votre proche ?",
    "Souhaitez-vous être (davantage) aidé(e) pour vous occuper de votre proche ?",
    "Ressentez-vous une charge en vous occupant de votre proche ?",
)
#: Answer word -> score (jamais 0, parfois ½, souvent 1).
MINI_ANSWERS: dict[str, float] = {"jamais": 0.0, "parfois": 0.5, "souvent": 1.0}
#: Lower bound of each mini-Zarit band (inclusive), highest first, with code and label.
MINI_BANDS: tuple[tuple[float, str, str], ...] = (
    (6.0, "severe", "fardeau sévère"),
    (4.0, "moderate_to_severe", "fardeau modéré à sévère"),
    (2.0, "light_to_moderate", "fardeau léger à modéré"),
    (0.0, "none_or_little", "fardeau absent ou léger"),
)

#: Upper bound of each band of the full form (inclusive), with its code and French label.
BANDS: tuple[tuple[int, str, str], ...] = (
    (20, "none_or_little", "fardeau absent ou léger"),
    (40, "light_to_moderate", "fardeau léger à modéré"),
    (60, "moderate_to_severe", "fardeau modéré à sévère"),
    (88, "severe", "fardeau sévère"),
)


@dataclass(frozen=True)
class ZaritResult:
    form: str  # "full", "short" or "mini"
    total: float  # whole points (full, short), half points possible (mini)
    band: str  # band code (full form) or "screening_positive" / "screening_negative"
    label: str  # French wording of the band

    @property
    def maximum(self) -> int:
        return {FULL: 88, SHORT: 16, MINI: 7}[self.form]

    @property
    def display(self) -> str:
        """« 45/88 », « 3,5/7 »: the total as French readers write it."""
        text = f"{self.total:g}".replace(".", ",")
        return f"{text}/{self.maximum}"

    @property
    def high_burden(self) -> bool:
        """Moderate-to-severe or severe (full form), or a positive screening."""
        return self.band in ("moderate_to_severe", "severe", "screening_positive")


def _mini_items(raw: Sequence[Any]) -> list[float]:
    items: list[float] = []
    for position, value in enumerate(raw, 1):
        text = str(value).strip().lower().replace(",", ".")
        found = MINI_ANSWERS.get(text)
        if found is None:
            try:
                found = float(text)
            except ValueError:
                found = -1.0
        if found not in MINI_ANSWERS.values():
            raise InvalidInput(
                f"Mini-Zarit, question {position} : réponse {value!r} invalide (jamais = 0, "
                "parfois = 0,5, souvent = 1).", "zarit_items")
        items.append(found)
    return items


def clean_items(raw: Any) -> list[Any]:
    """The answers: 22 (full form) or 4 (screening) integers 0–4, 7 mini-Zarit scores
    (0, 0.5, 1, or the words jamais/parfois/souvent), or none."""
    if raw in (None, ""):
        return []
    if isinstance(raw, str):
        # « 1, 2; 3 »; mini-Zarit answers as words (« jamais, parfois… ») or 0.5.
        raw = [part for part in raw.replace(";", ",").split(",") if part.strip()]
    if not isinstance(raw, Sequence):
        raise InvalidInput("Zarit : liste de réponses attendue.", "zarit_items")
    if len(raw) == MINI_ITEMS:
        return _mini_items(raw)
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
            f"Zarit : {len(items)} réponses ; attendu 22 (grille complète), 7 (mini-Zarit) "
            "ou 4 (version courte de dépistage).",
            "zarit_items",
        )
    return items


def band_of(total: int) -> tuple[str, str]:
    """The full-form band (code, French label) of a 0–88 total."""
    if not 0 <= total <= 88:
        raise InvalidInput("Zarit : le total doit être compris entre 0 et 88.", "zarit_items")
    return next((code, label) for upper, code, label in BANDS if total <= upper)


def mini_band(total: float) -> tuple[str, str]:
    """The mini-Zarit band (code, French label) of a 0–7 total."""
    if not 0 <= total <= MINI_ITEMS:
        raise InvalidInput("Mini-Zarit : le total doit être compris entre 0 et 7.",
                           "zarit_items")
    return next((code, label) for lower, code, label in MINI_BANDS if total >= lower)


def score(items: Sequence[Any]) -> ZaritResult | None:
    """Total and band of validated answers; None when the interview was not done."""
    items = clean_items(list(items))
    if not items:
        return None
    if len(items) == MINI_ITEMS:
        mini_total = float(sum(items))
        code, label = mini_band(mini_total)
        return ZaritResult(MINI, mini_total, code, label)
    total = sum(items)
    if len(items) == SHORT_ITEMS:
        if total >= SHORT_FORM_THRESHOLD:
            return ZaritResult(SHORT, total, "screening_positive",
                               "dépistage positif : fardeau probablement élevé")
        return ZaritResult(SHORT, total, "screening_negative", "dépistage négatif")
    code, label = band_of(total)
    return ZaritResult(FULL, total, code, label)
