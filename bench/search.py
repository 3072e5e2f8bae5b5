"""Caseload search per keystroke: what the caseload screen runs as a name is typed.

Each keystroke of "martin" (m, ma, mar, …) is ``CaseloadService.search(text, limit=200)``
(the first page) plus ``count(text)`` (the "N patients" label). Baseline: the raw indexed
query ``SELECT id FROM patient WHERE search_key LIKE ? LIMIT 200`` through the same engine.
A second reference, "same work in raw SQL", runs through the driver exactly what the
service asks SQLite (ordered first page with the joins, and the count): the difference
to it is the Python cost of the service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from bench.common import summary, timed
from coordapp.models import Patient
from coordapp.services.caseload import CaseloadService, _filters, _summary_query

TYPED = "martin"
PREFIXES = [TYPED[: i + 1] for i in range(len(TYPED))]
BASELINE_SQL = "SELECT id FROM patient WHERE search_key LIKE ? LIMIT 200"


def _raw_sql(text: str) -> tuple[str, str]:
    """The SQL the service sends for the first page and for the count, literal values."""
    page = (_summary_query().where(*_filters(text, None, None))
            .order_by(Patient.family_name, Patient.given_names, Patient.id)
            .limit(200).offset(0))
    count = select(func.count()).select_from(Patient).where(*_filters(text, None, None))
    kwargs: dict[str, Any] = {"dialect": sqlite.dialect(),
                              "compile_kwargs": {"literal_binds": True}}
    return str(page.compile(**kwargs)), str(count.compile(**kwargs))


def run(workspace: Any, repeat: int) -> dict[str, Any]:
    service = CaseloadService(workspace)
    engine = workspace.store.engine
    keystrokes: list[float] = []
    cpu: list[float] = []
    baseline: list[float] = []
    same_work: list[float] = []
    per_prefix: dict[str, Any] = {}
    for text in PREFIXES:
        def keystroke(text: str = text) -> None:
            service.search(text, limit=200)
            service.count(text)

        def raw(text: str = text) -> None:
            with engine.connect() as conn:
                conn.exec_driver_sql(BASELINE_SQL, (f"%{text}%",)).all()

        page_sql, count_sql = _raw_sql(text)

        def raw_same(page_sql: str = page_sql, count_sql: str = count_sql) -> None:
            with engine.connect() as conn:
                conn.exec_driver_sql(page_sql).all()
                conn.exec_driver_sql(count_sql).scalar()

        ours = timed(keystroke, repeat, warmup=2, cpu=cpu)
        base = timed(raw, repeat, warmup=2)
        same = timed(raw_same, repeat, warmup=2)
        keystrokes += ours
        baseline += base
        same_work += same
        per_prefix[text] = {"matches": service.count(text), "ms": summary(_ms(ours)),
                            "baseline_ms": summary(_ms(base)),
                            "same_work_raw_ms": summary(_ms(same))}
    page_sql, count_sql = _raw_sql("mar")
    with engine.connect() as conn:
        plans = {name: [row[3] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql, params).all()]
            for name, sql, params in (
                ("first page", page_sql, ()), ("count", count_sql, ()),
                ("baseline", BASELINE_SQL, ("%mar%",)))}
    return {"ms": summary(_ms(keystrokes)), "cpu_ms": summary(_ms(cpu)),
            "baseline_ms": summary(_ms(baseline)),
            "same_work_raw_ms": summary(_ms(same_work)), "per_prefix": per_prefix,
            "query_plans": plans, "typed": TYPED, "date": dt.date.today().isoformat()}


def _ms(samples: list[float]) -> list[float]:
    return [s * 1000 for s in samples]
