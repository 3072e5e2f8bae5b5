"""Breaks in the pathway (dysfunctions) seen on a person's file, to be analysed and fed
back to the territory: redundant exams, a discharge not prepared, care delegated to
primary care without checking it is feasible, rights not opened, no GP."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, Dysfunction, DysfunctionKind, Patient, StructureKind
from coordapp.services.inputs import choice, date_or_none, text_or_none
from coordapp.services.workspace import Workspace
from coordapp.validation import ValidationError


@dataclass(frozen=True)
class DysfunctionView:
    id: str
    patient_id: str
    occurred_on: dt.date
    kind: str
    structure_kinds: list[str]
    structures: str | None
    text: str | None


def _view(d: Dysfunction) -> DysfunctionView:
    return DysfunctionView(d.id, d.patient_id, d.occurred_on, d.kind,
                           list(d.structure_kinds or []), d.structures, d.text)


def dysfunction_values(raw: Mapping[str, Any]) -> dict[str, Any]:
    kind = choice("kind", raw.get("kind"), DysfunctionKind)
    try:
        occurred_on = date_or_none(raw.get("occurred_on")) or dt.date.today()
    except ValidationError as exc:
        raise InvalidInput(f"Date : {exc.message}", "occurred_on") from exc
    if occurred_on > dt.date.today():
        raise InvalidInput("La date ne peut pas être dans le futur.", "occurred_on")
    kinds = [str(k) for k in raw.get("structure_kinds") or []]
    allowed = [k.value for k in StructureKind]
    unknown = [k for k in kinds if k not in allowed]
    if unknown:
        raise InvalidInput(f"Type de structure inconnu : {unknown[0]!r}.", "structure_kinds")
    return {"kind": kind, "occurred_on": occurred_on,
            "structure_kinds": [k for k in allowed if k in kinds],
            "structures": text_or_none(raw.get("structures")),
            "text": text_or_none(raw.get("text"))}


class DysfunctionService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def record(self, patient_id: str, raw: Mapping[str, Any]) -> str:
        values = dysfunction_values(raw)
        with self.ws.unit_of_work() as uow:
            patient = uow.session.get(Patient, patient_id)
            if patient is None or patient.is_deleted:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            record = uow.changes.create(Dysfunction, {"patient_id": patient_id, **values})
            uow.audit.record(AuditAction.CREATE, "dysfunction", record.id, values["kind"])
            return record.id

    def of_patient(self, patient_id: str) -> list[DysfunctionView]:
        with self.ws.unit_of_work() as uow:
            return [_view(d) for d in uow.session.scalars(
                select(Dysfunction).where(Dysfunction.patient_id == patient_id,
                                          Dysfunction.deleted_hlc.is_(None))
                .order_by(Dysfunction.occurred_on.desc(), Dysfunction.id))]
