"""A new request being typed, kept as it goes (this installation only, never shared).

The wizard's fields as they were (``data``) and the step it was on, so that nothing typed
is lost to a closed window, a crash or a power cut: the encrypted base holds it, like
every other record, until the request is saved or the draft given up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coordapp.ids import new_id
from coordapp.models.base import UUID, Base


class RequestDraft(Base):
    __tablename__ = "request_draft"

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    coordinator_id: Mapped[str | None] = mapped_column(ForeignKey("coordinator.id"),
                                                       index=True)
    step: Mapped[int] = mapped_column(Integer, default=0)
    #: Who it is about and why, in a few words (the "À faire" line).
    summary: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
