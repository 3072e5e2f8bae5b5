"""Turning raw patient input (CLI, JSON, forms) into validated column values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from coordapp import validation as v
from coordapp.errors import InvalidInput
from coordapp.models import (
    ClosureReason,
    IdentityDocument,
    LegalProtection,
    LivingSituation,
    PatientStatus,
)
from coordapp.text_input import clean_text

Cleaner = Callable[[Any], Any]


def _text(max_len: int, *, required: bool = False, field: str = "") -> Cleaner:
    def clean(value: Any) -> str | None:
        text = " ".join(str(value).split()) if value is not None else ""
        if not text:
            if required:
                raise InvalidInput(f"Le champ « {LABELS.get(field, field)} » est obligatoire.",
                                   field)
            return None
        if len(text) > max_len:
            raise InvalidInput(
                f"Le champ « {LABELS.get(field, field)} » dépasse {max_len} caractères.", field
            )
        return text

    return clean


def _long_text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _choice(field: str, choices: type[Any]) -> Cleaner:
    allowed = [c.value for c in choices]

    def clean(value: Any) -> str | None:
        if value in (None, ""):
            return None
        text = str(value).strip()
        if text not in allowed:
            raise InvalidInput(
                f"Valeur inconnue pour « {LABELS.get(field, field)} » : {text!r} "
                f"(valeurs possibles : {', '.join(allowed)}).",
                field,
            )
        return text

    return clean


def _optional(cleaner: Callable[[str], Any]) -> Cleaner:
    def clean(value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return cleaner(value)

    return clean


def _date(field: str) -> Cleaner:
    def clean(value: Any) -> dt.date | None:
        if value in (None, ""):
            return None
        try:
            return v.parse_date(value)
        except v.ValidationError as exc:
            raise InvalidInput(f"{LABELS.get(field, field)} : {exc.message}", field) from exc

    return clean


def _nir(value: Any) -> str | None:
    if value in (None, ""):
        return None
    normalized, _warnings = v.validate_nir(str(value))
    return normalized


def _ald(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    return [" ".join(str(item).split()) for item in items if str(item).strip()]


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "0", "false", "non", "no"):
        return False
    if text in ("1", "true", "oui", "yes"):
        return True
    raise InvalidInput(f"Valeur inattendue : {value!r} (attendu : oui ou non).")


def _identity_status(value: Any) -> str:
    return v.validate_identity_status(str(value or "PROV").strip().upper())


LABELS = {
    "family_name": "nom de naissance",
    "given_names": "prénoms de naissance",
    "birth_date": "date de naissance",
    "sex": "sexe",
    "birth_place_code": "lieu de naissance (code INSEE)",
    "nir": "NIR",
    "identity_status": "statut de l'identité",
    "identity_document": "pièce d'identité contrôlée",
    "identity_checked_on": "date du contrôle de l'identité",
    "used_name": "nom utilisé",
    "used_given_name": "prénom utilisé",
    "phone": "téléphone",
    "phone_alt": "autre téléphone",
    "email": "courriel",
    "address": "adresse",
    "postal_code": "code postal",
    "city": "commune",
    "gp_id": "médecin traitant",
    "ald": "ALD",
    "living_situation": "mode de vie",
    "legal_protection": "mesure de protection",
    "trusted_person": "personne de confiance",
    "situation_notes": "notes sur la situation",
    "languages": "langues parlées",
    "interpreter_needed": "interprète nécessaire",
    "status": "statut du dossier",
    "referent_id": "coordinateur référent",
    "opened_on": "date d'inclusion",
    "closed_on": "date de clôture",
    "closure_reason": "motif de clôture",
}

CLEANERS: dict[str, Cleaner] = {
    "family_name": _text(120, required=True, field="family_name"),
    "given_names": _text(200, required=True, field="given_names"),
    "birth_date": lambda value: v.validate_birth_date(value),
    "sex": lambda value: v.validate_sex(str(value)),
    "birth_place_code": _optional(v.validate_birth_place_code),
    "nir": _nir,
    "identity_status": _identity_status,
    "identity_document": _choice("identity_document", IdentityDocument),
    "identity_checked_on": _date("identity_checked_on"),
    "used_name": _text(120, field="used_name"),
    "used_given_name": _text(80, field="used_given_name"),
    "phone": _optional(v.validate_phone),
    "phone_alt": _optional(v.validate_phone),
    "email": _optional(v.validate_email),
    "address": _text(300, field="address"),
    "postal_code": _optional(v.validate_postal_code),
    "city": _text(120, field="city"),
    "gp_id": _text(36, field="gp_id"),
    "ald": _ald,
    "living_situation": _choice("living_situation", LivingSituation),
    "legal_protection": _choice("legal_protection", LegalProtection),
    "trusted_person": _long_text,
    "situation_notes": _long_text,
    "languages": _ald,  # the same shape: a list, or names separated by commas
    "interpreter_needed": _flag,
    "status": _choice("status", PatientStatus),
    "referent_id": _text(36, field="referent_id"),
    "opened_on": _date("opened_on"),
    "closed_on": _date("closed_on"),
    "closure_reason": _choice("closure_reason", ClosureReason),
}

REQUIRED_ON_CREATE = ("family_name", "given_names", "birth_date", "sex")


def clean_patient_values(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validated column values for the keys present in ``raw``; unknown keys refused."""
    unknown = sorted(set(raw) - set(CLEANERS))
    if unknown:
        raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)}.", unknown[0])
    cleaned: dict[str, Any] = {}
    for key, value in raw.items():
        _check_type(key, value)
        if isinstance(value, str):  # refused before any cleaner folds it into a space
            value = clean_text(value, field=key, label=LABELS.get(key),
                               free=key in FREE_TEXT_FIELDS)
        try:
            cleaned[key] = CLEANERS[key](value)
        except InvalidInput as exc:
            if exc.field in (key, None) or key not in LABELS:
                raise
            # A shared check (phone, date) names its own kind: name the field it was for.
            raise InvalidInput(exc.message, key) from exc
    return cleaned


