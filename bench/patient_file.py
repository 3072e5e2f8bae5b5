"""Opening a patient file: ``PatientFileService.load`` on a rich file.

The patient is built through the services on the run's copy of the database (so every
index and foreign key is exercised as in real use): an active case, 5 members in the care
circle, a PPCS draft with 4 needs × 2 goals × 5 actions = 40 actions, and 200 journal
notes, on top of a demo caseload of the measured size.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.common import summary, timed
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.plans.editing import PlanService

NEEDS, GOALS, ACTIONS, NOTES, MEMBERS = 4, 2, 5, 200, 5
DOMAINS = ("health", "autonomy", "social", "caregiver")


def build_rich_patient(workspace: Any) -> str:
    """A patient with 40 actions in the current PPCS and 200 notes; returns the id."""
    result = CaseloadService(workspace).add_patient({
        "family_name": "Banc-Dessai", "given_names": "Mathilde Rose",
        "birth_date": "1941-03-07", "sex": "F", "status": "active",
        "city": "Charleville-Mézières", "postal_code": "08000",
    }, allow_duplicate=True, information={"how": "Oral, au domicile"})
    patient_id = result.id
    follow_up = FollowUpService(workspace)
    members = [follow_up.add_care_team_member(patient_id, {
        "role": f"Aidant {i + 1}", "informal_name": f"Proche {i + 1}",
        "relationship": "enfant"}).id for i in range(MEMBERS)]
    plans = PlanService(workspace)
    plan_id = plans.open_draft(patient_id)
    due = dt.date.today() + dt.timedelta(days=10)
    n = 0
    for i in range(NEEDS):
        need_id = plans.add_need(plan_id, {"domain": DOMAINS[i], "text": f"Besoin {i + 1}"}).id
        for j in range(GOALS):
            goal_id = plans.add_goal(need_id, {"text": f"Objectif {i + 1}.{j + 1}"}).id
            for _k in range(ACTIONS):
                n += 1
                plans.add_action(goal_id, {
                    "text": f"Action {n} : passage hebdomadaire et point téléphonique",
                    "responsible_id": members[n % MEMBERS],
                    "due_on": (due + dt.timedelta(days=n)).isoformat()})
    start = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=NOTES)
    for i in range(NOTES):
        follow_up.add_journal_entry(
            patient_id, f"Note {i + 1} : appel de la fille, situation stable, RAS.",
            kind="call", occurred_at=start + dt.timedelta(days=i))
    return patient_id


def run(workspace: Any, patient_id: str, repeat: int) -> dict[str, Any]:
    service = PatientFileService(workspace)
    loaded = service.load(patient_id)
    plan = loaded.current_plan
    actions = sum(len(g.actions) for need in plan.needs for g in need.goals) if plan else 0
    cpu: list[float] = []
    samples = timed(lambda: service.load(patient_id), repeat, warmup=2, cpu=cpu)
    return {"ms": summary([s * 1000 for s in samples]),
            "cpu_ms": summary([s * 1000 for s in cpu]), "actions": actions,
            "notes": len(loaded.journal), "care_team": len(loaded.care_team)}
