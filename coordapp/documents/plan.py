"""A PPCS as a printed or exported document takes it: frozen dataclasses, filled by
:mod:`coordapp.services.plans.document` and read by the PDF and FHIR renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordapp.models import GoalStatus, PlanStatus


@dataclass(frozen=True)
class Contact:
    """A coordinator or a professional, as the document shows them."""

    id: str
    name: str
    phone: str | None = None
    email: str | None = None
    structure: str | None = None
    profession: str | None = None
    rpps: str | None = None
    adeli: str | None = None
    family_name: str | None = None  # professionals only: the name in parts
    given_name: str | None = None


@dataclass(frozen=True)
class CircleMember:
    id: str
    kind: str  # professional | structure | informal
    role: str
    name: str
    profession: str | None
    relationship: str | None
    phone: str | None
    email: str | None
    is_main_caregiver: bool
    started_on: dt.date | None
    ended_on: dt.date | None
    professional_id: str | None
    structure_id: str | None
    rpps: str | None = None
    adeli: str | None = None
    finess: str | None = None
    family_name: str | None = None  # professionals only: the name in parts
    given_name: str | None = None

    def is_current(self, on: dt.date) -> bool:
        return self.ended_on is None or self.ended_on >= on


@dataclass(frozen=True)
class PlanAction:
    id: str
    text: str
    responsible_id: str | None
    responsible_name: str | None
    responsible_role: str | None
    start_on: dt.date | None
    due_on: dt.date | None
    recurrence: str | None
    status: str
    done_on: dt.date | None
    result: str | None


@dataclass(frozen=True)
class PlanGoal:
    id: str
    text: str
    person_opinion: str | None
    target_date: dt.date | None
    evaluation_criterion: str | None
    status: str
    actions: tuple[PlanAction, ...]


@dataclass(frozen=True)
class PlanNeed:
    id: str
    domain: str
    text: str
    priority: int
    raised_by_person: bool
    unmet: bool
    goals: tuple[PlanGoal, ...]


@dataclass(frozen=True)
class UnmetItem:
    """A need without answer on the territory, or a goal set but not reached."""

    kind: str  # need | goal
    domain: str
    text: str
    need_text: str


@dataclass(frozen=True)
class PlanContent:
    id: str
    version: int
    status: str
    wishes: str | None
    alert_procedure: str | None
    review_due: dt.date | None
    validated_at: dt.datetime | None
    validated_by_id: str | None
    validated_by_name: str | None
    agreement: str | None
    agreement_on: dt.date | None
    closed_on: dt.date | None
    needs: tuple[PlanNeed, ...]

    @property
    def is_draft(self) -> bool:
        return self.status == PlanStatus.DRAFT

    @property
    def actions(self) -> tuple[tuple[PlanNeed, PlanGoal, PlanAction], ...]:
        """Every action with its goal and need, in plan order (need priority first)."""
        return tuple((n, g, a) for n in self.needs for g in n.goals for a in g.actions)

    @property
    def unmet(self) -> tuple[UnmetItem, ...]:
        items: list[UnmetItem] = []
        for need in self.needs:
            if need.unmet:
                items.append(UnmetItem("need", need.domain, need.text, need.text))
            items += [UnmetItem("goal", need.domain, g.text, need.text)
                      for g in need.goals if g.status == GoalStatus.NOT_REACHED]
        return tuple(items)


@dataclass(frozen=True)
class ConsentEntry:
    id: str
    kind: str
    recorded_on: dt.date
    given_by: str | None
    how: str | None


@dataclass(frozen=True)
class PersonIdentity:
    id: str
    family_name: str  # birth name
    given_names: str  # birth first names, in order
    used_name: str | None
    used_given_name: str | None
    birth_date: dt.date
    age: int
    sex: str
    birth_place_code: str | None
    nir: str | None
    identity_status: str
    phone: str | None
    phone_alt: str | None
    email: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    living_situation: str | None
    legal_protection: str | None
    trusted_person: str | None
    ald: tuple[str, ...]
    status: str
    opened_on: dt.date | None
    closed_on: dt.date | None
    identity_method: str | None = None  # fr-core-cs-method-collection code
    identity_document: str | None = None  # fr-core-cs-mode-validation-identity code
    identity_checked_on: dt.date | None = None
    identity_source: str | None = None
    insi_queried_on: dt.date | None = None
    languages: tuple[str, ...] = ()
    interpreter_needed: bool = False

    @property
    def first_name(self) -> str:
        return self.used_given_name or self.given_names.split(" ")[0]

    @property
    def display_name(self) -> str:
        """``Éloïse MARTIN`` (the name in use, for the person's own copy)."""
        return f"{self.first_name} {(self.used_name or self.family_name).upper()}"

    @property
    def identity_line(self) -> str:
        """``LEFÈVRE (MARTIN) Éloïse``: birth name first, as identity vigilance asks."""
        name = self.family_name.upper()
        if self.used_name and self.used_name.upper() != name:
            name += f" ({self.used_name.upper()})"
        return f"{name} {self.first_name}"

    @property
    def address_line(self) -> str | None:
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        line = ", ".join(p for p in (self.address, town) if p)
        return line or None


@dataclass(frozen=True)
class TaskEntry:
    id: str
    kind: str  # TaskKind code
    title: str
    status: str  # TaskStatus code
    due_on: dt.date | None
    done_on: dt.date | None


@dataclass(frozen=True)
class ProposalEntry:
    id: str
    professional_id: str
    professional_name: str
    family_name: str
    given_name: str | None
    profession: str | None
    rpps: str | None
    adeli: str | None
    phone: str | None
    proposed_on: dt.date
    answer: str  # ProposalAnswer code
    answered_on: dt.date | None


@dataclass(frozen=True)
class GpSearchEntry:
    id: str
    asked_on: dt.date
    found_on: dt.date | None
    found_gp_id: str | None
    reasons: tuple[str, ...]  # the CPTS priority criteria met, in plain French
    note: str | None
    proposals: tuple[ProposalEntry, ...] = ()


@dataclass(frozen=True)
class PlanDocument:
    person: PersonIdentity
    referent: Contact | None
    gp: Contact | None
    care_circle: tuple[CircleMember, ...]
    plan: PlanContent | None
    consents: tuple[ConsentEntry, ...]
    generated_on: dt.date
    assessment: str | None = None  # the latest assessment in one line (GIR, Zarit)
    tasks: tuple[TaskEntry, ...] = ()  # coordination tasks (GP contact, day-2 call)
    gp_searches: tuple[GpSearchEntry, ...] = ()  # looking for an attending GP

    @property
    def current_circle(self) -> tuple[CircleMember, ...]:
        return tuple(m for m in self.care_circle if m.is_current(self.generated_on))
