"""Sync bundles: full export, import into an empty database, incremental bundle of 10.

- Full export: ``sync.export_bundle(scope="all")`` encrypted to a colleague's age key
  (X25519: no passphrase KDF, so "KDF excluded" holds here too).
- Import into empty: ``sync.import_bundle`` of that file into a new, empty workspace
  (restored from a pristine copy for every repetition), the signer trusted.
- Incremental: 10 patients edited after a sync point, ``export_bundle(scope="peer")``
  of what changed since, then its import into the colleague's copy that holds the rest.
- Baselines: the change-log rows of the database (the operations a bundle carries)
  written with one ``executemany`` into a plain table of a new SQLCipher file keyed and
  configured like CoordApp's; and (the import's own baseline) every row an import writes
  — each synced table's rows, the change log, the causal contexts — read from the source
  and written raw, one ``executemany`` per table in one transaction, into the same empty
  workspace the import starts from (same schema, same indexes, same settings).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from bench.common import PASSPHRASE, checkpoint, log, summary
from coordapp.models import SYNCED_MODELS
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.storage.engine import connect_raw
from coordapp.storage.keyslots import new_data_key

INCREMENTAL_PATIENTS = 10
_OPS_TABLE = (
    "CREATE TABLE ops (op_id TEXT PRIMARY KEY, hlc TEXT, entity TEXT, entity_id TEXT, "
    "kind TEXT, \"values\" TEXT, base_hlc TEXT, device_id TEXT, author_id TEXT, "
    "recorded_at TEXT)"
)
_OPS_COLUMNS = ('op_id, hlc, entity, entity_id, kind, "values", base_hlc, device_id, '
                "author_id, recorded_at")


class _Target:
    """The colleague's installation: an empty workspace kept as a pristine copy."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths = AppPaths.from_environment(folder / "home")
        self.db = folder / "colleague.db"
        self.pristine = folder / "pristine.db"
        workspace, _code = Workspace.create(self.db, PASSPHRASE, OwnerProfile("Bruno Colin"),
                                            self.paths)
        self.recipient = sync.identity(workspace).age_recipient  # creates its keys
        checkpoint(workspace)
        workspace.close()
        for suffix in ("", ".keys"):
            shutil.copyfile(str(self.db) + suffix, str(self.pristine) + suffix)

    def fresh(self) -> Workspace:
        for suffix in ("-wal", "-shm"):
            Path(str(self.db) + suffix).unlink(missing_ok=True)
        for suffix in ("", ".keys"):
            shutil.copyfile(str(self.pristine) + suffix, str(self.db) + suffix)
        return self.open()

    def open(self) -> Workspace:
        return Workspace.open(self.db, PASSPHRASE, self.paths)


def run(workspace: Any, folder: Path, repeat: int, incremental_repeat: int) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    target = _Target(folder / "colleague")
    bundle = folder / "full.coordbundle"
    exports: list[float] = []
    export_cpu: list[float] = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        exported = sync.export_bundle(workspace, bundle, scope="all",
                                      recipients=[target.recipient])
        exports.append(time.perf_counter() - start)
        export_cpu.append(time.process_time() - cpu)
    log(f"  full export {exports[-1]:.1f} s, {exported.op_count:,} operations")
    imports: list[float] = []
    import_cpu: list[float] = []
    for i in range(repeat):
        colleague = target.fresh()
        try:
            start, cpu = time.perf_counter(), time.process_time()
            imported = sync.import_bundle(colleague, bundle, trust=True)
            imports.append(time.perf_counter() - start)
            import_cpu.append(time.process_time() - cpu)
        finally:
            if i < repeat - 1:
                colleague.close()
    log(f"  import into empty {imports[-1]:.1f} s")
    try:
        incremental = _incremental(workspace, colleague, target.recipient, folder,
                                   incremental_repeat)
    finally:
        colleague.close()
    baseline = _raw_executemany(workspace, folder / "raw.db")
    same_schema = [_raw_same_schema(workspace, target) for _ in range(repeat)]
    bundle.unlink(missing_ok=True)
    shutil.rmtree(target.folder, ignore_errors=True)
    return {"export_s": summary(exports), "import_s": summary(imports),
            "export_cpu_s": summary(export_cpu), "import_cpu_s": summary(import_cpu),
            "ops": exported.op_count, "records": exported.records,
            "bundle_bytes": exported.size_bytes, "new_ops_imported": imported.new_ops,
            "baseline_s": baseline["seconds"], "baseline_rows": baseline["rows"],
            "schema_baseline_s": summary([b["seconds"] for b in same_schema]),
            "schema_baseline_rows": same_schema[0]["rows"],
            **incremental}


