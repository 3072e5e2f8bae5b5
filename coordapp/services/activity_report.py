"""The anonymous activity report for a period: counts only, never a name or an id.

Definitions (the period is ``start``..``end``, both days included; tombstoned rows and
the records of tombstoned patients are left out):

- requests: referrals received in the period, by requester kind, profession, channel
  and answer; the delay is the number of days from reception to the first contact
  (requests of the period with a first contact; negative values count as 0);
- inclusions: cases opened in the period; active cases: opened on or before the end and
  not closed by then; closures: cases closed in the period, by reason;
- plans validated: plan versions validated in the period; reviews done: those with a
  version number above 1; reviews overdue: plans in force (validated) whose review date
  falls before the report date: the end of a past period, today for a period that is
  not over (a plan due on 31 December is not late on 3 December); the report names the
  date it used (``overdue_on``);
- information and objections: records of the person's information, of an objection to
  sharing and of its withdrawal dated in the period;
- followed patients: cases open at some point of the period (opened on or before the
  end, not closed before the start); among them, those without a GP and those with at
  least one ALD; unmet needs and goals not reached by domain come from their plans
  (draft, validated or closed versions; superseded versions are copies, not counted).
- levels of service: the decisions recorded on the requests received in the period and
  on the assessments made in the period, by level; complex situations: requests of the
  period whose criteria meet both sides (medical and psycho-social);
- GP seekers: people still looking at the end of the period; found: searches closed in
  the period, with the median delay from the request to the GP found;
- dysfunctions: breaks in the pathway dated in the period, by kind and by type of
  structure involved (a record naming two types counts once for each).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from coordapp.documents.activity import ActivityReport, Breakdown
from coordapp.errors import InvalidInput
from coordapp.models import (
    Assessment,
    CarePlan,
    ConsentKind,
    ConsentRecord,
    Dysfunction,
    Goal,
    GoalStatus,
    GpSearch,
    Need,
    Patient,
    PlanStatus,
    Referral,
)
from coordapp.services.workspace import Workspace


class ActivityReportService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def compute(self, start: dt.date, end: dt.date) -> ActivityReport:
        with self.ws.unit_of_work() as uow:
            return compute_activity(uow.session, start, end)


def _breakdown(values: Iterable[str | None]) -> Breakdown:
    """Counts, largest first (ties by code), ``None`` and blanks as ``""``."""
    counts = Counter((v or "").strip() for v in values)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _live_patient() -> ColumnElement[bool]:
    return Patient.deleted_hlc.is_(None)


def compute_activity(session: Session, start: dt.date, end: dt.date,
                     today: dt.date | None = None) -> ActivityReport:
    if end < start:
        raise InvalidInput("La fin de la période précède son début.", "end")
    today = today or dt.date.today()
    overdue_on = min(end, today)
    after_end = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    referrals = session.execute(
        select(Referral.requester_kind, Referral.requester_profession, Referral.channel,
               Referral.answer, Referral.received_at, Referral.first_contact_on)
        .where(Referral.deleted_hlc.is_(None),
               Referral.received_at >= dt.datetime.combine(start, dt.time()),
               Referral.received_at < after_end)
    ).all()
    delays = [max(0, (r.first_contact_on - r.received_at.date()).days)
              for r in referrals if r.first_contact_on is not None]

    opened = Patient.opened_on.is_not(None)
    inclusions = session.scalar(select(func.count()).where(
        _live_patient(), opened, Patient.opened_on.between(start, end))) or 0
    active_at_end = session.scalar(select(func.count()).where(
        _live_patient(), opened, Patient.opened_on <= end,
        or_(Patient.closed_on.is_(None), Patient.closed_on > end))) or 0
    closure_reasons = session.scalars(select(Patient.closure_reason).where(
        _live_patient(), Patient.closed_on.between(start, end))).all()

    followed_filter = and_(_live_patient(), opened, Patient.opened_on <= end,
                           or_(Patient.closed_on.is_(None), Patient.closed_on >= start))
    followed = session.execute(select(Patient.gp_id, Patient.ald).where(followed_filter)).all()

    live_plan = and_(CarePlan.deleted_hlc.is_(None), _live_patient())
    validated_versions = session.scalars(
        select(CarePlan.version).join(Patient, Patient.id == CarePlan.patient_id).where(
            live_plan,
            CarePlan.validated_at >= dt.datetime.combine(start, dt.time()),
            CarePlan.validated_at < after_end)).all()
    overdue = session.scalar(
        select(func.count()).select_from(CarePlan)
        .join(Patient, Patient.id == CarePlan.patient_id)
        .where(live_plan, CarePlan.status == PlanStatus.VALIDATED,
               CarePlan.review_due < overdue_on)
    ) or 0
    consents = Counter(session.scalars(
        select(ConsentRecord.kind).join(Patient, Patient.id == ConsentRecord.patient_id)
        .where(_live_patient(), ConsentRecord.deleted_hlc.is_(None),
               ConsentRecord.recorded_on.between(start, end))).all())

    followed_plans = (
        select(CarePlan.id).join(Patient, Patient.id == CarePlan.patient_id)
        .where(followed_filter, CarePlan.deleted_hlc.is_(None),
               CarePlan.status != PlanStatus.SUPERSEDED)
    )
    unmet = session.scalars(select(Need.domain).where(
        Need.deleted_hlc.is_(None), Need.unmet.is_(True),
        Need.plan_id.in_(followed_plans))).all()
    not_reached = session.scalars(
        select(Need.domain).join(Goal, Goal.need_id == Need.id).where(
            Need.deleted_hlc.is_(None), Goal.deleted_hlc.is_(None),
            Goal.status == GoalStatus.NOT_REACHED, Need.plan_id.in_(followed_plans))).all()

    first_day = dt.datetime.combine(start, dt.time())
    levels = [r.service_level for r in session.execute(
        select(Referral.service_level).where(
            Referral.deleted_hlc.is_(None), Referral.received_at >= first_day,
            Referral.received_at < after_end))]
    levels += [level for level in session.scalars(
        select(Assessment.service_level).join(Patient, Patient.id == Assessment.patient_id)
        .where(Assessment.deleted_hlc.is_(None), _live_patient(),
               Assessment.service_level.is_not(None),
               Assessment.assessed_on.between(start, end)))]
    both_sides = sum(1 for medical, psychosocial in session.execute(
        select(Referral.complexity_medical, Referral.complexity_psychosocial).where(
            Referral.deleted_hlc.is_(None), Referral.received_at >= first_day,
            Referral.received_at < after_end)) if medical and psychosocial)
    live_search = and_(GpSearch.deleted_hlc.is_(None), _live_patient())
    seekers = session.scalar(
        select(func.count()).select_from(GpSearch)
        .join(Patient, Patient.id == GpSearch.patient_id)
        .where(live_search, GpSearch.asked_on <= end,
               or_(GpSearch.found_on.is_(None), GpSearch.found_on > end))) or 0
    found = session.execute(
        select(GpSearch.asked_on, GpSearch.found_on)
        .join(Patient, Patient.id == GpSearch.patient_id)
        .where(live_search, GpSearch.found_on.between(start, end))).all()
    gp_delays = [max(0, (f.found_on - f.asked_on).days) for f in found]
    dysfunctions = session.execute(
        select(Dysfunction.kind, Dysfunction.structure_kinds)
        .join(Patient, Patient.id == Dysfunction.patient_id)
        .where(Dysfunction.deleted_hlc.is_(None), _live_patient(),
               Dysfunction.occurred_on.between(start, end))).all()

    return ActivityReport(
        start=start, end=end, generated_on=today,
        requests=len(referrals),
        requests_by_origin=_breakdown(r.requester_kind for r in referrals),
        requests_by_profession=_breakdown(r.requester_profession for r in referrals),
        requests_by_channel=_breakdown(r.channel for r in referrals),
        answers=_breakdown(r.answer for r in referrals),
        delays_measured=len(delays),
        median_delay_days=float(statistics.median(delays)) if delays else None,
        inclusions=int(inclusions), active_at_end=int(active_at_end),
        closures=len(closure_reasons), closures_by_reason=_breakdown(closure_reasons),
        plans_validated=len(validated_versions),
        reviews_done=sum(1 for v in validated_versions if v > 1),
        reviews_overdue=int(overdue), overdue_on=overdue_on,
        followed=len(followed),
        without_gp=sum(1 for f in followed if f.gp_id is None),
        with_ald=sum(1 for f in followed if f.ald),
        unmet_needs_by_domain=_breakdown(unmet),
        goals_not_reached_by_domain=_breakdown(not_reached),
        information_given=consents[ConsentKind.INFORMATION_GIVEN],
        objections=consents[ConsentKind.OBJECTION],
        objections_withdrawn=consents[ConsentKind.OBJECTION_WITHDRAWN],
        service_levels=_breakdown(levels),
        complex_both_sides=both_sides,
        gp_seekers_at_end=int(seekers),
        gp_found=len(found),
        median_gp_delay_days=float(statistics.median(gp_delays)) if gp_delays else None,
        dysfunctions=len(dysfunctions),
        dysfunctions_by_kind=_breakdown(d.kind for d in dysfunctions),
        dysfunctions_by_structure_kind=_breakdown(
            kind for d in dysfunctions for kind in (d.structure_kinds or ["other"])),
    )
