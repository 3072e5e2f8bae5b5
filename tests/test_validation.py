"""Tests for coordapp.validation (identifiers, phones, dates)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordapp.validation import (
    IDENTITY_STATUSES,
    ValidationError,
    ValidationWarning,
    format_phone,
    normalize_nir,
    parse_date,
    validate_adeli,
    validate_birth_date,
    validate_birth_place_code,
    validate_email,
    validate_finess,
    validate_identity_status,
    validate_nir,
    validate_phone,
    validate_postal_code,
    validate_rpps,
    validate_sex,
)

Validator = Callable[[str], tuple[str, list[ValidationWarning]]]
EXAMPLE_NIRS = ["295109912611193", "253072A07300443", "253072B07300470"]


def nir_key(body: str) -> str:
    """Independent NIR key: 97 - (body mod 97), Corsica 2A -> 19, 2B -> 18."""
    digits = body[:5] + {"2A": "19", "2B": "18"}.get(body[5:7], body[5:7]) + body[7:]
    return f"{97 - int(digits) % 97:02d}"


def luhn_ok(number: str) -> bool:
    """Independent Luhn check."""
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def with_luhn_key(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def without_luhn_key(body: str) -> str:
    return next(body + d for d in "0123456789" if not luhn_ok(body + d))


def field_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> str:
    return excinfo.value.field


# --- NIR ---------------------------------------------------------------------------------


@pytest.mark.parametrize("nir", EXAMPLE_NIRS)
def test_example_nirs_are_valid(nir: str) -> None:
    assert validate_nir(nir) == (nir, [])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2 95 10 99 126 111 93", "295109912611193"),
        ("2 53 07 2a 073 004 43", "253072A07300443"),
        ("2.53.07.2B.073.004.70", "253072B07300470"),
        (" 2-95-10-99-126-111-93 ", "295109912611193"),
    ],
)
def test_nir_with_separators_is_normalized(typed: str, expected: str) -> None:
    assert normalize_nir(typed) == expected
    assert validate_nir(typed)[0] == expected


def test_nir_wrong_key_refused() -> None:
    with pytest.raises(ValidationError, match="clé du NIR") as excinfo:
        validate_nir("295109912611194")
    assert field_of(excinfo) == "nir"
    assert str(excinfo.value) == excinfo.value.message


@pytest.mark.parametrize("value", ["", "29510991261119", "2951099126111930", "2951099126"])
def test_nir_wrong_length_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="15 caractères") as excinfo:
        validate_nir(value)
    assert field_of(excinfo) == "nir"


@pytest.mark.parametrize(
    "value", ["253072C07300443", "2950X9912611193", "29510991261119A", "2530A2A07300443"]
)
def test_nir_letters_other_than_corsica_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="chiffres") as excinfo:
        validate_nir(value)
    assert field_of(excinfo) == "nir"


@pytest.mark.parametrize("first", "05069")
def test_nir_unknown_first_digit_refused(first: str) -> None:
    body = first + "951099126111"
    with pytest.raises(ValidationError, match="commencer par"):
        validate_nir(body + nir_key(body))


@pytest.mark.parametrize("month", ["20", "31", "42", "50", "63", "99"])
def test_nir_special_months_accepted(month: str) -> None:
    body = f"195{month}75056123"
    nir = body + nir_key(body)
    assert validate_nir(nir, birth_date=datetime.date(1995, 6, 1)) == (nir, [])


@pytest.mark.parametrize("first", "78")
def test_nia_accepted(first: str) -> None:
    body = f"{first}8501991123456"[:13]
    assert validate_nir(body + nir_key(body))[0] == body + nir_key(body)


def test_nir_sex_mismatch_is_a_warning() -> None:
    nir, warnings = validate_nir("295109912611193", sex="M")
    assert nir == "295109912611193"
    assert len(warnings) == 1
    assert isinstance(warnings[0], ValidationWarning)
    assert warnings[0].field == "nir"
    assert validate_nir("295109912611193", sex="f")[1] == []
    assert validate_nir("295109912611193", sex="U")[1] == []
    assert len(validate_nir("295109912611193", sex="H")[1]) == 1


def test_nir_birth_date_mismatch_is_a_warning() -> None:
    assert validate_nir("295109912611193", birth_date=datetime.date(1995, 10, 4))[1] == []
    assert len(validate_nir("295109912611193", birth_date=datetime.date(1995, 11, 4))[1]) == 1
    assert len(validate_nir("295109912611193", birth_date=datetime.date(1996, 10, 4))[1]) == 1


departments = st.one_of(
    st.sampled_from(["2A", "2B", "97", "99"]),
    st.integers(1, 95).map(lambda n: f"{n:02d}"),
)
nir_bodies = st.builds(
    lambda sex, year, month, dept, commune, order: (
        f"{sex}{year:02d}{month:02d}{dept}{commune:03d}{order:03d}"
    ),
    st.sampled_from("12"),
    st.integers(0, 99),
    st.integers(1, 99),
    departments,
    st.integers(0, 999),
    st.integers(1, 999),
)


@given(nir_bodies)
def test_any_body_with_its_key_validates(body: str) -> None:
    assert len(body) == 13
    nir = body + nir_key(body)
    assert validate_nir(nir) == (nir, [])


@given(nir_bodies, st.integers(0, 14), st.integers(1, 9))
def test_single_digit_substitution_is_caught(body: str, position: int, shift: int) -> None:
    # 97 is prime and divides neither 10**k nor a digit difference (1-9), so changing
    # one digit of the body always changes the key; changing a key digit obviously does.
    nir = body + nir_key(body)
    if not nir[position].isdigit():
        position = 4  # a letter of 2A/2B: substitute a year digit instead
    altered = nir[:position] + str((int(nir[position]) + shift) % 10) + nir[position + 1 :]
    assert altered != nir
    with pytest.raises(ValidationError) as excinfo:
        validate_nir(altered)
    assert field_of(excinfo) == "nir"


# --- INS identity fields ---------------------------------------------------------------


@pytest.mark.parametrize("status", IDENTITY_STATUSES)
def test_identity_statuses(status: str) -> None:
    assert validate_identity_status(status.lower()) == status


def test_unknown_identity_status_refused() -> None:
    with pytest.raises(ValidationError) as excinfo:
        validate_identity_status("VALIDE")
    assert field_of(excinfo) == "identity_status"


@pytest.mark.parametrize("code", ["75056", "2A004", "2b033", "97411", "99100"])
def test_birth_place_codes_accepted(code: str) -> None:
    assert validate_birth_place_code(code) == code.upper()


@pytest.mark.parametrize("code", ["7505", "750561", "2C004", "A7505", "99 1X0", ""])
def test_birth_place_codes_refused(code: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        validate_birth_place_code(code)
    assert field_of(excinfo) == "birth_place_code"


# --- RPPS / ADELI / FINESS -------------------------------------------------------------


@pytest.mark.parametrize(
    ("validate", "field", "length"),
    [(validate_rpps, "rpps", 11), (validate_adeli, "adeli", 9), (validate_finess, "finess", 9)],
)
def test_professional_numbers_luhn(validate: Validator, field: str, length: int) -> None:
    good = with_luhn_key("75" + "1234567890"[: length - 3])
    number, warnings = validate(good[:2] + " " + good[2:])
    assert (number, warnings) == (good, [])
    bad = without_luhn_key(good[:-1])
    number, warnings = validate(bad)
    assert number == bad
    assert [w.field for w in warnings] == [field]
    assert "clé de contrôle" in warnings[0].message


@pytest.mark.parametrize(
    ("validate", "field", "value"),
    [
        (validate_rpps, "rpps", "1000123456"),
        (validate_rpps, "rpps", "100012345678"),
        (validate_rpps, "rpps", "1000123456X"),
        (validate_adeli, "adeli", "75123456"),
        (validate_adeli, "adeli", "7512345A7"),
        (validate_finess, "finess", "75071218"),
        (validate_finess, "finess", "7507121840"),
        (validate_finess, "finess", "000712184"),
        (validate_finess, "finess", "960712184"),
        (validate_finess, "finess", "2C0712184"),
        (validate_finess, "finess", "75071218X"),
    ],
)
def test_professional_numbers_bad_shape_refused(
    validate: Validator, field: str, value: str
) -> None:
    with pytest.raises(ValidationError) as excinfo:
        validate(value)
    assert field_of(excinfo) == field


@pytest.mark.parametrize(
    "finess", ["750712184", "330781196", "690781810", "2A0000019", "971234562"]
)
def test_finess_accepted(finess: str) -> None:
    assert validate_finess(finess.lower())[0] == finess


def test_finess_corsica_skips_luhn_and_overseas_checks_it() -> None:
    assert validate_finess("2B1234567")[1] == []
    good, bad = with_luhn_key("97123456"), without_luhn_key("97123456")
    assert validate_finess(good) == (good, [])
    assert len(validate_finess(bad)[1]) == 1


# --- Phones ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56 78",
        "0612345678",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+33 6 12 34 56 78",
        "+33612345678",
        "+33 (0)6 12 34 56 78",
        "0033 6 12 34 56 78",
    ],
)
def test_french_phone_formats(typed: str) -> None:
    assert validate_phone(typed) == "+33612345678"


@pytest.mark.parametrize(
    ("typed", "e164", "display"),
    [
        ("0262 12 34 56", "+262262123456", "0262 12 34 56"),
        ("0692 12 34 56", "+262692123456", "0692 12 34 56"),
        ("0269 61 23 45", "+262269612345", "0269 61 23 45"),
        ("0639 01 23 45", "+262639012345", "0639 01 23 45"),
        ("0590 20 12 34", "+590590201234", "0590 20 12 34"),
        ("0690 00 12 34", "+590690001234", "0690 00 12 34"),
        ("0594 10 12 34", "+594594101234", "0594 10 12 34"),
        ("0694 20 12 34", "+594694201234", "0694 20 12 34"),
        ("0596 30 12 34", "+596596301234", "0596 30 12 34"),
        ("0696 20 12 34", "+596696201234", "0696 20 12 34"),
        ("+262 262 16 12 34", "+262262161234", "0262 16 12 34"),
        ("+590 590 20 12 34", "+590590201234", "0590 20 12 34"),
        ("+594 594 10 12 34", "+594594101234", "0594 10 12 34"),
        ("+596 596 30 12 34", "+596596301234", "0596 30 12 34"),
        ("+33 262 16 12 34", "+262262161234", "0262 16 12 34"),
    ],
)
def test_overseas_phones(typed: str, e164: str, display: str) -> None:
    assert validate_phone(typed) == e164
    assert format_phone(e164) == display


def test_foreign_phone_kept_international() -> None:
    assert validate_phone("+44 20 7946 0958") == "+442079460958"
    assert format_phone("+442079460958") == "+44 20 7946 0958"
    assert format_phone("pas un numéro") == "pas un numéro"


@pytest.mark.parametrize(
    "garbage",
    ["", "abc", "0612", "06 12 34 56 7", "06 12 34 56 789", "6 12 34 56 78", "00 12 34 56 78",
     "+33", "+33 6 12", "+999 123 456", "06 12 34 56 7x", "+262 590 12 34 56"],
)  # fmt: skip
def test_garbage_phones_refused(garbage: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        validate_phone(garbage)
    assert field_of(excinfo) == "phone"
    assert "+33" in excinfo.value.message


@given(st.sampled_from("12345679"), st.from_regex(r"\A[0-9]{8}\Z"))
def test_french_phone_round_trip(first: str, rest: str) -> None:
    national = "0" + first + rest
    e164 = validate_phone(national)
    assert e164.startswith("+") and e164.endswith(national[1:])
    display = format_phone(e164)
    assert display.replace(" ", "") == national
    assert validate_phone(display) == e164


# --- Dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["2024-03-05", "05/03/2024", "5/3/2024", "05-03-2024", "05.03.2024", " 5.03.2024 "]
)
def test_parse_date_formats(typed: str) -> None:
    assert parse_date(typed) == datetime.date(2024, 3, 5)


def test_parse_date_passes_dates_through() -> None:
    assert parse_date(datetime.date(2024, 3, 5)) == datetime.date(2024, 3, 5)
    moment = datetime.datetime(2024, 3, 5, 14, 30)
    assert type(parse_date(moment)) is datetime.date


@pytest.mark.parametrize(
    "typed", ["", "31/02/2024", "2024-13-01", "05/03/24", "05/03-2024", "hier", "2024/03/05"]
)
def test_parse_date_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="JJ/MM/AAAA") as excinfo:
        parse_date(typed)
    assert field_of(excinfo) == "date"


@given(st.dates(datetime.date(1000, 1, 1), datetime.date(9999, 12, 31)))
def test_french_format_round_trip(day: datetime.date) -> None:
    assert parse_date(day.strftime("%d/%m/") + f"{day.year:04d}") == day


def test_birth_date_limits() -> None:
    today = datetime.date(2024, 6, 1)
    assert validate_birth_date("01/06/2024", today=today) == today
    assert validate_birth_date("1880-01-01", today=today) == datetime.date(1880, 1, 1)
    for value, expected in [("02/06/2024", "futur"), ("31/12/1879", "1880"), ("32/01/2000", "JJ")]:
        with pytest.raises(ValidationError, match=expected) as excinfo:
            validate_birth_date(value, today=today)
        assert field_of(excinfo) == "birth_date"


def test_birth_date_in_future_refused_with_real_today() -> None:
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="futur"):
        validate_birth_date(tomorrow)


# --- Other fields ----------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "expected"), [("m", "M"), ("F", "F"), (" u ", "U"), ("h", "M")])
def test_sex(typed: str, expected: str) -> None:
    assert validate_sex(typed) == expected


@pytest.mark.parametrize("typed", ["", "X", "homme", "MF"])
def test_sex_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        validate_sex(typed)
    assert field_of(excinfo) == "sex"


def test_postal_code() -> None:
    assert validate_postal_code(" 75 001 ") == "75001"
    for bad in ["7500", "750011", "2A004", ""]:
        with pytest.raises(ValidationError) as excinfo:
            validate_postal_code(bad)
        assert field_of(excinfo) == "postal_code"


def test_email() -> None:
    assert validate_email(" Marie.Dupont@Exemple.FR ") == "Marie.Dupont@exemple.fr"
    for bad in ["", "marie", "marie@", "@exemple.fr", "marie@exemple", "ma rie@exemple.fr",
                "marie@@exemple.fr", "marie@exemple..fr"]:  # fmt: skip
        with pytest.raises(ValidationError) as excinfo:
            validate_email(bad)
        assert field_of(excinfo) == "email"


def test_validation_error_is_a_value_error() -> None:
    error = ValidationError("nir", "Message.")
    assert isinstance(error, ValueError)
    assert (error.field, error.message, str(error)) == ("nir", "Message.", "Message.")
