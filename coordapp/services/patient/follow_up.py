"""Day-to-day follow-up writes: care circle, journal, requests for support, consents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from coordapp import validation as v
from coordapp.errors import InvalidInput, NotFound
from coordapp.models import (
    AuditAction,
    CareTeamMember,
    JournalEntry,
    JournalKind,
    Patient,
    Professional,
    Structure,
)
from coordapp.services.caseload.patients import update_patient_in
from coordapp.services.inputs import choice, date_or_none, text_or_none
from coordapp.services.patient.consent import record_consent_in
from coordapp.services.patient.intake import IntakeService
from coordapp.services.views import WriteResult
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold


class FollowUpService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def add_care_team_member(self, patient_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """A professional or structure from the directory, or an informal carer by name."""
        role = text_or_none(raw.get("role"))
        if not role:
            raise InvalidInput("Indiquez le rôle du membre du cercle de soins.", "role")
        values: dict[str, Any] = {
            "role": role,
            "professional_id": text_or_none(raw.get("professional_id")),
            "structure_id": text_or_none(raw.get("structure_id")),
            "informal_name": text_or_none(raw.get("informal_name")),
            "relationship": text_or_none(raw.get("relationship")),
            "phone": (v.validate_phone(str(raw["phone"])) if text_or_none(raw.get("phone"))
                      else None),
            "is_main_caregiver": bool(raw.get("is_main_caregiver", False)),
            "started_on": date_or_none(raw.get("started_on")) or dt.date.today(),
            "ended_on": date_or_none(raw.get("ended_on")),
            "note": text_or_none(raw.get("note")),
        }
        chosen = [k for k in ("professional_id", "structure_id", "informal_name") if values[k]]
        if len(chosen) != 1:
            raise InvalidInput(
                "Choisissez un professionnel, une structure, ou saisissez le nom d'un proche.",
                "professional_id",
            )
        with self.ws.unit_of_work() as uow:
            patient = _live_patient(uow.session, patient_id)
            if values["professional_id"] and not uow.session.get(
                Professional, values["professional_id"]
            ):
                raise NotFound("Professionnel introuvable dans l'annuaire.")
            if values["structure_id"] and not uow.session.get(Structure, values["structure_id"]):
                raise NotFound("Structure introuvable dans l'annuaire.")
            member = uow.changes.create(CareTeamMember, {"patient_id": patient_id, **values})
            uow.audit.record(AuditAction.CREATE, "care_team_member", member.id)
            if (values["professional_id"] and patient.gp_id is None
                    and fold(role) == "medecin traitant"):
                # The GP added to the circle is the file's GP too: never entered twice.
                update_patient_in(uow, patient_id, {"gp_id": values["professional_id"]})
            return WriteResult(member.id, sorted(values))

    def end_care_team_member(self, member_id: str, ended_on: dt.date | None = None) -> None:
        with self.ws.unit_of_work() as uow:
            member = uow.session.get(CareTeamMember, member_id)
            if member is None or member.is_deleted:
                raise NotFound("Membre du cercle de soins introuvable.")
            uow.changes.update(member, {"ended_on": ended_on or dt.date.today()})
            uow.audit.record(AuditAction.UPDATE, "care_team_member", member_id, "ended_on")

    def add_journal_entry(
        self, patient_id: str, text: str, *, kind: str = JournalKind.NOTE.value,
        occurred_at: dt.datetime | None = None,
    ) -> WriteResult:
        """Append a contact note. Entries are never edited afterwards."""
        if not text.strip():
            raise InvalidInput("La note est vide.", "text")
        choice("kind", kind, JournalKind)
        with self.ws.unit_of_work() as uow:
            _live_patient(uow.session, patient_id)
            entry = uow.changes.create(JournalEntry, {
                "patient_id": patient_id,
                "occurred_at": (occurred_at or dt.datetime.now()).replace(microsecond=0),
                "kind": kind,
                "author_id": self.ws.user_id,
                "text": text.strip(),
            })
            uow.audit.record(AuditAction.CREATE, "journal_entry", entry.id)
            return WriteResult(entry.id, ["text"])

    def record_referral(self, raw: Mapping[str, Any]) -> WriteResult:
        """A request for support, about a known patient or not (yet)."""
        return IntakeService(self.ws).record_referral(raw)

    def answer_referral(self, referral_id: str, answer: str, note: str | None = None,
                        *, patient_id: str | None = None) -> None:
        """Answering "inclusion" also makes the person's case active."""
        IntakeService(self.ws).answer_referral(referral_id, answer, note,
                                               patient_id=patient_id)

    def record_consent(self, patient_id: str, kind: str, *, recorded_on: Any = None,
                       given_by: str | None = None, how: str | None = None,
                       note: str | None = None, recipient: str | None = None) -> WriteResult:
        """Information given, objection (droit d'opposition) or consent to share, dated;
        ``recipient``: to whom, when the person is represented."""
        with self.ws.unit_of_work() as uow:
            _live_patient(uow.session, patient_id)
            record = record_consent_in(uow, patient_id, kind, {
                "recorded_on": recorded_on, "given_by": given_by, "how": how,
                "recipient": recipient, "note": note})
            return WriteResult(record.id, ["kind"])


def _live_patient(session: Session, patient_id: str) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.is_deleted:
        raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
    return patient
