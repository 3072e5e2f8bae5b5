"""Caseload use cases: validation, duplicates, search, case rules; all-or-nothing writes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import Change, Patient
from coordapp.services.caseload.patients import CaseloadService, DuplicateSuspected
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.workspace import Workspace
from tests.informed import INFORMED

ELOISE = {"family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "12/03/1941",
          "sex": "F", "city": "Charleville-Mézières", "postal_code": "08000",
          "phone": "06 12 34 56 78", "nir": "241037511612371"}
ELOISE_DATE = dt.date(1941, 3, 12)


def count(workspace: Workspace, model: type) -> int:
    with workspace.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_search_ignores_case_and_accents(workspace: Workspace):
    service = CaseloadService(workspace)
    service.add_patient(ELOISE)
    service.add_patient({"family_name": "Dubois", "given_names": "Jean", "sex": "M",
                         "birth_date": "1950-01-01", "city": "Troyes"})
    assert [p.given_names for p in service.search("eloise")] == ["Éloïse Marie"]
    assert [p.family_name for p in service.search("LEFEVRE charleville")] == ["Lefèvre"]
    assert [p.family_name for p in service.search("2410375")] == ["Lefèvre"]
    assert [p.family_name for p in service.search("troyes")] == ["Dubois"]
    assert service.search("100%") == []
    assert service.count() == 2


def test_values_are_normalised(workspace: Workspace):
    service = CaseloadService(workspace)
    patient = service.get(service.add_patient(ELOISE).id)
    assert patient.birth_date.isoformat() == "1941-03-12"
    assert patient.status == "request" and patient.identity_status == "PROV"
    loaded = PatientFileService(workspace).load(patient.id)
    assert loaded.identity["phone"] == "+33612345678"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"nir": "241037511612345"}, "nir"),
        ({"phone": "12345"}, "phone"),
        ({"birth_date": "31/02/1941"}, "birth_date"),
        ({"sex": "X"}, "sex"),
        ({"family_name": " "}, "family_name"),
        ({"status": "closed"}, "closure_reason"),
        ({"identity_status": "QUAL", "nir": None}, "nir"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_invalid_input_is_refused_and_nothing_is_written(
    workspace: Workspace, change: dict[str, object], field: str
):
    before = (count(workspace, Patient), count(workspace, Change))
    with pytest.raises(InvalidInput) as info:
        CaseloadService(workspace).add_patient(ELOISE | change)
    assert info.value.field == field or field in info.value.message
    assert info.value.message.endswith(".")
    assert (count(workspace, Patient), count(workspace, Change)) == before


def test_a_refused_update_changes_nothing_at_all(workspace: Workspace):
    service = CaseloadService(workspace)
    patient_id = service.add_patient(ELOISE).id
    with pytest.raises(InvalidInput):
        service.update_patient(patient_id, {"city": "Reims", "nir": "123"})
    assert service.get(patient_id).city == "Charleville-Mézières"
    with pytest.raises(NotFound):
        service.update_patient("no-such-id", {"city": "Reims"})


@pytest.mark.parametrize(
    "twin",
    [
        {"given_names": "Eloise", "nir": None},  # no accents, one given name
        {"family_name": "LEFEVRE", "given_names": "Héloïse", "nir": None},  # fuzzy first name
        {"family_name": "Martin", "used_name": None, "given_names": "Anne", "birth_date":
         "1950-01-01", "sex": "F"},  # same NIR only
    ],
)
def test_probable_duplicates_are_refused_unless_allowed(workspace: Workspace,
                                                        twin: dict[str, object]):
    service = CaseloadService(workspace)
    first = service.add_patient(ELOISE).id
    with pytest.raises(DuplicateSuspected) as info:
        service.add_patient(ELOISE | twin)
    assert [c.id for c in info.value.candidates] == [first]
    assert "Doublon probable" in info.value.message
    assert service.add_patient(ELOISE | twin, allow_duplicate=True).id != first


def test_married_name_is_matched_against_the_used_name(workspace: Workspace):
    service = CaseloadService(workspace)
    service.add_patient(ELOISE | {"family_name": "Girard", "used_name": "Lefèvre", "nir": None})
    found = service.find_duplicates("Lefevre", "Eloise", ELOISE_DATE)
    assert len(found) == 1



def test_different_people_born_the_same_day_are_not_duplicates(workspace: Workspace):
    service = CaseloadService(workspace)
    service.add_patient(ELOISE)
    service.add_patient(ELOISE | {"family_name": "Bernard", "given_names": "Lucien", "sex": "M",
                                  "nir": None})
    assert service.count() == 2


def test_nir_that_disagrees_with_sex_is_accepted_with_a_warning(workspace: Workspace):
    result = CaseloadService(workspace).add_patient(ELOISE | {"sex": "M"})
    assert result.warnings and all(w.field == "nir" for w in result.warnings)


def test_closing_and_opening_dates(workspace: Workspace):
    service = CaseloadService(workspace)
    patient_id = service.add_patient(ELOISE | {"status": "active"}, information=INFORMED).id
    assert service.get(patient_id).status == "active"
    service.update_patient(patient_id, {"status": "closed", "closure_reason": "moved"})
    identity = PatientFileService(workspace).load(patient_id).identity
    assert identity["opened_on"] is not None and identity["closed_on"] is not None
    assert service.search(status="closed")[0].id == patient_id
    assert service.search(status="active") == []


def test_patient_file_gathers_circle_journal_and_consents(workspace: Workspace):
    patient_id = CaseloadService(workspace).add_patient(ELOISE).id
    directory = DirectoryService(workspace)
    gp = directory.add_professional({"family_name": "Durand", "given_name": "Claire",
                                     "profession": "Médecin généraliste",
                                     "rpps": "10003456789", "phone": "03 24 00 00 00"})
    CaseloadService(workspace).update_patient(patient_id, {"gp_id": gp.id})
    follow = FollowUpService(workspace)
    follow.add_care_team_member(patient_id, {"professional_id": gp.id,
                                             "role": "Médecin traitant"})
    follow.add_care_team_member(patient_id, {"informal_name": "Sophie Lefèvre",
                                             "relationship": "fille", "role": "Aidante",
                                             "is_main_caregiver": True})
    follow.add_journal_entry(patient_id, "Appel de la fille : chute hier soir.", kind="call")
    follow.record_consent(patient_id, "information_given", given_by="Anne Martin")
    with pytest.raises(InvalidInput):
        follow.add_care_team_member(patient_id, {"role": "IDEL"})

    loaded = PatientFileService(workspace).load(patient_id)
    assert loaded.gp_name == "Claire Durand"
    assert sorted(m.name for m in loaded.care_team) == ["Claire Durand", "Sophie Lefèvre"]
    assert loaded.journal[0].text.startswith("Appel de la fille")
    assert loaded.consents[0].kind == "information_given"
    assert loaded.current_plan is None


def test_directory_preload_is_idempotent(workspace: Workspace):
    directory = DirectoryService(workspace)
    added = directory.preload_structures()
    assert added >= 10
    assert directory.preload_structures() == 0
    marne = directory.search_structures("marne reims")
    assert [s.name for s in marne] == ["DAC de la Marne"]
    assert marne[0].phone == "+33351251351"


def test_closing_from_the_identity_screen_closes_the_plan_and_reopening_restores_it(
    workspace: Workspace,
):
    from coordapp.services.plans.editing import PlanService
    from coordapp.services.plans.versions import PlanVersionService

    service = CaseloadService(workspace)
    patient_id = service.add_patient(ELOISE | {"status": "active"}, information=INFORMED).id
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    plans.add_need(plan_id, {"domain": "health", "text": "Suivi du diabète"})
    PlanVersionService(workspace).validate(patient_id, agreement="Accord oral",
                                           agreement_on=dt.date.today())

    service.update_patient(patient_id, {"status": "closed", "closure_reason": "moved"})
    plan = PatientFileService(workspace).load(patient_id).current_plan
    assert plan is not None and plan.status == "closed"
    with pytest.raises(InvalidInput):
        service.update_patient(patient_id, {"city": "Reims"})

    service.update_patient(patient_id, {"status": "active"})
    reopened = PatientFileService(workspace).load(patient_id)
    assert reopened.current_plan is not None and reopened.current_plan.status == "validated"
    assert reopened.identity["closure_reason"] is None


def test_shipped_structures_have_the_same_id_on_every_installation(
    workspace: Workspace, app_paths
):
    from coordapp.services.directory import seed_structure_id
    from coordapp.services.workspace import OwnerProfile

    other, _ = Workspace.create(app_paths.data_dir / "autre.db", "girafe nuageuse 47 lampe",
                                OwnerProfile("Paul Durand"), app_paths)
    try:
        DirectoryService(workspace).preload_structures()
        DirectoryService(other).preload_structures()
        mine = {s.name: s.id for s in DirectoryService(workspace).search_structures("DAC")}
        theirs = {s.name: s.id for s in DirectoryService(other).search_structures("DAC")}
        assert mine == theirs and mine["DAC de la Marne"] == seed_structure_id("DAC de la Marne")
    finally:
        other.close()
