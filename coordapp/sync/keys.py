"""Device keys (Ed25519 to sign bundles, age X25519 to receive them) and the peer roster.

The secrets are created on first use of sync and kept in the encrypted database. A
colleague is known by the public half of both keys: the age recipient (``age1…``) to
encrypt bundles for them, the signing key to tell who made a bundle they send.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput
from coordapp.models import SyncIdentity, SyncPeer


@dataclass(frozen=True)
class DeviceKeys:
    device_id: str
    signing: Ed25519PrivateKey
    signing_key: bytes  # raw 32-byte public key
    age_identity: str  # AGE-SECRET-KEY-1…
    age_recipient: str  # age1…

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_key)

    def identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.age_identity)


def device_keys(session: Session, device_id: str) -> DeviceKeys:
    """This installation's keys, created (and flushed) on first use."""
    row = session.get(SyncIdentity, 1)
    if row is None:
        signing = Ed25519PrivateKey.generate()
        age = pyrage.x25519.Identity.generate()
        row = SyncIdentity(
            id=1, device_id=device_id, signing_secret=signing.private_bytes_raw().hex(),
            signing_key=signing.public_key().public_bytes_raw().hex(),
            age_identity=str(age), age_recipient=str(age.to_public()),
            created_at=dt.datetime.now(),
        )
        session.add(row)
        session.flush()
    signing = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.signing_secret))
    return DeviceKeys(row.device_id, signing, bytes.fromhex(row.signing_key),
                      row.age_identity, row.age_recipient)


def fingerprint(public_key: bytes) -> str:
    """A short text to compare by phone: 20 hexadecimal digits of the key's SHA-256."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def check_recipient(text: str) -> str:
    """A valid age X25519 public key, stripped; refuses anything else."""
    value = text.strip()
    try:
        pyrage.x25519.Recipient.from_str(value)
    except Exception as exc:  # pyrage raises its own RecipientError
        raise InvalidInput(
            f"« {value[:20]}… » n'est pas une clé publique age valide (age1…).", "recipient"
        ) from exc
    return value


def check_signing_key(text: str) -> str:
    value = text.strip().lower()
    try:
        if len(bytes.fromhex(value)) != 32:
            raise ValueError("length")
    except ValueError as exc:
        raise InvalidInput("Clé de signature invalide (64 chiffres hexadécimaux).",
                           "signing_key") from exc
    return value


# -- roster ------------------------------------------------------------------------------


def peer_by_signing_key(session: Session, key_hex: str) -> SyncPeer | None:
    return session.scalar(select(SyncPeer).where(SyncPeer.signing_key == key_hex))


def find_peer(session: Session, name_or_device: str) -> SyncPeer | None:
    """A peer by device id, else by display name (case-insensitive, must be unique)."""
    wanted = name_or_device.strip()
    peer = session.scalar(select(SyncPeer).where(SyncPeer.device_id == wanted))
    if peer is not None:
        return peer
    matches = [p for p in session.scalars(select(SyncPeer))
               if p.display_name.casefold() == wanted.casefold()]
    if len(matches) > 1:
        raise InvalidInput(f"Plusieurs collègues s'appellent « {wanted} » : indiquez "
                           "l'identifiant de leur poste.", "peer")
    return matches[0] if matches else None


def upsert_peer(
    session: Session,
    display_name: str,
    *,
    device_id: str | None = None,
    signing_key: str | None = None,
    age_recipient: str | None = None,
    trusted: bool = True,
) -> SyncPeer:
    """Add a colleague's device to the roster, or complete the entry already there."""
    peer = None
    if device_id:
        peer = session.scalar(select(SyncPeer).where(SyncPeer.device_id == device_id))
    if peer is None and signing_key:
        peer = peer_by_signing_key(session, signing_key)
    if peer is None and age_recipient:
        peer = session.scalar(select(SyncPeer).where(
            SyncPeer.age_recipient == age_recipient, SyncPeer.signing_key.is_(None)))
    if peer is None:
        peer = SyncPeer(display_name=display_name, added_at=dt.datetime.now(), acked={},
                        trusted=trusted)
        session.add(peer)
    elif peer.signing_key and signing_key and peer.signing_key != signing_key:
        raise InvalidInput("Ce poste est déjà connu avec une autre clé de signature.",
                           "signing_key")
    peer.display_name = display_name or peer.display_name
    peer.device_id = device_id or peer.device_id
    peer.signing_key = signing_key or peer.signing_key
    peer.age_recipient = age_recipient or peer.age_recipient
    peer.trusted = trusted or peer.trusted
    session.flush()
    return peer
