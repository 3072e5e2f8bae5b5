"""The colleagues roster: who they are, how to tell them apart on the phone, what they
were sent and when; adding them from a card or a bundle; revoking a device; the team's
sharing choice; and sending a colleague what they lack in one action."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import Coordinator, SyncPeer, SyncSent, SyncSetting
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from coordapp.sync.audience import (
    SHARE_ALL,
    SHARE_SCOPES,
    Audience,
    Recipient,
    hidden_records,
)
from coordapp.sync.card import CARD_PREFIX, Card, fingerprint_words
from coordapp.sync.format import EXTENSION, Limits, decrypt, read_bundle_file, unseal
from coordapp.sync.keys import (
    check_recipient,
    device_keys,
    find_peer,
    fingerprint,
    upsert_peer,
)

SHARE_SCOPE_KEY = "share_scope"
INTERVAL_KEY = "folder_interval_minutes"
DEFAULT_INTERVAL = 5


@dataclass(frozen=True)
class SentView:
    sent_at: dt.datetime
    bundle_id: str
    op_count: int
    patients: int


@dataclass(frozen=True)
class ColleagueView:
    id: int
    display_name: str
    structure: str | None
    device_id: str | None
    fingerprint: str | None  # blocks of hexadecimal digits
    fingerprint_words: str | None
    age_recipient: str | None
    signing_key: str | None
    trusted: bool
    revoked_at: dt.datetime | None
    first_exchange_at: dt.datetime | None
    last_exchange_at: dt.datetime | None
    last_import_at: dt.datetime | None
    last_export_at: dt.datetime | None
    sent: list[SentView]

    @property
    def can_receive(self) -> bool:
        return bool(self.age_recipient) and self.revoked_at is None


@dataclass(frozen=True)
class MyCard:
    text: str
    fingerprint: str
    fingerprint_words: str


@dataclass(frozen=True)
class TeamSettings:
    share_scope: str  # all | care_team
    interval_minutes: int  # how often the shared folder is read while unlocked


@dataclass(frozen=True)
class SendResult:
    colleague: str
    export: sync.ExportSummary


def _view(session: Session, peer: SyncPeer) -> ColleagueView:
    key = bytes.fromhex(peer.signing_key) if peer.signing_key else None
    sent = [SentView(s.sent_at, s.bundle_id, s.op_count, s.patients) for s in session.scalars(
        select(SyncSent).where(SyncSent.peer_id == peer.id).order_by(SyncSent.sent_at.desc()))]
    moments = [m for m in (peer.last_import_at, peer.last_export_at) if m is not None]
    return ColleagueView(
        peer.id, peer.display_name, peer.structure, peer.device_id,
        fingerprint(key) if key else None, fingerprint_words(key) if key else None,
        peer.age_recipient, peer.signing_key, peer.trusted, peer.revoked_at,
        peer.first_exchange_at, max(moments) if moments else None, peer.last_import_at,
        peer.last_export_at, sent)


def colleagues(ws: Workspace) -> list[ColleagueView]:
    with ws.unit_of_work() as uow:
        peers = uow.session.scalars(select(SyncPeer).order_by(SyncPeer.display_name))
        return [_view(uow.session, p) for p in peers]


def colleague(ws: Workspace, name_or_device: str) -> ColleagueView:
    with ws.unit_of_work() as uow:
        return _view(uow.session, _find(uow.session, name_or_device))


def _find(session: Session, name: str) -> SyncPeer:
    peer = find_peer(session, name)
    if peer is None:
        raise NotFound(f"Aucun collègue « {name} » dans la liste.")
    return peer


def my_card(ws: Workspace) -> MyCard:
    with ws.unit_of_work() as uow:
        keys = device_keys(uow.session, ws.device_id)
        owner = uow.session.get(Coordinator, ws.user_id) if ws.user_id else None
        card = Card(owner.display_name if owner else "", owner.structure_name if owner else None,
                    ws.device_id, ws.user_id, keys.age_recipient, keys.signing_key.hex())
    return MyCard(card.to_text(), keys.fingerprint, fingerprint_words(keys.signing_key))


def read_card(source: str) -> Card:
    """A card from its text, or from a file holding it."""
    text = source.strip()
    if not text.startswith(CARD_PREFIX):
        path = Path(text)
        try:
            if path.stat().st_size > 8192:
                raise InvalidInput("Ce fichier est trop grand pour une carte de visite.", "card")
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput("Impossible de lire cette carte de visite.", "card") from exc
    return Card.from_text(text)


def add_from_card(ws: Workspace, source: str, display_name: str | None = None) -> ColleagueView:
    card = read_card(source)
    with ws.unit_of_work() as uow:
        if card.device_id == ws.device_id:
            raise InvalidInput("C'est la carte de cette installation.", "card")
        peer = upsert_peer(uow.session, (display_name or card.name).strip(),
                           device_id=card.device_id, signing_key=card.signing_key,
                           age_recipient=card.age_recipient)
        peer.structure = card.structure or peer.structure
        peer.coordinator_id = card.coordinator_id or peer.coordinator_id
        return _view(uow.session, peer)


def add_from_bundle(ws: Workspace, path: Path, *, passphrase: str | None = None,
                    display_name: str | None = None) -> ColleagueView:
    """A colleague from a bundle they sent (its signature is checked; nothing imported)."""
    limits = Limits()
    data = read_bundle_file(path, limits)
    with ws.unit_of_work() as uow:
        keys = device_keys(uow.session, ws.device_id)
    m = unseal(decrypt(data, identity=keys.age_identity, passphrase=passphrase), limits).manifest
    if m.device_id == ws.device_id:
        raise InvalidInput("Ce paquet vient de cette installation.", "bundle")
    structure = m.extra.get("structure")
    with ws.unit_of_work() as uow:
        peer = upsert_peer(uow.session, (display_name or m.author_name or m.device_id).strip(),
                           device_id=m.device_id, signing_key=m.signing_key,
                           age_recipient=check_recipient(m.age_recipient))
        if isinstance(structure, str) and structure.strip():
            peer.structure = structure.strip()[:200]
        peer.coordinator_id = m.author_id or peer.coordinator_id
        return _view(uow.session, peer)


def set_structure(ws: Workspace, peer_id: int, structure: str) -> ColleagueView:
    with ws.unit_of_work() as uow:
        peer = uow.session.get(SyncPeer, peer_id)
        if peer is None:
            raise NotFound("Ce collègue n'est plus dans la liste.")
        peer.structure = structure.strip()[:200] or None
        return _view(uow.session, peer)


def revoke(ws: Workspace, name_or_device: str) -> ColleagueView:
    """Refuse every later bundle signed by this device, saying since when."""
    sync.revoke_peer(ws, name_or_device)
    return colleague(ws, name_or_device)


# -- the team's settings ---------------------------------------------------------------


def settings(ws: Workspace) -> TeamSettings:
    with ws.unit_of_work() as uow:
        found = {s.key: s.value for s in uow.session.scalars(select(SyncSetting))}
    scope = found.get(SHARE_SCOPE_KEY)
    interval = found.get(INTERVAL_KEY)
    return TeamSettings(scope if scope in SHARE_SCOPES else SHARE_ALL,
                        interval if isinstance(interval, int) and interval > 0
                        else DEFAULT_INTERVAL)


def save_settings(ws: Workspace, *, share_scope: str | None = None,
                  interval_minutes: int | None = None) -> TeamSettings:
    if share_scope is not None and share_scope not in SHARE_SCOPES:
        raise InvalidInput("Partage : « all » (tous les patients) ou « care_team » (ceux dont "
                           "le collègue est référent ou dont le cercle de soins comprend sa "
                           "structure).", "share_scope")
    if interval_minutes is not None and not 1 <= interval_minutes <= 24 * 60:
        raise InvalidInput("L'intervalle doit être compris entre 1 et 1440 minutes.",
                           "interval")
    values: dict[str, Any] = {}
    if share_scope is not None:
        values[SHARE_SCOPE_KEY] = share_scope
    if interval_minutes is not None:
        values[INTERVAL_KEY] = interval_minutes
    with ws.unit_of_work() as uow:
        for key, value in values.items():
            row = uow.session.get(SyncSetting, key)
            if row is None:
                uow.session.add(SyncSetting(key=key, value=value))
            else:
                row.value = value
    return settings(ws)


# -- sending ---------------------------------------------------------------------------


def _file_name(name: str) -> str:
    safe = re.sub(r"[^0-9A-Za-z_-]+", "-", name).strip("-") or "collegue"
    return f"pour-{safe}-{dt.datetime.now():%Y%m%d-%H%M%S}{EXTENSION}"


def send_to(ws: Workspace, names: Sequence[str], out: Path,
            progress: sync.Progress | None = None, cancel: sync.Cancel | None = None,
            patient_ids: Sequence[str] = ()) -> list[SendResult]:
    """One bundle per colleague, encrypted for them alone, holding what they have not
    acknowledged (or, with ``patient_ids``, these patients' whole files), and only the
    patients they may see (team setting). ``out`` is the file for one colleague, or the
    folder the bundles go to for several."""
    if not names:
        raise InvalidInput("Choisissez au moins un collègue.", "to")
    scope = settings(ws).share_scope
    with ws.unit_of_work() as uow:
        peers = [_find(uow.session, n) for n in dict.fromkeys(names)]
        for peer in peers:
            if peer.revoked_at is not None:
                raise InvalidInput(f"Le poste de {peer.display_name} est révoqué depuis le "
                                   f"{peer.revoked_at:%d/%m/%Y} : rien n'a été envoyé.", "to")
            if not peer.age_recipient or not peer.device_id:
                raise InvalidInput(f"La clé publique de {peer.display_name} est inconnue : "
                                   "ajoutez sa carte de visite ou importez un de ses paquets.",
                                   "to")
        targets = [(p.id, p.display_name, p.age_recipient, dict(p.acked or {}),
                    Recipient(p.display_name, p.device_id, p.coordinator_id, p.structure))
                   for p in peers]
    if len(targets) > 1 or out.is_dir():
        out.mkdir(parents=True, exist_ok=True)
    results = []
    for peer_id, name, recipient, acked, who in targets:
        path = out / _file_name(name) if out.is_dir() else out
        audience = Audience((who,), scope)
        options: dict[str, Any] = {"scope": "peer", "since": acked}
        if patient_ids:
            options = {"scope": "patients",
                       "patient_ids": _visible(ws, audience, patient_ids, name)}
        summary = sync.export_bundle(ws, path, recipients=[str(recipient)], audience=audience,
                                     progress=progress, cancel=cancel, **options)
        with ws.unit_of_work() as uow:
            now = dt.datetime.now()
            uow.session.add(SyncSent(peer_id=peer_id, bundle_id=summary.bundle_id, sent_at=now,
                                     op_count=summary.op_count, patients=summary.patients))
            sent_to = uow.session.get(SyncPeer, peer_id)
            assert sent_to is not None
            sent_to.last_export_at = now
            sent_to.first_exchange_at = sent_to.first_exchange_at or now
        results.append(SendResult(name, summary))
    return results


def _visible(ws: Workspace, audience: Audience, patient_ids: Sequence[str],
             name: str) -> list[str]:
    with ws.unit_of_work() as uow:
        hidden = hidden_records(uow.session.connection(), audience)["patient"]
    chosen = [p for p in dict.fromkeys(patient_ids) if p not in hidden]
    if not chosen:
        raise InvalidInput(f"Aucun des patients choisis n'est suivi par {name} (ni référent, "
                           "ni cercle de soins) : rien n'a été envoyé.", "patient")
    return chosen
