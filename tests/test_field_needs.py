"""The field's rules: complex-situation criteria and level of service, the GP rule, the
people looking for a GP, breaks in the pathway, the hospital discharge (services and CLI)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordapp.errors import InvalidInput
from coordapp.export.report_content import sections
from coordapp.export.report_csv import report_csv
from coordapp.models import TaskKind
from coordapp.paths import AppPaths
from coordapp.services.activity_report import ActivityReportService
from coordapp.services.caseload.gp_seekers import GpSeekerService
from coordapp.services.caseload.tasks import TaskService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.dysfunctions import DysfunctionService
from coordapp.services.patient.intake import IntakeService
from coordapp.services.patient.requests import RequestService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_plans import new_patient, simple_plan


def relative_request(workspace: Workspace, patient_id: str, **extra: object) -> str:
    return IntakeService(workspace).record_request(
        {"requester_kind": "caregiver", "requester_name": "Sa fille", "reason": "Épuisée",
         **extra}, patient_id=patient_id).referral_id


def a_gp(workspace: Workspace, name: str = "Roux", *, accepts: bool = False) -> str:
    gp = DirectoryService(workspace).add_professional(
        {"family_name": name, "given_name": "Paul", "profession": "Médecin généraliste"}).id
    if accepts:
        GpSeekerService(workspace).set_accepts_new_patients(gp, True)
    return gp


# -- complex situation and level of service ----------------------------------------------


def test_both_sides_and_level_of_service_are_kept_and_counted(workspace: Workspace):
    patient = new_patient(workspace)
    referral = IntakeService(workspace).record_request(
        {"requester_kind": "gp", "reason": "Chutes", "complexity_medical": [
            "repeated_hospitalisations", "several_illnesses"],
         "complexity_psychosocial": ["social_vulnerability"],
         "service_level": "complex_coordination",
         "service_level_reason": "Deux volets, plusieurs intervenants"},
        patient_id=patient).referral_id
    IntakeService(workspace).record_request(
        {"requester_kind": "pharmacist", "reason": "Question", "service_level": "information",
         "complexity_medical": ["severity"]})
    detail = RequestService(workspace).show(referral).as_json()
    assert detail["complex_situation"] == {
        "medical": ["several_illnesses", "repeated_hospitalisations"],
        "psychosocial": ["social_vulnerability"], "both_sides": True}
    assert detail["service_level"] == "complex_coordination"
    assert detail["service_level_reason"] == "Deux volets, plusieurs intervenants"
    report = ActivityReportService(workspace).compute(today() - dt.timedelta(days=30), today())
    assert dict(report.service_levels) == {"complex_coordination": 1, "information": 1}
    assert report.complex_both_sides == 1
    levels = next(s for s in sections(report) if s.title == "Niveaux de service décidés")
    assert [r[1] for r in levels.rows] == ["Coordination complexe avec un PPCS",
                                           "Information sur les ressources"]


def test_unknown_criterion_or_reason_without_level_is_refused(workspace: Workspace):
    intake = IntakeService(workspace)
    with pytest.raises(InvalidInput) as bad:
        intake.record_request({"reason": "x", "complexity_medical": ["age_over_75"]})
    assert bad.value.field == "complexity_medical"
    with pytest.raises(InvalidInput) as bad:
        intake.record_request({"reason": "x", "service_level_reason": "parce que"})
    assert bad.value.field == "service_level"
    assert RequestService(workspace).list() == []


# -- the GP rule -------------------------------------------------------------------------


def test_a_relative_asking_creates_the_gp_contact_task_shown_on_the_todo(
        workspace: Workspace):
    gp = a_gp(workspace)
    patient = new_patient(workspace, gp_id=gp)
    referral = relative_request(workspace, patient)
    tasks = TaskService(workspace).tasks_of_referral(referral)
    assert [(t.kind, t.title, t.status) for t in tasks] == [
        ("gp_contact", "Prendre contact avec le médecin traitant", "open")]
    assert [t.id for t in TaskService(workspace).open_tasks()] == [tasks[0].id]
    # A request from the GP creates nothing
    IntakeService(workspace).record_request({"requester_kind": "gp", "reason": "Suivi"},
                                            patient_id=patient)
    assert len(TaskService(workspace).open_tasks()) == 1


def test_without_gp_the_task_is_to_find_one_and_the_person_joins_the_seekers(
        workspace: Workspace):
    patient = new_patient(workspace)
    referral = relative_request(workspace, patient, requester_kind="person")
    [task] = TaskService(workspace).tasks_of_referral(referral)
    assert (task.kind, task.title) == ("find_gp", "Aider à trouver un médecin traitant")
    assert [s.patient_id for s in GpSeekerService(workspace).seekers()] == [patient]


def test_validation_is_refused_while_the_gp_contact_is_open_unless_a_reason_is_given(
        workspace: Workspace):
    patient = new_patient(workspace, gp_id=a_gp(workspace))
    simple_plan(workspace, patient)
    relative_request(workspace, patient)
    versions = PlanVersionService(workspace)
    with pytest.raises(InvalidInput) as refused:
        versions.validate(patient, agreement="Accord oral", agreement_on=today())
    assert refused.value.field == "gp_contact_note"
    assert "médecin traitant" in refused.value.message
    assert versions.versions(patient)[0].status == "draft"
    plan_id = versions.validate(patient, agreement="Accord oral", agreement_on=today(),
                                gp_contact_note="Médecin en congés, informé par courrier")
    assert versions.show(patient).plan.id == plan_id


def test_doing_the_gp_contact_logs_it_in_the_journal_and_unblocks_validation(
        workspace: Workspace):
    from coordapp.services.patient.file import PatientFileService

    patient = new_patient(workspace, gp_id=a_gp(workspace))
    simple_plan(workspace, patient)
    [task] = TaskService(workspace).tasks_of_referral(relative_request(workspace, patient))
    with pytest.raises(InvalidInput):
        TaskService(workspace).complete(task.id, "  ")
    TaskService(workspace).complete(task.id, "Dr Roux d'accord pour une visite")
    assert TaskService(workspace).open_tasks() == []
    journal = PatientFileService(workspace).load(patient).journal
    assert [e.text for e in journal] == [
        "Prendre contact avec le médecin traitant : Dr Roux d'accord pour une visite"]
    PlanVersionService(workspace).validate(patient, agreement="Accord", agreement_on=today())


# -- people looking for a GP -------------------------------------------------------------


def test_gp_seekers_are_ranked_by_ald_age_precarity_then_date(workspace: Workspace):
    seekers = GpSeekerService(workspace)
    old = dt.date(1940, 1, 1).isoformat()
    young = dt.date(1990, 1, 1).isoformat()
    p_young = new_patient(workspace, family_name="Alpha", birth_date=young)
    p_old_ald = new_patient(workspace, family_name="Bravo", birth_date=old, ald=["Diabète"])
    p_old = new_patient(workspace, family_name="Charlie", birth_date=old)
    p_precarity = new_patient(workspace, family_name="Delta", birth_date=young)
    p_old_earlier = new_patient(workspace, family_name="Echo", birth_date=old)
    seekers.register(p_young, asked_on=today() - dt.timedelta(days=90))
    seekers.register(p_old_ald, asked_on=today() - dt.timedelta(days=5))
    seekers.register(p_old, asked_on=today() - dt.timedelta(days=10))
    seekers.register(p_precarity, asked_on=today() - dt.timedelta(days=3), precarity=True,
                     note="Sans ressources")
    seekers.register(p_old_earlier, asked_on=today() - dt.timedelta(days=20))
    ranked = seekers.seekers()
    assert [s.patient_id for s in ranked] == [p_old_ald, p_old_earlier, p_old, p_precarity,
                                              p_young]
    assert ranked[0].reasons == ["ALD", "plus de 70 ans"]
    assert ranked[3].note == "Sans ressources"


def test_an_accepted_proposal_gives_the_gp_and_counts_the_delay(workspace: Workspace):
    patient = new_patient(workspace)
    relative_request(workspace, patient, requester_kind="person")
    service = GpSeekerService(workspace)
    gp = a_gp(workspace, "Garnier", accepts=True)
    assert service.taking_new_patients() == [(gp, "Paul Garnier")]
    [search] = service.seekers()
    refused = service.propose(search.search_id, a_gp(workspace, "Noël"))
    service.answer(refused, accepted=False)
    accepted = service.propose(search.search_id, gp)
    assert service.seekers()[0].pending_proposals == 1
    service.answer(accepted, accepted=True)
    assert service.seekers() == []
    assert TaskService(workspace).open_tasks() == []
    report = ActivityReportService(workspace).compute(today() - dt.timedelta(days=7), today())
    assert (report.gp_found, report.median_gp_delay_days, report.gp_seekers_at_end) == (
        1, 0.0, 0)


# -- dysfunctions ------------------------------------------------------------------------


def test_dysfunction_counts_are_anonymous_by_kind_and_structure_type(workspace: Workspace):
    service = DysfunctionService(workspace)
    first = new_patient(workspace, family_name="Zorglub")
    second = new_patient(workspace, family_name="Quasimodo")
    service.record(first, {"kind": "discharge_not_prepared", "structure_kinds": ["hospital"],
                           "structures": "CH Charleville, service de cardiologie",
                           "text": "Sortie un vendredi soir sans infirmier"})
    service.record(second, {"kind": "discharge_not_prepared",
                            "structure_kinds": ["hospital", "SSIAD"]})
    service.record(second, {"kind": "redundant_exams", "structure_kinds": ["laboratory"],
                            "occurred_on": (today() - dt.timedelta(days=400)).isoformat()})
    with pytest.raises(InvalidInput):
        service.record(first, {"kind": "late_bus"})
    assert len(service.of_patient(second)) == 2
    report = ActivityReportService(workspace).compute(today() - dt.timedelta(days=30), today())
    assert report.dysfunctions == 2
    assert dict(report.dysfunctions_by_kind) == {"discharge_not_prepared": 2}
    assert dict(report.dysfunctions_by_structure_kind) == {"hospital": 2, "SSIAD": 1}
    text = report_csv(report).decode("utf-8-sig")
    assert "Dysfonctionnements par type de structure" in text
    assert "Sortie d'hospitalisation non préparée;2" in text
    for private in ("Zorglub", "Quasimodo", "Charleville", "vendredi", first, second):
        assert private not in text


# -- hospital discharge ------------------------------------------------------------------


def test_a_discharge_request_creates_the_day_2_call(workspace: Workspace):
    patient = new_patient(workspace, gp_id=a_gp(workspace))
    day = today() + dt.timedelta(days=3)
    referral = IntakeService(workspace).record_request(
        {"requester_kind": "hospital", "reason": "Sortie de cardiologie",
         "discharge": {"planned_on": day.isoformat(), "ward": "Cardiologie",
                       "contact": "Cadre de santé, poste 4521",
                       "ready": ["medicines", "nurse"]}}, patient_id=patient).referral_id
    [task] = TaskService(workspace).tasks_of_referral(referral)
    assert (task.kind, task.due_on) == (TaskKind.DISCHARGE_CALL, day + dt.timedelta(days=2))
    stored = RequestService(workspace).show(referral).request.discharge
    assert stored == {"planned_on": day.isoformat(), "ward": "Cardiologie",
                      "contact": "Cadre de santé, poste 4521",
                      "ready": ["nurse", "medicines"], "note": None}
    with pytest.raises(InvalidInput) as bad:
        IntakeService(workspace).record_request(
            {"reason": "Sortie", "discharge": {"ward": "Cardiologie"}}, patient_id=patient)
    assert bad.value.field == "discharge.planned_on"


def test_an_assessment_records_both_sides_and_its_level_of_service(workspace: Workspace):
    from coordapp.services.assessments.recording import AssessmentService

    patient = new_patient(workspace)
    service = AssessmentService(workspace)
    assessment = service.record(patient, {
        "complexity_medical": ["unbalanced"], "complexity_psychosocial": ["several_actors"],
        "service_level": "orientation", "service_level_reason": "Un seul besoin à organiser"}).id
    detail = service.get(assessment)
    assert (detail.complexity_medical, detail.complexity_psychosocial,
            detail.service_level) == (["unbalanced"], ["several_actors"], "orientation")
    report = ActivityReportService(workspace).compute(today() - dt.timedelta(days=1), today())
    assert dict(report.service_levels) == {"orientation": 1}


# -- interpreting ------------------------------------------------------------------------


def test_languages_and_interpreter_show_on_the_team_plan_and_whom_to_call(
        workspace: Workspace):
    import io

    from pypdf import PdfReader

    from coordapp.services.caseload.patients import CaseloadService
    from coordapp.services.exports import ExportService
    from coordapp.services.patient.follow_up import FollowUpService

    patient = new_patient(workspace)
    CaseloadService(workspace).update_patient(
        patient, {"languages": "tamoul, anglais", "interpreter_needed": True})
    service = DirectoryService(workspace).add_structure(
        {"name": "Interprétariat Grand Est", "kind": "interpreting",
         "phone": "03 88 00 11 22"}).id
    FollowUpService(workspace).add_care_team_member(
        patient, {"structure_id": service, "role": "Interprétariat par téléphone"})
    simple_plan(workspace, patient)
    exports = ExportService(workspace)

    def text(audience: str) -> str:
        pdf = exports.render_plan_pdf(patient, audience).data
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    team = " ".join(text("team").split())
    assert "Langues parlées tamoul, anglais — interprète nécessaire" in team
    person = " ".join(text("person").split())
    whom = person[person.index("Qui appeler ?"):person.index("En cas d'urgence")]
    assert "Un interprète (tamoul, anglais) participe à nos échanges." in whom
    assert "Interprétariat Grand Est" in whom and "03 88 00 11 22" in whom


def test_the_discharge_template_uses_the_request_details(workspace: Workspace,
                                                         app_paths: AppPaths):
    from coordapp.services.plans.templates import TemplateService
    from coordapp.services.plans.versions import PlanVersionService

    patient = new_patient(workspace, gp_id=a_gp(workspace))
    day = today() + dt.timedelta(days=4)
    IntakeService(workspace).record_request(
        {"requester_kind": "hospital", "reason": "Sortie de cardiologie",
         "discharge": {"planned_on": day.isoformat(), "ward": "Cardiologie",
                       "contact": "Cadre de santé, poste 4521",
                       "ready": ["nurse", "medicines"]}}, patient_id=patient)
    TemplateService(workspace, app_paths).apply(patient, "hospital_discharge")
    plan = PlanVersionService(workspace).show(patient).plan
    actions = {a.text: a for need in plan.needs for g in need.goals for a in g.actions}
    ready = actions["Vérifier que tout est prêt le jour de la sortie : infirmier à domicile, "
                    "médicaments"]
    assert ready.due_on == day
    # The template's days count from the discharge: "within 2 days" is day 0 + 2
    letter = actions["Transmettre la lettre de liaison et le compte rendu au médecin traitant"]
    assert letter.due_on == day + dt.timedelta(days=2)
    assert "Service hospitalier de sortie : Cardiologie — Cadre de santé, poste 4521" in (
        plan.alert_procedure or "")


# -- the information sheet ---------------------------------------------------------------


def test_the_information_sheet_lists_matching_resources_on_one_page(
        workspace: Workspace, tmp_path: Path):
    from pypdf import PdfReader

    from coordapp.services.info_sheet import InfoSheetService

    directory = DirectoryService(workspace)
    directory.add_structure({"name": "SSIAD du Val-de-Meuse", "kind": "SSIAD",
                             "postal_code": "08000", "city": "Charleville-Mézières",
                             "phone": "03 24 00 11 22", "note": "Soins infirmiers à domicile",
                             "hours": "Du lundi au vendredi, 8 h – 18 h"})
    directory.add_structure({"name": "SSIAD de Sedan", "kind": "SSIAD",
                             "postal_code": "08200", "city": "Sedan"})
    directory.add_structure({"name": "SSIAD de Metz", "kind": "SSIAD",
                             "postal_code": "57000", "city": "Metz"})
    directory.add_structure({"name": "Pharmacie du Centre", "kind": "pharmacy",
                             "postal_code": "08000", "city": "Charleville-Mézières"})
    service = InfoSheetService(workspace)
    sheet = service.build(["SSIAD"], "charleville-mezieres")
    assert [e.name for e in sheet.entries] == ["SSIAD du Val-de-Meuse", "SSIAD de Sedan"]
    out = tmp_path / "fiche.pdf"
    service.export(["SSIAD"], "08000", out)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("Les ressources près de chez vous", "SSIAD du Val-de-Meuse",
                     "Soins infirmiers à domicile", "03 24 00 11 22",
                     "Du lundi au vendredi, 8 h – 18 h"):
        assert expected in text, expected
    assert "Metz" not in text and "Pharmacie" not in text
    with pytest.raises(InvalidInput):
        service.build([], "Sedan")
