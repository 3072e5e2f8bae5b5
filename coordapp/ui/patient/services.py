"""The services a patient screen calls, built once per window from the workspace."""

from __future__ import annotations

from dataclasses import dataclass

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.sync.team import TeamService
from coordapp.services.workspace import Workspace


@dataclass(frozen=True)
class PatientServices:
    caseload: CaseloadService
    files: PatientFileService
    follow_up: FollowUpService
    directory: DirectoryService
    team: TeamService
    #: The coordinator using this installation (journal author, default "informed by").
    user_id: str | None
    user_name: str | None

    @classmethod
    def from_workspace(cls, workspace: Workspace) -> PatientServices:
        return cls(
            caseload=CaseloadService(workspace),
            files=PatientFileService(workspace),
            follow_up=FollowUpService(workspace),
            directory=DirectoryService(workspace),
            team=TeamService(workspace),
            user_id=workspace.user_id,
            user_name=workspace.owner_name(),
        )
