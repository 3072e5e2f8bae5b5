"""Caseload search per keystroke: what the caseload screen runs as a name is typed.

Each keystroke of "martin" (m, ma, mar, …) is ``CaseloadService.page(text, limit=200)``:
the match count (the "N patients" label) and the first 200 lines, served by the
in-memory caseload index (one ``max(rowid)`` statement to check nothing changed).
Baseline, the issue's "in-memory floor": the normalised keys already in a Python list,
filtered by substring and counted, then the 200 first rows read by id with one raw
``SELECT … WHERE id IN (…)`` through the same engine.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.common import summary, timed
from coordapp.services.caseload.patients import CaseloadService
from coordapp.textkeys import fold

TYPED = "martin"
PREFIXES = [TYPED[: i + 1] for i in range(len(TYPED))]
ROWS_SQL = ("SELECT id, family_name, used_name, given_names, used_given_name, birth_date,"
            " sex, nir, city, status, identity_status, gp_id, referent_id FROM patient"
            " WHERE id IN ({marks})")


def run(workspace: Any, repeat: int) -> dict[str, Any]:
    service = CaseloadService(workspace)
    engine = workspace.store.engine
    with engine.connect() as conn:
        keys = conn.exec_driver_sql(
            "SELECT id, search_key FROM patient WHERE deleted_hlc IS NULL"
            " ORDER BY family_name, given_names, id").all()
    keystrokes: list[float] = []
    cpu: list[float] = []
    baseline: list[float] = []
    per_prefix: dict[str, Any] = {}
    for text in PREFIXES:
        def keystroke(text: str = text) -> None:
            service.page(text, limit=200)

        def floor(text: str = text) -> None:
            words = fold(text).split()
            found = [pid for pid, key in keys if all(w in key for w in words)]
            _count, first = len(found), found[:200]
            with engine.connect() as conn:
                conn.exec_driver_sql(ROWS_SQL.format(marks=",".join("?" * len(first))),
                                     tuple(first)).all()

        ours = timed(keystroke, repeat, warmup=2, cpu=cpu)
        base = timed(floor, repeat, warmup=2)
        keystrokes += ours
        baseline += base
        per_prefix[text] = {"matches": service.page(text, limit=1).total,
                            "ms": summary(_ms(ours)), "baseline_ms": summary(_ms(base))}
    return {"ms": summary(_ms(keystrokes)), "cpu_ms": summary(_ms(cpu)),
            "baseline_ms": summary(_ms(baseline)), "per_prefix": per_prefix,
            "typed": TYPED, "date": dt.date.today().isoformat()}


def _ms(samples: list[float]) -> list[float]:
    return [s * 1000 for s in samples]
