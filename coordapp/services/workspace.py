"""The unlocked workspace: store, clock, device and user; the only place sessions open."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from coordapp.errors import (
    CoordAppError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    ReadOnlyStorage,
)
from coordapp.hlc import MAX_FUTURE_SKEW_MS, HybridLogicalClock, Timestamp, wall_clock_ms
from coordapp.ids import new_id
from coordapp.models import AuditAction, Change, Coordinator, Installation
from coordapp.paths import AppPaths
from coordapp.records.audit import (
    AuditTrail,
    PendingEntry,
    current_head,
    is_legacy,
    reseal_legacy_chain,
)
from coordapp.records.changes import ChangeRecorder
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.change_watch import ChangeWatch
from coordapp.services.safety.backups import (
    BackupInfo,
    clean_partial_files,
    daily_backup_due,
    make_backup,
    recover_interrupted_restore,
    rotate,
)
from coordapp.services.safety.passphrase import check_passphrase
from coordapp.services.safety.storage_errors import translate_database_error, translate_os_error
from coordapp.services.write_wait import current_wait_ms
from coordapp.storage import EncryptedStore
from coordapp.storage.engine import is_busy_error, writer
from coordapp.storage.keyslots import KdfPolicy

log = logging.getLogger(__name__)


def _tidy_before_open(db_path: Path, paths: AppPaths) -> None:
    """Finish (or drop) an interrupted restore; remove stale partial files."""
    try:
        recover_interrupted_restore(db_path)
        clean_partial_files(db_path.parent, paths.backup_dir)
    except OSError as exc:  # read-only media: nothing to tidy there
        log.info("tidying skipped: %s", type(exc).__name__)


@dataclass(frozen=True)
class OwnerProfile:
    """Who uses this installation (asked at first run)."""

    display_name: str
    profession: str | None = None
    structure_name: str | None = None


class Workspace:
    def __init__(self, store: EncryptedStore) -> None:
        self.store = store
        #: What services keep in memory while unlocked (the caseload index: names,
        #: search keys); emptied by :meth:`lock`.
        self.caches: dict[str, Any] = {}
        self._bind(store)
        #: Audit entries noted by reads, written with the next write (see ``reading``).
        self._pending_audit: list[PendingEntry] = []
        self._anchor_due = False
        self._audit_lock = threading.Lock()
        self._watch = ChangeWatch(lambda: self.store.engine)
        with self._read_sessions() as session:
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
            with Session(store.write_engine) as session, session.begin():
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
                AuditTrail(session, clock, device_id, owner_id,
                           key=store.audit_key()).record(AuditAction.CREATE_DATABASE)
            workspace = cls(store)
            workspace._anchor_audit()
        except BaseException:
            store.close()
            raise
        return workspace, code

    @classmethod
    def open(cls, db_path: Path, secret: str, paths: AppPaths, *,
             kdf: KdfPolicy | None = None) -> Workspace:
        _tidy_before_open(db_path, paths)
        store = EncryptedStore.open(db_path, secret, backup_dir=paths.backup_dir, kdf=kdf)
        try:
            workspace = cls(store)
            workspace._seal_legacy_audit()
            return workspace
        except SADatabaseError as exc:
            store.close()
            translated = translate_database_error(exc)
            if translated is exc:
                raise
            raise translated from exc
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        self._finish_audit()
        self.caches.clear()
        self._stop_watch()
        self.store.close()

    # -- changes made elsewhere -------------------------------------------------------

    def external_change(self) -> bool:
        """True when another program (a CLI import, a scheduled folder sync, another
        window) committed since the last call (see ``services.change_watch``)."""
        return self._watch.external_change() if self.store.is_open else False

    def _absorb_own_write(self) -> None:
        if self.store.is_open:
            self._watch.absorb()

    def _stop_watch(self) -> None:
        self._watch.stop()

    def _finish_audit(self) -> None:
        """Before the key is forgotten: pending read audits, and a head left behind."""
        if not self.store.is_open or self.store.read_only:
            return
        self.flush_audit()
        if self._anchor_due:
            self._anchor_audit(final=True)

    def _take_pending_audit(self) -> list[PendingEntry]:
        with self._audit_lock:
            count = len(self._pending_audit)
            pending = self._pending_audit[:count]
            del self._pending_audit[:count]  # entries noted meanwhile stay, at the end
        return pending

    def _give_back_pending_audit(self, pending: list[PendingEntry]) -> None:
        if pending:
            with self._audit_lock:
                self._pending_audit[:0] = pending

    def _bind(self, store: EncryptedStore) -> None:
        self._sessions = sessionmaker(store.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(store.engine, expire_on_commit=False)
        self._background_sessions = sessionmaker(store.background_engine,
                                                 expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        """True when the base is on read-only media: it can be read, not changed."""
        return self.store.read_only

    # -- locking ----------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return not self.store.is_open

    def lock(self) -> None:
        """Forget the data key and every connection; services raise ``DatabaseLocked``
        until :meth:`unlock`. Objects holding this workspace stay valid."""
        self._finish_audit()
        self.caches.clear()
        self._stop_watch()
        self.store.close()

    def unlock(self, secret: str) -> None:
        """Open the same database again with the passphrase or the recovery code."""
        if not self.is_locked:
            return
        store = EncryptedStore.open(self.store.path, secret, backup_dir=self.store.backup_dir,
                                    kdf=self.store.kdf)
        self.store = store
        self._bind(store)
        with self.reading() as uow:
            uow.audit.record(AuditAction.UNLOCK)

    # -- units of work ----------------------------------------------------------------

    @contextmanager
    def unit_of_work(self, *, write: bool = True, background: bool = False
                     ) -> Iterator[UnitOfWork]:
        """A transaction: committed when the block ends, rolled back on any error.

        A writing unit begins ``IMMEDIATE``: it waits (busy timeout) for another
        window's or program's write, then fails with ``DatabaseBusy``, nothing written.
        ``write=False`` (see :meth:`reading`) stays deferred and only notes its audit
        entries."""
        if not self.store.is_open:
            raise DatabaseLocked()
        if write and self.store.read_only:
            raise ReadOnlyStorage()
        makers = self._background_sessions if background else self._sessions
        if write and not background and (wait_ms := current_wait_ms()) is not None:
            makers = sessionmaker(writer(self.store.engine, wait_ms=wait_ms),
                                  expire_on_commit=False)
        session = (makers if write else self._read_sessions)()
        audit = AuditTrail(session, self.clock, self.device_id, self.user_id,
                           key=self.store.audit_key(),
                           buffer=None if write else self._pending_audit)
        pending = self._take_pending_audit() if write else []
        try:
            with session.begin():
                for entry in pending:
                    audit.append(entry)
                yield UnitOfWork(
                    session=session,
                    changes=ChangeRecorder(session, self.clock, self.device_id, self.user_id),
                    audit=audit,
                )
        except BaseException as exc:
            self._give_back_pending_audit(pending)  # rolled back: they wait for the next
            if isinstance(exc, SADatabaseError | OSError):
                translated = (translate_database_error(exc) if isinstance(exc, SADatabaseError)
                              else translate_os_error(exc))
                if translated is not exc:
                    raise translated from exc
            raise
        finally:
            session.close()
        if write:
            self._absorb_own_write()
        if audit.written:
            self._anchor_audit()

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A read: deferred, never blocked by a writer; audit entries it records are
        written right after when the base is free, else with the next write."""
        with self.unit_of_work(write=False) as uow:
            yield uow
        self.flush_audit(quick=True)

    def flush_audit(self, *, quick: bool = False) -> bool:
        """Write the audit entries noted by reads; False when they must wait (base busy,
        read-only media, disk full): a read never fails because of its audit entry."""
        if not self._pending_audit or not self.store.is_open or self.store.read_only:
            return not self._pending_audit
        try:
            with self.unit_of_work(background=quick):
                pass  # a writing unit writes the pending entries first
        except (DatabaseBusy, DiskFull, ReadOnlyStorage) as exc:
            log.info("audit entries kept for later: %s", type(exc).__name__)
            return False
        return True

    def _anchor_audit(self, *, final: bool = False) -> None:
        """Write the audit head into the keyslot file, under the write lock. Best effort:
        the save is already committed; a head left behind is caught up by the next write."""
        makers = self._sessions if final else self._background_sessions
        try:
            with makers() as session, session.begin():
                head = current_head(session, self.store.audit_key(), self.store.audit_anchor())
                if head is None:
                    log.warning("audit head not moved: anchored entries are missing")
                else:
                    self.store.anchor_audit(head)
            self._anchor_due = False
            self._absorb_own_write()
        except (SADatabaseError, OSError, CoordAppError) as exc:
            self._anchor_due = True
            log.warning("audit head not anchored yet: %s", type(exc).__name__)

    def _seal_legacy_audit(self) -> None:
        """Once: re-chain an older base's audit trail with MACs and anchor its head."""
        if self.store.read_only or self.store.audit_anchor() is not None:
            return
        with self._read_sessions() as session:
            legacy = is_legacy(session)
        if legacy:
            try:
                with self._sessions() as session, session.begin():
                    if reseal_legacy_chain(session, self.store.audit_key()):
                        head = current_head(session, self.store.audit_key())
                        if head is not None:
                            self.store.anchor_audit(head)
            except SADatabaseError as exc:
                if not is_busy_error(exc):
                    raise

    def change_passphrase(self, current_secret: str, new_passphrase: str) -> None:
        owner = self.owner_name()
        check_passphrase(new_passphrase, user_inputs=[owner] if owner else [])
        # Under the write lock: every rewrite of the keyslot file is serialised by it.
        with self.unit_of_work() as uow:
            self.store.change_passphrase(current_secret, new_passphrase)
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
        with self._read_sessions() as session:
            owner = session.get(Coordinator, self.user_id) if self.user_id else None
            return owner.display_name if owner else None
