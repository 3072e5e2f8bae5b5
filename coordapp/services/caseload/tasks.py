"""Coordination tasks that belong to no plan action, and the rules that create them.

- **The GP rule.** When the person or a relative asks directly, the coordinators always
  contact the attending GP: such a request creates the task "Prendre contact avec le
  médecin traitant" (or "Aider à trouver un médecin traitant" when the person has none,
  and the person joins the list of people looking for a GP). The task stays on
  "À faire" until it is done; doing it logs the contact in the journal. A PPCS cannot be
  validated while it is open, unless the coordinator records why (``plan_versions``).
- **The day-2 call.** A request that is a hospital discharge creates the task "Appeler la
  personne (J+2 après la sortie)".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import (
    AuditAction,
    CoordinationTask,
    Coordinator,
    GpSearch,
    JournalEntry,
    JournalKind,
    Patient,
    Referral,
    RequesterKind,
    TaskKind,
    TaskStatus,
)
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.patient import discharge as dc
from coordapp.services.plans.views import patient_name
from coordapp.services.workspace import Workspace

#: Requests that reach the coordinators without the GP: the GP rule applies to them.
DIRECT_REQUESTERS = frozenset({RequesterKind.PERSON, RequesterKind.CAREGIVER})
#: Tasks that keep a PPCS from being validated while they are open.
GP_TASKS = frozenset({TaskKind.GP_CONTACT, TaskKind.FIND_GP})
TITLES = {
    TaskKind.GP_CONTACT: "Prendre contact avec le médecin traitant",
    TaskKind.FIND_GP: "Aider à trouver un médecin traitant",
    TaskKind.DISCHARGE_CALL: "Appeler la personne (J+2 après la sortie)",
}


@dataclass(frozen=True)
class TaskView:
    id: str
    kind: str
    title: str
    patient_id: str | None
    patient_name: str | None
    referral_id: str | None
    subject_summary: str | None  # who the request is about, when no patient is linked
    due_on: dt.date | None
    status: str
    done_on: dt.date | None
    referent_name: str | None = None


def create_task_in(uow: UnitOfWork, kind: TaskKind, *, patient_id: str | None,
                   referral_id: str | None, due_on: dt.date | None) -> CoordinationTask:
    task = uow.changes.create(CoordinationTask, {
        "patient_id": patient_id, "referral_id": referral_id, "kind": kind.value,
        "title": TITLES[kind], "due_on": due_on, "status": TaskStatus.OPEN.value,
    })
    uow.audit.record(AuditAction.CREATE, "coordination_task", task.id, kind.value)
    return task


def apply_request_rules_in(uow: UnitOfWork, referral: Referral) -> list[CoordinationTask]:
    """The tasks a new request calls for (GP rule, day-2 call after a discharge)."""
    created: list[CoordinationTask] = []
    received = referral.received_at.date()
    patient = uow.session.get(Patient, referral.patient_id) if referral.patient_id else None
    if referral.requester_kind in DIRECT_REQUESTERS:
        no_gp = patient is not None and patient.gp_id is None
        kind = TaskKind.FIND_GP if no_gp else TaskKind.GP_CONTACT
        if patient is None or not open_tasks_in(uow.session, patient.id, {kind}):
            created.append(create_task_in(uow, kind, patient_id=referral.patient_id,
                                          referral_id=referral.id, due_on=received))
        if no_gp and patient is not None:
            ensure_gp_search_in(uow, patient.id, received)
    day = dc.planned_on(referral.discharge)
    if day is not None:
        created.append(create_task_in(
            uow, TaskKind.DISCHARGE_CALL, patient_id=referral.patient_id,
            referral_id=referral.id, due_on=day + dt.timedelta(days=dc.CALL_AFTER_DAYS)))
    return created


def ensure_gp_search_in(uow: UnitOfWork, patient_id: str, asked_on: dt.date) -> GpSearch:
    """The person's open search for a GP, created if there is none."""
    search = uow.session.scalar(select(GpSearch).where(
        GpSearch.patient_id == patient_id, GpSearch.deleted_hlc.is_(None),
        GpSearch.found_on.is_(None)))
    if search is None:
        search = uow.changes.create(GpSearch, {"patient_id": patient_id, "asked_on": asked_on,
                                               "precarity": False,
                                               "coordinator_priority": False})
        uow.audit.record(AuditAction.CREATE, "gp_search", search.id)
    return search


def link_tasks_in(uow: UnitOfWork, referral_id: str, patient_id: str) -> None:
    """A request linked to a patient afterwards: its tasks follow it."""
    for task in uow.session.scalars(select(CoordinationTask).where(
            CoordinationTask.referral_id == referral_id,
            CoordinationTask.deleted_hlc.is_(None), CoordinationTask.patient_id.is_(None))):
        uow.changes.update(task, {"patient_id": patient_id})


