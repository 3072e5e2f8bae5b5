"""Domain model: SQLAlchemy 2 typed declarative classes, one module per aggregate."""

from coordapp.models.assessment import Assessment
from coordapp.models.audit import AuditAction, AuditEvent
from coordapp.models.base import SYNC_COLUMNS, Base, SyncedRecord
from coordapp.models.care_plan import (
    Action,
    ActionStatus,
    CarePlan,
    Goal,
    GoalStatus,
    Need,
    NeedDomain,
    PlanStatus,
)
from coordapp.models.care_team import CareTeamMember
from coordapp.models.change_log import Change, ChangeKind
from coordapp.models.coordination import (
    CoordinationTask,
    Dysfunction,
    DysfunctionKind,
    GpProposal,
    GpSearch,
    MedicalCriterion,
    ProposalAnswer,
    PsychosocialCriterion,
    ServiceLevel,
    TaskKind,
    TaskStatus,
)
from coordapp.models.coordinator import Coordinator, Installation
from coordapp.models.directory import Professional, Structure, StructureKind
from coordapp.models.journal import JournalEntry, JournalKind
from coordapp.models.patient import (
    ClosureReason,
    ConsentKind,
    ConsentRecord,
    IdentityDocument,
    IdentityStatus,
    LegalProtection,
    LivingSituation,
    Patient,
    PatientStatus,
    Sex,
)
from coordapp.models.referral import (
    Referral,
    ReferralAnswer,
    ReferralChannel,
    RequesterKind,
    Urgency,
)
from coordapp.models.request_draft import RequestDraft
from coordapp.models.sync_state import (
    CHANGE_LOG_DEVICE_INDEX,
    SyncConflict,
    SyncIdentity,
    SyncImportedBundle,
    SyncKnowledge,
    SyncOpContext,
    SyncPeer,
    SyncSent,
    SyncSetting,
)

#: Shared record classes by table name (what the change log and bundles refer to).
SYNCED_MODELS: dict[str, type[SyncedRecord]] = {
    cls.__tablename__: cls
    for cls in (
        Coordinator, Structure, Professional, Patient, ConsentRecord, Referral,
        CareTeamMember, Assessment, CarePlan, Need, Goal, Action, JournalEntry,
        CoordinationTask, GpSearch, GpProposal, Dysfunction,
    )
}

__all__ = [
    "CHANGE_LOG_DEVICE_INDEX",
    "SYNCED_MODELS",
    "SYNC_COLUMNS",
    "Action",
    "ActionStatus",
    "Assessment",
    "AuditAction",
    "AuditEvent",
    "Base",
    "CarePlan",
    "CareTeamMember",
    "Change",
    "ChangeKind",
    "ClosureReason",
    "ConsentKind",
    "ConsentRecord",
    "CoordinationTask",
    "Coordinator",
    "Dysfunction",
    "DysfunctionKind",
    "Goal",
    "GoalStatus",
    "GpProposal",
    "GpSearch",
    "IdentityDocument",
    "IdentityStatus",
    "Installation",
    "JournalEntry",
    "JournalKind",
    "LegalProtection",
    "LivingSituation",
    "MedicalCriterion",
    "Need",
    "NeedDomain",
    "Patient",
    "PatientStatus",
    "PlanStatus",
    "Professional",
    "ProposalAnswer",
    "PsychosocialCriterion",
    "Referral",
    "ReferralAnswer",
    "ReferralChannel",
    "RequestDraft",
    "RequesterKind",
    "ServiceLevel",
    "Sex",
    "Structure",
    "StructureKind",
    "SyncConflict",
    "SyncIdentity",
    "SyncImportedBundle",
    "SyncKnowledge",
    "SyncOpContext",
    "SyncPeer",
    "SyncSent",
    "SyncSetting",
    "SyncedRecord",
    "TaskKind",
    "TaskStatus",
    "Urgency",
]
