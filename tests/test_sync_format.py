"""The bundle file: standard age, signed, bounded. Every kind of bad bundle is refused with
its own French sentence, changes nothing, and leaves no plaintext on disk."""

from __future__ import annotations

import dataclasses
import random
import shutil
import stat
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import select

from coordapp.errors import InvalidInput
from coordapp.models import AuditEvent, SyncIdentity
from coordapp.services.demo.generate import generate_demo
from coordapp.services.sync import bundles as sync
from coordapp.sync import errors as e
from coordapp.sync.format import (
    MAGIC,
    Limits,
    OpsWriter,
    decrypt,
    encrypt,
    seal,
    unseal,
)
from coordapp.sync.keys import device_keys
from tests.test_sync_helpers import (
    Replica,
    counts,
    export_to,
    ids,
    introduce,
    make_replica,
    snapshot,
)

TEAM_PASSPHRASE = "quatre chevaux blancs traversent la Meuse à l'aube"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Anne writes bundles for Bruno; Chloé is a stranger; one big bundle (> 64 KiB)."""
    root = tmp_path_factory.mktemp("format")
    a, b, c = (make_replica(root, n) for n in ("Anne", "Bruno", "Chloe"))
    introduce(a, b)
    generate_demo(a.ws, 40, seed=7)
    big = export_to(a, b, root / "bundles")
    yield {"a": a, "b": b, "c": c, "big": big, "root": root}
    for r in (a, b, c):
        r.ws.close()


def identity_of(r: Replica) -> str:
    with r.ws.unit_of_work() as uow:
        row = uow.session.get(SyncIdentity, 1)
        assert row is not None
        return row.age_identity


def inner(world: dict[str, object], bundle: Path) -> bytes:
    b = world["b"]
    assert isinstance(b, Replica)
    return decrypt(bundle.read_bytes(), identity=identity_of(b), passphrase=None)


def rewrap(world: dict[str, object], plaintext: bytes, name: str) -> Path:
    """Encrypt a (doctored) inner container for Bruno, without re-signing it."""
    b = world["b"]
    assert isinstance(b, Replica)
    path = Path(str(world["root"])) / "bad" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(encrypt(plaintext, recipients=[b.recipient], passphrase=None))
    return path


def resign(world: dict[str, object], name: str, *, lines: Callable[[list[str]], list[str]]
           = lambda x: x, **manifest: object) -> Path:
    """A bundle properly signed by Anne, with changed operations or manifest."""
    a, big = world["a"], world["big"]
    assert isinstance(a, Replica) and isinstance(big, Path)
    opened = unseal(inner(world, big), Limits())
    writer = OpsWriter(["all"])
    for line in lines(list(opened.lines())):
        writer.add("all", line + "\n")
    blob, sha = writer.finish()
    fields: dict[str, object] = {"op_count": writer.count, "ops_size": writer.size,
                                 "ops_sha256": sha, **manifest}
    changed = dataclasses.replace(opened.manifest, **fields)  # type: ignore[arg-type]
    with a.ws.unit_of_work() as uow:
        keys = device_keys(uow.session, a.ws.device_id)
    return rewrap(world, seal(changed, blob, keys), name)


def expect_refusal(world: dict[str, object], bundle: Path, error: type[e.BundleRefused],
                   **options: object) -> str:
    b = world["b"]
    assert isinstance(b, Replica)
    before = (snapshot(b.ws), {k: v for k, v in counts(b.ws).items()})
    files_before = _plain_files(world)
    with pytest.raises(error) as info:
        sync.import_bundle(b.ws, bundle, **options)  # type: ignore[arg-type]
    assert type(info.value) is error
    assert snapshot(b.ws) == before[0] and counts(b.ws) == before[1]
    assert _plain_files(world) == files_before  # no temporary plaintext left anywhere
    return info.value.message


def _plain_files(world: dict[str, object]) -> list[Path]:
    """Every file but the encrypted backups made before an import (checked encrypted)."""
    found = []
    for path in sorted(Path(str(world["root"])).rglob("*")):
        if not path.is_file():
            continue
        if path.parent.name == "backups":
            assert not path.read_bytes().startswith(b"SQLite format 3")
            continue
        found.append(path)
    return found


def test_bundle_decrypts_with_the_standard_age_tool(world: dict[str, object], tmp_path: Path):
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command-line tool is not installed")
    big, b = world["big"], world["b"]
    assert isinstance(big, Path) and isinstance(b, Replica)
    key = tmp_path / "identity.txt"
    key.write_text(identity_of(b) + "\n")
    out = subprocess.run([age, "-d", "-i", str(key), str(big)], capture_output=True, check=True)
    assert out.stdout.startswith(MAGIC)
    opened = unseal(out.stdout, Limits())
    assert opened.manifest.author_name == "Anne" and opened.manifest.op_count > 1000
    # On disk: not readable by others, and nothing in clear.
    assert stat.S_IMODE(big.stat().st_mode) == 0o600
    assert b"Anne" not in big.read_bytes() and MAGIC not in big.read_bytes()


def test_passphrase_bundles_need_the_team_passphrase(world: dict[str, object]):
    a, b = world["a"], world["b"]
    assert isinstance(a, Replica) and isinstance(b, Replica)
    path = Path(str(world["root"])) / "team.coordbundle"
    sync.export_bundle(a.ws, path, scope="patients", passphrase=TEAM_PASSPHRASE,
                       patient_ids=[min(ids(a.ws, "patient"))])
    assert pyrage.passphrase.decrypt(path.read_bytes(), TEAM_PASSPHRASE).startswith(MAGIC)
    expect_refusal(world, path, e.BundlePassphraseRequired)
    wrong = expect_refusal(world, path, e.WrongBundlePassphrase, passphrase="pas la bonne")
    assert "Phrase de passe du paquet incorrecte" in wrong
    assert sync.import_bundle(b.ws, path, passphrase=TEAM_PASSPHRASE, dry_run=True).new_ops


def _truncate_at_chunk_boundary(data: bytes) -> bytes:
    header_end = data.index(b"\n---") + 1
    header_end = data.index(b"\n", header_end) + 1
    return data[: header_end + 16 + 65536 + 16]  # nonce, then one full payload chunk


CASES: dict[str, tuple[Callable[[dict[str, object], bytes], Path], type[e.BundleRefused]]] = {
    "not_a_bundle": (lambda w, d: _write(w, "notes.txt", b"Compte rendu de visite\n" * 40),
                     e.NotABundle),
    "empty": (lambda w, d: _write(w, "empty", b""), e.BundleDamaged),
    "truncated_in_header": (lambda w, d: _write(w, "t1", d[:60]), e.BundleDamaged),
    "truncated_mid_stream": (lambda w, d: _write(w, "t2", d[: len(d) // 2]), e.BundleDamaged),
    "truncated_at_chunk": (lambda w, d: _write(w, "t3", _truncate_at_chunk_boundary(d)),
                           e.BundleDamaged),
    "appended": (lambda w, d: _write(w, "app", d + b"\0"), e.BundleDamaged),
    "payload_flipped": (lambda w, d: _write(w, "flip", _flip(d, len(d) - 100)), e.BundleDamaged),
    "not_a_recipient": (lambda w, d: _for_chloe(w), e.NotARecipient),
    "foreign_age_file": (lambda w, d: rewrap(w, b"hello, not coordapp" * 10, "foreign"),
                         e.NotABundle),
    "signature_invalid": (lambda w, d: rewrap(w, _flip(inner(w, _big(w)), 5000), "sig"),
                          e.BadSignature),
    "signer_key_swapped": (lambda w, d: rewrap(w, _swap_signer(inner(w, _big(w))), "swap"),
                           e.BadSignature),
    "newer_format": (lambda w, d: rewrap(w, _newer_format(inner(w, _big(w))), "fmt"),
                     e.BundleTooNew),
    "newer_schema": (lambda w, d: resign(w, "schema", schema="9999_future"), e.BundleTooNew),
    "unknown_field": (lambda w, d: resign(w, "field", lines=_add_unknown_field), e.BundleTooNew),
    "manifest_len_bomb": (lambda w, d: rewrap(w, _huge_manifest_len(inner(w, _big(w))), "bomb"),
                          e.BundleDamaged),
    "ops_size_bomb": (lambda w, d: resign(w, "zip", ops_size=1 << 40), e.BundleTooLarge),
    "hash_mismatch": (lambda w, d: resign(w, "hash", ops_sha256="0" * 64), e.BundleDamaged),
}


def _write(world: dict[str, object], name: str, data: bytes) -> Path:
    path = Path(str(world["root"])) / "bad" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _big(world: dict[str, object]) -> Path:
    big = world["big"]
    assert isinstance(big, Path)
    return big


def _flip(data: bytes, position: int) -> bytes:
    out = bytearray(data)
    out[position] ^= 0x01
    return bytes(out)


def _for_chloe(world: dict[str, object]) -> Path:
    a, c = world["a"], world["c"]
    assert isinstance(a, Replica) and isinstance(c, Replica)
    return export_to(a, c, Path(str(world["root"])) / "bad", recipients=[c.recipient])


def _swap_signer(plaintext: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other = Ed25519PrivateKey.generate()
    body = plaintext[: -98]
    import hashlib

    signature = other.sign(hashlib.sha512(body).digest())
    return body + struct.pack(">H32s64s", 1, other.public_key().public_bytes_raw(), signature)


def _newer_format(plaintext: bytes) -> bytes:
    return plaintext[:8] + struct.pack(">H", 2) + plaintext[10:]


def _huge_manifest_len(plaintext: bytes) -> bytes:
    return plaintext[:12] + struct.pack(">I", 0xFFFFFFF0) + plaintext[16:]


def _add_unknown_field(lines: list[str]) -> list[str]:
    head, values = lines[0].split("\t", 1)
    return [f'{head}\t{{"future_field": 1, {values[1:]}', *lines[1:]]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_bundles_are_refused_with_their_own_message(world: dict[str, object], case: str):
    make, error = CASES[case]
    path = make(world, _big(world).read_bytes())
    message = expect_refusal(world, path, error)
    assert message.endswith(".") and ("rien n'a été importé" in message or
                                      "mettez à jour CoordApp" in message)


def test_each_kind_of_refusal_has_a_distinct_french_sentence():
    kinds = [e.NotABundle, e.BundleDamaged, e.BundleIncomplete, e.WrongBundlePassphrase,
             e.BundlePassphraseRequired, e.NotARecipient, e.BadSignature, e.UnknownSigner,
             e.RevokedSigner, e.BundleTooNew, e.BundleTooLarge, e.ClonedInstallation]
    messages = [k.default_message for k in kinds]
    assert len(set(messages)) == len(kinds)
    assert "mettez à jour CoordApp" in e.BundleTooNew.default_message
    assert all(issubclass(k, InvalidInput) for k in kinds)  # CLI exit code 4


def test_too_large_files_are_refused_before_reading(world: dict[str, object]):
    limits = Limits(max_file_bytes=1024)
    b = world["b"]
    assert isinstance(b, Replica)
    with pytest.raises(e.BundleTooLarge, match="limite"):
        sync.import_bundle(b.ws, _big(world), limits=limits)


def test_any_flipped_byte_is_refused(world: dict[str, object]):
    data = _big(world).read_bytes()
    header_end = data.index(b"\n---")
    rng = random.Random(4)
    positions = {0, 10, header_end + 5, len(data) - 1, len(data) // 2}
    positions |= {rng.randrange(len(data)) for _ in range(12)}
    for position in sorted(positions):
        path = _write(world, f"flip-{position}", _flip(data, position))
        b = world["b"]
        assert isinstance(b, Replica)
        before = counts(b.ws)
        with pytest.raises(e.BundleRefused) as info:
            sync.import_bundle(b.ws, path)
        # A flip inside this installation's own key stanza cannot be told apart from a
        # bundle for someone else; everywhere else it reads as damage.
        expected = (e.BundleDamaged, e.NotARecipient) if position < header_end else \
            (e.BundleDamaged,)
        assert isinstance(info.value, expected), (position, info.value)
        assert counts(b.ws) == before
        path.unlink()


def test_unknown_and_revoked_signers_are_refused_and_audited(world: dict[str, object],
                                                              tmp_path: Path):
    b, c = world["b"], world["c"]
    assert isinstance(b, Replica) and isinstance(c, Replica)
    bundle = export_to(c, b, tmp_path)
    message = expect_refusal(world, bundle, e.UnknownSigner)
    assert "Chloe" in message and "--trust" in message and c.identity.fingerprint in message
    preview = sync.preview_bundle(b.ws, bundle)
    assert preview.signer.status == "unknown" and not preview.signer.known
    assert sync.import_bundle(b.ws, bundle, trust=True).signer.status == "new"
    sync.revoke_peer(b.ws, "Chloe")
    expect_refusal(world, export_to(c, b, tmp_path), e.RevokedSigner)
    with b.ws.unit_of_work() as uow:
        details = [ev.detail for ev in uow.session.scalars(select(AuditEvent))
                   if ev.action == "import"]
    assert "refusé : signataire_inconnu" in details
    assert "refusé : signataire_revoque" in details
