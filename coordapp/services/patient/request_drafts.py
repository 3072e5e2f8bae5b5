"""New requests kept as drafts while they are typed: saved in the encrypted base as the
wizard goes, listed under "À faire › Demandes à compléter", reopened where they were.

A draft belongs to the coordinator who typed it and never leaves this installation (no
change log, no bundle). It is removed when the request is saved or given up.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, RequestDraft
from coordapp.services.workspace import Workspace

#: A draft's fields are small (a few lines of text): anything larger is refused.
MAX_DATA_CHARS = 100_000


@dataclass(frozen=True)
class RequestDraftView:
    id: str
    step: int
    summary: str
    data: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


class RequestDraftService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def save(self, draft_id: str | None, step: int, data: Mapping[str, Any],
             summary: str) -> str:
        """Create (``draft_id`` None) or replace a draft; returns its id."""
        text = json.dumps(dict(data), ensure_ascii=False, default=str)  # dates as text
        values = json.loads(text)
        if len(text) > MAX_DATA_CHARS:
            raise InvalidInput("Ce brouillon de demande est trop long pour être gardé.",
                               "data")
        now = dt.datetime.now().replace(microsecond=0)
        with self.ws.unit_of_work() as uow:
            draft = uow.session.get(RequestDraft, draft_id) if draft_id else None
            fields = {"step": max(0, int(step)), "summary": summary.strip()[:200],
                      "data": values, "updated_at": now}
            if draft is None:
                draft = RequestDraft(coordinator_id=self.ws.user_id, created_at=now,
                                     **({"id": draft_id} if draft_id else {}), **fields)
                uow.session.add(draft)
                uow.session.flush()
                uow.audit.record(AuditAction.CREATE, "request_draft", draft.id)
            else:
                for key, value in fields.items():
                    setattr(draft, key, value)
            return draft.id

    def get(self, draft_id: str) -> RequestDraftView:
        with self.ws.reading() as uow:
            draft = uow.session.get(RequestDraft, draft_id)
            if draft is None:
                raise NotFound("Ce brouillon de demande n'existe plus.")
            return _view(draft)

    def mine(self) -> list[RequestDraftView]:
        """The user's drafts, the most recently typed first."""
        query = (select(RequestDraft)
                 .where(RequestDraft.coordinator_id == self.ws.user_id)
                 .order_by(RequestDraft.updated_at.desc(), RequestDraft.id))
        with self.ws.reading() as uow:
            return [_view(d) for d in uow.session.scalars(query)]

    def discard(self, draft_id: str) -> None:
        """The request was saved, or given up: its draft goes (no error if gone)."""
        with self.ws.unit_of_work() as uow:
            draft = uow.session.get(RequestDraft, draft_id)
            if draft is not None:
                uow.session.delete(draft)
                uow.audit.record(AuditAction.DELETE, "request_draft", draft_id)


def _view(draft: RequestDraft) -> RequestDraftView:
    return RequestDraftView(draft.id, draft.step, draft.summary, dict(draft.data or {}),
                            draft.created_at, draft.updated_at)
