"""Keyslot file: the database's random data key, wrapped under the user's secrets.

The SQLCipher database is keyed with a random 256-bit data key (DEK). The keyslot file
beside it holds that key twice, each copy wrapped with AES-256-GCM under a key derived
by Argon2id: once from the passphrase, once from the recovery code. Changing the
passphrase rewraps one slot and never touches the database. A slot that fails to
unwrap means a wrong secret; the database itself is only opened with a verified key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from coordapp.errors import CannotUnlock, FileUnreadable, KeyslotDamaged
from coordapp.storage.atomic import write_bytes_atomic

FORMAT = "coordapp-keyslots"
FORMAT_VERSION = 1
DEK_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

#: Crockford base32 (no I, L, O, U): easy to copy by hand and read aloud.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 4  # 24 characters x 5 bits = 120 bits

DEFAULT_TARGET_SECONDS = 0.5
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_LANES = 4
#: The weakest derivation the product accepts: a slot below it (made by an older version,
#: or by a test build) is re-wrapped at full strength the next time it is unlocked.
FLOOR_ITERATIONS = 2
FLOOR_MEMORY_KIB = 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    memory_kib: int
    lanes: int
    salt: bytes

    def derive(self, secret: bytes) -> bytes:
        kdf = Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)

    def to_json(self) -> dict[str, object]:
        return {
            "alg": "argon2id",
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown kdf")
        params = cls(
            iterations=_int(data["iterations"]),
            memory_kib=_int(data["memory_kib"]),
            lanes=_int(data["lanes"]),
            salt=_unb64(data["salt"]),
        )
        # Absurd settings (a hand-edited or hostile file) would hang or exhaust memory.
        if (params.iterations > MAX_ITERATIONS or params.memory_kib > MAX_MEMORY_KIB
                or params.lanes > 64 or params.memory_kib < 8 * params.lanes
                or len(params.salt) < 8):
            raise ValueError("kdf settings out of range")
        return params


MAX_ITERATIONS = 1_000
MAX_MEMORY_KIB = 4 * 1024 * 1024


@dataclass(frozen=True)
class KdfPolicy:
    """How new keyslots are derived, and the weakest derivation accepted as is.

    The product uses :data:`PRODUCT_POLICY`. Code that needs another one (the test suite
    creates hundreds of databases) passes it explicitly, or installs it for the process
    with :func:`set_default_policy`; nothing reads it from the environment.
    """

    make_params: Callable[[], KdfParams]
    floor_iterations: int = FLOOR_ITERATIONS
    floor_memory_kib: int = FLOOR_MEMORY_KIB
    name: str = field(default="product")

    def is_weak(self, params: KdfParams) -> bool:
        return (params.iterations < self.floor_iterations
                or params.memory_kib < self.floor_memory_kib)


def calibrated_params(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters costing about ``target_seconds`` on this machine."""
    salt = os.urandom(16)
    probe = KdfParams(iterations=1, memory_kib=DEFAULT_MEMORY_KIB, lanes=DEFAULT_LANES, salt=salt)
    start = time.perf_counter()
    probe.derive(b"calibration")
    one_pass = max(time.perf_counter() - start, 1e-3)
    iterations = max(FLOOR_ITERATIONS, round(target_seconds / one_pass))
    return replace(probe, iterations=min(iterations, 64))


PRODUCT_POLICY = KdfPolicy(calibrated_params)
_default_policy = PRODUCT_POLICY


def default_policy() -> KdfPolicy:
    return _default_policy


def set_default_policy(policy: KdfPolicy) -> KdfPolicy:
    """Use ``policy`` for every store this process creates or unlocks without one of its
    own; returns the previous one. The shipped application never calls it."""
    global _default_policy
    previous, _default_policy = _default_policy, policy
    return previous


@dataclass(frozen=True)
class Keyslot:
    kind: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def _aad(self) -> bytes:
        header = {"format": FORMAT, "kind": self.kind, "kdf": self.kdf.to_json()}
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def wrap(cls, kind: str, dek: bytes, secret: bytes, kdf: KdfParams) -> Keyslot:
        nonce = os.urandom(12)
        slot = cls(kind=kind, kdf=kdf, nonce=nonce, wrapped=b"")
        wrapped = AESGCM(kdf.derive(secret)).encrypt(nonce, dek, slot._aad())
        return replace(slot, wrapped=wrapped)

    def unwrap(self, secret: bytes) -> bytes | None:
        """The data key, or None when ``secret`` is not this slot's secret."""
        try:
            dek = AESGCM(self.kdf.derive(secret)).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag:
            return None
        return dek if len(dek) == DEK_BYTES else None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "kdf": self.kdf.to_json(),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Keyslot:
        kdf = data["kdf"]
        if not isinstance(kdf, dict):
            raise ValueError("kdf must be an object")
        return cls(
            kind=str(data["kind"]),
            kdf=KdfParams.from_json(kdf),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
        )


