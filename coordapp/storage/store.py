"""The encrypted case store: one SQLCipher file plus its keyslot file."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from coordapp.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseLocked,
    DatabaseMissing,
    ReadOnlyStorage,
)
from coordapp.storage.atomic import make_private_dir
from coordapp.storage.engine import (
    connect_raw,
    is_busy_error,
    is_damage_error,
    is_read_only_location,
    make_engine,
    writer,
)
from coordapp.storage.keyslots import (
    PASSPHRASE,
    RECOVERY,
    AuditAnchor,
    KdfPolicy,
    Keyslot,
    KeyslotFile,
    default_policy,
    new_data_key,
    new_recovery_code,
    recovery_secret,
)
from coordapp.storage.migrations import needs_upgrade, upgrade_to_head

#: Below this size (about 1,000 patients) table statistics are not gathered (see
#: ``EncryptedStore.refresh_statistics``).
STATISTICS_MIN_BYTES = 50 * 1024 * 1024
#: How long work that can be done later waits for another writer (milliseconds).
QUICK_WAIT_MS = 200


class EncryptedStore:
    """An open, unlocked database. Only ``services`` use it; nothing here knows Qt."""

    def __init__(self, db_path: Path, dek: bytes, backup_dir: Path | None,
                 kdf: KdfPolicy | None = None, *, read_only: bool = False) -> None:
        self.path = db_path
        self.kdf = kdf or default_policy()
        self.keyslots_path = KeyslotFile.path_for(db_path)
        self.backup_dir = backup_dir
        #: On read-only media (or without the right to write): reads only, said to the user.
        self.read_only = read_only
        self._dek: bytes | None = dek
        self.engine: Engine = make_engine(db_path, self._key, read_only=read_only)
        #: The same pool; its transactions begin IMMEDIATE (see ``engine.writer``).
        self.write_engine: Engine = writer(self.engine)
        #: For what can wait (read audits, the audit head, statistics): a short wait only.
        self.background_engine: Engine = writer(self.engine, wait_ms=QUICK_WAIT_MS)

    # -- life cycle -------------------------------------------------------------------

    @classmethod
    def create(
        cls, db_path: Path, passphrase: str, *, backup_dir: Path | None = None,
        kdf: KdfPolicy | None = None,
    ) -> tuple[EncryptedStore, str]:
        """A new empty database at ``db_path``. Returns it and the recovery code (shown once).

        ``kdf`` chooses the key derivation (the product's calibrated Argon2id by default)."""
        if db_path.exists():
            raise DatabaseExists()
        kdf = kdf or default_policy()
        make_private_dir(db_path.parent)
        dek = new_data_key()
        code = new_recovery_code()
        slots = (
            Keyslot.wrap(PASSPHRASE, dek, passphrase.encode("utf-8"), kdf.make_params()),
            Keyslot.wrap(RECOVERY, dek, recovery_secret(code), kdf.make_params()),
        )
        KeyslotFile(KeyslotFile.path_for(db_path), slots).save()
        connect_raw(db_path, dek).close()
        db_path.chmod(0o600)
        store = cls(db_path, dek, backup_dir, kdf)
        try:
            upgrade_to_head(store.write_engine, backup=None)
        except BaseException:
            store.close()
            raise
        return store, code

    @classmethod
    def open(cls, db_path: Path, secret: str, *, backup_dir: Path | None = None,
             kdf: KdfPolicy | None = None) -> EncryptedStore:
        """Unlock with the passphrase or the recovery code and bring the schema to head.

        A slot whose derivation is below ``kdf``'s floor is re-wrapped at full strength
        once the database has opened with the key it gave."""
        if not db_path.exists():
            raise DatabaseMissing()
        keyslots = KeyslotFile.load(KeyslotFile.path_for(db_path))
        dek, slot = keyslots.unlock_slot(secret)
        read_only = is_read_only_location(db_path)
        connect_raw(db_path, dek, read_only=read_only).close()
        store = cls(db_path, dek, backup_dir, kdf, read_only=read_only)
        try:
            if read_only:
                if needs_upgrade(store.engine):
                    raise ReadOnlyStorage(
                        "Cette base doit être mise à jour pour cette version de CoordApp, "
                        "ce qui est impossible sur un support en lecture seule : copiez-la "
                        "d'abord sur le disque.")
            else:
                store._strengthen(slot, secret)
                upgrade_to_head(store.write_engine,
                                backup=store.backup if backup_dir else None)
                store.refresh_statistics()
        except BaseException as exc:
            store.close()
            if is_damage_error(exc):
                raise DatabaseDamaged() from exc
            if is_busy_error(exc):
                raise DatabaseBusy() from exc
            raise
        return store

    def refresh_statistics(self) -> None:
        """Let SQLite gather table statistics where they are missing or out of date.

        Without them the query planner guesses, and guesses badly on a large caseload
        ("À faire" for one coordinator read every late action of the DAC: seconds at
        20,000 patients instead of milliseconds). A few milliseconds when nothing grew;
        a full ``ANALYZE`` of the tables that did (once, after a bulk import).

        Small files are left without statistics on purpose: statistics saying that the
        change log holds one row make the planner scan it instead of using its indexes,
        and a bundle import then grows it to hundreds of thousands of rows in one
        transaction (quadratic). Without statistics SQLite assumes large tables.
        """
        with self.engine.connect() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
            size = pages * int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)
        if size < STATISTICS_MIN_BYTES:
            return
        # An optimisation only: while another program writes, it waits for the next open.
        try:
            with self.background_engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA optimize=0x10002")
        except SADatabaseError as exc:
            if not is_busy_error(exc):
                raise
            logging.getLogger(__name__).info("statistics left for later: base busy")

    def close(self) -> None:
        """Drop the key and every pooled connection: nothing can read the file any more."""
        self._dek = None
        self.engine.dispose()

    @property
    def is_open(self) -> bool:
        return self._dek is not None

    def _key(self) -> bytes:
        if self._dek is None:
            raise DatabaseLocked()
        return self._dek

    def audit_key(self) -> bytes:
        """The audit trail's MAC key, derived from the data key (never the key itself)."""
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=b"coordapp audit mac v1").derive(self._key())

    def audit_anchor(self) -> AuditAnchor | None:
        return KeyslotFile.load(self.keyslots_path).audit

    def audit_head_of(self, copy: Path) -> AuditAnchor | None:
        """The audit head of an encrypted copy of this base (same key), for its keys file."""
        conn = connect_raw(copy, self._key())
        try:
            row = conn.execute(
                "SELECT seq, hash, (SELECT prev_hash FROM audit_event ORDER BY seq LIMIT 1) "
                "FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
        finally:
            conn.close()
        if row is None or str(row[2]) == "0" * 64:  # empty, or the legacy unkeyed chain
            return None
        return AuditAnchor.make(self.audit_key(), int(row[0]), str(row[1]))

    def anchor_audit(self, anchor: AuditAnchor) -> None:
        """Write the audit head into the keyslot file (atomically). Callers hold the
        base's write lock, which serialises every rewrite of that file."""
        keyslots = KeyslotFile.load(self.keyslots_path)
        if keyslots.audit == anchor:
            return
        keyslots.with_audit(anchor).save()

    # -- secrets ----------------------------------------------------------------------

    def _strengthen(self, slot: Keyslot, secret: str) -> None:
        """Re-wrap a weak slot (see :meth:`open`), under the base's write lock like every
        rewrite of the keyslot file; a file that cannot be rewritten now (read-only,
        busy) keeps its slot until a later unlock."""
        if not self.kdf.is_weak(slot.kdf):
            return
        try:
            with self.write_engine.begin():
                keyslots = KeyslotFile.load(self.keyslots_path)
                dek, current = keyslots.unlock_slot(secret)
                stronger = keyslots.strengthened(current, dek, secret, self.kdf)
                if stronger is not None:
                    stronger.save()
        except (OSError, SADatabaseError) as exc:
            logging.getLogger(__name__).warning("weak keyslot kept: %s", type(exc).__name__)

    def change_passphrase(self, current_secret: str, new_passphrase: str) -> None:
        """Rewrap the passphrase slot; the database and the recovery slot are untouched."""
        keyslots = KeyslotFile.load(self.keyslots_path)
        dek = keyslots.unlock(current_secret)
        slot = Keyslot.wrap(PASSPHRASE, dek, new_passphrase.encode("utf-8"),
                            self.kdf.make_params())
        keyslots.with_slot(slot).save()

    # -- copies and checks ------------------------------------------------------------

    def backup(self, label: str = "manuelle") -> Path:
        """An encrypted copy (same key) made with ``VACUUM INTO``, with its keyslot file."""
        if self.backup_dir is None:
            raise ValueError("no backup directory configured")
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.backup_dir / f"{self.path.stem}-{stamp}-{label}.db"
        self.vacuum_into(target)
        shutil.copyfile(self.keyslots_path, KeyslotFile.path_for(target))
        KeyslotFile.path_for(target).chmod(0o600)
        return target

    def vacuum_into(self, target: Path) -> None:
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM INTO ?", (str(target),))  # type: ignore[union-attr]
        finally:
            raw.close()
        target.chmod(0o600)

    def integrity_problems(self) -> list[str]:
        """Pages whose HMAC fails, as SQLCipher reports them; empty when the file is sound."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA cipher_integrity_check"
            )
            return [str(row[0]) for row in cursor.fetchall()]
        finally:
            raw.close()
