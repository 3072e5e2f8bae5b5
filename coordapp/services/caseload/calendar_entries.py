"""The events of an iCalendar export: due actions and plan reviews.

Calendars that re-import a file match events by UID and keep the highest ``SEQUENCE``.
So every event carries a ``SEQUENCE`` (how many times its record changed, which only
grows) and ``LAST-MODIFIED``; an action done or cancelled since the last export of the
same calendar is sent once more as ``STATUS:CANCELLED``, and the calendar drops it.

For a shared agenda, ``with_names=False`` leaves names out of the summary and the
description: the person appears by initials and the file's short id, the responsible
by role only. (An action's own text is kept as written.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from coordapp.errors import NotFound
from coordapp.export.ical import CalendarEntry
from coordapp.export.labels import date_fr, short_date
from coordapp.hlc import Timestamp
from coordapp.models import (
    Action,
    ActionStatus,
    AuditAction,
    AuditEvent,
    CarePlan,
    CareTeamMember,
    Change,
    Goal,
    Need,
    Patient,
    PatientStatus,
    PlanStatus,
    Professional,
    Structure,
)

_RANK = {PlanStatus.DRAFT: 0, PlanStatus.VALIDATED: 1}
OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class CalendarScope:
    patient_id: str | None
    coordinator_id: str | None

    @property
    def entity(self) -> tuple[str, str | None]:
        if self.patient_id is not None:
            return "patient", self.patient_id
        return "coordinator", self.coordinator_id


def last_export_hlc(session: Session, scope: CalendarScope) -> str | None:
    """When this calendar (same patient, or same caseload) was last exported."""
    entity, entity_id = scope.entity
    return session.scalar(select(func.max(AuditEvent.hlc)).where(
        AuditEvent.action == AuditAction.EXPORT, AuditEvent.entity == entity,
        AuditEvent.entity_id == entity_id, AuditEvent.detail.like("ics%")))


def calendar_entries(session: Session, scope: CalendarScope, *, with_names: bool = True,
                     exclude: Iterable[str] = ()) -> tuple[list[CalendarEntry], int]:
    """The events, and the number of patients covered (``exclude``: patients left out,
    those who objected to sharing)."""
    where: list[ColumnElement[bool]] = [Patient.deleted_hlc.is_(None)]
    if excluded := sorted(exclude):
        where.append(Patient.id.not_in(excluded))
    if scope.patient_id is not None:
        where.append(Patient.id == scope.patient_id)
    else:
        where += [Patient.referent_id == scope.coordinator_id,
                  Patient.status != PatientStatus.CLOSED]
    patients = {p.id: p for p in session.scalars(select(Patient).where(*where))}
    if scope.patient_id is not None and not patients:
        raise NotFound(f"Aucun patient avec l'identifiant {scope.patient_id}.")
    plans = session.scalars(
        select(CarePlan).join(Patient, Patient.id == CarePlan.patient_id)
        .where(*where, CarePlan.deleted_hlc.is_(None),
               CarePlan.status.in_([PlanStatus.DRAFT, PlanStatus.VALIDATED]))
    ).all()
    current: dict[str, CarePlan] = {}
    for plan in plans:
        best = current.get(plan.patient_id)
        if best is None or (_RANK[PlanStatus(plan.status)], -plan.version) < (
                _RANK[PlanStatus(best.status)], -best.version):
            current[plan.patient_id] = plan
    since = last_export_hlc(session, scope)
    names = _Names(with_names)
    entries: list[CalendarEntry] = []
    for plan in plans:
        if plan.status == PlanStatus.VALIDATED and plan.review_due is not None:
            p = patients[plan.patient_id]
            validated = date_fr(plan.validated_at.date()) if plan.validated_at else "—"
            entries.append(CalendarEntry(
                uid=plan.id, kind="review", day=plan.review_due,
                summary=f"Révision du PPCS — {names.short(p)}",
                description=f"{names.identity(p)}\nPPCS version {plan.version} validé le "
                            f"{validated} : révision prévue.",
                category="PPCS — révision", last_modified=_wall(plan.updated_hlc)))
    plan_by_id = {plan.id: plan for plan in current.values()}
    rows = session.execute(
        select(Action, Need.plan_id, CareTeamMember.role, CareTeamMember.informal_name,
               Professional.given_name, Professional.family_name, Structure.name)
        .join(Goal, Goal.id == Action.goal_id).join(Need, Need.id == Goal.need_id)
        .outerjoin(CareTeamMember, CareTeamMember.id == Action.responsible_id)
        .outerjoin(Professional, Professional.id == CareTeamMember.professional_id)
        .outerjoin(Structure, Structure.id == CareTeamMember.structure_id)
        .where(Need.plan_id.in_(list(plan_by_id)), Action.deleted_hlc.is_(None),
               Goal.deleted_hlc.is_(None), Need.deleted_hlc.is_(None),
               Action.due_on.is_not(None))
    ).all()
    for action, plan_id, role, informal, given, family, structure in rows:
        if action.due_on is None:  # filtered out by the query; keeps the type checker sure
            continue
        closed_since = since is not None and action.updated_hlc > since
        if action.status not in OPEN and not closed_since:
            continue  # done or cancelled before the last export: already dropped
        p = patients[plan_by_id[plan_id].patient_id]
        who = (informal or (f"{given or ''} {family}".strip() if family else None)
               or structure)
        lines = [names.identity(p), f"Action : {action.text}", names.who(who, role)]
        if action.recurrence:
            lines.append(f"Fréquence : {action.recurrence}")
        lines.append(f"Échéance : {short_date(action.due_on)}")
        cancelled = action.status not in OPEN
        if cancelled:
            lines.append("Action faite." if action.status == ActionStatus.DONE
                         else "Action annulée.")
        entries.append(CalendarEntry(
            uid=action.id, kind="action", day=action.due_on,
            summary=f"{action.text} — {names.short(p)}", description="\n".join(lines),
            category="PPCS — action", cancelled=cancelled,
            last_modified=_wall(action.updated_hlc)))
    sequences = _sequences(session, [e.uid for e in entries])
    return [_with_sequence(e, sequences.get(e.uid, 0)) for e in entries], len(patients)


def _with_sequence(entry: CalendarEntry, changes: int) -> CalendarEntry:
    return replace(entry, sequence=max(changes - 1, 0))


def _sequences(session: Session, ids: Iterable[str]) -> dict[str, int]:
    """How many times each record was written (creation included): grows with each
    change, so a re-published event always has a higher SEQUENCE than before."""
    wanted = list(ids)
    counts: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for entity_id, count in session.execute(
                select(Change.entity_id, func.count()).where(Change.entity_id.in_(chunk))
                .group_by(Change.entity_id)):
            counts[entity_id] = count
    return counts


def _wall(hlc: str | None) -> dt.datetime | None:
    if not hlc:
        return None
    return dt.datetime.fromtimestamp(Timestamp.decode(hlc).wall_ms / 1000, dt.UTC)


class _Names:
    def __init__(self, with_names: bool) -> None:
        self.with_names = with_names

    def short(self, p: Patient) -> str:
        if not self.with_names:
            return f"{_initials(p)} (dossier {short_id(p.id)})"
        first = p.used_given_name or p.given_names.split(" ")[0]
        return f"{(p.used_name or p.family_name).upper()} {first}"

    def identity(self, p: Patient) -> str:
        if not self.with_names:
            return f"Patient : {_initials(p)}, dossier {short_id(p.id)}"
        return (f"Patient : {p.family_name.upper()} {p.given_names}, "
                f"né(e) le {short_date(p.birth_date)}")

    def who(self, who: str | None, role: str | None) -> str:
        if not who:
            return "Qui : à désigner"
        if not self.with_names:
            return f"Qui : {role or 'membre du cercle de soins'}"
        return f"Qui : {who} ({role})"


def _initials(p: Patient) -> str:
    first = (p.used_given_name or p.given_names.split(" ")[0])[:1]
    return f"{first.upper()}. {(p.used_name or p.family_name)[:1].upper()}."


def short_id(record_id: str) -> str:
    """The last 6 characters of an id: enough to find the file, names nothing."""
    return record_id.replace("-", "")[-6:].upper()
