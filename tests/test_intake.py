"""Requests for support become cases in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from coordapp.errors import InvalidInput
from coordapp.models import Patient, Referral
from coordapp.services.caseload.patients import CaseloadService, DuplicateSuspected
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.patient.intake import IntakeService
from coordapp.services.workspace import Workspace

CALL = {"requester_kind": "gp", "requester_name": "Dr Claire Durand", "channel": "phone",
        "reason": "Chutes répétées, vit seule, aidante épuisée", "urgency": "soon",
        "requester_phone": "03 24 00 00 00"}
PERSON = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
          "sex": "F", "city": "Sedan"}
INFORMED = {"given_by": "Anne Martin", "how": "Oral, par téléphone",
            "recipient": "Sa fille, personne de confiance"}


def counts(workspace: Workspace) -> tuple[int, int]:
    with workspace.unit_of_work() as uow:
        return (int(uow.session.scalar(select(func.count()).select_from(Patient)) or 0),
                int(uow.session.scalar(select(func.count()).select_from(Referral)) or 0))


def test_inclusion_of_a_new_person_creates_an_active_case_and_the_answered_request(
    workspace: Workspace,
):
    result = IntakeService(workspace).record_request(
        CALL, new_patient=PERSON, answer="inclusion", answer_note="Visite à domicile lundi",
        information=INFORMED)
    assert result.patient_created and result.patient_id
    patient = CaseloadService(workspace).get(result.patient_id)
    assert patient.status == "active"
    consent = PatientFileService(workspace).load(result.patient_id).consents[0]
    assert (consent.kind, consent.given_by, consent.how, consent.recipient) == (
        "information_given", "Anne Martin", "Oral, par téléphone",
        "Sa fille, personne de confiance")
    referral = PatientFileService(workspace).load(result.patient_id).referrals[0]
    assert referral.answer == "inclusion" and referral.answered_on is not None
    assert referral.first_contact_on is not None and referral.requester_phone == "+33324000000"


def test_a_refused_step_writes_nothing(workspace: Workspace):
    before = counts(workspace)
    with pytest.raises(InvalidInput) as info:
        IntakeService(workspace).record_request(
            CALL | {"requester_phone": "123"}, new_patient=PERSON, answer="inclusion",
            information=INFORMED)
    assert info.value.field == "requester_phone"
    assert counts(workspace) == before
    with pytest.raises(InvalidInput, match="pas encore été informée") as info:
        IntakeService(workspace).record_request(CALL, new_patient=PERSON, answer="inclusion")
    assert info.value.field == "consent"
    assert counts(workspace) == before
    CaseloadService(workspace).add_patient(PERSON)
    with pytest.raises(DuplicateSuspected):
        IntakeService(workspace).record_request(CALL, new_patient=PERSON | {"given_names":
                                                                            "Eloise"})
    assert counts(workspace) == (before[0] + 1, before[1])


def test_information_only_needs_no_patient_and_inclusion_needs_one(workspace: Workspace):
    intake = IntakeService(workspace)
    result = intake.record_request(CALL, answer="information", answer_note="Numéro du CLIC")
    assert result.patient_id is None
    assert [r.id for r in intake.unattached_requests()] == [result.referral_id]
    with pytest.raises(InvalidInput):
        intake.record_request(CALL, answer="inclusion")


def test_answering_inclusion_later_activates_the_case(workspace: Workspace):
    intake = IntakeService(workspace)
    result = intake.record_request(CALL, new_patient=PERSON)
    patient_id = result.patient_id or ""
    assert CaseloadService(workspace).get(patient_id).status == "request"
    with pytest.raises(InvalidInput, match="avant d'inclure la personne"):
        intake.answer_referral(result.referral_id, "inclusion")
    with pytest.raises(InvalidInput, match="avant d'inclure la personne"):
        CaseloadService(workspace).update_patient(patient_id, {"status": "active"})
    assert CaseloadService(workspace).get(patient_id).status == "request"
    FollowUpService(workspace).record_consent(patient_id, "information_given", **INFORMED)
    intake.answer_referral(result.referral_id, "inclusion")
    assert CaseloadService(workspace).get(patient_id).status == "active"


def test_team_lists_the_owner_first(workspace: Workspace):
    from coordapp.services.demo.generate import generate_demo
    from coordapp.services.sync.team import TeamService

    generate_demo(workspace, 5, seed=2)
    team = TeamService(workspace).coordinators()
    assert team[0].is_me and team[0].id == workspace.user_id
    assert len(team) > 1 and not any(c.is_me for c in team[1:])


def test_the_coordinator_who_takes_the_call_is_the_new_persons_referent(
    workspace: Workspace,
):
    result = IntakeService(workspace).record_request(CALL, new_patient=PERSON)
    assert result.patient_id is not None
    patient = CaseloadService(workspace).get(result.patient_id)
    assert patient.referent_id == workspace.user_id is not None
    mine = CaseloadService(workspace).search(referent_id=workspace.user_id)
    assert [p.id for p in mine] == [result.patient_id]
