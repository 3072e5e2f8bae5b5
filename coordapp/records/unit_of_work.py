"""The unit of work: one transaction with its change recorder and audit trail.

:class:`coordapp.services.workspace.Workspace` makes them; the adapters that write (the
merge of a colleague's bundle) take anything that can, through :class:`UnitOfWorkSource`,
so they depend on this layer and not on the services.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from coordapp.hlc import HybridLogicalClock
from coordapp.records.audit import AuditTrail
from coordapp.records.changes import ChangeRecorder


@dataclass
class UnitOfWork:
    """One transaction: the session, the change recorder and the audit trail."""

    session: Session
    changes: ChangeRecorder
    audit: AuditTrail


class UnitOfWorkSource(Protocol):
    """What opens units of work on one unlocked base, and who writes through it."""

    @property
    def clock(self) -> HybridLogicalClock: ...

    @property
    def device_id(self) -> str: ...

    @property
    def user_id(self) -> str | None: ...

    def unit_of_work(self, *, write: bool = True, background: bool = False
                     ) -> AbstractContextManager[UnitOfWork]: ...
