"""The services the assessment and PPCS tabs call, built once per tab from the workspace."""

from __future__ import annotations

from dataclasses import dataclass

from coordapp.models import PatientStatus
from coordapp.paths import AppPaths
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.exports import ExportService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.plans.editing import PlanService
from coordapp.services.plans.proposal import PlanProposalService
from coordapp.services.plans.templates import TemplateService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.views import CareTeamMemberView
from coordapp.services.workspace import Workspace


@dataclass(frozen=True)
class PlanServices:
    assessments: AssessmentService
    caseload: CaseloadService
    plans: PlanService
    versions: PlanVersionService
    templates: TemplateService
    files: PatientFileService
    proposals: PlanProposalService
    exports: ExportService

    @classmethod
    def from_workspace(cls, workspace: Workspace, paths: AppPaths) -> PlanServices:
        return cls(
            assessments=AssessmentService(workspace),
            caseload=CaseloadService(workspace),
            plans=PlanService(workspace),
            versions=PlanVersionService(workspace),
            templates=TemplateService(workspace, paths),
            files=PatientFileService(workspace),
            proposals=PlanProposalService(workspace, paths),
            exports=ExportService(workspace),
        )

    def is_closed(self, patient_id: str) -> bool:
        return self.caseload.get(patient_id).status == PatientStatus.CLOSED

    def care_team(self, patient_id: str) -> list[CareTeamMemberView]:
        """The person's care circle (current members first), read without auditing."""
        return self.files.care_team(patient_id)
