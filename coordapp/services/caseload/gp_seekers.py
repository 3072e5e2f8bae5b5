"""People looking for an attending GP (CPTS mission 1, access to care).

The list is ranked as the CPTS texts put it: one point for each of an ALD, being over 70,
precarity, and the coordinator's own priority; more points first, then the oldest
request. GPs of the directory can be marked as taking new patients; a proposal to the
person and its answer are recorded; an accepted proposal makes the GP the person's
attending GP, closes the search (its delay is counted in the activity report) and the
task "Aider à trouver un médecin traitant".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import (
    AuditAction,
    GpProposal,
    GpSearch,
    Patient,
    Professional,
    ProposalAnswer,
    TaskKind,
)
from coordapp.services.caseload.patients import update_patient_in
from coordapp.services.caseload.tasks import ensure_gp_search_in, finish_tasks_in
from coordapp.services.plans.views import patient_name
from coordapp.services.views import age_on
from coordapp.services.workspace import Workspace

OLD_AGE = 70


@dataclass(frozen=True)
class GpSeekerView:
    search_id: str
    patient_id: str
    patient_name: str
    age: int
    city: str | None
    asked_on: dt.date
    ald: bool
    over_70: bool
    precarity: bool
    coordinator_priority: bool
    note: str | None
    pending_proposals: int

    @property
    def priority(self) -> int:
        return sum((self.ald, self.over_70, self.precarity, self.coordinator_priority))

    @property
    def reasons(self) -> list[str]:
        return [text for flag, text in (
            (self.ald, "ALD"), (self.over_70, "plus de 70 ans"),
            (self.precarity, "précarité"), (self.coordinator_priority, "avis du coordinateur"),
        ) if flag]


def rank(seekers: list[GpSeekerView]) -> list[GpSeekerView]:
    """Most priority criteria first, then the oldest request, then the name."""
    return sorted(seekers, key=lambda s: (-s.priority, s.asked_on, s.patient_name, s.search_id))


class GpSeekerService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def seekers(self, today: dt.date | None = None) -> list[GpSeekerView]:
        today = today or dt.date.today()
        with self.ws.unit_of_work() as uow:
            rows = uow.session.execute(
                select(GpSearch, Patient).join(Patient, Patient.id == GpSearch.patient_id)
                .where(GpSearch.deleted_hlc.is_(None), GpSearch.found_on.is_(None),
                       Patient.deleted_hlc.is_(None))).all()
            counts: dict[str, int] = {}
            for (search_id,) in uow.session.execute(select(GpProposal.search_id).where(
                    GpProposal.deleted_hlc.is_(None),
                    GpProposal.answer == ProposalAnswer.PENDING)):
                counts[search_id] = counts.get(search_id, 0) + 1
            views = [
                GpSeekerView(
                    search_id=s.id, patient_id=p.id, patient_name=patient_name(p),
                    age=age_on(p.birth_date, today), city=p.city, asked_on=s.asked_on,
                    ald=bool(p.ald), over_70=age_on(p.birth_date, today) > OLD_AGE,
                    precarity=s.precarity, coordinator_priority=s.coordinator_priority,
                    note=s.note, pending_proposals=counts.get(s.id, 0),
                )
                for s, p in rows
            ]
        return rank(views)

    def register(self, patient_id: str, *, asked_on: dt.date | None = None,
                 precarity: bool = False, coordinator_priority: bool = False,
                 note: str | None = None) -> str:
        """Add the person to the list (or update their open search); returns its id."""
        asked_on = asked_on or dt.date.today()
        if asked_on > dt.date.today():
            raise InvalidInput("La date de la demande ne peut pas être dans le futur.",
                               "asked_on")
        with self.ws.unit_of_work() as uow:
            patient = uow.session.get(Patient, patient_id)
            if patient is None or patient.is_deleted:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            search = ensure_gp_search_in(uow, patient_id, asked_on)
            changed = uow.changes.update(search, {
                "precarity": precarity, "coordinator_priority": coordinator_priority,
                "note": (note or "").strip() or None,
                "asked_on": min(search.asked_on, asked_on)})
            if changed:
                uow.audit.record(AuditAction.UPDATE, "gp_search", search.id, ",".join(changed))
            return search.id

    def taking_new_patients(self) -> list[tuple[str, str]]:
        """(id, name) of the directory's professionals taking new patients."""
        with self.ws.unit_of_work() as uow:
            return [(p.id, f"{p.given_name or ''} {p.family_name}".strip())
                    for p in uow.session.scalars(
                        select(Professional).where(Professional.deleted_hlc.is_(None),
                                                   Professional.accepts_new_patients.is_(True))
                        .order_by(Professional.family_name, Professional.id))]

    def pending_proposal(self, search_id: str) -> tuple[str, str] | None:
        """(proposal id, GP name) of the latest proposal still waiting for an answer."""
        with self.ws.unit_of_work() as uow:
            row = uow.session.execute(
                select(GpProposal.id, Professional.given_name, Professional.family_name)
                .join(Professional, Professional.id == GpProposal.professional_id)
                .where(GpProposal.search_id == search_id, GpProposal.deleted_hlc.is_(None),
                       GpProposal.answer == ProposalAnswer.PENDING)
                .order_by(GpProposal.proposed_on.desc(), GpProposal.id.desc())).first()
        if row is None:
            return None
        return row[0], f"{row[1] or ''} {row[2]}".strip()

    def set_accepts_new_patients(self, professional_id: str, accepts: bool) -> None:
        with self.ws.unit_of_work() as uow:
            gp = uow.session.get(Professional, professional_id)
            if gp is None or gp.is_deleted:
                raise NotFound("Professionnel introuvable dans l'annuaire.")
            if uow.changes.update(gp, {"accepts_new_patients": accepts}):
                uow.audit.record(AuditAction.UPDATE, "professional", gp.id,
                                 "accepts_new_patients")

    def propose(self, search_id: str, professional_id: str,
                proposed_on: dt.date | None = None) -> str:
        with self.ws.unit_of_work() as uow:
            search = uow.session.get(GpSearch, search_id)
            if search is None or search.is_deleted:
                raise NotFound("Recherche de médecin traitant introuvable.")
            if search.found_on is not None:
                raise InvalidInput("Cette personne a déjà trouvé un médecin traitant.",
                                   "search_id")
            gp = uow.session.get(Professional, professional_id)
            if gp is None or gp.is_deleted:
                raise NotFound("Professionnel introuvable dans l'annuaire.")
            proposal = uow.changes.create(GpProposal, {
                "search_id": search_id, "patient_id": search.patient_id,
                "professional_id": professional_id,
                "proposed_on": proposed_on or dt.date.today(),
                "answer": ProposalAnswer.PENDING.value})
            uow.audit.record(AuditAction.CREATE, "gp_proposal", proposal.id)
            return proposal.id

    def answer(self, proposal_id: str, accepted: bool,
               answered_on: dt.date | None = None) -> None:
        """Record the answer; an acceptance makes the GP the attending GP."""
        answered_on = answered_on or dt.date.today()
        with self.ws.unit_of_work() as uow:
            proposal = uow.session.get(GpProposal, proposal_id)
            if proposal is None or proposal.is_deleted:
                raise NotFound("Proposition introuvable.")
            if proposal.answer != ProposalAnswer.PENDING:
                raise InvalidInput("La réponse à cette proposition est déjà notée.",
                                   "proposal_id")
            answer = ProposalAnswer.ACCEPTED if accepted else ProposalAnswer.REFUSED
            uow.changes.update(proposal, {"answer": answer.value, "answered_on": answered_on})
            uow.audit.record(AuditAction.UPDATE, "gp_proposal", proposal.id, answer.value)
            if accepted:
                search = uow.session.get(GpSearch, proposal.search_id)
                assert search is not None
                uow.changes.update(search, {"found_on": answered_on,
                                            "found_gp_id": proposal.professional_id})
                uow.audit.record(AuditAction.UPDATE, "gp_search", search.id, "found_on")
                update_patient_in(uow, proposal.patient_id,
                                  {"gp_id": proposal.professional_id})
                finish_tasks_in(uow, proposal.patient_id, {TaskKind.FIND_GP})
