"""The person's information and right to object, enforced where their data would go.

The rules (art. L1110-4 and L6327-1 CSP: the support service must inform the person so
that they can exercise their right to object; sharing outside the care team needs their
consent):

- **Information before inclusion.** A case becomes active (or paused), and a PPCS is
  validated or sent to anyone, only once the information of the person is recorded
  (date, by whom, how, and to whom when the person is represented) -- whether it is
  included later or created directly as followed (typed, or imported from a
  spreadsheet: the information then comes with it, in the same transaction).
- **An objection blocks sharing.** While the latest objection record is not withdrawn,
  nothing about the person leaves this copy for others: FHIR file, calendar, bundle of
  chosen patients, team PDF. Each refusal is written in the audit trail (the refusal
  itself, so that an attempt is traced even though nothing was produced). Printing the
  plan **for the person** stays possible: it is their own document.
- Withdrawing an objection is a dated record of its own; the latest record of the
  family (objection / withdrawal) rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, ConsentKind, ConsentRecord, Patient, PatientStatus
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.inputs import choice, date_or_none, text_or_none
from coordapp.services.workspace import Workspace

NOT_INFORMED = ("La personne n'a pas encore été informée de l'accompagnement : enregistrez "
                "l'information (date, par qui, comment) dans l'onglet « Information et "
                "consentement » avant {what}.")
NOT_INFORMED_AT_CREATION = (
    "La personne n'a pas encore été informée de l'accompagnement : un dossier n'est créé "
    "en suivi actif (ou en pause) qu'avec l'information de la personne (date, par qui, "
    "comment). Indiquez-la, ou créez le dossier en demande et incluez la personne une fois "
    "informée.")
#: The statuses of an included case (followed, or paused): they need the information.
INCLUDED_STATUSES = frozenset({PatientStatus.ACTIVE, PatientStatus.ON_HOLD})
OBJECTING = ("La personne s'est opposée au partage de ses informations le {date} : pas de "
             "{what}. Seul le PPCS pour la personne peut être imprimé.")


class SharingRefused(InvalidInput):
    """An export refused because the person objected to sharing (exit code 4)."""


@dataclass(frozen=True)
class ConsentState:
    informed_on: dt.date | None  # latest information given
    objection_on: dt.date | None  # set while an objection is in force
    sharing_consent_on: dt.date | None  # set while consent to share is in force

    @property
    def objecting(self) -> bool:
        return self.objection_on is not None


def record_consent_in(uow: UnitOfWork, patient_id: str, kind: str,
                      raw: Mapping[str, Any]) -> ConsentRecord:
    """One dated record (the patient is checked by the caller). ``raw`` may hold
    ``recorded_on``, ``given_by``, ``how``, ``recipient`` and ``note``."""
    choice("kind", kind, ConsentKind)
    unknown = sorted(set(raw) - {"recorded_on", "given_by", "how", "recipient", "note"})
    if unknown:
        raise InvalidInput(f"Champ(s) inconnu(s) : {', '.join(unknown)}.", unknown[0])
    day = date_or_none(raw.get("recorded_on")) or dt.date.today()
    if day > dt.date.today():
        raise InvalidInput("La date de l'information ou du consentement ne peut pas être "
                           "dans le futur.", "recorded_on")
    record = uow.changes.create(ConsentRecord, {
        "patient_id": patient_id, "kind": kind, "recorded_on": day,
        "given_by": text_or_none(raw.get("given_by")), "how": text_or_none(raw.get("how")),
        "recipient": text_or_none(raw.get("recipient")),
        "note": text_or_none(raw.get("note")),
    })
    uow.audit.record(AuditAction.CREATE, "consent_record", record.id, kind)
    return record


def consent_state(session: Session, patient_id: str) -> ConsentState:
    records = session.execute(
        select(ConsentRecord.kind, ConsentRecord.recorded_on)
        .where(ConsentRecord.patient_id == patient_id, ConsentRecord.deleted_hlc.is_(None))
        .order_by(ConsentRecord.recorded_on, ConsentRecord.created_hlc)).all()
    informed: dt.date | None = None
    objection: dt.date | None = None
    sharing: dt.date | None = None
    for kind, day in records:
        if kind == ConsentKind.INFORMATION_GIVEN:
            informed = day
        elif kind == ConsentKind.OBJECTION:
            objection = day
        elif kind == ConsentKind.OBJECTION_WITHDRAWN:
            objection = None
        elif kind == ConsentKind.SHARING_CONSENT:
            sharing = day
        elif kind == ConsentKind.SHARING_CONSENT_WITHDRAWN:
            sharing = None
    return ConsentState(informed, objection, sharing)


def require_information(session: Session, patient_id: str, what: str) -> None:
    """Refuse (exit 4) when the person's information is not recorded; ``what`` reads
    after « avant » (« de valider le PPCS »)."""
    if consent_state(session, patient_id).informed_on is None:
        raise InvalidInput(NOT_INFORMED.format(what=what), "consent")


def check_sharing(ws: Workspace, patient_ids: list[str], what: str, *,
                  informed: bool = True) -> None:
    """Refuse sending ``what`` (« fichier FHIR ») about these people if one objected
    (the refusal is audited, in its own transaction) or, with ``informed``, was never
    informed."""
    from coordapp.export.labels import short_date

    with ws.unit_of_work() as uow:
        for patient_id in patient_ids:
            # A tombstone may still travel in a bundle (deletions are shared too).
            if uow.session.get(Patient, patient_id) is None:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            state = consent_state(uow.session, patient_id)
            if state.objection_on is not None:
                uow.audit.record(AuditAction.REFUSE, "patient", patient_id,
                                 f"opposition au partage : {what} refusé")
                refusal = SharingRefused(OBJECTING.format(
                    date=short_date(state.objection_on), what=what), "consent")
                break
        else:
            if informed:
                for patient_id in patient_ids:
                    require_information(uow.session, patient_id, f"d'envoyer un {what}")
            return
    raise refusal


def objecting_among(session: Session, patient_ids: list[str]) -> set[str]:
    """Those of ``patient_ids`` with an objection in force (one scan of the records)."""
    from coordapp.sync.select import objecting_patients

    return objecting_patients(session.connection()) & set(patient_ids)
