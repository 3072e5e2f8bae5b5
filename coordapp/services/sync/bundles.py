"""Sync use cases: identity and roster, export, preview, import, conflicts (the shared
folder is :mod:`.shared_folder`, colleagues :mod:`.colleagues`).

Bundles travel by USB stick, mail or a folder replicated by a file-sync tool. Whatever
the order in which they arrive, copies converge (``coordapp.sync.fold``); a refused
bundle changes nothing; imports and exports are written to the audit trail, with ids
and counts only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from coordapp.errors import InvalidInput, NotFound
from coordapp.ids import new_id
from coordapp.models import (
    SYNCED_MODELS,
    AuditAction,
    AuditEvent,
    ChangeKind,
    Coordinator,
    SyncPeer,
)
from coordapp.services.patient.consent import check_sharing
from coordapp.services.patient.erasure import compact, withdraw_own_bundles
from coordapp.services.safety.passphrase import check_passphrase
from coordapp.services.workspace import Workspace
from coordapp.storage.migrations import head_revision, known_revisions
from coordapp.sync import conflicts as c
from coordapp.sync import select as sel
from coordapp.sync.audience import Audience, hidden_records
from coordapp.sync.erase import erased_records
from coordapp.sync.errors import (
    BundlePassphraseRequired,
    BundleRefused,
    BundleTooNew,
    SyncCancelled,
)
from coordapp.sync.format import (
    Limits,
    Manifest,
    OpsWriter,
    decrypt,
    encrypt,
    read_bundle_file,
    seal,
    unseal,
    write_bundle,
)
from coordapp.sync.importer import ImportSummary, SignerView, apply_bundle
from coordapp.sync.keys import (
    check_recipient,
    check_signing_key,
    device_keys,
    find_peer,
    fingerprint,
    upsert_peer,
)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]
ConflictView = c.ConflictView
ConflictSide = c.ConflictSide
__all__ = ["ConflictSide", "ConflictView", "ImportSummary", "SignerView"]


@dataclass(frozen=True)
class IdentityInfo:
    device_id: str
    display_name: str | None
    age_recipient: str
    signing_key: str
    fingerprint: str


@dataclass(frozen=True)
class PeerView:
    device_id: str | None
    display_name: str
    age_recipient: str | None
    fingerprint: str | None
    trusted: bool
    revoked: bool
    last_import_at: dt.datetime | None


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    scope: str
    op_count: int
    records: int
    patients: int
    excluded_patients: int
    size_bytes: int
    encryption: str  # "passphrase" | "recipients"


# -- identity and roster ---------------------------------------------------------------


def identity(ws: Workspace) -> IdentityInfo:
    with ws.unit_of_work() as uow:
        keys = device_keys(uow.session, ws.device_id)
    return IdentityInfo(ws.device_id, ws.owner_name(), keys.age_recipient,
                        keys.signing_key.hex(), keys.fingerprint)


def _peer_view(peer: SyncPeer) -> PeerView:
    return PeerView(peer.device_id, peer.display_name, peer.age_recipient,
                    fingerprint(bytes.fromhex(peer.signing_key)) if peer.signing_key else None,
                    peer.trusted, peer.revoked_at is not None, peer.last_import_at)


def last_sync(ws: Workspace) -> dt.datetime | None:
    """When a bundle was last exported or applied here (refused ones do not count)."""
    query = (select(func.max(AuditEvent.at))
             .where(AuditEvent.entity == "bundle",
                    AuditEvent.action.in_([AuditAction.EXPORT.value, AuditAction.IMPORT.value]),
                    or_(AuditEvent.detail.is_(None), ~AuditEvent.detail.startswith("refusé"))))
    with ws.unit_of_work() as uow:
        return uow.session.scalar(query)


def list_peers(ws: Workspace) -> list[PeerView]:
    with ws.unit_of_work() as uow:
        return [_peer_view(p) for p in uow.session.scalars(
            select(SyncPeer).order_by(SyncPeer.display_name))]


def add_peer(ws: Workspace, display_name: str, *, age_recipient: str | None = None,
             signing_key: str | None = None, device_id: str | None = None) -> PeerView:
    """Add a colleague from the public keys they sent as text."""
    if not display_name.strip():
        raise InvalidInput("Indiquez le nom du collègue.", "display_name")
    with ws.unit_of_work() as uow:
        peer = upsert_peer(
            uow.session, display_name.strip(), device_id=device_id,
            signing_key=check_signing_key(signing_key) if signing_key else None,
            age_recipient=check_recipient(age_recipient) if age_recipient else None)
        return _peer_view(peer)


def revoke_peer(ws: Workspace, name_or_device: str) -> PeerView:
    """Refuse every future bundle signed by this device (already imported data stays)."""
    with ws.unit_of_work() as uow:
        peer = find_peer(uow.session, name_or_device)
        if peer is None:
            raise NotFound(f"Aucun collègue « {name_or_device} » dans la liste.")
        peer.revoked_at = dt.datetime.now()
        peer.trusted = False
        return _peer_view(peer)


# -- export ----------------------------------------------------------------------------


def export_bundle(
    ws: Workspace,
    out: Path,
    *,
    scope: str = "all",
    peer: str | None = None,
    patient_ids: Sequence[str] = (),
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    since: dict[str, str] | None = None,
    bundle_id: str | None = None,
    audience: Audience | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportSummary:
    """Write a signed, encrypted bundle: everything (``all``), what ``peer`` has not
    acknowledged (``peer``), or chosen patients with all their records (``patients``)."""
    if scope not in ("all", "peer", "patients"):
        raise InvalidInput("Portée inconnue : all, peer ou patients.", "scope")
    wanted = [check_recipient(r) for r in recipients]
    if passphrase is not None:
        if wanted:
            raise InvalidInput("Choisissez des destinataires ou une phrase de passe, pas les "
                               "deux.", "recipient")
        check_passphrase(passphrase)
    if scope == "patients":  # a handover names people: an objection refuses it, audited
        check_sharing(ws, list(patient_ids), "paquet pour un collègue", informed=False)
    started = ws.clock.now()  # before reading anything (see sel.frontier)
    with ws.unit_of_work() as uow:
        session, conn = uow.session, uow.session.connection()
        keys = device_keys(session, ws.device_id)
        if scope == "peer" and since is None:
            target = find_peer(session, peer or "")
            if target is None:
                raise NotFound(f"Aucun collègue « {peer} » dans la liste : importez d'abord "
                               "un de ses paquets ou ajoutez-le.")
            since = dict(target.acked)
            if passphrase is None and not wanted and target.age_recipient:
                wanted = [target.age_recipient]
        if passphrase is None and not wanted:
            raise InvalidInput("Indiquez au moins un destinataire (--recipient) ou une phrase "
                               "de passe d'équipe.", "recipient")
        excluded = sel.excluded_records(conn)
        objecting = len(excluded["patient"])
        if audience is not None:  # what these colleagues may not receive stays here too
            for name, hidden in hidden_records(conn, audience).items():
                excluded[name] |= hidden
        writer = OpsWriter(list(SYNCED_MODELS))
        if scope == "all":
            counts = sel.count_rows(conn)
            records = sum(counts.values()) - sum(len(v) for v in excluded.values())
            patients = counts["patient"] - len(excluded["patient"])
            lines = sel.all_op_lines(conn, excluded)
        else:
            selected = sel.selection(conn, scope, patient_ids, since or {}, excluded)
            if ws.user_id:
                selected["coordinator"].add(ws.user_id)
            for name, ids in excluded.items():
                selected[name] -= ids
            records = sum(len(v) for v in selected.values())
            patients = len(selected["patient"])
            lines = sel.op_lines(conn, selected)
        for table, line in lines:
            writer.add(table, line)
            if writer.count % 20_000 == 0:
                if cancel and cancel():
                    raise SyncCancelled("Export annulé : aucun fichier n'a été écrit.")
                if progress:
                    progress(writer.count, 0, "Export…")
        blob, sha = writer.finish()
        now = ws.clock.now()
        manifest = Manifest(
            bundle_id=bundle_id or new_id(), schema=head_revision(), author_id=ws.user_id,
            author_name=ws.owner_name() or "", device_id=ws.device_id,
            signing_key=keys.signing_key.hex(), age_recipient=keys.age_recipient,
            created_hlc=now.encode(), created_at=dt.datetime.now().isoformat(timespec="seconds"),
            scope=scope, since=dict(since or {}) if scope == "peer" else {},
            frontier=sel.frontier(session, conn, ws.device_id, started, excluded),
            op_count=writer.count, ops_size=writer.size, ops_sha256=sha,
            extra=_owner_extra(session, ws.user_id))
        data = encrypt(seal(manifest, blob, keys), passphrase=passphrase,
                       recipients=[*wanted, keys.age_recipient])
        write_bundle(out, data)
        uow.audit.record(AuditAction.EXPORT, "bundle", manifest.bundle_id,
                         f"{writer.count} opérations, {patients} patient(s), portée {scope}")
    return ExportSummary(out, manifest.bundle_id, scope, writer.count, records, patients,
                         objecting, len(data),
                         "passphrase" if passphrase is not None else "recipients")


def _owner_extra(session: Any, user_id: str | None) -> dict[str, Any]:
    """What colleagues learn of the author beyond the name: their structure."""
    owner = session.get(Coordinator, user_id) if user_id else None
    return {"structure": owner.structure_name} if owner and owner.structure_name else {}


# -- import ----------------------------------------------------------------------------


def preview_bundle(ws: Workspace, path: Path, *, passphrase: str | None = None,
                   limits: Limits | None = None) -> ImportSummary:
    """What importing would do (new patients, updated fields, conflicts, signer, date);
    the database is left exactly as it was."""
    return import_bundle(ws, path, passphrase=passphrase, dry_run=True, limits=limits)


def import_bundle(
    ws: Workspace,
    path: Path,
    *,
    passphrase: str | None = None,
    trust: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    limits: Limits | None = None,
) -> ImportSummary:
    """Verify and apply a bundle in one transaction: all of it, or nothing.

    ``trust`` accepts a signer seen for the first time and adds it to the roster (after
    comparing its fingerprint with its owner, by phone for instance).
    """
    limits = limits or Limits()
    bundle_id: str | None = None
    try:
        data = read_bundle_file(path, limits)
        with ws.unit_of_work() as uow:
            keys = device_keys(uow.session, ws.device_id)
        opened = unseal(decrypt(data, identity=keys.age_identity, passphrase=passphrase), limits)
        del data
        bundle_id = opened.manifest.bundle_id
        if opened.manifest.schema not in known_revisions():
            raise BundleTooNew()
        if not dry_run:
            ws.daily_backup()  # an encrypted copy from today exists before anything merges
        summary = apply_bundle(ws, opened, keys, trust=trust, dry_run=dry_run,
                               progress=progress, cancel=cancel)
        if summary.erased and not dry_run:
            compact(ws)  # no page of the file or of its WAL keeps the erased text
            withdraw_own_bundles(ws)  # nor our bundles waiting in the shared folder
        return summary
    except BundleRefused as exc:
        if not dry_run and not isinstance(exc, BundlePassphraseRequired):
            with ws.unit_of_work() as uow:
                uow.audit.record(AuditAction.IMPORT, "bundle", bundle_id,
                                 f"refusé : {exc.reason}")
        raise


# -- conflicts -------------------------------------------------------------------------


def list_conflicts(ws: Workspace, *, include_resolved: bool = False) -> list[ConflictView]:
    with ws.unit_of_work() as uow:
        return c.list_conflicts(uow.session, ws.device_id, ws.owner_name(),
                                include_resolved=include_resolved)


def resolve_conflict(ws: Workspace, conflict_id: int, choice: str,
                     value: Any = None) -> ConflictView:
    """Keep mine, keep theirs or edit; the resolution is a change that syncs."""
    with ws.unit_of_work() as uow:
        view = c.resolve(uow.session, ws.clock, ws.device_id, ws.user_id, conflict_id,
                         choice, value)
        uow.audit.record(AuditAction.UPDATE, view.entity, view.entity_id,
                         f"conflit résolu ({choice}) : {view.field}")
    return view


def restore_record(ws: Workspace, entity: str, entity_id: str) -> None:
    """Undelete a record (a restore operation that syncs)."""
    model = SYNCED_MODELS.get(entity)
    with ws.unit_of_work() as uow:
        record = uow.session.get(model, entity_id) if model else None
        if record is None or not record.is_deleted:
            raise NotFound("Aucune fiche supprimée avec cet identifiant.")
        if erased_records(uow.session.connection(), [entity_id]):
            raise InvalidInput("Cette fiche a été effacée (droit à l'effacement) : elle ne "
                               "peut pas être restaurée.")
        c.LocalWriter(uow.session, ws.clock, ws.device_id, ws.user_id).write(
            record, ChangeKind.RESTORE, {})
        uow.audit.record(AuditAction.UPDATE, entity, entity_id, "restauration")
