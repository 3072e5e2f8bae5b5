"""The one input cleaner for text, on every write path (forms, CLI, JSON, CSV import via
``ChangeRecorder``; bundles via the merge), and the CSV formula guard for exports.

- NFC normalisation (``e`` + combining acute becomes ``é``: one spelling, one search key);
- C0 and C1 control characters are refused (a NUL, a terminal escape ``ESC[31m``), except
  tab and newline in free text (notes); in one-line fields (names, identifiers,
  addresses) tabs and newlines are whitespace and collapse to one space;
- bidirectional overrides, embeddings and isolates, and zero-width characters are refused
  in one-line fields: they can make an address or a name read differently on screen
  than it is stored ("Trojan Source", CVE-2021-42574);
- lone surrogates and non-characters are refused (they cannot be stored as UTF-8).

``clean_text`` refuses (``InvalidInput`` naming the field); ``sanitize_text`` removes,
for what comes from elsewhere and must not block (a bundle made by an older version).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from coordapp.errors import InvalidInput

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                          "\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")
FREE_TEXT_ALLOWED = frozenset("\t\n")
#: What a spreadsheet takes as the start of a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_NONCHARACTERS = "".join(f"{chr(plane | 0xFFFE)}{chr(plane | 0xFFFF)}"
                         for plane in range(0, 0x110000, 0x10000))
_UNSTORABLE = f"\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}"
#: A character the cleaner would remove or change (a carriage return, a tab, a control,
#: a bidi or zero-width character in one-line fields, an unstorable one). A text with
#: none of them, already in NFC, is returned as it is: the per-character checks below
#: only run for the rare text that needs them (a bundle holds millions of values).
_ALTERED = {
    False: re.compile(f"[\x00-\x1f\x7f-\x9f{''.join(sorted(BIDI_CONTROLS | ZERO_WIDTH))}"
                      f"{_UNSTORABLE}]"),
    True: re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_UNSTORABLE}]"),
}


def _unchanged(text: str, free: bool) -> bool:
    # isprintable() (C, fast) is false for every control, format (bidi, zero-width),
    # surrogate and unassigned character, so it settles most texts without the pattern.
    return ((text.isprintable() or _ALTERED[free].search(text) is None)
            and unicodedata.is_normalized("NFC", text))


def _is_control(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F


def _is_unstorable(char: str) -> bool:
    code = ord(char)
    return 0xD800 <= code <= 0xDFFF or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF


def _describe(char: str) -> str:
    code = ord(char)
    if _is_control(char):
        kind = "caractère de contrôle"
    elif char in BIDI_CONTROLS:
        kind = "inversion du sens d'écriture"
    elif char in ZERO_WIDTH:
        kind = "caractère invisible"
    else:
        kind = "caractère non valide"
    return f"U+{code:04X}, {kind}"


def _refused(char: str, *, free: bool) -> bool:
    if _is_unstorable(char):
        return True
    if _is_control(char):
        return not (free and char in FREE_TEXT_ALLOWED)
    return not free and (char in BIDI_CONTROLS or char in ZERO_WIDTH)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_text(value: str, *, field: str = "", label: str | None = None,
               free: bool = False) -> str:
    """``value`` in NFC, or ``InvalidInput`` naming ``field`` and the character.

    ``free``: a note (tab and newline kept, bidi and zero-width characters allowed);
    otherwise a one-line field (tabs and newlines collapse to one space)."""
    if _unchanged(value, free):
        return value
    text = _normalise_newlines(value)
    if not free:
        text = text.replace("\t", " ").replace("\n", " ")
    for char in text:
        if _refused(char, free=free):
            name = label or field or "texte"
            raise InvalidInput(
                f"Le champ « {name} » contient un caractère interdit ({_describe(char)}) : "
                "rien n'a été enregistré.", field or None)
    return unicodedata.normalize("NFC", text)


def sanitize_text(value: str, *, free: bool = False) -> str:
    """What ``clean_text`` accepts, by removing what it would refuse."""
    if _unchanged(value, free):
        return value
    text = _normalise_newlines(value)
    if not free:
        text = text.replace("\t", " ").replace("\n", " ")
    kept = "".join(char for char in text if not _refused(char, free=free))
    # NFC can only compose: it never brings back a refused character.
    return unicodedata.normalize("NFC", kept)


def clean_value(value: Any, *, field: str, free: bool) -> Any:
    """``clean_text`` for strings (lists of strings too); anything else as is."""
    if isinstance(value, str):
        return clean_text(value, field=field, free=free)
    if isinstance(value, list):
        return [clean_value(item, field=field, free=free) for item in value]
    return value


def csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (OWASP: prefix ``'``)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value

