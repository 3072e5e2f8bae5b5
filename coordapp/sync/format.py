"""The ``.coordbundle`` file: a standard age v1 file around a signed inner container.

Inner container (all integers big-endian), signed first, then encrypted with age::

    "CCB1\\0\\0\\0\\0" | u16 format_version | u16 flags (0)
    u32 manifest_len | manifest: canonical JSON (sorted keys, UTF-8)
    u64 ops_len      | JSONL operations (see ``coordapp.sync.ops``) as concatenated
                       zlib streams, one per table in foreign-key order
    u16 sig_alg (1 = Ed25519) | 32-byte signer public key | 64-byte signature
                       over SHA-512 of every byte before ``sig_alg``

The age layer (``pyrage``) is either one scrypt stanza (team passphrase) or X25519
recipients (the author always included), so an administrator can always recover a
bundle with the standard ``age`` tool. Decryption happens in memory only: no plaintext
ever reaches the disk. Sizes are checked before anything is allocated.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from coordapp.storage.atomic import write_bytes_atomic
from coordapp.sync.errors import (
    BadSignature,
    BundleDamaged,
    BundlePassphraseRequired,
    BundleTooLarge,
    BundleTooNew,
    NotABundle,
    NotARecipient,
    WrongBundlePassphrase,
)
from coordapp.sync.keys import DeviceKeys
from coordapp.sync.ops import is_hlc, is_uuid, is_vv

MAGIC = b"CCB1\0\0\0\0"
FORMAT_VERSION = 1
SIG_ED25519 = 1
AGE_MAGIC = b"age-encryption.org/v1\n"
EXTENSION = ".coordbundle"
_HEAD = struct.Struct(">8sHHI")
_OPS_LEN = struct.Struct(">Q")
_TRAILER = struct.Struct(">H32s64s")
_CHUNK = 1 << 20
MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Refuse bundles beyond these sizes before allocating anything for them."""

    max_file_bytes: int = 512 * MIB
    max_manifest_bytes: int = 1 * MIB
    max_ops_bytes: int = 8 * 1024 * MIB  # uncompressed, streamed, never held at once
    max_op_count: int = 50_000_000
    max_line_bytes: int = 64 * MIB


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    schema: str
    author_id: str | None
    author_name: str
    device_id: str
    signing_key: str
    age_recipient: str
    created_hlc: str
    created_at: str
    scope: str  # all | peer | patients
    since: dict[str, str]
    frontier: dict[str, str]
    op_count: int
    ops_size: int  # uncompressed
    ops_sha256: str  # of the compressed section
    format: str = "coordapp-bundle"
    compression: str = "zlib"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != "coordapp-bundle":
                raise ValueError("not a manifest")
            if raw.get("compression") != "zlib":
                raise BundleTooNew()
            manifest = cls(**raw)
        except (ValueError, TypeError) as exc:
            raise BundleDamaged() from exc
        if manifest.scope not in ("all", "peer", "patients"):
            raise BundleTooNew()
        ints = (manifest.op_count, manifest.ops_size)
        texts = (manifest.author_name, manifest.signing_key, manifest.age_recipient,
                 manifest.created_at, manifest.ops_sha256, manifest.schema)
        if not (
            all(isinstance(n, int) and n >= 0 for n in ints)
            and all(isinstance(t, str) for t in texts)
            and is_uuid(manifest.bundle_id) and is_uuid(manifest.device_id)
            and (manifest.author_id is None or is_uuid(manifest.author_id))
            and is_hlc(manifest.created_hlc)
            and is_vv(manifest.since) and is_vv(manifest.frontier)
            and isinstance(manifest.extra, dict)
        ):
            raise BundleDamaged()
        return manifest


