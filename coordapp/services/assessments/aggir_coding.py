"""AGGIR coded as evaluators do since the 2008 guide: four adverbs, sub-variables, overrides.

Source: the « guide de remplissage de la grille nationale AGGIR » set by décret
n° 2008-821 du 21 août 2008 (JORF 23 août 2008), annex 2-1 of the Code de l'action
sociale et des familles (art. R. 232-3).

- **Adverbs.** Each variable is observed through four questions, one per adverb:
  does the person do it *spontanément* (without being prompted), *totalement* (the
  whole activity), *correctement* (quality, customs, safety) and *habituellement*
  (each time it is needed)? The guide's rule: yes to all four → A; no to all four → C;
  any other answer (one to three adverbs missing) → B (:func:`letter_from_adverbs`).
- **Sub-variables.** Four discriminant variables are coded through sub-variables and
  combined by the guide's tables (:data:`COMBINATIONS`):
  toilette (haut, bas): AA → A, CC → C, otherwise B;
  habillage (haut, moyen, bas): AAA → A, CCC → C, otherwise B;
  alimentation (se servir, manger): AA → A, CC, BC and CB → C, otherwise B;
  élimination (urinaire, fécale): AA → A, CC, BC, CB, AC and CA → C, otherwise B.
- **Override.** The coordinator may set another letter than the one derived (the
  evaluator's own grid says otherwise, a situation the adverbs do not capture): the
  letter is kept with its reason, both shown wherever the grid is.

What the sources at hand confirm, and what they do not (checked again for this note):

- The adverbs rule is confirmed by the account of the guide's publication in
  *Actualités sociales hebdomadaires* n° 2570 (« Un nouveau guide de remplissage de la
  grille AGGIR est publié », ash.tm.fr): four positive answers → A, four negative → C,
  one to three negative → B. The same account says the guide splits cohérence
  (communication, comportement) and orientation (dans l'espace, dans le temps).
- The text of the guide itself could not be read: the CASF annex 2-1 as mirrored from
  Legifrance (``etalab/codes-juridiques-francais``, ``annexe/article-annexe-2-1.md``)
  prints it as « Guide non reproduit, consulter le fac-similé », and no official copy
  (Journal officiel fac-similé, CNSA or ministry page) was found in the sources at hand.
- The combination tables above are therefore **not confirmed by an official text**. One
  open implementation agrees with them: ``DSAGRO3F/Care_link``
  (``backend/app/services/aggir/calculator.py``, ``combiner_sous_variables_*``) gives
  the same toilette, habillage and élimination tables, and documents the same
  alimentation table (AA → A; BC, CB, CC → C; otherwise B) -- though its code also turns
  AC and CA into C, contradicting its own docstring; we keep the documented table.
  It combines cohérence and orientation as « AA → A, any C → C, otherwise B », a rule
  this note cannot trace to the guide: those two variables stay coded directly (four
  adverbs on the variable), as the 1997 grid did, rather than on an unchecked rule.

Stored in ``Assessment.aggir_detail`` as::

    {"adverbs": {unit: ["spontanement", "totalement", ...]},   # ticked ones only
     "overrides": {variable: {"letter": "B", "reason": "..."}}}

A unit is a sub-variable (``toilette_haut``…) or a variable without sub-variables.
Grids recorded before (letters only) have no detail and are read as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput
from coordapp.services.assessments.aggir import ALL_VARIABLES, LABELS, MODALITIES

#: The four adverbs, in the guide's order (S, T, C, H), with their French wording.
ADVERBS: tuple[str, ...] = ("spontanement", "totalement", "correctement", "habituellement")
ADVERB_LABELS: dict[str, str] = {
    "spontanement": "Spontanément", "totalement": "Totalement",
    "correctement": "Correctement", "habituellement": "Habituellement",
}

#: Variable -> its sub-variables (2008 guide), in the order of the grid.
SUBVARIABLES: dict[str, tuple[str, ...]] = {
    "toilette": ("toilette_haut", "toilette_bas"),
    "habillage": ("habillage_haut", "habillage_moyen", "habillage_bas"),
    "alimentation": ("alimentation_se_servir", "alimentation_manger"),
    "elimination": ("elimination_urinaire", "elimination_fecale"),
}
SUBVARIABLE_LABELS: dict[str, str] = {
    "toilette_haut": "Toilette du haut", "toilette_bas": "Toilette du bas",
    "habillage_haut": "Habillage du haut", "habillage_moyen": "Habillage moyen",
    "habillage_bas": "Habillage du bas",
    "alimentation_se_servir": "Se servir", "alimentation_manger": "Manger",
    "elimination_urinaire": "Élimination urinaire", "elimination_fecale": "Élimination fécale",
}

#: Combinations of sub-variable letters that give C besides "all C" (the guide's tables);
#: "all A" gives A, every other combination gives B.
COMBINATIONS: dict[str, frozenset[str]] = {
    "toilette": frozenset(),
    "habillage": frozenset(),
    "alimentation": frozenset({"BC", "CB"}),
    "elimination": frozenset({"BC", "CB", "AC", "CA"}),
}


def units_of(variable: str) -> tuple[str, ...]:
    """What is observed for ``variable``: its sub-variables, or the variable itself."""
    return SUBVARIABLES.get(variable, (variable,))


ALL_UNITS: tuple[str, ...] = tuple(u for var in ALL_VARIABLES for u in units_of(var))
_UNIT_VARIABLE = {u: var for var in ALL_VARIABLES for u in units_of(var)}


def unit_label(unit: str) -> str:
    return SUBVARIABLE_LABELS.get(unit) or LABELS[unit]


def letter_from_adverbs(ticked: Sequence[str]) -> str:
    """The guide's rule: all four adverbs → A, none → C, otherwise B."""
    count = len(set(ticked) & set(ADVERBS))
    return "A" if count == len(ADVERBS) else "C" if count == 0 else "B"


