"""The answer "information on resources": a one-page sheet for the requester listing the
directory's structures that match the need (their types) near the commune, with what
they do, their phone and their hours, in plain French."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import or_, select

from coordapp.documents.info_sheet import InfoSheet, ResourceEntry
from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, Structure, StructureKind
from coordapp.services.workspace import Workspace
from coordapp.storage.atomic import write_bytes_atomic
from coordapp.textkeys import fold

#: What fits on one A4 page in the sheet's type size.
MAX_ENTRIES = 10


class InfoSheetService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def build(self, kinds: Sequence[str], commune: str) -> InfoSheet:
        """Structures of ``kinds`` in the commune (name or postal code) first, then in its
        département, by name; at most ``MAX_ENTRIES``."""
        allowed = {k.value for k in StructureKind}
        unknown = [k for k in kinds if k not in allowed]
        if unknown:
            raise InvalidInput(f"Type de structure inconnu : {unknown[0]!r}.", "kinds")
        if not kinds:
            raise InvalidInput("Choisissez au moins un type de ressource.", "kinds")
        commune = commune.strip()
        if not commune:
            raise InvalidInput("Indiquez la commune de la personne.", "commune")
        with self.ws.unit_of_work() as uow:
            query = select(Structure).where(Structure.deleted_hlc.is_(None),
                                            Structure.kind.in_(list(kinds)))
            department = _department(uow.session, commune)
            if department:
                query = query.where(or_(Structure.postal_code.startswith(department),
                                        Structure.postal_code.is_(None)))
            rows = list(uow.session.scalars(query))
        wanted = fold(commune)

        def here(s: Structure) -> bool:
            return fold(s.city or "") == wanted or (s.postal_code or "") == commune

        rows = [s for s in rows if here(s) or department]
        rows.sort(key=lambda s: (not here(s), fold(s.name)))
        entries = tuple(ResourceEntry(s.name, s.kind, s.note, s.phone, s.hours, s.address,
                                      s.city, here(s)) for s in rows[:MAX_ENTRIES])
        return InfoSheet(commune, tuple(kinds), entries, max(0, len(rows) - MAX_ENTRIES),
                         dt.date.today())

    def export(self, kinds: Sequence[str], commune: str, path: Path) -> InfoSheet:
        """Write the sheet as a PDF (atomically); recorded in the audit trail."""
        from coordapp.export.info_sheet_pdf import info_sheet_pdf

        sheet = self.build(kinds, commune)
        data = info_sheet_pdf(sheet).data
        write_bytes_atomic(path, data)
        with self.ws.unit_of_work() as uow:
            uow.audit.record(AuditAction.EXPORT, "structure", None,
                             f"fiche d'information, {len(sheet.entries)} ressource(s)")
        return sheet


def _department(session: object, commune: str) -> str | None:
    """The département of a postal code, or of a commune found in the directory."""
    if commune.isdigit() and len(commune) == 5:
        return commune[:3] if commune.startswith("97") else commune[:2]
    wanted = fold(commune)
    for city, code in session.execute(  # type: ignore[attr-defined]
            select(Structure.city, Structure.postal_code).where(
                Structure.postal_code.is_not(None), Structure.city.is_not(None))):
        if fold(city) == wanted:
            return str(code[:3] if code.startswith("97") else code[:2])
    return None
