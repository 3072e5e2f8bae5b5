"""The encrypted case store: one SQLCipher file plus its keyslot file."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

from sqlalchemy import Engine

from coordapp.errors import DatabaseDamaged, DatabaseExists, DatabaseLocked, DatabaseMissing
from coordapp.storage.engine import connect_raw, is_damage_error, make_engine
from coordapp.storage.keyslots import (
    PASSPHRASE,
    RECOVERY,
    KdfPolicy,
    Keyslot,
    KeyslotFile,
    default_policy,
    new_data_key,
    new_recovery_code,
    recovery_secret,
)
from coordapp.storage.migrations import upgrade_to_head

#: Below this size (about 1,000 patients) table statistics are not gathered (see
#: ``EncryptedStore.refresh_statistics``).
STATISTICS_MIN_BYTES = 50 * 1024 * 1024


class EncryptedStore:
    """An open, unlocked database. Only ``services`` use it; nothing here knows Qt."""

    def __init__(self, db_path: Path, dek: bytes, backup_dir: Path | None,
                 kdf: KdfPolicy | None = None) -> None:
        self.path = db_path
        self.kdf = kdf or default_policy()
        self.keyslots_path = KeyslotFile.path_for(db_path)
        self.backup_dir = backup_dir
        self._dek: bytes | None = dek
        self.engine: Engine = make_engine(db_path, self._key)

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
        db_path.parent.mkdir(parents=True, exist_ok=True)
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
            upgrade_to_head(store.engine, backup=None)
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
        connect_raw(db_path, dek).close()
        store = cls(db_path, dek, backup_dir, kdf)
        store._strengthen(keyslots, slot, dek, secret)
        try:
            upgrade_to_head(store.engine, backup=store.backup if backup_dir else None)
            store.refresh_statistics()
        except BaseException as exc:
            store.close()
            if is_damage_error(exc):
                raise DatabaseDamaged() from exc
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
        with self.engine.begin() as conn:
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
            size = pages * int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)
            if size >= STATISTICS_MIN_BYTES:
                conn.exec_driver_sql("PRAGMA optimize=0x10002")

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

    # -- secrets ----------------------------------------------------------------------

    def _strengthen(self, keyslots: KeyslotFile, slot: Keyslot, dek: bytes,
                    secret: str) -> None:
        """Re-wrap a weak slot (see :meth:`open`); a file that cannot be rewritten
        (read-only media) keeps its slot until a later unlock."""
        stronger = keyslots.strengthened(slot, dek, secret, self.kdf)
        if stronger is None:
            return
        try:
            stronger.save()
        except OSError:
            logging.getLogger(__name__).warning("weak keyslot kept: file not writable")

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