def combine(variable: str, letters: Sequence[str]) -> str:
    """The variable's letter from its sub-variables' letters, in grid order."""
    word = "".join(letters)
    if len(word) != len(SUBVARIABLES[variable]) or set(word) - set(MODALITIES):
        raise InvalidInput(f"AGGIR, « {LABELS[variable]} » : sous-variables incomplètes.",
                           "aggir_detail")
    if set(word) == {"A"}:
        return "A"
    if set(word) == {"C"} or word in COMBINATIONS[variable]:
        return "C"
    return "B"


@dataclass(frozen=True)
class VariableCoding:
    """How one variable's letter was obtained."""

    variable: str
    units: dict[str, list[str]]  # unit -> adverbs ticked
    unit_letters: dict[str, str]  # unit -> letter derived from its adverbs
    derived: str  # the letter the guide's rules give
    letter: str  # the letter kept (the override's, or the derived one)
    override_reason: str | None


def clean_detail(raw: Any) -> dict[str, Any]:
    """Validated detail: known units and adverbs, overrides with a letter and a reason."""
    if raw in (None, ""):
        return {}
    if not isinstance(raw, Mapping) or set(raw) - {"adverbs", "overrides"}:
        raise InvalidInput("Détail AGGIR : {\"adverbs\": …, \"overrides\": …} attendu.",
                           "aggir_detail")
    adverbs_raw = raw.get("adverbs") or {}
    overrides_raw = raw.get("overrides") or {}
    if not isinstance(adverbs_raw, Mapping) or not isinstance(overrides_raw, Mapping):
        raise InvalidInput("Détail AGGIR : adverbes et forçages par variable attendus.",
                           "aggir_detail")
    adverbs: dict[str, list[str]] = {}
    for unit, ticked in adverbs_raw.items():
        if unit not in _UNIT_VARIABLE:
            raise InvalidInput(f"AGGIR : variable ou sous-variable inconnue : {unit}.",
                               "aggir_detail")
        if isinstance(ticked, str):
            ticked = [t.strip() for t in ticked.split(",") if t.strip()]
        bad = sorted(set(ticked) - set(ADVERBS))
        if bad:
            raise InvalidInput(f"AGGIR, « {unit_label(unit)} » : adverbe inconnu {bad[0]!r} "
                               "(spontanement, totalement, correctement, habituellement).",
                               "aggir_detail")
        adverbs[unit] = [a for a in ADVERBS if a in ticked]
    overrides: dict[str, dict[str, str]] = {}
    for variable, override in overrides_raw.items():
        if variable not in ALL_VARIABLES or not isinstance(override, Mapping):
            raise InvalidInput(f"AGGIR : forçage d'une variable inconnue : {variable}.",
                               "aggir_detail")
        letter = str(override.get("letter") or "").strip().upper()
        reason = str(override.get("reason") or "").strip()
        if letter not in MODALITIES:
            raise InvalidInput(f"AGGIR, « {LABELS[variable]} » : lettre forcée A, B ou C.",
                               "aggir_detail")
        if not reason:
            raise InvalidInput(f"AGGIR, « {LABELS[variable]} » : indiquez le motif du "
                               f"forçage en {letter}.", "aggir_detail")
        overrides[variable] = {"letter": letter, "reason": reason[:300]}
    detail: dict[str, Any] = {}
    if adverbs:
        detail["adverbs"] = {u: adverbs[u] for u in ALL_UNITS if u in adverbs}
    if overrides:
        detail["overrides"] = {v: overrides[v] for v in ALL_VARIABLES if v in overrides}
    return detail


