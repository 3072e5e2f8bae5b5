"""The "À faire" queries: unanswered requests, active patients without GP, the whole list."""

from __future__ import annotations

import datetime as dt

from coordapp.models import Coordinator
from coordapp.services.caseload.dashboard import DUE_SOON_DAYS, DashboardService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.editing import PlanService
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.test_plans import new_patient, validate


def day(offset: int) -> dt.date:
    return today() + dt.timedelta(days=offset)


def colleague(workspace: Workspace, name: str = "Claire Wendling") -> str:
    with workspace.unit_of_work() as uow:
        return uow.changes.create(Coordinator, {"display_name": name}).id


def referral(workspace: Workspace, received: dt.datetime, **extra: object) -> str:
    values = {"reason": "Chutes répétées", "received_at": received, "requester_kind": "gp",
              "requester_name": "Dr Roux", "requester_profession": "Médecin généraliste",
              "urgency": "routine"} | extra
    return FollowUpService(workspace).record_referral(values).id


def add_action(workspace: Workspace, patient_id: str, due: dt.date, text: str) -> str:
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    need_id = plans.add_need(plan_id, {"domain": "health", "text": "Chutes"}).id
    goal_id = plans.add_goal(need_id, {"text": "Plus de chute"}).id
    return plans.add_action(goal_id, {"text": text, "due_on": due}).id


def test_pending_referrals_are_unanswered_newest_first(workspace: Workspace) -> None:
    patient = new_patient(workspace)
    now = dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=1)
    older = referral(workspace, now - dt.timedelta(days=4), patient_id=patient,
                     urgency="urgent")
    unlinked = referral(workspace, now - dt.timedelta(days=1),
                        subject_summary="Homme âgé, vit seul", requester_name=None,
                        requester_kind="caregiver")
    answered = referral(workspace, now, patient_id=patient)
    FollowUpService(workspace).answer_referral(answered, "information", "Orienté vers le CLIC")

    pending = DashboardService(workspace).pending_referrals(now.date())

    assert [r.referral_id for r in pending] == [unlinked, older]
    first, second = pending
    assert (first.patient_id, first.patient_name) == (None, None)
    assert first.subject_summary == "Homme âgé, vit seul"
    assert first.requester_kind == "caregiver" and first.days_waiting == 1
    assert second.patient_id == patient and second.patient_name == "LEFÈVRE Éloïse"
    assert (second.urgency, second.requester_name, second.days_waiting) == ("urgent",
                                                                             "Dr Roux", 4)


def test_pending_referrals_of_my_patients_keep_those_nobody_handles(
    workspace: Workspace,
) -> None:
    other = colleague(workspace)
    mine = new_patient(workspace, referent_id=workspace.user_id)
    theirs = new_patient(workspace, family_name="Aubry", referent_id=other)
    nobody = new_patient(workspace, family_name="Colin")
    now = dt.datetime.now().replace(microsecond=0) - dt.timedelta(minutes=1)
    about_mine = referral(workspace, now, patient_id=mine)
    about_theirs = referral(workspace, now, patient_id=theirs)
    about_nobody = referral(workspace, now, patient_id=nobody)
    unlinked = referral(workspace, now, subject_summary="Femme âgée")
    service = DashboardService(workspace)

    everyone = {r.referral_id for r in service.pending_referrals(today())}
    only_mine = {r.referral_id for r in service.pending_referrals(
        today(), referent_id=workspace.user_id)}

    assert everyone == {about_mine, about_theirs, about_nobody, unlinked}
    assert only_mine == {about_mine, about_nobody, unlinked}


def test_patients_without_gp_are_active_ones_only(workspace: Workspace) -> None:
    gp = DirectoryService(workspace).add_professional(
        {"family_name": "Roux", "given_name": "Paul", "profession": "Médecin généraliste"}).id
    other = colleague(workspace)
    without = new_patient(workspace, family_name="Zola", referent_id=workspace.user_id,
                          city="Sedan")
    theirs = new_patient(workspace, family_name="Aubry", referent_id=other)
    new_patient(workspace, family_name="Avec", gp_id=gp)  # has a GP
    new_patient(workspace, family_name="Demande", status="request")  # not active yet
    service = DashboardService(workspace)

    rows = service.patients_without_gp()
    assert [r.patient_id for r in rows] == [theirs, without]  # by birth name
    assert rows[1].patient_name == "ZOLA Éloïse" and rows[1].city == "Sedan"
    assert rows[1].referent_name == "Anne Martin"
    assert rows[1].opened_on == today()
    assert [r.patient_id for r in service.patients_without_gp(
        referent_id=workspace.user_id)] == [without]


def test_load_gathers_every_section_for_today(workspace: Workspace) -> None:
    other = colleague(workspace)
    mine = new_patient(workspace, referent_id=workspace.user_id)
    theirs = new_patient(workspace, family_name="Aubry", referent_id=other)
    add_action(workspace, mine, day(-3), "Appeler l'infirmière")
    add_action(workspace, mine, day(0), "Visite à domicile")
    add_action(workspace, mine, day(DUE_SOON_DAYS - 1), "Réunion de synthèse")
    add_action(workspace, mine, day(DUE_SOON_DAYS), "Trop tard pour cette semaine")
    add_action(workspace, theirs, day(-1), "Dossier APA")
    validate(workspace, theirs)
    PlanService(workspace).update_plan(PlanService(workspace).open_draft(mine),
                                       {"review_due": day(20)})
    validate(workspace, mine)
    service = DashboardService(workspace)

    everything = service.load(today())
    assert everything.today == today()
    assert {a.text for a in everything.overdue_actions} == {"Appeler l'infirmière",
                                                            "Dossier APA"}
    assert [a.text for a in everything.actions_due_soon] == ["Visite à domicile",
                                                             "Réunion de synthèse"]
    assert [(r.patient_id, r.review_due) for r in everything.reviews_due] == [(mine, day(20))]
    assert {p.patient_id for p in everything.patients_without_gp} == {mine, theirs}

    only_mine = service.load(today(), referent_id=workspace.user_id)
    assert [a.text for a in only_mine.overdue_actions] == ["Appeler l'infirmière"]
    assert [p.patient_id for p in only_mine.patients_without_gp] == [mine]
    assert only_mine.overdue_actions[0].days_late == 3
    assert only_mine.overdue_actions[0].patient_id == mine
