"""Validation and normalisation of identifiers and contact details typed by users.

Errors raise :class:`ValidationError` (French message); doubtful but acceptable
values return :class:`ValidationWarning` objects next to the normalised value.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from stdnum import luhn
from stdnum.fr import nir as stdnum_nir

from coordapp.errors import InvalidInput

__all__ = [
    "IDENTITY_STATUSES",
    "ValidationError",
    "ValidationWarning",
    "format_phone",
    "normalize_nir",
    "parse_date",
    "validate_adeli",
    "validate_birth_date",
    "validate_birth_place_code",
    "validate_email",
    "validate_finess",
    "validate_identity_status",
    "validate_nir",
    "validate_phone",
    "validate_postal_code",
    "validate_rpps",
    "validate_sex",
]


class ValidationError(InvalidInput, ValueError):
    """Refused input. `field` names the field (English key, e.g. "nir"), `message` is French."""

    field: str
    message: str

    def __init__(self, field: str, message: str) -> None:
        InvalidInput.__init__(self, message, field)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ValidationWarning:
    """Accepted but doubtful input; `message` is French."""

    field: str
    message: str


# Spaces (including non-breaking ones), dots and every kind of dash.
_SEPARATORS = re.compile(r"[\s.\-‐‑‒–—―−]")
_DIGITS = re.compile(r"[0-9]+")

# --- NIR / NIA -----------------------------------------------------------------------

_NIR_SHAPE = re.compile(r"[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}")
_NIR_SEX_DIGITS = {"1": "M", "3": "M", "7": "M", "2": "F", "4": "F", "8": "F"}


def normalize_nir(value: str) -> str:
    """Strip spaces, dots and dashes; uppercase (for 2A/2B)."""
    return _SEPARATORS.sub("", value).upper()


def validate_nir(
    value: str, *, sex: str | None = None, birth_date: datetime.date | None = None
) -> tuple[str, list[ValidationWarning]]:
    """Check a NIR or NIA (shape and mod-97 key); warn if sex or birth date disagree."""
    number = normalize_nir(value)
    if len(number) != 15:
        raise ValidationError(
            "nir", "Le NIR doit comporter 15 caractères (13 chiffres et une clé de 2 chiffres)."
        )
    if not _NIR_SHAPE.fullmatch(number):
        raise ValidationError(
            "nir", "Le NIR ne doit contenir que des chiffres (sauf 2A ou 2B pour la Corse)."
        )
    if number[0] not in _NIR_SEX_DIGITS:
        raise ValidationError("nir", "Le NIR doit commencer par 1, 2, 3, 4, 7 ou 8.")
    if stdnum_nir.calc_check_digits(number) != number[13:]:
        raise ValidationError("nir", "La clé du NIR ne correspond pas : vérifiez la saisie.")

    warnings: list[ValidationWarning] = []
    given_sex = (sex or "").strip().upper().replace("H", "M")
    if given_sex in ("M", "F") and given_sex != _NIR_SEX_DIGITS[number[0]]:
        warnings.append(
            ValidationWarning("nir", "Le sexe indiqué ne correspond pas au premier chiffre du NIR.")
        )
    if birth_date is not None:
        month = int(number[3:5])
        if int(number[1:3]) != birth_date.year % 100:
            warnings.append(
                ValidationWarning("nir", "L'année de naissance ne correspond pas à celle du NIR.")
            )
        elif 1 <= month <= 12 and month != birth_date.month:
            warnings.append(
                ValidationWarning("nir", "Le mois de naissance ne correspond pas à celui du NIR.")
            )
    return number, warnings


# --- INS identity ----------------------------------------------------------------------

IDENTITY_STATUSES = ("PROV", "RECUP", "VALI", "QUAL")
_BIRTH_PLACE = re.compile(r"(?:[0-9]{2}|2[AB])[0-9]{3}")


def validate_identity_status(value: str) -> str:
    """Return the INS identity status code, uppercased."""
    status = value.strip().upper()
    if status not in IDENTITY_STATUSES:
        raise ValidationError(
            "identity_status", "Statut d'identité inconnu : PROV, RECUP, VALI ou QUAL attendu."
        )
    return status


def validate_birth_place_code(value: str) -> str:
    """Return an INSEE commune code (2A/2B for Corsica) or a 99xxx country code."""
    code = _SEPARATORS.sub("", value).upper()
    if not _BIRTH_PLACE.fullmatch(code):
        raise ValidationError(
            "birth_place_code",
            "Le code du lieu de naissance doit être un code INSEE à 5 caractères "
            "(commune, ou 99 suivi du code du pays).",
        )
    return code


# --- Health professionals and facilities ---------------------------------------------


def _luhn_warning(field: str, label: str, number: str) -> list[ValidationWarning]:
    if luhn.is_valid(number):
        return []
    return [ValidationWarning(field, f"Numéro {label} inhabituel (clé de contrôle) : vérifiez-le.")]


def _digits_only(field: str, value: str, length: int, message: str) -> str:
    number = _SEPARATORS.sub("", value)
    if len(number) != length or not _DIGITS.fullmatch(number):
        raise ValidationError(field, message)
    return number


def validate_rpps(value: str) -> tuple[str, list[ValidationWarning]]:
    """11 digits; a failing Luhn key only warns (the rule is not officially published)."""
    number = _digits_only("rpps", value, 11, "Le numéro RPPS doit comporter 11 chiffres.")
    return number, _luhn_warning("rpps", "RPPS", number)


def validate_adeli(value: str) -> tuple[str, list[ValidationWarning]]:
    """9 digits; a failing Luhn key only warns."""
    number = _digits_only("adeli", value, 9, "Le numéro ADELI doit comporter 9 chiffres.")
    return number, _luhn_warning("adeli", "ADELI", number)


_FINESS = re.compile(r"(?:0[1-9]|[1-8][0-9]|9[0-57]|2[AB])[0-9]{7}")


def validate_finess(value: str) -> tuple[str, list[ValidationWarning]]:
    """Département (01-95, 2A, 2B, 97x) then digits; Luhn warns (skipped for 2A/2B)."""
    number = _SEPARATORS.sub("", value).upper()
    if not _FINESS.fullmatch(number):
        raise ValidationError(
            "finess",
            "Le numéro FINESS doit comporter 9 caractères : "
            "le département (ex. 75, 2A, 971) puis des chiffres.",
        )
    if number[1] in "AB":
        return number, []
    return number, _luhn_warning("finess", "FINESS", number)


# --- Phone numbers ---------------------------------------------------------------------

_PHONE_ERROR = "Numéro de téléphone invalide : 10 chiffres commençant par 0, ou au format +33."
# French-plan prefixes (after the leading 0) of the overseas departments, and their country code.
_OVERSEAS_PREFIXES = {
    "262": 262, "263": 262, "692": 262, "693": 262,  # La Réunion
    "269": 262, "639": 262,  # Mayotte
    "590": 590, "690": 590, "691": 590,  # Guadeloupe, Saint-Barthélemy, Saint-Martin
    "594": 594, "694": 594,  # Guyane
    "596": 596, "696": 596, "697": 596,  # Martinique
}  # fmt: skip
_FRENCH_PLAN_CODES = frozenset({33, *_OVERSEAS_PREFIXES.values()})
_NATIONAL = re.compile(r"0[1-9][0-9]{8}")


def _french_plan_e164(national_significant: str) -> str:
    """E.164 for a 9-digit number of the French numbering plan (overseas included)."""
    country = _OVERSEAS_PREFIXES.get(national_significant[:3], 33)
    return f"+{country}{national_significant}"


def validate_phone(value: str) -> str:
    """Return the E.164 form; any 0X XX XX XX XX number of the French plan is accepted."""
    text = value.strip()
    if text.startswith(("+", "00")):
        text = text.replace("(0)", "")
    compact = re.sub(r"[()/]", "", _SEPARATORS.sub("", text))
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+33") and len(compact) == 12:
        compact = "0" + compact[3:]  # "+33 262 ..." is a Réunion number, like "0262 ..."
    if _NATIONAL.fullmatch(compact):
        return _french_plan_e164(compact[1:])
    if not compact.startswith("+") or not _DIGITS.fullmatch(compact[1:]):
        raise ValidationError("phone", _PHONE_ERROR)
    import phonenumbers  # deferred: 10 ms at start for the commands that print no number

    try:
        number = phonenumbers.parse(compact, None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("phone", _PHONE_ERROR) from exc
    significant = phonenumbers.national_significant_number(number)
    if (
        number.country_code in _FRENCH_PLAN_CODES
        and _NATIONAL.fullmatch("0" + significant)
        and _french_plan_e164(significant) == compact
    ):
        return compact
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", _PHONE_ERROR)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """National display for the French plan ("06 12 34 56 78", "0262 12 34 56")."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    significant = phonenumbers.national_significant_number(number)
    if (
        number.country_code in _FRENCH_PLAN_CODES
        and _NATIONAL.fullmatch("0" + significant)
        and _french_plan_e164(significant) == f"+{number.country_code}{significant}"
    ):
        pairs = " ".join(significant[i : i + 2] for i in range(1, 9, 2))
        if number.country_code == 33:
            return f"0{significant[0]} {pairs}"
        return f"0{significant[:3]} {pairs[3:]}"
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return e164