def codings(detail: Mapping[str, Any] | None) -> dict[str, VariableCoding]:
    """Variable -> its coding, for every variable whose units are all observed."""
    detail = detail or {}
    adverbs: Mapping[str, list[str]] = detail.get("adverbs") or {}
    overrides: Mapping[str, Mapping[str, str]] = detail.get("overrides") or {}
    found: dict[str, VariableCoding] = {}
    for variable in ALL_VARIABLES:
        units = units_of(variable)
        if not all(u in adverbs for u in units):
            continue
        letters = {u: letter_from_adverbs(adverbs[u]) for u in units}
        derived = (combine(variable, [letters[u] for u in units])
                   if variable in SUBVARIABLES else letters[variable])
        override = overrides.get(variable)
        found[variable] = VariableCoding(
            variable, {u: list(adverbs[u]) for u in units}, letters, derived,
            override["letter"] if override else derived,
            override["reason"] if override else None)
    return found


def grid_from_detail(detail: Mapping[str, Any] | None) -> dict[str, str]:
    """The letters the detail gives (overrides applied), for the variables it codes."""
    return {var: coding.letter for var, coding in codings(detail).items()}


def merge_letters(letters: Mapping[str, str], detail: Mapping[str, Any]) -> dict[str, str]:
    """Letters typed directly, completed by the detail; a typed letter that contradicts
    the adverbs without an override is refused (the grid would say two things)."""
    derived = grid_from_detail(detail)
    overridden = set(detail.get("overrides") or {})
    for variable, letter in letters.items():
        if variable in derived and derived[variable] != letter:
            raise InvalidInput(
                f"AGGIR, « {LABELS[variable]} » : la lettre {letter} ne correspond pas aux "
                f"adverbes cochés ({derived[variable]}) ; forcez-la en indiquant un motif.",
                "aggir")
    missing = overridden - set(derived)
    if missing:
        variable = next(v for v in ALL_VARIABLES if v in missing)
        raise InvalidInput(f"AGGIR, « {LABELS[variable]} » : un forçage suppose les adverbes "
                           "de la variable cochés (ou non) au préalable.", "aggir_detail")
    return {var: derived.get(var) or letters[var] for var in ALL_VARIABLES
            if var in derived or var in letters}


def coding_json(detail: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The coding as ``patient show`` prints it: per variable, adverbs, sub-variables,
    derived and kept letters, override reason. None for a letters-only grid."""
    found = codings(detail)
    if not found:
        return None
    out: dict[str, Any] = {}
    for variable, c in found.items():
        entry: dict[str, Any] = {"letter": c.letter, "derived": c.derived}
        if variable in SUBVARIABLES:
            entry["subvariables"] = {u: {"adverbs": c.units[u], "letter": c.unit_letters[u]}
                                     for u in units_of(variable)}
        else:
            entry["adverbs"] = c.units[variable]
        if c.override_reason:
            entry["override_reason"] = c.override_reason
        out[variable] = entry
    return out