def _incremental(workspace: Any, colleague: Workspace, recipient: str, folder: Path,
                 repeat: int) -> dict[str, Any]:
    caseload = CaseloadService(workspace)
    candidates = [p.id for p in caseload.search(status="active", limit=INCREMENTAL_PATIENTS
                                                * (repeat + 1))]
    exports: list[float] = []
    imports: list[float] = []
    ops: list[int] = []
    for r in range(repeat + 1):  # the first round warms up
        since = {workspace.device_id: workspace.clock.now().encode()}
        chosen = candidates[r * INCREMENTAL_PATIENTS:(r + 1) * INCREMENTAL_PATIENTS]
        for i, patient_id in enumerate(chosen):
            caseload.update_patient(patient_id, {"phone": f"06 12 34 {50 + r:02d} {i:02d}"})
        path = folder / f"incremental-{r}.coordbundle"
        start = time.perf_counter()
        summary_ = sync.export_bundle(workspace, path, scope="peer", since=since,
                                      recipients=[recipient])
        exported = time.perf_counter() - start
        start = time.perf_counter()
        sync.import_bundle(colleague, path, trust=True)
        imported = time.perf_counter() - start
        path.unlink(missing_ok=True)
        if r:
            exports.append(exported)
            imports.append(imported)
            ops.append(summary_.op_count)
    totals = [e + i for e, i in zip(exports, imports, strict=True)]
    return {"incremental_export_s": summary(exports), "incremental_import_s": summary(imports),
            "incremental_total_s": summary(totals), "incremental_ops": ops[-1],
            "incremental_patients": INCREMENTAL_PATIENTS}


def _raw_executemany(workspace: Any, db: Path) -> dict[str, Any]:
    with workspace.store.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT {_OPS_COLUMNS} FROM change_log").all()
    raw = connect_raw(db, new_data_key())
    try:
        raw.execute(_OPS_TABLE)
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.executemany(f"INSERT INTO ops ({_OPS_COLUMNS}) VALUES ({', '.join('?' * 10)})",
                        [tuple(row) for row in rows])
        raw.execute("COMMIT")
        seconds = time.perf_counter() - start
    finally:
        raw.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return {"seconds": seconds, "rows": len(rows)}


def _raw_same_schema(workspace: Any, target: _Target) -> dict[str, Any]:
    """Every row the full import writes, written raw into the empty workspace."""
    tables = [*SYNCED_MODELS, "change_log", "sync_op_context"]
    with workspace.store.engine.connect() as conn:
        data = {}
        for name in tables:
            result = conn.exec_driver_sql(f"SELECT * FROM {name}")
            data[name] = (list(result.keys()), [tuple(r) for r in result.all()])
    colleague = target.fresh()
    try:
        with colleague.store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            cache = raw.execute("PRAGMA cache_size").fetchone()[0]
            raw.execute("PRAGMA cache_size = -524288")  # as the import does
            start = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute("PRAGMA defer_foreign_keys = ON")
            for name in tables:
                columns, rows = data[name]
                quoted = ", ".join(f'"{c}"' for c in columns)
                raw.executemany(f"INSERT OR IGNORE INTO {name} ({quoted}) VALUES "
                                f"({', '.join('?' * len(columns))})", rows)
            raw.execute("COMMIT")
            seconds = time.perf_counter() - start
            raw.execute(f"PRAGMA cache_size = {cache}")
    finally:
        colleague.close()
    return {"seconds": seconds, "rows": sum(len(rows) for _c, rows in data.values())}
