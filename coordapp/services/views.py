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
    patient_id: str | None
    received_at: dt.datetime
    channel: str
    requester_kind: str
    requester_name: str | None
    requester_profession: str | None
    requester_structure: str | None
    requester_phone: str | None
    subject_summary: str | None
    reason: str
    urgency: str
    first_contact_on: dt.date | None
    answer: str | None
    answer_note: str | None
    answered_on: dt.date | None
    complexity_medical: list[str] = field(default_factory=list)
    complexity_psychosocial: list[str] = field(default_factory=list)
    service_level: str | None = None
    service_level_reason: str | None = None
    discharge: dict[str, Any] | None = None


@dataclass(frozen=True)
class ConsentView:
    id: str
    kind: str
    recorded_on: dt.date
    given_by: str | None
    how: str | None
    note: str | None
    recipient: str | None = None  # to whom, when the person is represented


@dataclass(frozen=True)
class AssessmentView:
    id: str
    assessed_on: dt.date
    gir: int | None
    zarit_total: int | None
    complexity_factors: list[str]
    #: AGGIR variable -> "A" | "B" | "C": the ten discriminant ones, then the others.
    aggir: dict[str, str] = field(default_factory=dict)
    #: Per variable: adverbs ticked (or sub-variables with theirs), letters, override.
    aggir_coding: dict[str, Any] | None = None
    zarit_form: str | None = None
    zarit_score: float | None = None
    zarit_band: str | None = None
    #: The Zarit answers, items 1..22 (or the short form's), 0..4 each.
    zarit_items: list[float] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


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
     "referrals", "consents", "assessments",
     # where the identity status comes from: set by imports only (identity_origin)
     "identity_method", "identity_source", "insi_queried_on"}
)


def patient_file_json(patient_file: PatientFile) -> dict[str, Any]:
    """The JSON shape of ``coordapp patient show``: identity keys at the top level."""
    data = to_jsonable(patient_file)
    identity = data.pop("identity")
    return {"id": data.pop("id"), **identity, **data}


# -- assessments (appended for the assessment and PPCS builder) -----------------------------


@dataclass(frozen=True)
class AssessmentDetail:
    """One multidimensional assessment, with its computed scores."""

    id: str
    patient_id: str
    assessed_on: dt.date
    author_id: str | None
    author_name: str | None
    aggir: dict[str, str]
    gir: int | None
    gir_rank: int | None
    zarit_items: list[float]
    zarit_total: int | None  # whole points (22- and 4-item forms); None for the mini-Zarit
    zarit_form: str | None  # "full" | "short" | "mini"
    zarit_band: str | None
    zarit_label: str | None
    complexity_factors: list[str]
    notes: dict[str, str]
    #: The adverbs and overrides as stored (empty for a letters-only grid).
    aggir_detail: dict[str, Any] = field(default_factory=dict)
    #: Per variable: adverbs or sub-variables, derived and kept letter, override reason.
    aggir_coding: dict[str, Any] | None = None
    zarit_score: float | None = None  # any form, half points for the mini-Zarit
    zarit_display: str | None = None  # « 45/88 », « 3,5/7 »
    complexity_medical: list[str] = field(default_factory=list)
    complexity_psychosocial: list[str] = field(default_factory=list)
    service_level: str | None = None
    service_level_reason: str | None = None


@dataclass(frozen=True)
class AssessmentComparisonRow:
    key: str  # an AGGIR variable, "gir", "zarit_total" or a complexity factor code
    label: str
    values: list[str | None]  # one per assessment, oldest first


@dataclass(frozen=True)
class AssessmentComparison:
    """Several assessments side by side, oldest first, with the GIR trend."""

    patient_id: str
    assessments: list[AssessmentDetail]
    gir_trend: list[tuple[dt.date, int | None]]
    rows: list[AssessmentComparisonRow]


@dataclass(frozen=True)
class NeedSuggestion:
    """A need the assessment suggests adding to the plan; the coordinator decides."""

    code: str
    domain: str
    text: str
    reason: str
    already_in_plan: bool


# -- PPCS versions, follow-up and reporting --------------------------------------------------


@dataclass(frozen=True)
class PlanVersionSummary:
    id: str
    version: int
    status: str
    based_on_id: str | None
    validated_at: dt.datetime | None
    validated_by: str | None
    validated_by_name: str | None
    agreement_on: dt.date | None
    review_due: dt.date | None
    closed_on: dt.date | None
    needs: int


@dataclass(frozen=True)
class PlanVersionView:
    """One PPCS version as shown and printed: the person, the plan, its history."""

    patient_id: str
    patient_name: str
    patient_status: str
    plan: CarePlanView
    based_on_id: str | None
    validated_by_name: str | None
    closed_on: dt.date | None
    editable: bool  # content may be edited (a draft of an open case)
    trackable: bool  # action results and goal statuses may be recorded
    versions: list[PlanVersionSummary]


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class PlanItemChange:
    kind: str  # need | goal | action
    change: str  # added | removed | changed
    id: str  # the item in the newer version (the older one when removed)
    origin_id: str | None  # the matching item in the older version
    text: str
    parent_text: str | None  # the need (for a goal) or goal (for an action)
    fields: list[FieldChange]


@dataclass(frozen=True)
class PlanDiff:
    """What changed between two versions of one person's PPCS."""

    patient_id: str
    from_version: int
    to_version: int
    from_plan_id: str
    to_plan_id: str
    plan_fields: list[FieldChange]
    items: list[PlanItemChange]


@dataclass(frozen=True)
class DueActionView:
    """An open action of a current plan, for the dashboard."""

    action_id: str
    plan_id: str
    patient_id: str
    patient_name: str
    text: str
    start_on: dt.date | None
    due_on: dt.date | None
    recurrence: str | None
    status: str
    responsible_id: str | None
    responsible_name: str | None
    goal_text: str
    need_text: str
    days_late: int


@dataclass(frozen=True)
class ReviewDueView:
    plan_id: str
    patient_id: str
    patient_name: str
    version: int
    review_due: dt.date
    referent_id: str | None


@dataclass(frozen=True)
class UnmetNeedView:
    """PPCS part 4: a goal set but not reached, or a need with no answer on the territory."""

    patient_id: str
    patient_name: str
    departement: str | None
    plan_id: str
    need_id: str
    domain: str
    need_text: str
    goal_id: str | None
    goal_text: str | None
    reason: str  # goal_not_reached | need_unmet


@dataclass(frozen=True)
class TerritoryUnmetCount:
    departement: str | None  # None: postal code unknown
    patients: int
    unmet_needs: int  # needs flagged unmet
    goals_not_reached: int


@dataclass(frozen=True)
class PlanTemplateSummary:
    key: str
    title: str
    description: str
    source: str  # shipped | user
    needs: int
    goals: int
    actions: int
