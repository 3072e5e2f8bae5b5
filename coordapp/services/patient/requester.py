"""The requester chosen from the directory, entered once: the person's attending GP when
the requester is a GP, and a member of the person's care circle with their role.

Used by :class:`~coordapp.services.patient.intake.IntakeService` inside the request's own
transaction, so the request, the person, the GP and the care circle are saved together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from coordapp.errors import NotFound
from coordapp.models import (
    AuditAction,
    CareTeamMember,
    Patient,
    Professional,
    RequesterKind,
    Structure,
)
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.inputs import text_or_none

GP_ROLE = "Médecin traitant"
#: Requesters who are not professionals of the care circle (the person, a relative…).
NOT_IN_CIRCLE = {RequesterKind.PERSON, RequesterKind.CAREGIVER, RequesterKind.OTHER,
                 RequesterKind.COUNCIL}


def requester_links(request: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The directory ids (professional, structure) of the requester, if chosen there."""
    return (text_or_none(request.get("professional_id")),
            text_or_none(request.get("requester_structure_id")))


def gp_of_new_patient(request: Mapping[str, Any]) -> str | None:
    """The GP to set on a new person's file: the requester, when a GP from the directory."""
    professional_id, _structure = requester_links(request)
    return professional_id if request.get("requester_kind") == RequesterKind.GP else None


def link_requester_in(uow: UnitOfWork, patient_id: str, request: Mapping[str, Any]) -> None:
    """Make the requester the person's GP (a GP, when the file has none) and a member of
    the care circle (unless already an active member), with the role the call gave."""
    professional_id, structure_id = requester_links(request)
    kind = request.get("requester_kind")
    if not (professional_id or structure_id) or kind in NOT_IN_CIRCLE:
        return
    session = uow.session
    patient = session.get(Patient, patient_id)
    if patient is None or patient.is_deleted:  # pragma: no cover - checked by the caller
        raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
    if professional_id and session.get(Professional, professional_id) is None:
        raise NotFound("Le demandeur choisi n'est plus dans l'annuaire.")
    if structure_id and session.get(Structure, structure_id) is None:
        raise NotFound("La structure choisie n'est plus dans l'annuaire.")
    role = text_or_none(request.get("requester_profession")) or "Professionnel"
    if professional_id and kind == RequesterKind.GP:
        if patient.gp_id is None:
            uow.changes.update(patient, {"gp_id": professional_id})
            uow.audit.record(AuditAction.UPDATE, "patient", patient_id, "gp_id")
        if patient.gp_id == professional_id:
            role = GP_ROLE
    column = (CareTeamMember.professional_id if professional_id
              else CareTeamMember.structure_id)
    already = session.scalars(select(CareTeamMember.id).where(
        CareTeamMember.patient_id == patient_id, column == (professional_id or structure_id),
        CareTeamMember.deleted_hlc.is_(None), CareTeamMember.ended_on.is_(None))).first()
    if already is not None:
        return
    member = uow.changes.create(CareTeamMember, {
        "patient_id": patient_id, "role": role[:120],
        "professional_id": professional_id,
        "structure_id": None if professional_id else structure_id,
        "is_main_caregiver": False, "started_on": dt.date.today(),
    })
    uow.audit.record(AuditAction.CREATE, "care_team_member", member.id)
