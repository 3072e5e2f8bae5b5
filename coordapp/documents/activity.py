"""The anonymous activity report of a period, as the report renderers take it: counts
only, never a name or an id (filled by :mod:`coordapp.services.activity_report`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Breakdown = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ActivityReport:
    start: dt.date
    end: dt.date
    generated_on: dt.date
    requests: int
    requests_by_origin: Breakdown  # requester kind code -> count
    requests_by_profession: Breakdown  # profession as typed ("" when not given)
    requests_by_channel: Breakdown
    answers: Breakdown  # answer code ("" = not answered yet)
    delays_measured: int
    median_delay_days: float | None
    inclusions: int
    active_at_end: int
    closures: int
    closures_by_reason: Breakdown  # "" = reason not given
    plans_validated: int
    reviews_done: int
    reviews_overdue: int
    overdue_on: dt.date  # the date "en retard" is measured against
    followed: int
    without_gp: int
    with_ald: int
    unmet_needs_by_domain: Breakdown
    goals_not_reached_by_domain: Breakdown
    information_given: int = 0
    objections: int = 0
    objections_withdrawn: int = 0
    service_levels: Breakdown = ()  # ServiceLevel code ("" = not decided)
    complex_both_sides: int = 0
    gp_seekers_at_end: int = 0
    gp_found: int = 0
    median_gp_delay_days: float | None = None
    dysfunctions: int = 0
    dysfunctions_by_kind: Breakdown = ()
    dysfunctions_by_structure_kind: Breakdown = ()

    @property
    def share_without_gp(self) -> float | None:
        return self.without_gp / self.followed if self.followed else None

    @property
    def share_with_ald(self) -> float | None:
        return self.with_ald / self.followed if self.followed else None