# --- Dates -----------------------------------------------------------------------------

_DATE_ERROR = "Date invalide : utilisez le format JJ/MM/AAAA."
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_FRENCH_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")
_OLDEST_BIRTH_DATE = datetime.date(1880, 1, 1)


def parse_date(value: str | datetime.date) -> datetime.date:
    """Accept a date, ISO "2024-03-05" or French "05/03/2024", "5/3/2024", "05-03-2024"."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = value.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _FRENCH_DATE.fullmatch(text):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise ValidationError("date", _DATE_ERROR)
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise ValidationError("date", _DATE_ERROR) from exc


def validate_birth_date(
    value: str | datetime.date, *, today: datetime.date | None = None
) -> datetime.date:
    """Parse a birth date; refuse future dates and dates before 1880."""
    try:
        birth_date = parse_date(value)
    except ValidationError as exc:
        raise ValidationError("birth_date", exc.message) from exc
    if birth_date > (today or datetime.date.today()):
        raise ValidationError("birth_date", "La date de naissance ne peut pas être dans le futur.")
    if birth_date < _OLDEST_BIRTH_DATE:
        raise ValidationError(
            "birth_date", "La date de naissance ne peut pas être antérieure à 1880."
        )
    return birth_date


# --- Other fields ----------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


def validate_sex(value: str) -> str:
    """Return "M", "F" or "U"; "H" (homme) is read as "M"."""
    sex = value.strip().upper()
    sex = "M" if sex == "H" else sex
    if sex not in ("M", "F", "U"):
        raise ValidationError("sex", "Le sexe doit être M (masculin), F (féminin) ou U (inconnu).")
    return sex


def validate_postal_code(value: str) -> str:
    """Five digits (spaces ignored)."""
    return _digits_only("postal_code", value, 5, "Le code postal doit comporter 5 chiffres.")


def validate_email(value: str) -> str:
    """Light shape check (one @, a dotted domain); the domain is lowercased."""
    email = value.strip()
    if not _EMAIL.fullmatch(email):
        raise ValidationError(
            "email", "Adresse e-mail invalide : vérifiez la saisie (exemple : nom@domaine.fr)."
        )
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"
