"""Plain, immutable views of records, handed to the CLI and the UI (never ORM objects)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def age_on(birth_date: dt.date, today: dt.date) -> int:
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - int(before_birthday)


def to_jsonable(value: Any) -> Any:
    """Views (and nested views) as JSON-ready dicts, dates in ISO format."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class PatientSummary:
    """One caseload line."""

    id: str
    family_name: str
    used_name: str | None
    given_names: str
    used_given_name: str | None
    birth_date: dt.date
    age: int
    sex: str
    nir: str | None
    city: str | None
    status: str
    identity_status: str
    gp_id: str | None
    gp_name: str | None
    referent_id: str | None
    referent_name: str | None

    @property
    def display_name(self) -> str:
        """``DUPONT (ép. MARTIN) Marie``: birth name first, as identity-vigilance asks."""
        name = self.family_name.upper()
        if self.used_name and self.used_name.upper() != name:
            name += f" ({self.used_name.upper()})"
        given = self.used_given_name or self.given_names.split(" ")[0]
        return f"{name} {given}"


@dataclass(frozen=True)
class Warning:
    field: str
    message: str


@dataclass(frozen=True)
class WriteResult:
    id: str
    changed: list[str] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


@dataclass(frozen=True)
class CareTeamMemberView:
    id: str
    role: str
    name: str
    kind: str  # professional | structure | informal
    professional_id: str | None
    structure_id: str | None
    profession: str | None
    phone: str | None
    relationship: str | None
    is_main_caregiver: bool
    started_on: dt.date | None
    ended_on: dt.date | None


@dataclass(frozen=True)
class ActionView:
    id: str
    text: str
    responsible_id: str | None
    responsible_name: str | None
    start_on: dt.date | None
    due_on: dt.date | None
    recurrence: str | None
    status: str
    done_on: dt.date | None
    result: str | None


@dataclass(frozen=True)
class GoalView:
    id: str
    text: str
    person_opinion: str | None
    target_date: dt.date | None
    evaluation_criterion: str | None
    status: str
    actions: list[ActionView]


@dataclass(frozen=True)
class NeedView:
    id: str
    domain: str
    text: str
    priority: int
    raised_by_person: bool
    unmet: bool
    goals: list[GoalView]


@dataclass(frozen=True)
class CarePlanView:
    id: str
    version: int
    status: str
    wishes: str | None
    alert_procedure: str | None
    review_due: dt.date | None
    validated_at: dt.datetime | None
    validated_by: str | None
    agreement: str | None
    agreement_on: dt.date | None
    needs: list[NeedView]


@dataclass(frozen=True)
class JournalEntryView:
    id: str
    occurred_at: dt.datetime
    kind: str
    author_id: str | None
    author_name: str | None
    text: str


@dataclass(frozen=True)
class ReferralView:
    id: str
    received_at: dt.datetime
    channel: str
    requester_kind: str
    requester_name: str | None
    requester_profession: str | None
    requester_structure: str | None
    reason: str
    urgency: str
    answer: str | None
    answered_on: dt.date | None


@dataclass(frozen=True)
class ConsentView:
    id: str
    kind: str
    recorded_on: dt.date
    given_by: str | None
    how: str | None
    note: str | None


@dataclass(frozen=True)
class AssessmentView:
    id: str
    assessed_on: dt.date
    gir: int | None
    zarit_total: int | None
    complexity_factors: list[str]


@dataclass(frozen=True)
class PatientFile:
    """Everything about one person, as ``coordapp patient show`` prints it."""

    id: str
    identity: dict[str, Any]
    age: int
    gp_name: str | None
    referent_name: str | None
    care_team: list[CareTeamMemberView]
    current_plan: CarePlanView | None
    journal: list[JournalEntryView]
    referrals: list[ReferralView]
    consents: list[ConsentView]
    assessments: list[AssessmentView]


#: Keys of ``patient show`` JSON that are computed or nested, not editable identity fields.
PATIENT_FILE_READ_ONLY_KEYS = frozenset(
    {"id", "age", "gp_name", "referent_name", "care_team", "current_plan", "journal",
     "referrals", "consents", "assessments"}
)


def patient_file_json(patient_file: PatientFile) -> dict[str, Any]:
    """The JSON shape of ``coordapp patient show``: identity keys at the top level."""
    data = to_jsonable(patient_file)
    identity = data.pop("identity")
    return {"id": data.pop("id"), **identity, **data}
