"""Demo caseload: what happens along a person's pathway besides the plan, following the
services' own rules. A direct request from the person or a relative gets the task to
contact the GP (or to help find one, and the person joins the GP seekers' list); a
discharge gets the day-2 call; done tasks left their note in the journal. People without
a GP are on the list, some found one through proposals; some files hold a break in the
pathway (dysfunction). Each request carries the level of service decided."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from coordapp.models import (
    CoordinationTask,
    Dysfunction,
    GpProposal,
    GpSearch,
    JournalEntry,
    TaskKind,
)
from coordapp.services.caseload.tasks import DIRECT_REQUESTERS, TITLES
from coordapp.services.demo import data as d
from coordapp.services.demo import pathway_data as p
from coordapp.services.demo.base import Case, DemoRandom
from coordapp.services.patient.discharge import CALL_AFTER_DAYS

DIRECT = frozenset(k.value for k in DIRECT_REQUESTERS)
F = TypeVar("F", bound=Callable[..., Any])


def own_draws(method: F) -> F:
    """Run ``method`` on the pathway's own random stream: the rest of the demo draws
    exactly what it drew before these records existed (same seed, same caseload)."""
    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        main, self.rng = self.rng, self.pathway_rng
        try:
            return method(self, *args, **kwargs)
        finally:
            self.rng = main
    return wrapper  # type: ignore[return-value]
LEVEL_REASONS = {
    "complex_coordination": "Les deux volets sont réunis : coordination avec un PPCS.",
    "orientation": "Appui ponctuel : orientation vers les partenaires du territoire.",
    "information": "Demande d'information : ressources du territoire transmises.",
    "professional_support": "Appui au professionnel pour analyser une situation difficile.",
}


class PathwayParts(DemoRandom):
    """Built after the rest of the file: requests (with ``Case.requests``), then tasks,
    GP search and dysfunctions."""

    # -- on the request --------------------------------------------------------------

    @own_draws
    def discharge_for(self, received: dt.datetime) -> dict[str, Any] | None:
        """Most hospital requests about a person are a discharge (with its reason)."""
        if not self.chance(p.DISCHARGE_SHARE):
            return None
        day = received.date() + self.days(1, 10)
        return {"reason": self.pick(p.DISCHARGE_REASONS), "planned_on": day.isoformat(),
                "ward": self.pick(p.WARDS),
                "contact": self.pick(p.WARD_CONTACTS),
                "ready": [code for code, share in p.DISCHARGE_READY.items()
                          if self.chance(share)],
                "note": self.pick(p.DISCHARGE_NOTES)}

    @own_draws
    def decision(self, c: Case | None, kind: str, answer: str | None) -> dict[str, Any]:
        """The criteria of both sides and the level of service decided on a request."""
        medical: list[str] = []
        social: list[str] = []
        if c is not None:
            medical = [code for code, on in (
                ("several_illnesses", len(c.ald) >= 2 or self.chance(0.3)),
                ("severity", self.chance(0.35)), ("unbalanced", self.chance(0.3)),
                ("repeated_hospitalisations", self.chance(0.5 if kind == "hospital" else 0.2)),
            ) if on]
            social = [code for code, on in (
                ("little_use_of_care", c.living == "alone" and self.chance(0.5)),
                ("social_vulnerability", c.precarity or self.chance(0.15)),
                ("unsuited_practices", self.chance(0.15)),
                ("dependency", not c.young and self.chance(0.6)),
                ("several_actors", self.chance(0.6)),
            ) if on]
        if answer == "inclusion":
            level: str | None = "complex_coordination" if self.chance(0.92) else "orientation"
            if level == "complex_coordination":  # both sides met, as the rule asks
                medical = medical or ["several_illnesses"]
                social = social or ["several_actors"]
        elif answer in ("information", "orientation"):
            level = answer
            if kind not in DIRECT and self.chance(0.12):
                level = "professional_support"
            if self.chance(0.7):  # mostly one side only: not a complex situation
                medical, social = (medical, []) if self.chance(0.5) else ([], social)
        else:  # not answered yet: criteria being ticked, level to decide
            level = None
        return {"complexity_medical": medical, "complexity_psychosocial": social,
                "service_level": level,
                "service_level_reason": LEVEL_REASONS[level] if level else None}

    @own_draws
    def request_without_case(self, referral_id: str, kind: str,
                             received: dt.datetime) -> None:
        """A direct request about nobody in the caseload: the GP task, done with no
        journal (there is no file to write it in), unless it is recent."""
        if kind in DIRECT:
            done = received.date() + self.days(0, 4)
            self.task("gp_contact", None, referral_id, received.date(),
                      done if done <= self.today else None)

    # -- after the file ----------------------------------------------------------------

    @own_draws
    def pathway(self, c: Case) -> None:
        found_on = self.gp_search(c)
        end = c.closed or self.today
        for referral_id, kind, received, discharge_day in c.requests:
            day = received.date()
            if kind in DIRECT:
                if c.gp is None or (found_on is not None and day < found_on):
                    self.task("find_gp", c, referral_id, day, found_on)
                else:
                    done = day + self.days(0, 4)
                    if done > end or (c.opened is None and self.chance(0.4)):
                        self.task("gp_contact", c, referral_id, day, None)
                    else:
                        self.task("gp_contact", c, referral_id, day, done)
            if discharge_day is not None:
                due = discharge_day + dt.timedelta(days=CALL_AFTER_DAYS)
                done = due + self.days(0, 1)
                late = c.closed is None and self.chance(0.08)
                self.task("discharge_call", c, referral_id, due,
                          None if done > end or late else done)
        if c.opened is not None:
            self.dysfunctions(c, found_on)

    def task(self, kind: str, c: Case | None, referral_id: str, due: dt.date,
             done_on: dt.date | None) -> None:
        entry = None
        if done_on is not None and c is not None:
            note = self.pick(p.TASK_NOTES[kind]).format(
                rel=c.carer[3] if c.carer else "la famille")
            entry = self.w.add(JournalEntry, {
                "patient_id": c.id, "occurred_at": self.at(done_on), "kind": "call",
                "text": f"{TITLES[TaskKind(kind)]} : {note}", "author_id": c.referent})
        self.w.add(CoordinationTask, {
            "patient_id": c.id if c else None, "referral_id": referral_id, "kind": kind,
            "title": TITLES[TaskKind(kind)], "due_on": due,
            "status": "done" if done_on else "open", "done_on": done_on,
            "journal_entry_id": entry})

    def gp_search(self, c: Case) -> dt.date | None:
        """The person's place on the GP seekers' list; returns the day a GP was found
        (then ``c.gp`` is that GP), None when still looking or never on the list."""
        direct = [received.date() for _id, kind, received, _dc in c.requests
                  if kind in DIRECT]
        start = c.opened or min((r[2].date() for r in c.requests), default=self.today)
        if c.gp is None:
            if c.closed is not None or not (direct or self.chance(p.SEEKS_GP)):
                return None
            asked = min(direct or [max(start - self.days(0, 30), self.today
                                       - dt.timedelta(days=1095))])
            search = self.search_row(c, asked, None)
            self.proposals(c, search, asked, None)
            return None
        if c.opened is None or not self.chance(p.FOUND_THROUGH_SEARCH):
            return None
        asked = min(direct or [c.opened - self.days(0, 20)])
        found = min(c.closed or self.today, asked + self.days(10, 150))
        search = self.search_row(c, asked, found)
        self.proposals(c, search, asked, found)
        return found

    def search_row(self, c: Case, asked: dt.date, found: dt.date | None) -> str:
        priority = self.chance(0.15)
        return self.w.add(GpSearch, {
            "patient_id": c.id, "asked_on": asked, "precarity": c.precarity,
            "coordinator_priority": priority,
            "note": self.pick(p.SEARCH_NOTES) if priority or self.chance(0.2) else None,
            "found_on": found, "found_gp_id": c.gp if found else None})

    def proposals(self, c: Case, search: str, asked: dt.date, found: dt.date | None) -> None:
        """Refused proposals before, then the accepted one (found) or one pending."""
        last = found or self.today
        for _ in range(self.weighted({0: 50, 1: 35, 2: 15})):
            gp = self.near(self.accepting, c.dept)
            proposed = self.day(asked, last)
            answered = min(last, proposed + self.days(1, 10))
            if gp and gp != c.gp:
                self.proposal(c, search, gp, proposed, "refused", answered)
        if found is not None and c.gp is not None:
            self.proposal(c, search, c.gp, max(asked, found - self.days(0, 10)), "accepted",
                          found)
        elif found is None and self.chance(0.35):
            gp = self.near(self.accepting, c.dept)
            if gp:
                self.proposal(c, search, gp, max(asked, self.today - self.days(0, 20)),
                              "pending", None)

    def proposal(self, c: Case, search: str, gp: str, proposed: dt.date, answer: str,
                 answered: dt.date | None) -> None:
        self.w.add(GpProposal, {"search_id": search, "patient_id": c.id,
                                "professional_id": gp, "proposed_on": proposed,
                                "answer": answer, "answered_on": answered})

    def dysfunctions(self, c: Case, found_on: dt.date | None) -> None:
        assert c.opened is not None
        end = c.closed or self.today
        discharges = [r[3] for r in c.requests if r[3] is not None and r[3] <= end]
        share = p.DYSFUNCTION_SHARE * (2.5 if discharges else 1)
        if not self.chance(share):
            return
        for _ in range(1 + self.chance(p.SECOND_DYSFUNCTION)):
            no_gp_ever = c.gp is None or found_on is not None
            kind = ("discharge_not_prepared" if discharges and self.chance(0.5)
                    else "no_gp" if no_gp_ever and self.chance(0.4)
                    else self.weighted(p.DYSFUNCTION_KINDS))
            if kind == "no_gp" and not no_gp_ever:
                kind = "redundant_exams"
            kinds, names, text = self.pick(p.DYSFUNCTIONS[kind][1])
            if kind == "discharge_not_prepared" and discharges:
                day = min(end, self.pick(discharges) + self.days(0, 3))
            else:
                day = self.day(c.opened, end)
            self.w.add(Dysfunction, {
                "patient_id": c.id, "occurred_on": day, "kind": kind,
                "structure_kinds": kinds,
                "structures": names.format(hospital=self.pick(d.HOSPITALS)) or None,
                "text": text})

    @own_draws
    def accepts_new_patients(self) -> bool:
        return self.chance(p.GP_ACCEPTS_NEW)

    @own_draws
    def languages(self) -> dict[str, Any]:
        """Now and then a person who speaks little or no French."""
        if not self.chance(p.LANGUAGE_SHARE):
            return {"languages": [], "interpreter_needed": False}
        spoken = list(self.pick(p.LANGUAGES))
        return {"languages": spoken,
                "interpreter_needed": "français" not in spoken or self.chance(0.2)}
