"""Normalised text keys, stored at write time so that search needs no per-row work."""

from __future__ import annotations

import unicodedata

_FOLD = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l"})


def fold(text: str | None) -> str:
    """Lower case, accents removed, punctuation to spaces, spaces collapsed.

    ``fold("Éloïse  D'ARCY-Lœuvre") == "eloise d arcy loeuvre"``
    """
    if not text:
        return ""
    lowered = text.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    kept = [c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c)]
    return " ".join("".join(kept).split())


def search_key(*parts: str | None) -> str:
    """A single folded string joining every searchable part, for ``LIKE`` matching."""
    return " ".join(p for p in (fold(part) for part in parts) if p)


_PUNCTUATION = {c: " " for c in range(128) if not chr(c).isalnum()}
_LEVEL = "\x00"  # sorts before any character: "emil" before "emile" at every level


def _accented_key(text: str) -> str:
    lowered = unicodedata.normalize("NFD", text.casefold().translate(_FOLD))
    marks = "".join(" " if not (c.isalnum() or unicodedata.combining(c)) else c
                    for c in lowered)
    primary = "".join(c for c in marks if not unicodedata.combining(c))
    cased = unicodedata.normalize("NFD", text).swapcase()
    return f"{primary}{_LEVEL}{marks}{_LEVEL}{cased}"


def collation_key(text: str | None) -> str:
    """A string whose plain order is French dictionary order: letters first (accents
    and case ignored), then accents (unaccented first), then case (lower first).

    ``sorted(["Eric", "Émile", "Emile"], key=collation_key) == ["Emile", "Émile", "Eric"]``
    """
    if not text:
        return ""
    if text.isascii():  # most names: no decomposition needed
        primary = text.lower() if text.isalpha() else text.lower().translate(_PUNCTUATION)
        return f"{primary}{_LEVEL}{primary}{_LEVEL}{text.swapcase()}"
    return _accented_key(text)
