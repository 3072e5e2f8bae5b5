"""Shared helpers for the sync tests (no tests here): replicas on real encrypted databases,
bundles through real files, and snapshots to compare copies."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from coordapp.models import SYNCED_MODELS
from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.sync.format import EXTENSION
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED

PATIENT = {"family_name": "Martin", "given_names": "Paul", "birth_date": "1938-07-01",
           "sex": "M", "city": "Troyes", "status": "active"}


@dataclass
class Replica:
    name: str
    ws: Workspace
    paths: AppPaths
    identity: sync.IdentityInfo

    @property
    def recipient(self) -> str:
        return self.identity.age_recipient


def make_replica(root: Path, name: str) -> Replica:
    paths = AppPaths.from_environment(root / name)
    ws, _code = Workspace.create(paths.default_db, PASSPHRASE, OwnerProfile(name), paths)
    return Replica(name, ws, paths, sync.identity(ws))


def introduce(*replicas: Replica) -> None:
    """Every replica knows and trusts every other one (public keys exchanged as text)."""
    for r in replicas:
        for other in replicas:
            if other is not r:
                sync.add_peer(r.ws, other.name, age_recipient=other.recipient,
                              signing_key=other.identity.signing_key,
                              device_id=other.identity.device_id)


def export_to(src: Replica, dst: Replica, folder: Path, **options: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{src.name}-{len(list(folder.iterdir()))}{EXTENSION}"
    options.setdefault("recipients", [dst.recipient])
    return sync.export_bundle(src.ws, target, **options).path


def ship(src: Replica, dst: Replica, folder: Path, **options: Any) -> sync.ImportSummary:
    """Export from ``src`` for ``dst`` and import it there."""
    trust = options.pop("trust", False)
    return sync.import_bundle(dst.ws, export_to(src, dst, folder, **options), trust=trust)


def share_everything(ws: Workspace) -> int:
    """Withdraw every objection to sharing (dated today), so that a whole demo caseload
    travels; returns how many there were (objecting people never leave a copy)."""
    from coordapp.services.patient.consent import objecting_among
    from coordapp.services.patient.follow_up import FollowUpService

    with ws.unit_of_work() as uow:
        everyone = list(uow.session.scalars(text("SELECT id FROM patient")))
        objecting = sorted(objecting_among(uow.session, everyone))
    for patient_id in objecting:
        FollowUpService(ws).record_consent(patient_id, "objection_withdrawn", how="Écrit")
    return len(objecting)


def add_patient(r: Replica, **values: Any) -> str:
    values = {**PATIENT, **values}
    informed = INFORMED if values["status"] in ("active", "on_hold") else None
    return CaseloadService(r.ws).add_patient(values, allow_duplicate=True,
                                             information=informed).id


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every shared table, every column, ordered by id: what must converge."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ws.store.engine.connect() as conn:
        for name in SYNCED_MODELS:
            rows = conn.execute(text(f"SELECT * FROM {name} ORDER BY id"))
            out[name] = [tuple(row) for row in rows]
    return out


def ids(ws: Workspace, table: str) -> set[str]:
    with ws.store.engine.connect() as conn:
        return {r[0] for r in conn.execute(text(f"SELECT id FROM {table}"))}


def counts(ws: Workspace) -> dict[str, int]:
    names = [*SYNCED_MODELS, "change_log", "sync_conflict", "sync_op_context",
             "sync_imported_bundle", "sync_peer", "sync_knowledge"]
    with ws.store.engine.connect() as conn:
        return {n: int(conn.execute(text(f"SELECT count(*) FROM {n}")).scalar() or 0)
                for n in names}


def change_log(ws: Workspace) -> set[tuple[Any, ...]]:
    with ws.store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(text(
            'SELECT op_id, hlc, entity, entity_id, kind, "values", base_hlc, device_id, '
            "author_id, recorded_at FROM change_log"))}


def open_conflicts(ws: Workspace) -> set[tuple[str, str, str, str]]:
    with ws.store.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(text(
            "SELECT entity_id, field, loser_op_id, winner_op_id FROM sync_conflict "
            "WHERE resolved_at IS NULL"))}
