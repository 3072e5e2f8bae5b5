"""French communes, to find a birthplace by its name, postal code or INSEE code.

The list (``resources/communes/communes-cog-2026.csv``, INSEE COG 2026 with La Poste's
postal codes, Licence Ouverte 2.0: see ``resources/licenses/communes-cog-2026.txt``) is
read once, then searched in memory: accents, case, hyphens and apostrophes are ignored,
"st"/"ste" stand for "saint"/"sainte". The list is indexed once (sorted keys), then a
search is a few bisections: about a millisecond (bench/bench_communes.py).
"""

from __future__ import annotations

import bisect
import csv
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from coordapp.paths import resource_path

COMMUNES_FILE = ("communes", "communes-cog-2026.csv")
CURRENT, DELEGATED, ASSOCIATED, ARRONDISSEMENT = "C", "D", "A", "M"
_CODE_PREFIX = re.compile(r"^\d[\dAB]?\d{0,3}$")  # 08, 081, 2A0, 75001…
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


@dataclass(frozen=True)
class Commune:
    code: str  # INSEE code (the birthplace code of the INS traits)
    name: str
    postal_codes: tuple[str, ...]
    department: str
    kind: str  # CURRENT, DELEGATED, ASSOCIATED or ARRONDISSEMENT
    parent_code: str  # the current commune a former one belongs to
    population: int

    @property
    def label(self) -> str:
        """``Charleville-Mézières (08) · 08105``."""
        return f"{self.name} ({self.department}) · {self.code}"


def fold(text: str) -> str:
    """``"Saint-Étienne-du-Rouvray"`` → ``"saint etienne du rouvray"``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


class CommuneIndex:
    """Sorted keys searched by bisection: every name, every name from each of its words
    on, every INSEE and postal code; a prefix is a range of those lists."""

    def __init__(self, communes: list[Commune]) -> None:
        self.communes = communes
        self.by_code: dict[str, Commune] = {}
        for commune in communes:  # current communes first in the file for a shared code
            self.by_code.setdefault(commune.code, commune)
        # current communes before former ones, then the most populated first
        self._rank = [0] * len(communes)
        order = sorted(range(len(communes)), key=lambda i: (
            communes[i].kind != CURRENT, -communes[i].population))
        for position, i in enumerate(order):
            self._rank[i] = position
        names: list[tuple[str, int]] = []
        words: list[tuple[str, int]] = []
        codes: list[tuple[str, int]] = []
        for i, commune in enumerate(communes):
            folded = fold(commune.name)
            names.append((folded, i))
            for at in [m.start() + 1 for m in re.finditer(" ", folded)]:
                words.append((folded[at:], i))
            codes.append((commune.code, i))
            codes += [(postal, i) for postal in commune.postal_codes]
        self._names, self._words, self._codes = (_Sorted(list(k)) for k in (names, words,
                                                                             codes))
        self._haystack = "\n".join(key for key, _i in names)
        self._starts = [0]
        for key, _i in names[:-1]:
            self._starts.append(self._starts[-1] + len(key) + 1)

    def get(self, code: str) -> Commune | None:
        return self.by_code.get(code.strip().upper())

    def parent_name(self, commune: Commune) -> str:
        parent = self.by_code.get(commune.parent_code)
        return parent.name if parent is not None and parent is not commune else ""

    def search(self, text: str, limit: int = 20) -> list[Commune]:
        """The places whose name is ``text``, then starts with it, then has a word that
        starts with it, then contains it; or whose INSEE or postal code starts with it.
        Within each group, current communes first, the most populated first."""
        query = fold(text)
        if not query:
            return []
        compact = text.strip().upper().replace(" ", "")
        if _CODE_PREFIX.match(compact):
            return self._take([self._codes.prefixed(compact)], limit)
        groups = [[i for i in self._names.prefixed(query) if self._names.key_of(i) == query],
                  self._names.prefixed(query), self._words.prefixed(query)]
        if sum(len(g) for g in groups) < limit and len(query) >= 3:
            groups.append(self._containing(query))
        return self._take(groups, limit)

    def _containing(self, query: str) -> list[int]:
        found: list[int] = []
        at = self._haystack.find(query)
        while at != -1 and len(found) < 500:
            found.append(bisect.bisect_right(self._starts, at) - 1)
            at = self._haystack.find(query, at + 1)
        return found

    def _take(self, groups: list[list[int]], limit: int) -> list[Commune]:
        chosen: list[int] = []
        seen: set[int] = set()
        for group in groups:
            for i in sorted(set(group) - seen, key=self._rank.__getitem__):
                chosen.append(i)
                seen.add(i)
                if len(chosen) >= limit:
                    return [self.communes[j] for j in chosen]
        return [self.communes[j] for j in chosen]


class _Sorted:
    """(key, commune index) pairs sorted by key: the indexes whose key starts with a
    prefix, by bisection."""

    def __init__(self, pairs: list[tuple[str, int]]) -> None:
        pairs.sort()
        self.keys = [key for key, _i in pairs]
        self.indexes = [i for _key, i in pairs]
        self._key_by_index = {i: key for key, i in pairs}

    def prefixed(self, prefix: str) -> list[int]:
        low = bisect.bisect_left(self.keys, prefix)
        high = bisect.bisect_left(self.keys, prefix + "\uffff", low)
        return self.indexes[low:high]

    def key_of(self, index: int) -> str:
        return self._key_by_index[index]


_lock = threading.Lock()


def commune_index() -> CommuneIndex:
    """The shipped list, read and indexed on first use (about a second: see
    :func:`warm_up`)."""
    with _lock:
        return _load()


def warm_up() -> None:
    """Index the list in the background, so the first birthplace search is immediate."""
    threading.Thread(target=commune_index, name="communes", daemon=True).start()


@lru_cache(maxsize=1)
def _load() -> CommuneIndex:
    with resource_path(*COMMUNES_FILE).open(encoding="utf-8", newline="") as source:
        rows = csv.DictReader(source, delimiter=";")
        communes = [Commune(r["code"], r["nom"], tuple(r["codes_postaux"].split()),
                            r["departement"], r["type"], r["rattachement"],
                            int(r["population"] or 0)) for r in rows]
    return CommuneIndex(communes)
