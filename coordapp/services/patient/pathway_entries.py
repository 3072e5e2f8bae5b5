"""A person's pathway records besides the plan, as documents and exports read them: the
coordination tasks (contact the GP, help find one, call after a discharge) and the
searches for an attending GP with the proposals made and their answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.documents.plan import GpSearchEntry, ProposalEntry, TaskEntry
from coordapp.models import (
    CoordinationTask,
    GpProposal,
    GpSearch,
    Patient,
    Professional,
)
from coordapp.services.caseload.gp_seekers import OLD_AGE
from coordapp.services.views import age_on


def load_tasks(session: Session, patient_id: str) -> tuple[TaskEntry, ...]:
    return tuple(
        TaskEntry(t.id, t.kind, t.title, t.status, t.due_on, t.done_on)
        for t in session.scalars(
            select(CoordinationTask).where(CoordinationTask.patient_id == patient_id,
                                           CoordinationTask.deleted_hlc.is_(None))
            .order_by(CoordinationTask.due_on, CoordinationTask.id)))


def load_gp_searches(session: Session, patient: Patient,
                     today: dt.date) -> tuple[GpSearchEntry, ...]:
    searches = list(session.scalars(
        select(GpSearch).where(GpSearch.patient_id == patient.id,
                               GpSearch.deleted_hlc.is_(None))
        .order_by(GpSearch.asked_on, GpSearch.id)))
    if not searches:
        return ()
    proposals: dict[str, list[ProposalEntry]] = {}
    for proposal, gp in session.execute(
            select(GpProposal, Professional)
            .join(Professional, Professional.id == GpProposal.professional_id)
            .where(GpProposal.patient_id == patient.id, GpProposal.deleted_hlc.is_(None),
                   Professional.deleted_hlc.is_(None))
            .order_by(GpProposal.proposed_on, GpProposal.id)):
        proposals.setdefault(proposal.search_id, []).append(ProposalEntry(
            proposal.id, gp.id, f"{gp.given_name or ''} {gp.family_name}".strip(),
            gp.family_name, gp.given_name, gp.profession, gp.rpps, gp.adeli, gp.phone,
            proposal.proposed_on, proposal.answer, proposal.answered_on))
    over_70 = age_on(patient.birth_date, today) > OLD_AGE
    return tuple(
        GpSearchEntry(
            s.id, s.asked_on, s.found_on, s.found_gp_id,
            tuple(text for on, text in ((bool(patient.ald), "ALD"),
                                        (over_70, "plus de 70 ans"),
                                        (s.precarity, "précarité"),
                                        (s.coordinator_priority, "avis du coordinateur"))
                  if on),
            s.note, tuple(proposals.get(s.id, ())))
        for s in searches)
