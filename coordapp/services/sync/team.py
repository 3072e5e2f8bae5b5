"""The coordinators known to this installation: its owner and colleagues met by sync."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from coordapp.models import Coordinator
from coordapp.services.workspace import Workspace


@dataclass(frozen=True)
class CoordinatorView:
    id: str
    display_name: str
    profession: str | None
    structure_name: str | None
    is_me: bool


class TeamService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def coordinators(self) -> list[CoordinatorView]:
        """Live coordinators, this installation's owner first, then by name."""
        query = (select(Coordinator).where(Coordinator.deleted_hlc.is_(None))
                 .order_by(Coordinator.display_name))
        with self.ws.reading() as uow:
            found = [
                CoordinatorView(c.id, c.display_name, c.profession, c.structure_name,
                                c.id == self.ws.user_id)
                for c in uow.session.scalars(query)
            ]
        return sorted(found, key=lambda c: not c.is_me)