def open_tasks_in(session: Session, patient_id: str,
                  kinds: frozenset[TaskKind] | set[TaskKind] = GP_TASKS
                  ) -> list[CoordinationTask]:
    return list(session.scalars(select(CoordinationTask).where(
        CoordinationTask.patient_id == patient_id, CoordinationTask.deleted_hlc.is_(None),
        CoordinationTask.status == TaskStatus.OPEN,
        CoordinationTask.kind.in_([k.value for k in kinds]))
        .order_by(CoordinationTask.due_on, CoordinationTask.id)))


def finish_tasks_in(uow: UnitOfWork, patient_id: str, kinds: set[TaskKind],
                    journal_entry_id: str | None = None) -> None:
    for task in open_tasks_in(uow.session, patient_id, kinds):
        uow.changes.update(task, {"status": TaskStatus.DONE.value,
                                  "done_on": dt.date.today(),
                                  "journal_entry_id": journal_entry_id})
        uow.audit.record(AuditAction.UPDATE, "coordination_task", task.id, "done")


def open_task_views(session: Session, referent_id: str | None = None,
                    limit: int | None = None) -> list[TaskView]:
    """The open tasks as :meth:`TaskService.open_tasks` lists them, in ``session`` (the
    first ``limit`` only, with a limit)."""
    query = (
        select(CoordinationTask, Patient, Referral, Coordinator.display_name)
        .outerjoin(Patient, Patient.id == CoordinationTask.patient_id)
        .outerjoin(Referral, Referral.id == CoordinationTask.referral_id)
        .outerjoin(Coordinator, Coordinator.id == Patient.referent_id)
        .where(CoordinationTask.deleted_hlc.is_(None),
               CoordinationTask.status == TaskStatus.OPEN,
               or_(Patient.id.is_(None), Patient.deleted_hlc.is_(None)))
        .order_by(CoordinationTask.due_on, CoordinationTask.id)
    )
    if referent_id:
        query = query.where(or_(Patient.id.is_(None), Patient.referent_id.is_(None),
                                Patient.referent_id == referent_id))
    if limit is not None:
        query = query.limit(limit)
    return [task_view(t, p, r, name) for t, p, r, name in session.execute(query)]


def task_view(task: CoordinationTask, patient: Patient | None,
              referral: Referral | None = None, referent: str | None = None) -> TaskView:
    return TaskView(
        id=task.id, kind=task.kind, title=task.title, patient_id=task.patient_id,
        patient_name=patient_name(patient) if patient else None,
        referral_id=task.referral_id,
        subject_summary=referral.subject_summary if referral else None,
        due_on=task.due_on, status=task.status, done_on=task.done_on,
        referent_name=referent,
    )


class TaskService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def open_tasks(self, *, referent_id: str | None = None) -> list[TaskView]:
        """Open tasks, oldest due first; with ``referent_id``, that coordinator's patients
        plus the tasks nobody is in charge of yet."""
        with self.ws.unit_of_work() as uow:
            return open_task_views(uow.session, referent_id)

    def tasks_of_referral(self, referral_id: str) -> list[TaskView]:
        with self.ws.unit_of_work() as uow:
            rows = uow.session.execute(
                select(CoordinationTask, Patient)
                .outerjoin(Patient, Patient.id == CoordinationTask.patient_id)
                .where(CoordinationTask.referral_id == referral_id,
                       CoordinationTask.deleted_hlc.is_(None))
                .order_by(CoordinationTask.created_hlc))
            return [task_view(t, p) for t, p in rows]

    def complete(self, task_id: str, note: str, *, kind: str = JournalKind.CALL.value) -> str:
        """Mark the task done and log the contact in the person's journal; returns the
        journal entry id ("" when the task concerns nobody in the caseload yet)."""
        if not note.strip():
            raise InvalidInput("Notez ce qui a été dit ou fait : la note va au journal.",
                               "note")
        with self.ws.unit_of_work() as uow:
            task = uow.session.get(CoordinationTask, task_id)
            if task is None or task.is_deleted:
                raise NotFound("Tâche introuvable.")
            if task.status != TaskStatus.OPEN:
                raise InvalidInput("Cette tâche est déjà faite.", "task_id")
            entry_id = ""
            if task.patient_id:
                entry = uow.changes.create(JournalEntry, {
                    "patient_id": task.patient_id,
                    "occurred_at": dt.datetime.now().replace(microsecond=0),
                    "kind": kind, "author_id": self.ws.user_id,
                    "text": f"{task.title} : {note.strip()}",
                })
                uow.audit.record(AuditAction.CREATE, "journal_entry", entry.id)
                entry_id = entry.id
            uow.changes.update(task, {"status": TaskStatus.DONE.value,
                                      "done_on": dt.date.today(),
                                      "journal_entry_id": entry_id or None})
            uow.audit.record(AuditAction.UPDATE, "coordination_task", task.id, "done")
            return entry_id
