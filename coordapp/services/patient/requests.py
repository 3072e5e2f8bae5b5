"""Requests for support as the command line sees them: add one from a JSON object, show
one with its complex-situation criteria, level of service and tasks, list them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import Patient, Referral
from coordapp.services.assessments.complexity import situation_of
from coordapp.services.caseload.patients import EDITABLE_FIELDS
from coordapp.services.caseload.tasks import TaskService, TaskView
from coordapp.services.patient.intake import IntakeResult, IntakeService, referral_view
from coordapp.services.plans.views import patient_name
from coordapp.services.views import ReferralView
from coordapp.services.workspace import Workspace

#: The keys of a request object (``coordapp request add --json``), besides the identity
#: keys of ``patient add`` for a new person.
REQUEST_KEYS = frozenset({
    "requester_kind", "requester_name", "requester_profession", "requester_structure",
    "requester_phone", "professional_id", "subject_summary", "reason", "channel", "urgency",
    "received_at", "discharge", "complexity_medical", "complexity_psychosocial",
    "complex_situation", "service_level", "service_level_reason",
})


@dataclass(frozen=True)
class RequestDetail:
    request: ReferralView
    patient_name: str | None
    complex_situation: dict[str, Any]
    tasks: list[TaskView]

    def as_json(self) -> dict[str, Any]:
        from coordapp.services.views import to_jsonable

        data: dict[str, Any] = to_jsonable(self.request)
        data.pop("complexity_medical", None)
        data.pop("complexity_psychosocial", None)
        data["patient_name"] = self.patient_name
        data["complex_situation"] = self.complex_situation
        data["tasks"] = to_jsonable(self.tasks)
        return data


@dataclass(frozen=True)
class RequestLine:
    id: str
    received_at: dt.datetime
    requester_kind: str
    requester_name: str | None
    patient_id: str | None
    patient_name: str | None
    reason: str
    urgency: str
    both_sides: bool
    service_level: str | None
    answer: str | None


class RequestService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def add(self, data: Mapping[str, Any], *, allow_duplicate: bool = False) -> IntakeResult:
        """A request about ``patient_id``, a new person (identity keys), or nobody yet."""
        identity_keys = set(EDITABLE_FIELDS)
        unknown = sorted(set(data) - REQUEST_KEYS - identity_keys - {"patient_id"})
        if unknown:
            raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)} : rien n'a été "
                               "enregistré.", unknown[0])
        request = {k: v for k, v in data.items() if k in REQUEST_KEYS}
        identity = {k: v for k, v in data.items() if k in identity_keys}
        patient_id = data.get("patient_id") or None
        if patient_id and identity:
            raise InvalidInput("Donnez soit « patient_id », soit l'identité d'une nouvelle "
                               "personne, pas les deux.", "patient_id")
        return IntakeService(self.ws).record_request(
            request, patient_id=patient_id, new_patient=identity or None,
            allow_duplicate=allow_duplicate)

    def show(self, referral_id: str) -> RequestDetail:
        with self.ws.unit_of_work() as uow:
            referral = uow.session.get(Referral, referral_id)
            if referral is None or referral.is_deleted:
                raise NotFound(f"Aucune demande avec l'identifiant {referral_id}.")
            patient = (uow.session.get(Patient, referral.patient_id)
                       if referral.patient_id else None)
            view = referral_view(referral)
            name = patient_name(patient) if patient else None
            situation = situation_of(referral).as_json()
        return RequestDetail(view, name, situation,
                             TaskService(self.ws).tasks_of_referral(referral_id))

    def list(self, limit: int = 1000) -> list[RequestLine]:
        """The latest requests, newest first."""
        query = (
            select(Referral, Patient)
            .outerjoin(Patient, Patient.id == Referral.patient_id)
            .where(Referral.deleted_hlc.is_(None))
            .order_by(Referral.received_at.desc(), Referral.id).limit(limit)
        )
        with self.ws.unit_of_work() as uow:
            return [
                RequestLine(
                    id=r.id, received_at=r.received_at, requester_kind=r.requester_kind,
                    requester_name=r.requester_name, patient_id=r.patient_id,
                    patient_name=patient_name(p) if p is not None and not p.is_deleted
                    else None,
                    reason=r.reason, urgency=r.urgency,
                    both_sides=situation_of(r).both_sides, service_level=r.service_level,
                    answer=r.answer,
                )
                for r, p in uow.session.execute(query)
            ]
