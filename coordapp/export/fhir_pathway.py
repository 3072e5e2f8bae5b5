"""The pathway records besides the plan, in the FHIR export, as ``Task`` resources:

- each coordination task (contact the GP, help find one, call on day 2 after a
  discharge): ``intent`` order, owned by the referent coordinator, due date in
  ``restriction.period.end``, done date in ``executionPeriod.end``;
- each search for an attending GP (CPTS mission 1): ``in-progress`` while the person is
  looking, ``completed`` with the GP found as its output; the priority criteria and the
  coordinator's note in ``note``;
- each GP proposed to the person: a ``Task`` part of the search, with ``intent``
  proposal, owned by the GP proposed; ``requested`` while waiting, then ``completed``
  (accepted) or ``rejected`` (refused).

They are coded in CoordApp's own ``coordination-task`` CodeSystem (no ANS terminology
covers them) and carry no ``basedOn``/``reasonReference``: they belong to no plan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordapp.documents.plan import GpSearchEntry, ProposalEntry, TaskEntry
from coordapp.export import fhir_terms as t
from coordapp.export.fhir_patient import coding

TASK_STATUSES = {"open": "requested", "done": "completed", "cancelled": "cancelled"}
PROPOSAL_STATUSES = {"pending": "requested", "accepted": "completed", "refused": "rejected"}
PROPOSAL_ANSWERS = {"pending": "En attente de réponse", "accepted": "Acceptée",
                    "refused": "Refusée"}

Add = Callable[[dict[str, Any]], str]
#: (id, name, family, given, profession, phone, email, rpps, adeli) -> reference
Practitioner = Callable[..., dict[str, str]]


def ref(resource_id: str, display: str | None = None) -> dict[str, str]:
    found = {"reference": f"urn:uuid:{resource_id}"}
    if display:
        found["display"] = display
    return found


def code(kind: str) -> dict[str, Any]:
    label = t.COORDINATION_TASKS[kind]
    return {"text": label, "coding": [coding(t.COORDINATION_TASK_SYSTEM, kind, label)]}


def task_resource(task: TaskEntry, patient: dict[str, str],
                  owner: dict[str, str] | None) -> dict[str, Any]:
    return {
        "resourceType": "Task", "id": task.id,
        "status": TASK_STATUSES.get(task.status, "requested"), "intent": "order",
        "code": code(task.kind), "description": task.title, "for": patient, "owner": owner,
        "restriction": {"period": {"end": task.due_on.isoformat()}} if task.due_on else None,
        "executionPeriod": {"end": task.done_on.isoformat()} if task.done_on else None,
    }


def search_resource(search: GpSearchEntry, patient: dict[str, str],
                    owner: dict[str, str] | None,
                    found_gp: dict[str, str] | None) -> dict[str, Any]:
    notes = []
    if search.reasons:
        notes.append({"text": "Critères de priorité : " + ", ".join(search.reasons)})
    if search.note:
        notes.append({"text": f"Note du coordinateur : {search.note}"})
    period = {"start": search.asked_on.isoformat()}
    if search.found_on:
        period["end"] = search.found_on.isoformat()
    return {
        "resourceType": "Task", "id": search.id,
        "status": "completed" if search.found_on else "in-progress", "intent": "order",
        "code": code("gp_search"), "description": t.COORDINATION_TASKS["gp_search"],
        "for": patient, "authoredOn": search.asked_on.isoformat(), "owner": owner,
        "executionPeriod": period, "note": notes,
        "output": [{"type": {"text": "Médecin traitant trouvé"}, "valueReference": found_gp}]
        if search.found_on and found_gp else [],
    }


def proposal_resource(proposal: ProposalEntry, search_id: str, patient: dict[str, str],
                      gp: dict[str, str]) -> dict[str, Any]:
    answer = PROPOSAL_ANSWERS.get(proposal.answer, proposal.answer)
    return {
        "resourceType": "Task", "id": proposal.id, "partOf": [ref(search_id)],
        "status": PROPOSAL_STATUSES.get(proposal.answer, "requested"), "intent": "proposal",
        "code": code("gp_proposal"), "businessStatus": {"text": answer},
        "description": f"{t.COORDINATION_TASKS['gp_proposal']} : {proposal.professional_name}",
        "for": patient, "authoredOn": proposal.proposed_on.isoformat(), "owner": gp,
        "lastModified": proposal.answered_on.isoformat() if proposal.answered_on else None,
    }


def add_pathway(add: Add, practitioner: Practitioner, tasks: tuple[TaskEntry, ...],
                searches: tuple[GpSearchEntry, ...], patient: dict[str, str],
                owner: dict[str, str] | None, gp: dict[str, str] | None,
                gp_id: str | None) -> None:
    """Add the tasks, searches and proposals; ``practitioner`` adds a GP proposed."""
    for task in tasks:
        add(task_resource(task, patient, owner))
    for search in searches:
        proposed: dict[str, dict[str, str]] = {}
        for p in search.proposals:
            proposed[p.professional_id] = practitioner(
                p.professional_id, p.professional_name, p.family_name, p.given_name,
                p.profession, p.phone, None, p.rpps, p.adeli)
            add(proposal_resource(p, search.id, patient, proposed[p.professional_id]))
        found = proposed.get(search.found_gp_id or "") or (
            gp if gp and search.found_gp_id == gp_id else None)
        add(search_resource(search, patient, owner, found))
