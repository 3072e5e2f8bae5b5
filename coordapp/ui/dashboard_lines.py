"""Display lines of the "À faire" screen, from the dashboard service's views.

Every line shows the same five columns (patient, what, who, date, delay) so that the
sections read as one list.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject

from coordapp.models import RequesterKind, TaskKind, Urgency
from coordapp.services.caseload.dashboard import (
    Dashboard,
    PatientWithoutGpView,
    PendingReferralView,
)
from coordapp.services.caseload.tasks import TaskView
from coordapp.services.patient.request_drafts import RequestDraftView
from coordapp.services.views import DueActionView, ReviewDueView
from coordapp.ui.labels import format_date, label


class Column(enum.IntEnum):
    PATIENT = 0
    SUBJECT = enum.auto()
    WHO = enum.auto()
    DATE = enum.auto()
    DELAY = enum.auto()


class Section(enum.IntEnum):
    OVERDUE = 0
    DUE_SOON = enum.auto()
    REVIEWS = enum.auto()
    REFERRALS = enum.auto()
    NO_GP = enum.auto()
    TASKS = enum.auto()
    DRAFTS = enum.auto()


@dataclass(frozen=True)
class Line:
    patient_id: str | None
    texts: tuple[str, str, str, str, str]
    tooltip: str = ""
    late: bool = False  # the delay is shown in red
    urgent: bool = False  # the whole line is bold
    unlinked: bool = False  # a request not linked to a patient file (italic)
    task_id: str | None = None  # a coordination task: can be marked done from here
    draft_id: str | None = None  # a request left half-typed: reopens the wizard


# Longest "Qui" of a request shown with the profession (longer: the name alone).
WHO_LENGTH = 40


class LineWriter(QObject):
    """Formats views into lines (translatable texts, dates ``JJ/MM/AAAA``)."""

    def lines(self, dashboard: Dashboard) -> list[list[Line]]:
        """The lines of every section, in ``Section`` order."""
        return [
            [self.action(a, dashboard.today) for a in dashboard.overdue_actions],
            [self.action(a, dashboard.today) for a in dashboard.actions_due_soon],
            [self.review(r, dashboard) for r in dashboard.reviews_due],
            [self.referral(r) for r in dashboard.pending_referrals],
            [self.no_gp(p) for p in dashboard.patients_without_gp],
            [self.task(t, dashboard.today) for t in dashboard.coordination_tasks],
            [self.draft(d) for d in dashboard.request_drafts],
        ]

    def action(self, action: DueActionView, today: dt.date) -> Line:
        days = (action.due_on - today).days if action.due_on else 0
        late = days < 0
        delay = self._days_late(-days) if late else self._days_ahead(days)
        tooltip = self.tr("Besoin : {need}\nObjectif : {goal}\nAction : {action}").format(
            need=action.need_text, goal=action.goal_text, action=action.text)
        return Line(action.patient_id, (
            action.patient_name, action.text,
            action.responsible_name or self.tr("Responsable non désigné"),
            format_date(action.due_on), delay), tooltip, late=late)

    def review(self, review: ReviewDueView, dashboard: Dashboard) -> Line:
        days = (review.review_due - dashboard.today).days
        delay = self._days_late(-days) if days < 0 else self._days_ahead(days)
        subject = self.tr("Réviser le PPCS (version {version})").format(version=review.version)
        return Line(review.patient_id, (review.patient_name, subject, "",
                                        format_date(review.review_due), delay), late=days < 0)

    def referral(self, referral: PendingReferralView) -> Line:
        name = referral.requester_name or label(RequesterKind, referral.requester_kind)
        full = name
        if referral.requester_profession and referral.requester_profession != name:
            full += f" ({referral.requester_profession})"
        # A long profession and the structure in the tooltip: the column stays narrow
        # enough for the subject to show whole at 1366×768.
        who = full if len(full) <= WHO_LENGTH else name
        structure = referral.requester_structure if referral.requester_structure != \
            referral.requester_name else None
        if referral.days_waiting == 0:
            waiting = self.tr("reçue aujourd'hui")
        elif referral.days_waiting == 1:
            waiting = self.tr("depuis 1 jour")
        else:
            waiting = self.tr("depuis {n} jours").format(n=referral.days_waiting)
        urgent = referral.urgency == Urgency.URGENT
        if referral.urgency != Urgency.ROUTINE:
            waiting = f"{label(Urgency, referral.urgency)} · {waiting}"
        patient = (referral.patient_name or referral.subject_summary
                   or self.tr("Personne non précisée"))
        tooltip = referral.reason if referral.patient_id else self.tr(
            "Demande non rattachée à un dossier patient.\n{reason}").format(
                reason=referral.reason)
        if structure or who != full:
            tooltip = (self.tr("{who}, {structure}").format(who=full, structure=structure)
                       if structure else full) + "\n" + tooltip
        return Line(referral.patient_id, (
            patient, referral.reason, who, format_date(referral.received_at.date()), waiting),
            tooltip, late=urgent, urgent=urgent, unlinked=referral.patient_id is None)

    def no_gp(self, patient: PatientWithoutGpView) -> Line:
        opened = (self.tr("suivi depuis le {date}").format(date=format_date(patient.opened_on))
                  if patient.opened_on else "")
        return Line(patient.patient_id, (
            patient.patient_name, patient.city or "", patient.referent_name or "",
            format_date(patient.opened_on), ""), opened)

    def task(self, task: TaskView, today: dt.date) -> Line:
        days = (task.due_on - today).days if task.due_on else 0
        delay = self._days_late(-days) if days < 0 else self._days_ahead(days)
        patient = (task.patient_name or task.subject_summary
                   or self.tr("Personne non précisée"))
        titles = {
            TaskKind.GP_CONTACT: self.tr("Prendre contact avec le médecin traitant"),
            TaskKind.FIND_GP: self.tr("Aider à trouver un médecin traitant"),
            TaskKind.DISCHARGE_CALL: self.tr("Appeler la personne (J+2 après la sortie)"),
        }
        tooltip = self.tr("Clic droit ou F4 : marquer comme fait (noté au journal)")
        return Line(task.patient_id, (
            patient, titles.get(TaskKind(task.kind), task.title), task.referent_name or "",
            format_date(task.due_on), delay), tooltip, late=days < 0,
            unlinked=task.patient_id is None, task_id=task.id)

    def draft(self, draft: RequestDraftView) -> Line:
        person = draft.data.get("person") or {}
        name = " ".join(p for p in (str(person.get("family_name") or "").strip().upper(),
                                    str(person.get("given_names") or "").strip()) if p)
        reason = " ".join(str((draft.data.get("request") or {}).get("reason") or "").split())
        step = self.tr("à l'étape {n} sur 3").format(n=min(draft.step, 2) + 1)
        return Line(None, (
            name or self.tr("Personne non précisée"),
            reason or self.tr("Motif non saisi"), step,
            format_date(draft.updated_at.date()), draft.updated_at.strftime("%H:%M")),
            self.tr("Entrée ou double-clic : reprendre la saisie là où elle s'était "
                    "arrêtée"), unlinked=True, draft_id=draft.id)

    def _days_late(self, days: int) -> str:
        if days <= 1:
            return self.tr("1 jour de retard")
        return self.tr("{n} jours de retard").format(n=days)

    def _days_ahead(self, days: int) -> str:
        if days <= 0:
            return self.tr("aujourd'hui")
        if days == 1:
            return self.tr("demain")
        return self.tr("dans {n} jours").format(n=days)
