"""A full bundle imported into an empty base gives back the source: every row of every
shared table with every column, the change log and the causal contexts, over many
batches (so the writing thread and the in-memory look-ups are exercised)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from coordapp.models import SYNCED_MODELS
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.sync import bundles as sync
from coordapp.sync import importer
from tests.test_sync_helpers import export_to, introduce, make_replica, share_everything

TABLES = [*SYNCED_MODELS, "change_log", "sync_op_context"]
KEYS = {"change_log": "op_id", "sync_op_context": "op_id"}


def rows_by_key(ws: Any, table: str) -> dict[str, tuple[Any, ...]]:
    key = KEYS.get(table, "id")
    with ws.store.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table}"))
        position = list(result.keys()).index(key)
        return {row[position]: tuple(row) for row in result}


@pytest.mark.parametrize("batch", [importer.BATCH_OPS, 97])
def test_a_full_import_into_an_empty_base_holds_the_source_row_for_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
):
    monkeypatch.setattr(importer, "BATCH_OPS", batch)
    a, b = make_replica(tmp_path, "Anne"), make_replica(tmp_path, "Bruno")
    introduce(a, b)
    generate_demo(a.ws, 60, seed=5)
    share_everything(a.ws)
    caseload = CaseloadService(a.ws)
    for patient in caseload.search(status="active", limit=10):  # several operations each
        caseload.update_patient(patient.id, {"city": "Rethel", "phone": "06 11 22 33 44"})
    source = {table: rows_by_key(a.ws, table) for table in TABLES}
    before = {table: rows_by_key(b.ws, table) for table in TABLES}
    summary = sync.import_bundle(b.ws, export_to(a, b, tmp_path / "out", scope="all"))
    assert summary.new_ops == len(source["change_log"]) > 1000
    for table in TABLES:
        after = rows_by_key(b.ws, table)
        assert len(after) == len(source[table]) + len(before[table]) - len(
            before[table].keys() & source[table].keys()), table
        differing = [key for key, row in source[table].items() if after.get(key) != row]
        assert differing == [], table


def test_a_demo_base_with_objections_imports_whole_but_what_objected(tmp_path: Path):
    from coordapp.sync.select import excluded_records

    a, b = make_replica(tmp_path, "Anne"), make_replica(tmp_path, "Bruno")
    introduce(a, b)
    generate_demo(a.ws, 150, seed=1)  # as generated: a few people objected to sharing
    with a.ws.reading() as uow:
        held = excluded_records(uow.session.connection())
    assert held["patient"] and held["dysfunction"]  # their dysfunctions broke the import
    source = {table: set(rows_by_key(a.ws, table)) for table in SYNCED_MODELS}
    before = {table: set(rows_by_key(b.ws, table)) for table in SYNCED_MODELS}
    sync.import_bundle(b.ws, export_to(a, b, tmp_path / "out", scope="all"))
    for table in SYNCED_MODELS:
        assert set(rows_by_key(b.ws, table)) == source[table] - held[table] | before[table], \
            table