class OpsWriter:
    """Collects JSONL lines into one zlib stream per table, written in table order.

    Lines may arrive in any table order (a full export scans the change log once); each
    table's stream is compressed as it goes, and ``finish`` concatenates the streams.
    """

    def __init__(self, tables: Sequence[str], level: int = 1) -> None:
        self._streams = {name: _Stream(level) for name in tables}
        self.count = 0
        self.size = 0

    def add(self, table: str, line: str) -> None:
        self._streams[table].add(line)
        self.count += 1
        self.size += len(line)  # corrected to bytes in finish()

    def finish(self) -> tuple[bytes, str]:
        """The concatenated streams and their SHA-256."""
        parts = [stream.finish() for stream in self._streams.values() if stream.count]
        self.size = sum(stream.size for stream in self._streams.values())
        blob = b"".join(parts)
        return blob, hashlib.sha256(blob).hexdigest()


class _Stream:
    def __init__(self, level: int) -> None:
        self._compressor = zlib.compressobj(level)
        self._out: list[bytes] = []
        self._pending: list[str] = []
        self._chars = 0
        self.count = 0
        self.size = 0

    def add(self, line: str) -> None:
        self._pending.append(line)
        self._chars += len(line)
        self.count += 1
        if self._chars > _CHUNK:
            self._drain()

    def _drain(self) -> None:
        data = "".join(self._pending).encode("utf-8")
        self._pending, self._chars = [], 0
        self.size += len(data)
        self._out.append(self._compressor.compress(data))

    def finish(self) -> bytes:
        self._drain()
        self._out.append(self._compressor.flush())
        return b"".join(self._out)


def seal(manifest: Manifest, ops_blob: bytes, keys: DeviceKeys) -> bytes:
    """The signed inner container."""
    body = manifest.to_bytes()
    signed = b"".join([_HEAD.pack(MAGIC, FORMAT_VERSION, 0, len(body)), body,
                       _OPS_LEN.pack(len(ops_blob)), ops_blob])
    signature = keys.signing.sign(hashlib.sha512(signed).digest())
    return signed + _TRAILER.pack(SIG_ED25519, keys.signing_key, signature)


def encrypt(plaintext: bytes, *, recipients: Sequence[str], passphrase: str | None) -> bytes:
    """An age file: one scrypt stanza for a passphrase, else the X25519 recipients."""
    if passphrase is not None:
        return bytes(pyrage.passphrase.encrypt(plaintext, passphrase))
    keys = [pyrage.x25519.Recipient.from_str(r) for r in dict.fromkeys(recipients)]
    return bytes(pyrage.encrypt(plaintext, keys))


def write_bundle(path: Path, data: bytes) -> None:
    """Atomically (temporary file beside it, fsync, rename), readable by the owner only."""
    write_bytes_atomic(path, data)


@dataclass(frozen=True)
class OpenedBundle:
    manifest: Manifest
    signer_key: bytes
    ops_blob: memoryview
    limits: Limits

    def lines(self) -> Iterator[str]:
        """The operation lines, decompressed piece by piece; the hash is checked first,
        counts and size at the end (a mismatch raises ``BundleDamaged``)."""
        m = self.manifest
        if hashlib.sha256(self.ops_blob).hexdigest() != m.ops_sha256:
            raise BundleDamaged()
        size = count = 0
        rest = b""
        for chunk in _inflate(self.ops_blob, m.ops_size):
            size += len(chunk)
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            if len(rest) > self.limits.max_line_bytes:
                raise BundleDamaged()
            if parts:
                count += len(parts)
                if count > m.op_count:
                    raise BundleDamaged()
                try:
                    yield from b"\n".join(parts).decode("utf-8").split("\n")
                except UnicodeDecodeError as exc:
                    raise BundleDamaged() from exc
        if rest or size != m.ops_size or count != m.op_count:
            raise BundleDamaged()


