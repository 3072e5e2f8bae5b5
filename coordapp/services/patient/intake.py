"""Requests for support (sollicitations): recording, answering, and turning one into a
case, each in a single transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coordapp import validation as v
from coordapp.errors import InvalidInput, NotFound
from coordapp.models import (
    AuditAction,
    ConsentKind,
    Patient,
    PatientStatus,
    Referral,
    ReferralAnswer,
    ReferralChannel,
    RequesterKind,
    Urgency,
)
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.assessments.complexity import complexity_values
from coordapp.services.caseload import tasks
from coordapp.services.caseload.patients import create_patient_in, update_patient_in
from coordapp.services.inputs import choice, datetime_or_none, text_or_none
from coordapp.services.patient.consent import record_consent_in, require_information
from coordapp.services.patient.discharge import discharge_values
from coordapp.services.patient.requester import gp_of_new_patient, link_requester_in
from coordapp.services.views import ReferralView, WriteResult
from coordapp.services.workspace import Workspace


@dataclass(frozen=True)
class IntakeResult:
    referral_id: str
    patient_id: str | None
    patient_created: bool


class IntakeService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def record_request(
        self,
        request: Mapping[str, Any],
        *,
        patient_id: str | None = None,
        new_patient: Mapping[str, Any] | None = None,
        answer: str | None = None,
        answer_note: str | None = None,
        allow_duplicate: bool = False,
        information: Mapping[str, Any] | None = None,
    ) -> IntakeResult:
        """From "a professional calls" to a recorded request, all or nothing.

        The request is about a known patient (``patient_id``), a new person
        (``new_patient``, checked for duplicates unless ``allow_duplicate``) or nobody
        yet. Answering "inclusion" makes the person's case active, which needs the
        person's information recorded: ``information`` (recorded_on, given_by, how,
        recipient, note) records it in the same transaction. A new person's referent
        is the user, unless ``new_patient`` names one. A requester chosen from the
        directory (``professional_id`` or ``requester_structure_id`` in ``request``)
        joins the person's care circle, and a GP becomes the person's GP.
        """
        if patient_id and new_patient:
            raise ValueError("either patient_id or new_patient, not both")
        if information is not None:  # informed by the one who takes the call, by default
            information = {"given_by": self.ws.owner_name(), **information}
        with self.ws.unit_of_work() as uow:
            created = False
            if new_patient is not None:
                status = (PatientStatus.ACTIVE if answer == ReferralAnswer.INCLUSION
                          else PatientStatus.REQUEST)
                # The coordinator who takes the call follows the person unless told
                # otherwise: the new file is in "Seulement mes patients" at once.
                gp_id = gp_of_new_patient(request)  # a GP who calls is the person's GP
                patient_id = create_patient_in(
                    uow, {"referent_id": self.ws.user_id,
                          **({"gp_id": gp_id} if gp_id else {}), **new_patient,
                          "status": status.value},
                    allow_duplicate=allow_duplicate, information=information,
                ).id
                created = True
            referral = create_referral_in(uow, {**request, "patient_id": patient_id})
            if patient_id:  # the requester from the directory, entered once
                link_requester_in(uow, patient_id, request)
            if information is not None and patient_id and not created:
                record_consent_in(uow, patient_id, ConsentKind.INFORMATION_GIVEN, information)
            if answer == ReferralAnswer.INCLUSION and patient_id:
                require_information(uow.session, patient_id, "d'inclure la personne")
            if answer is not None:
                answer_referral_in(uow, referral.id, answer, answer_note)
            return IntakeResult(referral.id, patient_id, created)

    def record_referral(self, raw: Mapping[str, Any]) -> WriteResult:
        with self.ws.unit_of_work() as uow:
            referral = create_referral_in(uow, raw)
            return WriteResult(referral.id, ["reason"])

    def answer_referral(self, referral_id: str, answer: str, note: str | None = None,
                        *, patient_id: str | None = None) -> None:
        with self.ws.unit_of_work() as uow:
            answer_referral_in(uow, referral_id, answer, note, patient_id=patient_id)

    def decide(self, referral_id: str, raw: Mapping[str, Any]) -> list[str]:
        """Record the complex-situation criteria and the level of service of a request
        (keys of :func:`complexity_values`); returns the fields changed."""
        values = complexity_values(raw)
        with self.ws.unit_of_work() as uow:
            referral = uow.session.get(Referral, referral_id)
            if referral is None or referral.is_deleted:
                raise NotFound("Demande introuvable.")
            changed = uow.changes.update(referral, values)
            if changed:
                uow.audit.record(AuditAction.UPDATE, "referral", referral_id,
                                 ",".join(changed))
            return changed

    def unattached_requests(self, limit: int = 500) -> list[ReferralView]:
        """Requests about nobody in the caseload (answered by information, or pending)."""
        query = (
            select(Referral)
            .where(Referral.patient_id.is_(None), Referral.deleted_hlc.is_(None))
            .order_by(Referral.received_at.desc())
            .limit(limit)
        )
        with self.ws.unit_of_work() as uow:
            return [referral_view(r) for r in uow.session.scalars(query)]


def referral_view(r: Referral) -> ReferralView:
    return ReferralView(
        id=r.id, patient_id=r.patient_id, received_at=r.received_at, channel=r.channel,
        requester_kind=r.requester_kind, requester_name=r.requester_name,
        requester_profession=r.requester_profession,
        requester_structure=r.requester_structure, requester_phone=r.requester_phone,
        subject_summary=r.subject_summary, reason=r.reason, urgency=r.urgency,
        first_contact_on=r.first_contact_on, answer=r.answer, answer_note=r.answer_note,
        answered_on=r.answered_on,
        complexity_medical=list(r.complexity_medical or []),
        complexity_psychosocial=list(r.complexity_psychosocial or []),
        service_level=r.service_level, service_level_reason=r.service_level_reason,
        discharge=r.discharge,
    )


def create_referral_in(uow: UnitOfWork, raw: Mapping[str, Any]) -> Referral:
    reason = text_or_none(raw.get("reason"))
    if not reason:
        raise InvalidInput("Indiquez le motif de la demande.", "reason")
    phone = text_or_none(raw.get("requester_phone"))
    try:
        requester_phone = v.validate_phone(phone) if phone else None
    except InvalidInput as exc:
        raise InvalidInput(exc.message, "requester_phone") from exc
    values: dict[str, Any] = {
        "patient_id": text_or_none(raw.get("patient_id")),
        "received_at": datetime_or_none(raw.get("received_at")) or dt.datetime.now(),
        "channel": choice("channel", raw.get("channel") or "phone", ReferralChannel),
        "requester_kind": choice("requester_kind", raw.get("requester_kind") or "other",
                                  RequesterKind),
        "requester_name": text_or_none(raw.get("requester_name")),
        "requester_profession": text_or_none(raw.get("requester_profession")),
        "requester_structure": text_or_none(raw.get("requester_structure")),
        "requester_phone": requester_phone,
        "professional_id": text_or_none(raw.get("professional_id")),
        "subject_summary": text_or_none(raw.get("subject_summary")),
        "reason": reason,
        "urgency": choice("urgency", raw.get("urgency") or "routine", Urgency),
        **complexity_values(raw),
        "discharge": discharge_values(raw.get("discharge")),
    }
    if values["received_at"] > dt.datetime.now() + dt.timedelta(minutes=5):
        raise InvalidInput("La date de réception ne peut pas être dans le futur.",
                           "received_at")
    if values["patient_id"]:
        _live_patient(uow, values["patient_id"])
    referral = uow.changes.create(Referral, values)
    uow.audit.record(AuditAction.CREATE, "referral", referral.id)
    tasks.apply_request_rules_in(uow, referral)
    return referral


def answer_referral_in(uow: UnitOfWork, referral_id: str, answer: str, note: str | None,
                       *, patient_id: str | None = None) -> None:
    choice("answer", answer, ReferralAnswer)
    referral = uow.session.get(Referral, referral_id)
    if referral is None or referral.is_deleted:
        raise NotFound("Demande introuvable.")
    values: dict[str, Any] = {"answer": answer, "answer_note": text_or_none(note),
                              "answered_on": dt.date.today()}
    if referral.first_contact_on is None:
        values["first_contact_on"] = dt.date.today()
    if patient_id:
        _live_patient(uow, patient_id)
        values["patient_id"] = patient_id
    changed = uow.changes.update(referral, values)
    uow.audit.record(AuditAction.UPDATE, "referral", referral_id, ",".join(changed))
    if patient_id:
        tasks.link_tasks_in(uow, referral_id, patient_id)
    linked = referral.patient_id
    if answer == ReferralAnswer.INCLUSION:
        if not linked:
            raise InvalidInput("Une inclusion concerne une personne : rattachez la demande "
                               "à un patient.", "patient_id")
        patient = _live_patient(uow, linked)
        if patient.status != PatientStatus.ACTIVE:
            update_patient_in(uow, linked, {"status": PatientStatus.ACTIVE.value})


def _live_patient(uow: UnitOfWork, patient_id: str) -> Patient:
    patient = uow.session.get(Patient, patient_id)
    if patient is None or patient.is_deleted:
        raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
    return patient
