"""Reading the audit trail: a person's history ("who saw or changed this file"), and
verification of the hash chain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.models import (
    Action,
    Assessment,
    AuditAction,
    AuditEvent,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    CoordinationTask,
    Coordinator,
    Dysfunction,
    Goal,
    GpProposal,
    GpSearch,
    JournalEntry,
    Need,
    Referral,
)
from coordapp.records.audit import AuditVerdict, verify
from coordapp.services.workspace import Workspace


@dataclass(frozen=True)
class AuditEntryView:
    seq: int
    at: dt.datetime
    user_id: str | None
    user_name: str | None
    device_id: str
    action: str
    entity: str | None
    entity_id: str | None
    detail: str | None


class AuditLogService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def entries(self, patient_id: str | None = None, limit: int | None = None
                ) -> list[AuditEntryView]:
        """Newest first; with ``patient_id``, entries about the person or any of their
        records (requests, care circle, journal, assessments, plans)."""
        query = (
            select(AuditEvent, Coordinator.display_name)
            .outerjoin(Coordinator, Coordinator.id == AuditEvent.user_id)
            .order_by(AuditEvent.seq.desc())
            .limit(limit)
        )
        with self.ws.reading() as uow:
            if patient_id is not None:
                ids = record_ids_of(uow.session, patient_id)
                query = query.where(AuditEvent.entity_id.in_(ids))
            return [
                AuditEntryView(
                    seq=e.seq, at=e.at, user_id=e.user_id, user_name=name,
                    device_id=e.device_id, action=e.action, entity=e.entity,
                    entity_id=e.entity_id, detail=e.detail,
                )
                for e, name in uow.session.execute(query)
            ]

    def verify(self) -> AuditVerdict:
        """The MAC chain and the head anchored in the keyslot file (see services.audit).

        The check itself is recorded (after verifying, so it never hides a break)."""
        anchor = self.ws.store.audit_anchor()
        with self.ws.reading() as uow:
            verdict = verify(uow.session, self.ws.store.audit_key(), anchor)
            uow.audit.record(AuditAction.VERIFY_AUDIT, None, None,
                             "intact" if verdict.intact else
                             f"rompu à {verdict.broken_at}" if verdict.broken_at else "tronqué")
        return verdict

    def first_broken_entry(self) -> int | None:
        """Sequence number of the first entry whose chain link fails; None when intact."""
        return self.verify().broken_at


def record_ids_of(session: Session, patient_id: str) -> list[str]:
    """The person's id and the ids of every record about them."""
    ids = [patient_id]
    for model in (Referral, CareTeamMember, JournalEntry, ConsentRecord, Assessment, CarePlan,
                  CoordinationTask, GpSearch, GpProposal, Dysfunction):
        ids += session.scalars(
            select(model.id).where(model.patient_id == patient_id)
        ).all()
    plan_ids = select(CarePlan.id).where(CarePlan.patient_id == patient_id)
    need_ids = select(Need.id).where(Need.plan_id.in_(plan_ids))
    goal_ids = select(Goal.id).where(Goal.need_id.in_(need_ids))
    ids += session.scalars(need_ids).all()
    ids += session.scalars(goal_ids).all()
    ids += session.scalars(select(Action.id).where(Action.goal_id.in_(goal_ids))).all()
    return ids
