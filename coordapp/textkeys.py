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