def _inflate(blob: memoryview, limit: int) -> Iterator[bytes]:
    """Decompress one or more concatenated zlib streams, never beyond ``limit`` bytes."""
    total = 0
    data = blob
    try:
        while len(data):
            inflater = zlib.decompressobj()
            end = 0
            for start in range(0, len(data), _CHUNK):
                end = min(start + _CHUNK, len(data))
                piece: bytes | memoryview = data[start:end]
                while piece:
                    out = inflater.decompress(piece, _CHUNK)
                    total += len(out)
                    if total > limit:
                        raise BundleDamaged()
                    if out:
                        yield out
                    if inflater.eof:  # the tail is left in unused_data (and unconsumed_tail)
                        break
                    piece = inflater.unconsumed_tail
                if inflater.eof:
                    break
            if not inflater.eof:
                raise BundleDamaged()
            data = data[end - len(inflater.unused_data) :]
    except zlib.error as exc:
        raise BundleDamaged() from exc


def read_bundle_file(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refusing oversized files before reading them."""
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise BundleTooLarge(
                f"Le paquet fait {size // MIB} Mo, au-delà de la limite de "
                f"{limits.max_file_bytes // MIB} Mo : rien n'a été importé."
            )
        return path.read_bytes()
    except OSError as exc:
        raise NotABundle(f"Impossible de lire le fichier {path.name} : rien n'a été importé.") \
            from exc


def needs_passphrase(data: bytes) -> bool:
    """Whether an age file is protected by a passphrase (scrypt stanza)."""
    return data.startswith(AGE_MAGIC) and data[len(AGE_MAGIC):].startswith(b"-> scrypt ")


def decrypt(data: bytes, *, identity: str, passphrase: str | None) -> bytes:
    """The inner container, or the refusal that explains why it cannot be had."""
    if not data:
        raise BundleDamaged()
    head = data[: len(AGE_MAGIC)]
    if head != AGE_MAGIC:
        close = len(head) == len(AGE_MAGIC) and sum(a != b for a, b in zip(
            head, AGE_MAGIC, strict=True)) <= 2
        raise BundleDamaged() if close or AGE_MAGIC.startswith(head) else NotABundle()
    try:
        if needs_passphrase(data):
            if passphrase is None:
                raise BundlePassphraseRequired()
            return bytes(pyrage.passphrase.decrypt(data, passphrase))
        return bytes(pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity)]))
    except pyrage.DecryptError as exc:
        text = str(exc)
        if text == "Decryption failed":
            raise WrongBundlePassphrase() from exc
        if text == "No matching keys found":
            if needs_passphrase(data):
                raise WrongBundlePassphrase() from exc
            raise NotARecipient() from exc
        raise BundleDamaged() from exc


def unseal(plaintext: bytes, limits: Limits) -> OpenedBundle:
    """Parse and verify the inner container (signature included)."""
    view = memoryview(plaintext)
    total = len(view)
    if total < _HEAD.size or bytes(view[:8]) != MAGIC:
        raise NotABundle()
    _magic, version, flags, manifest_len = _HEAD.unpack_from(view)
    if version > FORMAT_VERSION or flags:
        raise BundleTooNew()
    if version != FORMAT_VERSION:
        raise NotABundle()
    pos = _HEAD.size
    if manifest_len > limits.max_manifest_bytes or pos + manifest_len + _OPS_LEN.size > total:
        raise BundleDamaged()
    body = bytes(view[pos : pos + manifest_len])
    pos += manifest_len
    (ops_len,) = _OPS_LEN.unpack_from(view, pos)
    pos += _OPS_LEN.size
    if ops_len != total - pos - _TRAILER.size:
        raise BundleDamaged()
    ops_blob = view[pos : pos + ops_len]
    pos += ops_len
    alg, signer_key, signature = _TRAILER.unpack_from(view, pos)
    if alg != SIG_ED25519:
        raise BundleTooNew()
    try:
        digest = hashlib.sha512(view[:pos]).digest()
        Ed25519PublicKey.from_public_bytes(signer_key).verify(signature, digest)
    except (InvalidSignature, ValueError) as exc:
        raise BadSignature() from exc
    manifest = Manifest.from_bytes(body)
    if manifest.signing_key != signer_key.hex():
        raise BadSignature()
    if manifest.ops_size > limits.max_ops_bytes or manifest.op_count > limits.max_op_count:
        raise BundleTooLarge()
    return OpenedBundle(manifest, signer_key, ops_blob, limits)
