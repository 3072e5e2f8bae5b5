"""The unlocked workspace: store, clock, device and user; the only place sessions open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from coordapp.errors import DatabaseDamaged, DatabaseLocked
from coordapp.hlc import MAX_FUTURE_SKEW_MS, HybridLogicalClock, Timestamp, wall_clock_ms
from coordapp.ids import new_id
from coordapp.models import AuditAction, Change, Coordinator, Installation
from coordapp.paths import AppPaths
from coordapp.services.audit import AuditTrail
from coordapp.services.backups import BackupInfo, daily_backup_due, make_backup, rotate
from coordapp.services.changes import ChangeRecorder
from coordapp.services.passphrase import check_passphrase
from coordapp.storage import EncryptedStore
from coordapp.storage.engine import is_damage_error
from coordapp.storage.keyslots import KdfPolicy


@dataclass(frozen=True)
class OwnerProfile:
    """Who uses this installation (asked at first run)."""

    display_name: str
    profession: str | None = None
    structure_name: str | None = None


@dataclass
class UnitOfWork:
    """One transaction: the session, the change recorder and the audit trail."""

    session: Session
    changes: ChangeRecorder
    audit: AuditTrail


class Workspace:
    def __init__(self, store: EncryptedStore) -> None:
        self.store = store
        #: What services keep in memory while unlocked (the caseload index: names,
        #: search keys); emptied by :meth:`lock`.
        self.caches: dict[str, Any] = {}
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        with self._sessions() as session:
            installation = session.get(Installation, 1)
            if installation is None:
                raise DatabaseDamaged("La base ne contient pas l'identité de cette installation.")
            self.device_id = installation.device_id
            self.user_id: str | None = installation.owner_id
            # Stamps far in the future (a colleague's clock set to 2099) are not adopted.
            bound = f"{wall_clock_ms() + MAX_FUTURE_SKEW_MS + 1:013d}"
            last = session.scalar(select(func.max(Change.hlc)).where(Change.hlc < bound))
        self.clock = HybridLogicalClock(
            self.device_id.replace("-", ""), Timestamp.decode(last) if last else None
        )

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def create(
        cls, db_path: Path, passphrase: str, owner: OwnerProfile, paths: AppPaths,
        *, kdf: KdfPolicy | None = None,
    ) -> tuple[Workspace, str]:
        """A new database owned by ``owner``. Returns it and the recovery code."""
        check_passphrase(passphrase, user_inputs=[owner.display_name])
        store, code = EncryptedStore.create(db_path, passphrase, backup_dir=paths.backup_dir,
                                            kdf=kdf)
        try:
            device_id = new_id()
            owner_id = new_id()
            clock = HybridLogicalClock(device_id.replace("-", ""))
            with Session(store.engine) as session, session.begin():
                session.add(
                    Installation(id=1, device_id=device_id, owner_id=owner_id,
                                 created_at=dt.datetime.now())
                )
                recorder = ChangeRecorder(session, clock, device_id, owner_id)
                recorder.create(
                    Coordinator,
                    {
                        "display_name": owner.display_name,
                        "profession": owner.profession,
                        "structure_name": owner.structure_name,
                    },
                    id=owner_id,
                )
                AuditTrail(session, clock, device_id, owner_id).record(
                    AuditAction.CREATE_DATABASE
                )
        except BaseException:
            store.close()
            raise
        return cls(store), code

    @classmethod
    def open(cls, db_path: Path, secret: str, paths: AppPaths, *,
             kdf: KdfPolicy | None = None) -> Workspace:
        store = EncryptedStore.open(db_path, secret, backup_dir=paths.backup_dir, kdf=kdf)
        try:
            return cls(store)
        except SADatabaseError as exc:
            store.close()
            if is_damage_error(exc):
                raise DatabaseDamaged() from exc
            raise
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        self.caches.clear()
        self.store.close()

    # -- locking ----------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return not self.store.is_open

    def lock(self) -> None:
        """Forget the data key and every connection; services raise ``DatabaseLocked``
        until :meth:`unlock`. Objects holding this workspace stay valid."""
        self.caches.clear()
        self.store.close()

    def unlock(self, secret: str) -> None:
        """Open the same database again with the passphrase or the recovery code."""
        if not self.is_locked:
            return
        store = EncryptedStore.open(self.store.path, secret, backup_dir=self.store.backup_dir,
                                    kdf=self.store.kdf)
        self.store = store
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)
        with self.unit_of_work() as uow:
            uow.audit.record(AuditAction.UNLOCK)

    # -- units of work ----------------------------------------------------------------

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A transaction: committed when the block ends, rolled back on any error."""
        if not self.store.is_open:
            raise DatabaseLocked()
        session = self._sessions()
        try:
            with session.begin():
                yield UnitOfWork(
                    session=session,
                    changes=ChangeRecorder(session, self.clock, self.device_id, self.user_id),
                    audit=AuditTrail(session, self.clock, self.device_id, self.user_id),
                )
        except SADatabaseError as exc:
            if is_damage_error(exc):
                raise DatabaseDamaged() from exc
            raise
        finally:
            session.close()

    def change_passphrase(self, current_secret: str, new_passphrase: str) -> None:
        owner = self.owner_name()
        check_passphrase(new_passphrase, user_inputs=[owner] if owner else [])
        self.store.change_passphrase(current_secret, new_passphrase)
        with self.unit_of_work() as uow:
            uow.audit.record(AuditAction.CHANGE_PASSPHRASE)

    def backup(self, label: str = "manuelle", out: Path | None = None) -> BackupInfo:
        """An encrypted copy now (see ``services.backups``), recorded in the audit trail."""
        info = make_backup(self.store, label, out)
        with self.unit_of_work() as uow:
            uow.audit.record(AuditAction.BACKUP, None, None, label)
        return info

    def daily_backup(self) -> BackupInfo | None:
        """The day's automatic backup if none was made today, then rotation (7 daily,
        4 weekly); None when there was nothing to do."""
        backup_dir = self.store.backup_dir
        if backup_dir is None or not daily_backup_due(backup_dir, self.store.path.stem):
            return None
        info = self.backup("quotidienne")
        rotate(backup_dir, self.store.path.stem)
        return info

    def weekly_integrity_problems(self, state_dir: Path) -> list[str] | None:
        """``PRAGMA cipher_integrity_check`` when the last one is a week old or more;
        the pages in error (empty when sound), or None when not due."""
        stamp = state_dir / f"{self.store.path.name}.integrity-checked"
        try:
            last = dt.datetime.fromtimestamp(stamp.stat().st_mtime)
        except OSError:
            last = None
        if last is not None and dt.datetime.now() - last < dt.timedelta(days=7):
            return None
        problems = self.store.integrity_problems()
        if not problems:
            state_dir.mkdir(parents=True, exist_ok=True)
            stamp.touch()
        return problems

    def owner_name(self) -> str | None:
        with self._sessions() as session:
            owner = session.get(Coordinator, self.user_id) if self.user_id else None
            return owner.display_name if owner else None
