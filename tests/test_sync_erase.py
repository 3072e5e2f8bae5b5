"""A GDPR erasure reaches every copy: rows, change log, conflicts, later bundles, the
field history and the very pages of the database and its WAL, decrypted with the key the
app's own storage layer holds; later operations from colleagues who had not seen the
erasure are kept as conflicts without text and never bring the person back."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from coordapp.cli import main
from coordapp.errors import InvalidInput
from coordapp.models import Patient
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.erasure import ErasureService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.patient.history import HistoryService
from coordapp.services.sync import bundles as sync
from coordapp.sync.format import Limits, decrypt, unseal
from tests.conftest import PASSPHRASE
from tests.test_sync_helpers import Replica, add_patient, introduce, make_replica, ship, snapshot

PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV (16) and HMAC-SHA512 (64) per page
NAME, GIVEN, NIR = "Quintavalle", "Zéphirine", "238027511200453"
PHONES = ("06 11 22 33 44", "06 55 66 77 88")
SECRETS = [NAME, GIVEN, NIR, "+33611223344", "+33655667788", "+33699887766", "XYZZY",
           "PLUGH", "FROTZ"]


def _decrypt_page(page: bytes, dek: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(dek), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(db: Path, dek: bytes) -> bytes:
    """Every page of the file and every frame of its WAL, free pages included, in clear."""
    data = db.read_bytes()
    out = [_decrypt_page(data[n * PAGE : (n + 1) * PAGE], dek, n == 0)
           for n in range(len(data) // PAGE)]
    wal = Path(f"{db}-wal")
    raw = wal.read_bytes() if wal.exists() else b""
    pos = 32
    while pos + 24 + PAGE <= len(raw):
        (number,) = struct.unpack(">I", raw[pos : pos + 4])
        out.append(_decrypt_page(raw[pos + 24 : pos + 24 + PAGE], dek, number == 1))
        pos += 24 + PAGE
    return b"".join(out)


def traces(blob: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode() in blob or s.encode("utf-16-le") in blob]


def bundle_text(path: Path, reader: Replica) -> str:
    keys = sync.identity(reader.ws)
    with reader.ws.unit_of_work() as uow:
        from coordapp.sync.keys import device_keys

        identity = device_keys(uow.session, keys.device_id).age_identity
    opened = unseal(decrypt(path.read_bytes(), identity=identity, passphrase=None), Limits())
    return json.dumps(opened.manifest.to_bytes().decode()) + "\n".join(opened.lines())


@pytest.fixture
def team(tmp_path: Path):
    replicas = [make_replica(tmp_path, n) for n in ("Anne", "Bruno", "Chloe", "David")]
    introduce(*replicas)
    yield replicas
    for r in replicas:
        r.ws.close()


def _person(r: Replica) -> str:
    pid = add_patient(r, family_name=NAME, given_names=GIVEN, nir=NIR, sex="F",
                      birth_date="1938-02-03", phone=PHONES[0], phone_alt=PHONES[1],
                      situation_notes="Vit seule, XYZZY")
    FollowUpService(r.ws).add_journal_entry(pid, "Appel de la fille, PLUGH")
    return pid


def test_erasure_reaches_a_colleague_who_held_the_person_and_leaves_no_trace(
    team: list[Replica], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    a, b, c, d = team
    pid = _person(a)
    other = add_patient(a, family_name="Témoin", given_names="Lisible")  # positive control
    ship(a, b, tmp_path / "x")
    ship(a, c, tmp_path / "x")
    # A conflict on both sides, with both phone numbers in it.
    CaseloadService(a.ws).update_patient(pid, {"phone": "06 99 88 77 66"})
    CaseloadService(b.ws).update_patient(pid, {"phone": "06 12 12 12 12"})
    ship(a, b, tmp_path / "x")
    ship(b, a, tmp_path / "x")
    assert any(v.field == "phone" for v in sync.list_conflicts(a.ws))
    # Bruno writes a note Anne never saw before she erases.
    FollowUpService(b.ws).add_journal_entry(pid, "Visite à domicile FROTZ")

    ErasureService(a.ws).erase(pid, NAME)
    for v in sync.list_conflicts(a.ws, include_resolved=True):
        assert v.mine.value is None and v.theirs.value is None  # conflicts cleared at A
    assert sync.list_conflicts(a.ws) == []

    summary = ship(a, b, tmp_path / "x")
    assert summary.erased >= 3
    with b.ws.unit_of_work() as uow:
        person = uow.session.get(Patient, pid)
        assert person is not None and person.is_deleted
        assert person.family_name == "[effacé]" and person.phone is None
    # Chloe, who had not seen the erasure, edits the person and writes a note.
    CaseloadService(c.ws).update_patient(pid, {"situation_notes": "Aggravation FROTZ"})
    FollowUpService(c.ws).add_journal_entry(pid, "Note de Chloé XYZZY")
    late = ship(c, b, tmp_path / "x")
    assert late.new_ops >= 2
    with b.ws.unit_of_work() as uow:
        assert uow.session.get(Patient, pid).is_deleted  # never re-created
    kept = [v for v in sync.list_conflicts(b.ws) if v.entity_id == pid and v.is_deletion]
    assert kept, "the late edit is listed as a conflict"
    assert all(v.mine.value is None and v.theirs.value is None for v in kept)
    assert CaseloadService(b.ws).search("quintavalle") == []

    # History, later bundles, rows, change log and conflicts at B: no trace.
    history = HistoryService(b.ws).field_changes(pid)
    assert {h.kind for h in history} >= {"create", "update", "erase"}
    assert traces(json.dumps([vars(h) for h in history], default=str).encode()) == []
    later = tmp_path / "later.coordbundle"
    sync.export_bundle(b.ws, later, recipients=[d.recipient])
    assert traces(bundle_text(later, d).encode()) == []
    sync.import_bundle(d.ws, later)
    ship(b, c, tmp_path / "x")  # the erasure reaches Chloe through Bruno
    for r in (a, b, c):
        ship(r, a, tmp_path / "x") if r is not a else None
    ship(a, b, tmp_path / "x")
    ship(a, c, tmp_path / "x")
    ship(b, a, tmp_path / "x")
    assert snapshot(a.ws) == snapshot(b.ws) == snapshot(c.ws)
    for r in (a, b, c, d):
        with r.ws.store.engine.connect() as conn:
            dump = "\n".join(str(row) for table in (
                "patient", "journal_entry", "change_log", "sync_conflict")
                for row in conn.execute(text(f"SELECT * FROM {table}")))
        assert traces(dump.encode()) == [], r.name
        assert "Témoin" in dump or r is d

    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    b_db, dek = b.paths.default_db, b.ws.store._key()
    b.ws.close()
    capsys.readouterr()
    assert main(["patient", "history", pid, "--db", str(b_db), "--format", "json"]) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed) and traces(printed.encode()) == []
    pages = decrypted_pages(b_db, dek)
    assert b"T\xc3\xa9moin" in pages and other  # the decryption itself works
    assert traces(pages) == []


def test_a_restore_from_a_colleague_unaware_of_the_erasure_does_not_bring_it_back(
    team: list[Replica], tmp_path: Path
):
    a, b, _c, _d = team
    pid = _person(a)
    ship(a, b, tmp_path / "x")
    with b.ws.unit_of_work() as uow:
        uow.changes.delete(uow.session.get(Patient, pid))
    sync.restore_record(b.ws, "patient", pid)
    ErasureService(a.ws).erase(pid, NAME)
    ship(b, a, tmp_path / "x")
    ship(a, b, tmp_path / "x")
    for r in (a, b):
        with r.ws.unit_of_work() as uow:
            assert uow.session.get(Patient, pid).is_deleted
    assert snapshot(a.ws) == snapshot(b.ws)
    with pytest.raises(InvalidInput):
        sync.restore_record(a.ws, "patient", pid)