def _check_type(key: str, value: Any) -> None:
    """JSON gives numbers, lists and objects too: only text (for ALD and languages, a list
    of texts; for a yes/no field, true or false) is accepted, never turned into text by
    accident (``['A']``, ``19410312``)."""
    label = LABELS.get(key, key)
    if key in FLAG_FIELDS and isinstance(value, bool):
        return
    if key in LIST_FIELDS:
        if value is None or isinstance(value, str):
            return
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return
        raise InvalidInput(f"Le champ « {label} » doit être une liste de textes.", key)
    if value is None or isinstance(value, str):
        return
    if isinstance(value, dt.date) and (key in DATE_FIELDS or key.endswith("_on")):
        return
    raise InvalidInput(f"Le champ « {label} » doit être un texte (entre guillemets en "
                       "JSON).", key)


DATE_FIELDS = frozenset({"birth_date", "opened_on", "closed_on"})
LIST_FIELDS = frozenset({"ald", "languages"})
FLAG_FIELDS = frozenset({"interpreter_needed"})
FREE_TEXT_FIELDS = frozenset({"trusted_person", "situation_notes"})


def check_case_rules(values: Mapping[str, Any]) -> None:
    """Rules across fields, on the full set of values a patient would have."""
    for key in REQUIRED_ON_CREATE:
        if values.get(key) in (None, ""):
            raise InvalidInput(f"Le champ « {LABELS[key]} » est obligatoire.", key)
    if values.get("status") == PatientStatus.CLOSED and not values.get("closure_reason"):
        raise InvalidInput("Indiquez le motif de clôture du dossier.", "closure_reason")
    check_identity_traits(values)
    opened, closed = values.get("opened_on"), values.get("closed_on")
    if opened and closed and closed < opened:
        raise InvalidInput("La date de clôture précède la date d'inclusion.", "closed_on")


#: Identity statuses that rest on the national INS record (INSi): they need every
#: strict trait of the INS (référentiel national d'identitovigilance, ANS).
INS_STATUSES = {"RECUP": "récupérée (RECUP)", "QUAL": "qualifiée (QUAL)"}


def check_identity_traits(values: Mapping[str, Any]) -> None:
    """RECUP and QUAL need a NIR (or NIA), a known sex, the birth date and birth place."""
    status = values.get("identity_status")
    if status not in INS_STATUSES:
        return
    missing = [(field, text) for field, text, ok in (
        ("nir", "le NIR ou NIA", bool(values.get("nir"))),
        ("sex", "le sexe (F ou M)", values.get("sex") in ("F", "M")),
        ("birth_date", "la date de naissance", bool(values.get("birth_date"))),
        ("birth_place_code", "le lieu de naissance (code INSEE)",
         bool(values.get("birth_place_code"))),
    ) if not ok]
    if missing:
        raise InvalidInput(
            f"Une identité {INS_STATUSES[status]} suppose les traits de l'INS : renseignez "
            f"{', '.join(text for _field, text in missing)}.", missing[0][0])


def nir_warnings(values: Mapping[str, Any]) -> list[v.ValidationWarning]:
    """Soft checks of the NIR against sex and birth date."""
    nir = values.get("nir")
    if not nir:
        return []
    _normalized, warnings = v.validate_nir(
        nir, sex=values.get("sex"), birth_date=values.get("birth_date")
    )
    return warnings