@dataclass(frozen=True)
class AuditAnchor:
    """The audit trail's head (entry count and last entry's MAC), kept outside the base so
    that deleting its last entries, or all of them, shows; MAC'd with the audit key."""

    count: int
    last: str
    mac: str

    @staticmethod
    def _mac(key: bytes, count: int, last: str) -> str:
        return hmac.new(key, f"anchor|{count}|{last}".encode("ascii"), hashlib.sha256).hexdigest()

    @classmethod
    def make(cls, key: bytes, count: int, last: str) -> AuditAnchor:
        return cls(count, last, cls._mac(key, count, last))

    def valid(self, key: bytes) -> bool:
        return hmac.compare_digest(self.mac, self._mac(key, self.count, self.last))

    def to_json(self) -> dict[str, object]:
        return {"count": self.count, "last": self.last, "mac": self.mac}

    @classmethod
    def from_json(cls, data: object) -> AuditAnchor:
        if not isinstance(data, dict):
            raise ValueError("audit anchor must be an object")
        count, last, mac = data.get("count"), data.get("last"), data.get("mac")
        if not isinstance(count, int) or count < 0 or not isinstance(last, str) \
                or not isinstance(mac, str) or not last.isascii() or not mac.isascii():
            raise ValueError("bad audit anchor")
        return cls(count, last, mac)


@dataclass(frozen=True)
class KeyslotFile:
    path: Path
    slots: tuple[Keyslot, ...]
    audit: AuditAnchor | None = None

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keys")

    @classmethod
    def load(cls, path: Path) -> KeyslotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyslotDamaged(
                "Le fichier de clés de la base est introuvable : sans lui la base ne peut "
                "pas être ouverte. Restaurez-le depuis une sauvegarde."
            ) from exc
        except OSError as exc:  # a directory in its place, no read permission, I/O error
            raise FileUnreadable(
                f"Le fichier de clés {path} ne peut pas être lu (droits d'accès, ou dossier à "
                "la place du fichier) : vérifiez-le, rien n'a été modifié."
            ) from exc
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ValueError("not a keyslot file")
            if data.get("version") != FORMAT_VERSION:
                raise ValueError("unknown keyslot version")
            slots = tuple(Keyslot.from_json(item) for item in data["slots"])
            if not slots:
                raise ValueError("no slot")
            audit = AuditAnchor.from_json(data["audit"]) if "audit" in data else None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyslotDamaged() from exc
        return cls(path=path, slots=slots, audit=audit)

    def with_audit(self, anchor: AuditAnchor) -> KeyslotFile:
        return replace(self, audit=anchor)

    def save(self) -> None:
        document: dict[str, object] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "slots": [slot.to_json() for slot in self.slots],
        }
        if self.audit is not None:
            document["audit"] = self.audit.to_json()
        write_bytes_atomic(self.path, json.dumps(document, indent=2).encode() + b"\n")

    def unlock(self, secret: str) -> bytes:
        """Try the passphrase slot, then the recovery slot when the secret looks like a code."""
        return self.unlock_slot(secret)[0]

    def unlock_slot(self, secret: str) -> tuple[bytes, Keyslot]:
        """The data key and the slot that opened it."""
        for slot in self.slots:
            candidate = _secret_bytes(slot.kind, secret)
            if candidate is None:
                continue
            dek = slot.unwrap(candidate)
            if dek is not None:
                return dek, slot
        raise CannotUnlock()

    def strengthened(self, slot: Keyslot, dek: bytes, secret: str,
                     policy: KdfPolicy) -> KeyslotFile | None:
        """This file with ``slot`` re-wrapped under ``policy`` when its derivation is below
        the policy's floor; None when it is strong enough."""
        if not policy.is_weak(slot.kdf):
            return None
        candidate = _secret_bytes(slot.kind, secret)
        assert candidate is not None
        return self.with_slot(Keyslot.wrap(slot.kind, dek, candidate, policy.make_params()))

    def with_slot(self, slot: Keyslot) -> KeyslotFile:
        """This file with ``slot`` in place of the slot of the same kind (order kept)."""
        if not any(s.kind == slot.kind for s in self.slots):
            return replace(self, slots=(slot, *self.slots))
        return replace(self, slots=tuple(slot if s.kind == slot.kind else s
                                         for s in self.slots))


def new_data_key() -> bytes:
    return secrets.token_bytes(DEK_BYTES)


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(24))
    groups = [chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, 24, RECOVERY_GROUP_LEN)]
    return "-".join(groups)


_LOOKALIKES = str.maketrans("OIL", "011")


def normalize_recovery_code(text: str) -> str | None:
    """Canonical form of a typed recovery code, or None if it cannot be one."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.translate(_LOOKALIKES)
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN:
        return None
    if any(c not in RECOVERY_ALPHABET for c in cleaned):
        return None
    return cleaned


def _secret_bytes(kind: str, secret: str) -> bytes | None:
    if kind == RECOVERY:
        code = normalize_recovery_code(secret)
        return code.encode() if code else None
    return secret.encode("utf-8")


def recovery_secret(code: str) -> bytes:
    normalized = normalize_recovery_code(code)
    if normalized is None:
        raise ValueError("malformed recovery code")
    return normalized.encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(value, validate=True)


def _int(value: object) -> int:
    if not isinstance(value, int) or value <= 0:
        raise ValueError("expected a positive integer")
    return value
