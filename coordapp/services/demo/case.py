"""Demo caseload: the parts of one person's file (requests, circle, assessments, plan,
journal)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from coordapp.models import (
    Action,
    Assessment,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    Goal,
    JournalEntry,
    Need,
    Referral,
)
from coordapp.services.assessments.aggir import DISCRIMINANT_VARIABLES
from coordapp.services.assessments.aggir_coding import ADVERBS, units_of
from coordapp.services.assessments.recording import clean_assessment
from coordapp.services.demo import data as d
from coordapp.services.demo import scenarios as sc
from coordapp.services.demo.base import Carer, Case
from coordapp.services.demo.pathway import DIRECT, PathwayParts


class CaseParts(PathwayParts):
    """Builds the records around one case, from the seeded helpers."""

    def carer(self, sex: str, family: str, used: str | None, living: str,
              dept: str) -> Carer | None:
        if living == "couple":
            name = f"{self.pick(self.old_given['M' if sex == 'F' else 'F'])} {used or family}"
            return (name, "Époux" if sex == "F" else "Épouse", self.phone(dept, mobile=False),
                    "son époux" if sex == "F" else "son épouse")
        if not self.chance({"homeless": 0.3, "institution": 0.7}.get(living, 0.85)):
            return None
        relation, possessive, carer_sex, _spouse = self.pick(d.RELATIONS)
        surname = (used or family) if relation == "Fils" else self.pick(self.family)
        return (f"{self.pick(self.given[carer_sex])} {surname}", relation,
                self.phone(dept, mobile=True), possessive)

    def referrals(self, c: Case) -> None:
        if c.opened is None:  # a pending request
            received = self.at(self.today - self.days(0, 21))
            contact = self.day(received.date(), self.today) if self.chance(0.6) else None
            self.referral(c, received, d.REASONS, None, None, contact)
        else:
            received = self.at(c.opened - self.days(2, 30))
            day = received.date()
            self.referral(c, received, d.REASONS, "inclusion",
                          min(c.opened, day + self.days(1, 10)),
                          min(c.opened, day + self.days(0, 3)))
            if self.chance(0.2):
                earlier = c.opened - self.days(60, 400)
                self.referral(c, self.at(earlier), d.INFO_REASONS,
                              self.pick(("information", "orientation")),
                              earlier + self.days(0, 5), earlier)
        if self.chance(0.12):  # someone else's request, answered without opening a case
            earlier = self.today - self.days(1, 1095)
            self.referral(None, self.at(earlier), d.INFO_REASONS,
                          self.pick(("information", "orientation")), earlier + self.days(0, 5),
                          earlier)

    def referral(self, c: Case | None, received: dt.datetime,
                 reasons: Sequence[str], answer: str | None, answered: dt.date | None,
                 contact: dt.date | None) -> None:
        kind = self.weighted(d.REQUESTER_KINDS)
        gp, carer = (c.gp, c.carer) if c else (None, None)
        kind = "person" if kind == "caregiver" and not carer else kind
        if kind == "gp" and gp:
            name: str | None = self.names[gp]
        elif kind == "caregiver" and carer:
            name = carer[0]
        else:
            name = None if kind == "person" else " ".join(self.person(self.pick("FM")))
        dept = c.dept if c else self.dept()
        shown = kind  # a closed file keeps no one on the GP seekers' list
        if c and c.closed and c.gp is None and kind in DIRECT:
            shown, name = "social_worker", None
        values: dict[str, Any] = {
            "patient_id": c.id if c else None, "received_at": received,
            "channel": self.weighted(d.CHANNEL),
            "requester_kind": shown, "requester_name": name,
            "requester_profession": d.REQUESTERS[shown][1],
            "requester_structure": {"hospital": self.pick(d.HOSPITALS),
                                    "council": "Conseil départemental",
                                    "social_worker": "Maison des solidarités"}.get(shown),
            "requester_phone": self.phone(dept, mobile=kind in ("caregiver", "person")),
            "professional_id": gp if kind == "gp" else None,
            "subject_summary": c.summary if c else self.pick(("Femme âgée", "Homme âgé",
                                                              "Couple âgé")),
            "reason": self.pick(reasons),
            "urgency": self.weighted(d.URGENCY),
            "first_contact_on": contact, "answer": answer,
            "answer_note": ("Inclusion validée en réunion d'équipe, médecin traitant informé."
                            if answer == "inclusion" else self.pick(d.INFO_ANSWERS)
                            if answer else None),
            "answered_on": answered}
        discharge = self.discharge_for(received) \
            if c and shown == "hospital" and answer != "information" else None
        if discharge:
            values["reason"] = discharge.pop("reason")
        values |= {"discharge": discharge, **self.decision(c, shown, answer)}
        referral_id = self.w.add(Referral, values)
        if c is None:
            self.request_without_case(referral_id, shown, received)
        else:
            c.requests.append((referral_id, shown, received, dt.date.fromisoformat(
                discharge["planned_on"]) if discharge else None))

    def circle(self, c: Case) -> list[tuple[str, str]]:
        """The care circle (3 to 7 members); returns (role key, member id) pairs."""
        chosen = [role for role, wanted in (("gp", c.gp), ("carer", c.carer),
                                            ("EHPAD", c.living == "institution")) if wanted]
        chosen += [role for role, p in d.CIRCLE_OPTIONS if self.chance(p)]
        if c.carer and self.chance(0.15):
            chosen.append("carer2")
        for role in ("nurse", "pharmacist", "physio", "social"):
            if len(chosen) < 3 and role not in chosen:
                chosen.append(role)
        members: list[tuple[str, str]] = []
        for role in chosen[:7]:
            member = self.add_member(c, role)
            if member:
                members.append((role, member))
        return members

    def add_member(self, c: Case, role: str) -> str | None:
        """One member of the circle in ``role`` (None when the directory has nobody)."""
        values: dict[str, Any] = {"patient_id": c.id, "role": d.ROLES[role],
                                  "is_main_caregiver": role == "carer",
                                  "started_on": c.opened or self.today, "ended_on": c.closed}
        if role == "gp":
            values["professional_id"] = c.gp
        elif role == "carer" and c.carer:
            values |= {"informal_name": c.carer[0], "relationship": c.carer[1],
                       "phone": c.carer[2]}
        elif role == "carer2":
            values |= {"informal_name": " ".join(self.person(self.pick("FM"))),
                       "relationship": self.pick(d.RELATIONS)[0],
                       "phone": self.phone(c.dept, mobile=True)}
        elif role in ("SSIAD", "SAAD", "EHPAD"):
            values["structure_id"] = self.near(self.structs.get(role), c.dept)
        else:
            values["professional_id"] = self.near(self.pros.get(role), c.dept)
        if values.get("structure_id") or values.get("professional_id") or \
                values.get("informal_name"):
            return self.w.add(CareTeamMember, values)
        return None

    def assessments(self, c: Case) -> None:
        """0-2 assessments coded as evaluators do (adverbs per variable or sub-variable);
        letters, GIR and Zarit come from the service's own cleaning (the guide's rules and
        the official algorithm), so they are consistent by construction."""
        assert c.opened is not None
        end = c.closed or self.today
        when = min(end, c.opened + self.days(0, 20))
        profile = self.weighted(d.GIR[c.young])  # the intended dependency level
        for _ in range(self.weighted(d.ASSESSMENTS_COUNT)):
            if when > end:
                break
            burden = self.rng.random()
            mini = c.carer is not None and self.chance(0.3)
            if mini:
                zarit: list[float] = self.rng.choices((0.0, 0.5, 1.0),
                                                      (1 - burden, 1, burden + 0.2), k=7)
                exhausted = sum(zarit) >= 4
            else:
                zarit = list(self.rng.choices(
                    range(5), (1 - burden, 1, burden + 0.2, burden, burden / 2),
                    k=22)) if c.carer else []
                exhausted = sum(zarit) > 40
            ticked = {"polypathology": len(c.ald) >= 2, "polymedication": self.chance(0.5),
                      "falls": self.chance(0.35), "precarity": c.precarity, "no_gp": not c.gp,
                      "cognitive_decline": "Maladie d'Alzheimer" in c.ald or self.chance(0.2),
                      "isolation": c.living == "alone" and (not c.carer or self.chance(0.3)),
                      "abuse_suspected": self.chance(0.03),
                      "exhausted_caregiver": exhausted,
                      "refusal_of_help": self.chance(0.12),
                      "repeated_hospitalisations": self.chance(0.2)}
            adverbs = {unit: self.adverbs(self.weighted(d.AGGIR_SEVERITY[profile]))
                       for var in DISCRIMINANT_VARIABLES for unit in units_of(var)}
            values = clean_assessment({
                "assessed_on": when, "zarit_items": zarit,
                "aggir_detail": {"adverbs": adverbs},
                "complexity_factors": [f for f, on in ticked.items() if on],
                "notes": {k: self.pick(v) for k, v in d.ASSESSMENT_NOTES.items()
                          if self.chance(0.7)}}, creating=True)
            self.w.add(Assessment, {"patient_id": c.id, "author_id": c.referent, **values})
            when += self.days(120, 400)
            profile = max(1, profile - self.pick((0, 0, 1)))

    def adverbs(self, letter: str) -> list[str]:
        """Adverbs an evaluator would tick for a person coded ``letter``."""
        if letter == "A":
            return list(ADVERBS)
        if letter == "C":
            return []
        kept = set(self.rng.sample(ADVERBS, self.ri(1, 3)))
        return [a for a in ADVERBS if a in kept]

    def consents(self, c: Case) -> None:
        """Information at inclusion (to a representative when there is one); now and then
        an objection to sharing, sometimes withdrawn later; often consent to share."""
        assert c.opened is not None
        informed = c.opened - self.days(0, 3)
        by = self.coordinator_names.get(c.referent)
        representative = (f"{c.carer[0]} ({c.carer[1].lower()})" if c.carer and (
            c.legal != "none" or "Maladie d'Alzheimer" in c.ald) else None)
        self.w.add(ConsentRecord, {
            "patient_id": c.id, "kind": "information_given", "recorded_on": informed,
            "given_by": by, "how": self.pick(d.INFORMATION_HOW),
            "recipient": representative,
            "note": "Notice d'information remise, droit d'opposition expliqué."})
        end = c.closed or self.today
        if self.chance(0.05) and informed + dt.timedelta(days=5) <= end:
            objected = self.day(informed + dt.timedelta(days=5), end)
            self.w.add(ConsentRecord, {
                "patient_id": c.id, "kind": "objection", "recorded_on": objected,
                "given_by": by, "how": "Oral, lors d'un appel",
                "note": "Ne souhaite pas que ses informations soient transmises."})
            if self.chance(0.35) and objected < end:
                self.w.add(ConsentRecord, {
                    "patient_id": c.id, "kind": "objection_withdrawn",
                    "recorded_on": self.day(objected + dt.timedelta(days=1), end),
                    "given_by": by, "how": "Écrit signé", "recipient": representative})
        elif self.chance(0.5):
            self.w.add(ConsentRecord, {
                "patient_id": c.id, "kind": "sharing_consent", "recorded_on": informed,
                "given_by": by, "how": "Oral", "recipient": representative})

    def plan(self, c: Case, members: list[tuple[str, str]]) -> None:
        assert c.opened is not None
        today, end = self.today, c.closed or self.today
        start = min(end, c.opened + self.days(7, 40))
        draft = c.closed is None and (start >= today or self.chance(0.12))
        review = None
        if c.closed:
            review = start + dt.timedelta(days=180)
        elif not draft:  # about one plan in four is overdue for review
            review = max(start + dt.timedelta(days=30), today - self.days(1, 150)
                         if self.chance(0.25) else today + self.days(0, 180))
        plan_id = self.w.add(CarePlan, {
            "patient_id": c.id, "version": 1,
            "status": "closed" if c.closed else "draft" if draft else "validated",
            "wishes": self.pick(d.WISHES), "alert_procedure": self.pick(d.ALERTS),
            "review_due": review, "validated_at": None if draft else self.at(start),
            "validated_by": None if draft else c.referent,
            "agreement": None if draft else self.pick(d.AGREEMENTS),
            "agreement_on": None if draft else start, "closed_on": c.closed})
        state = "closed" if c.closed else "draft" if draft else "live"
        domains = [dom for dom in sc.DOMAINS if sc.scenarios_for(c, dom)]
        chosen = self.rng.sample(domains, min(len(domains), self.weighted(d.NEEDS_COUNT)))
        roles = dict(reversed(members))  # role -> its first member
        for priority, domain in enumerate(chosen, 1):
            scenario = self.pick(sc.scenarios_for(c, domain))
            need_id = self.w.add(Need, {
                "plan_id": plan_id, "domain": domain, "text": scenario.need,
                "priority": priority, "unmet": self.chance(0.05),
                "raised_by_person": self.chance(0.75 if priority == 1 else 0.15)})
            goals = self.rng.sample(scenario.goals, min(len(scenario.goals),
                                                        self.weighted(d.GOALS_COUNT)))
            for goal in goals:
                target = start + self.days(60, 200)
                status = self.goal_status(state, target)
                goal_id = self.w.add(Goal, {
                    "need_id": need_id, "text": goal.text,
                    "evaluation_criterion": goal.criterion,
                    "person_opinion": self.pick(d.OPINIONS), "target_date": target,
                    "status": status})
                over = status in ("reached", "not_reached", "abandoned")
                for spec in goal.actions:
                    member = self.responsible(c, spec[1], roles, members)
                    if member is not None:
                        self.action(goal_id, spec, member, "closed" if over else state,
                                    start, min(end, max(start, target)))

    def goal_status(self, state: str, target: dt.date) -> str:
        """A status that agrees with the dates: past its date a goal is settled."""
        if state == "closed":
            return self.weighted(d.GOAL_STATUS[True])
        if state == "draft":
            return "proposed"
        if target < self.today:
            return self.weighted(d.GOAL_STATUS_PAST)
        return self.weighted(d.GOAL_STATUS[False])

    def responsible(self, c: Case, role: str, roles: dict[str, str],
                    members: list[tuple[str, str]]) -> str | None:
        """The circle member in ``role``, joining the circle if the plan needs them."""
        found = roles.get(role) or (roles.get("carer2") if role == "carer" else None)
        if found or role not in sc.ADDABLE_ROLES or len(members) >= 7:
            return found
        member = self.add_member(c, role)
        if member:
            members.append((role, member))
            roles[role] = member
        return member

    def action(self, goal_id: str, action: tuple[str, str, str | None], member: str,
               state: str, start: dt.date, end: dt.date) -> None:
        today = self.today
        text, _role, recurrence = action
        done = result = None
        status = self.weighted(d.ACTION_STATUS[state])
        if state == "closed":
            due = self.day(start, end)
        elif status == "in_progress":
            due = today + self.days(-10, 60)
        elif status == "planned":  # some overdue, some due this week, most later
            r = self.rng.random()
            due = max(start, today + (self.days(-45, -1) if r < 0.22 else
                                      self.days(0, 6) if r < 0.45 else self.days(7, 150)))
        else:
            due = self.day(start, min(today, max(start, end)))
        if status == "done":
            done = max(start, min(end, today, due + self.days(-7, 10)))
            result = self.pick(d.RESULTS)
        elif status == "cancelled":
            result = self.pick(d.CANCEL_RESULTS)
        self.w.add(Action, {
            "goal_id": goal_id, "text": text, "responsible_id": member,
            "start_on": min(start, due), "due_on": due, "recurrence": recurrence,
            "status": status, "done_on": done, "result": result})

    def journal(self, c: Case) -> None:
        start = c.opened or self.today - dt.timedelta(days=21)
        for _ in range(self.weighted(d.JOURNAL_COUNT)):
            kind = self.weighted(d.JOURNAL_KINDS)
            text = self.pick(d.JOURNAL[kind][1]).format(rel=c.carer[3] if c.carer else
                                                         "la famille")
            self.w.add(JournalEntry, {
                "patient_id": c.id, "occurred_at": self.at(self.day(start, c.closed or
                                                                    self.today)),
                "kind": kind, "text": text,
                "author_id": c.referent if self.chance(0.8) else self.pick(self.coordinators)})
