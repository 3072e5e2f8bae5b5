"""The one input cleaner (property tests over arbitrary Unicode), hostile text refused on
real write paths, and CSV exports that a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordapp import text_input
from coordapp.errors import InvalidInput
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.text_input import (
    BIDI_CONTROLS,
    ZERO_WIDTH,
    clean_text,
    csv_safe,
    sanitize_text,
)
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F"}
HOSTILE = ["Lyon\x00", "Lyon\x1b[31m", "Lyon\u202eLIVE", "Ly\u200bon", "Lyon\x85",
           "Lyon\u2066x\u2069", "\ufeffLyon", "Lyon\x7f"]


def _is_control(char: str) -> bool:
    return ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F


def _acceptable(text: str, *, free: bool) -> bool:
    for char in text:
        if _is_control(char) and not (free and char in "\t\n"):
            return False
        if not free and (char in BIDI_CONTROLS or char in ZERO_WIDTH):
            return False
        if 0xD800 <= ord(char) <= 0xDFFF:
            return False
    return True


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec=None)), st.booleans())
def test_cleaner_accepts_only_clean_nfc_text_and_names_the_field(text: str, free: bool):
    try:
        result = clean_text(text, field="city", free=free)
    except InvalidInput as exc:
        assert exc.field == "city"
        assert "caractère interdit" in exc.message
        assert not _acceptable(text.replace("\r", "\n") if free else
                               text.replace("\r", " ").replace("\t", " ").replace("\n", " "),
                               free=free) or any(
            (ord(c) & 0xFFFE) == 0xFFFE or 0xFDD0 <= ord(c) <= 0xFDEF for c in text)
        return
    assert unicodedata.is_normalized("NFC", result)
    assert _acceptable(result, free=free)
    assert clean_text(result, field="city", free=free) == result  # idempotent
    result.encode("utf-8")  # storable


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec=None)), st.booleans())
def test_sanitized_text_is_always_accepted(text: str, free: bool):
    sanitized = sanitize_text(text, free=free)
    assert clean_text(sanitized, free=free) == sanitized


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs",
                                                                       "Co", "Cn"))))
def test_ordinary_text_is_kept(text: str):
    assert clean_text(text, field="x") == unicodedata.normalize("NFC", text)


def test_free_text_keeps_tabs_and_newlines_one_line_fields_do_not():
    assert clean_text("a\tb\r\nc", free=True) == "a\tb\nc"
    assert clean_text("12 rue X\nBât B", field="address") == "12 rue X Bât B"
    assert clean_text("e\u0301", field="city") == "é"


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_is_refused_on_the_service_write_path(workspace: Workspace, value: str):
    caseload = CaseloadService(workspace)
    patient_id = caseload.add_patient(PATIENT).id
    with pytest.raises(InvalidInput) as refused:
        caseload.update_patient(patient_id, {"city": value})
    assert refused.value.field == "city"
    assert caseload.get(patient_id).city is None


def _cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coordapp.cli", *args],
        env={**os.environ, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": PASSPHRASE},
        cwd=ROOT, input=stdin, capture_output=True, text=True, check=False, timeout=120)


def test_cli_refuses_hostile_text_and_bad_json_types_with_exit_4(
        created, app_paths: AppPaths, tmp_path: Path, _isolated_home: Path):
    workspace, _code = created
    patient_id = CaseloadService(workspace).add_patient(PATIENT).id
    workspace.close()
    result = _cli(_isolated_home, "patient", "set", patient_id, "city=Lyon\x1b[31m\u202eEVIL")
    assert result.returncode == 4, result.stderr
    assert "commune" in result.stderr or "city" in result.stderr
    assert "Traceback" not in result.stderr
    for bad in ({"ald": ["A", 3]}, {"ald": {"code": "A"}}, {"birth_date": 19410312},
                {"family_name": ["Martin"]}, {"city": "Ly\x00on"}):
        document = tmp_path / "p.json"
        document.write_text(json.dumps(PATIENT | {"given_names": "Zoé"} | bad))
        result = _cli(_isolated_home, "patient", "add", "--json", str(document))
        assert result.returncode == 4, (bad, result.stderr)
        assert "Traceback" not in result.stderr
    listed = _cli(_isolated_home, "patients", "--format", "json")
    assert [p["given_names"] for p in json.loads(listed.stdout)] == ["Éloïse"]


FORMULAS = ["=HYPERLINK(\"http://x\")", "+33 6 12 34 56 78", "-2+3", "@SUM(A1)", "\tx",
            "\rx"]


def test_formula_looking_values_come_out_of_every_csv_export_inert(
        workspace: Workspace, app_paths: AppPaths, _isolated_home: Path, tmp_path: Path):
    caseload = CaseloadService(workspace)
    for i, value in enumerate(FORMULAS[:4]):
        caseload.add_patient(PATIENT | {"given_names": f"P{i}", "birth_date": f"19{40 + i}-01-01",
                                        "city": value, "address": value})
    workspace.close()
    listing = _cli(_isolated_home, "patients", "--format", "csv")
    assert listing.returncode == 0, listing.stderr
    rows = list(csv.reader(io.StringIO(listing.stdout), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not any(cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                             for cell in cells)
    audit = _cli(_isolated_home, "audit", "--format", "csv")
    assert audit.returncode == 0
    for row in csv.reader(io.StringIO(audit.stdout), delimiter=";"):
        assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row)
    report = tmp_path / "rapport.csv"
    done = _cli(_isolated_home, "report", "--from", "01/01/2020", "--to", "31/12/2030",
                "--out", str(report))
    assert done.returncode == 0, done.stderr
    for row in csv.reader(io.StringIO(report.read_text("utf-8-sig")), delimiter=";"):
        assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row)
    for value in FORMULAS:
        assert csv_safe(value).startswith("'")


def _removing_char_by_char(value: str, free: bool) -> str:
    """The cleaner's rule spelled out one character at a time (the reference)."""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if not free:
        text = text.replace("\t", " ").replace("\n", " ")
    kept = "".join(c for c in text if not text_input._refused(c, free=free))
    return unicodedata.normalize("NFC", kept)


@pytest.mark.parametrize("free", [False, True])
def test_the_fast_path_agrees_with_the_rule_for_every_bmp_character_and_the_nonchars(
    free: bool,
):
    points = [*range(0x10000), *range(0x10000, 0x110000, 0x1001),
              *(plane | low for plane in range(0x10000, 0x110000, 0x10000)
                for low in (0xFFFE, 0xFFFF))]
    wrong = [hex(cp) for cp in points for value in (chr(cp), f"Mé{chr(cp)}lanie\u0301")
             if sanitize_text(value, free=free) != _removing_char_by_char(value, free)]
    assert wrong == []
