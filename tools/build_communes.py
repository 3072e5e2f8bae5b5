"""Build resources/communes/communes-cog-2026.csv from Etalab's "découpage administratif".

    npm pack @etalab/decoupage-administratif@6.0.0   # the 2026 vintage (COG 2026)
    tar xzf etalab-decoupage-administratif-6.0.0.tgz
    python tools/build_communes.py package/data/communes.json

The source is the INSEE Code officiel géographique (COG) at 1 January 2026, with the
postal codes of La Poste's "Base officielle des codes postaux", compiled by Etalab
(DINUM) and published under the Licence Ouverte / Open Licence 2.0 (see
resources/licenses/communes-cog-2026.txt). One line per place a person may be born in:
current communes, delegated and associated communes (former communes, same INSEE code
as at the time), and the municipal arrondissements of Paris, Lyon and Marseille (whose
codes are the birthplace codes of people born there).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "communes" / "communes-cog-2026.csv"
KINDS = {"commune-actuelle": "C", "commune-deleguee": "D", "commune-associee": "A",
         "arrondissement-municipal": "M"}


def main(source: str) -> int:
    places = json.loads(Path(source).read_text(encoding="utf-8"))
    current = {p["code"]: p for p in places if p["type"] == "commune-actuelle"}
    rows, seen = [], set()
    for place in places:
        kind = KINDS[place["type"]]
        parent = place.get("chefLieu") or place.get("commune") or ""
        if kind in "DA" and place["code"] in current and \
                current[place["code"]]["nom"] == place["nom"]:
            continue  # the delegated commune that bears the new commune's own name
        postal = place.get("codesPostaux") or current.get(parent, {}).get("codesPostaux") or []
        key = (place["code"], place["nom"])
        if key in seen:
            continue
        seen.add(key)
        rows.append([place["code"], place["nom"], " ".join(postal), place["departement"],
                     kind, parent if kind != "C" else "", place.get("population") or 0])
    rows.sort(key=lambda r: (r[0], r[4] != "C", r[1]))
    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(["code", "nom", "codes_postaux", "departement", "type", "rattachement",
                         "population"])
        writer.writerows(rows)
    print(f"{len(rows)} lieux écrits dans {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
