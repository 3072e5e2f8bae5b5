"""``coordapp plan show|validate|versions|diff`` and ``coordapp templates list``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from coordapp.cli import main
from coordapp.paths import AppPaths
from coordapp.services.plans.editing import PlanService
from coordapp.services.workspace import Workspace
from tests.clock import today
from tests.conftest import PASSPHRASE
from tests.test_plans import new_patient


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err



@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
       capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    code, _out, err = run(capsys, "init", "--db", str(path), "--name", "Anne Martin")
    assert code == 0, err
    return path


def with_plan(db: Path) -> str:
    workspace = Workspace.open(db, PASSPHRASE, AppPaths.from_environment())
    try:
        patient_id = new_patient(workspace)
        plans = PlanService(workspace)
        plan_id = plans.open_draft(patient_id)
        plans.update_plan(plan_id, {"wishes": "Rester chez moi"})
        need = plans.add_need(plan_id, {"domain": "autonomy", "text": "Aide à la toilette",
                                        "raised_by_person": True}).id
        goal = plans.add_goal(need, {"text": "Toilette quotidienne"}).id
        plans.add_action(goal, {"text": "Passage du SSIAD", "due_on": "2031-01-05"})
    finally:
        workspace.close()
    return patient_id


def test_plan_show_json_and_text(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    patient_id = with_plan(db)
    code, out, err = run(capsys, "plan", "show", patient_id, "--db", str(db),
                         "--format", "json")
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["patient_id"], shown["patient_name"], shown["editable"]) == (
        patient_id, "LEFÈVRE Éloïse", True)
    plan = shown["plan"]
    assert (plan["version"], plan["status"], plan["wishes"]) == (1, "draft", "Rester chez moi")
    action = plan["needs"][0]["goals"][0]["actions"][0]
    assert (action["text"], action["due_on"]) == ("Passage du SSIAD", "2031-01-05")
    assert [v["version"] for v in shown["versions"]] == [1]

    code, out, _err = run(capsys, "plan", "show", patient_id, "--db", str(db))
    assert code == 0
    assert "Autonomie :" in out and "(priorité de la personne)" in out
    assert "• Passage du SSIAD — pour le 05/01/2031 [planned]" in out


def test_plan_validate_needs_the_agreement(db: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    patient_id = with_plan(db)
    code, out, err = run(capsys, "plan", "validate", patient_id, "--db", str(db))
    assert code == 4 and out == "" and "accord" in err
    code, _out, err = run(capsys, "plan", "validate", patient_id, "--db", str(db),
                          "--agreement", "Oral", "--agreement-date", "31/02/2024")
    assert code == 4 and "Date de l'accord" in err
    code, _out, err = run(capsys, "plan", "validate", patient_id, "--db", str(db),
                          "--agreement", "Oral", "--agreement-date", today().isoformat(),
                          "--review-date", "2020-01-01")
    assert code == 4 and "révision est déjà passée" in err
    code, out, err = run(capsys, "plan", "validate", patient_id, "--db", str(db),
                         "--agreement", "Accord oral de Mme Lefèvre",
                         "--agreement-date", today().strftime("%d/%m/%Y"),
                         "--review-date", "2031-06-01")
    assert code == 0, err
    assert "version 1 validé" in err and "01/06/2031" in err
    plan_id = out.strip()

    code, out, _err = run(capsys, "plan", "show", patient_id, "--db", str(db),
                          "--format", "json")
    shown = json.loads(out)
    assert (shown["plan"]["id"], shown["plan"]["status"], shown["editable"]) == (
        plan_id, "validated", False)
    assert shown["plan"]["agreement"] == "Accord oral de Mme Lefèvre"
    assert shown["validated_by_name"] == "Anne Martin"

    code, _out, err = run(capsys, "plan", "validate", patient_id, "--db", str(db),
                          "--agreement", "Oral", "--agreement-date", "01/01/2024")
    assert code == 4 and "Aucun brouillon" in err
    code, _out, err = run(capsys, "plan", "show", "no-such-patient", "--db", str(db))
    assert code == 5 and "Aucun patient" in err

    code, out, _err = run(capsys, "plan", "versions", patient_id, "--db", str(db),
                          "--format", "json")
    assert [(v["version"], v["status"]) for v in json.loads(out)] == [(1, "validated")]


def test_plan_diff(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    patient_id = with_plan(db)
    run(capsys, "plan", "validate", patient_id, "--db", str(db), "--agreement", "Oral",
        "--agreement-date", today().isoformat())
    workspace = Workspace.open(db, PASSPHRASE, AppPaths.from_environment())
    try:
        plans = PlanService(workspace)
        plans.add_need(plans.open_draft(patient_id), {"domain": "health", "text": "Chutes"})
    finally:
        workspace.close()
    code, out, err = run(capsys, "plan", "diff", patient_id, "1", "2", "--db", str(db),
                         "--format", "json")
    assert code == 0, err
    items = json.loads(out)["items"]
    assert [(i["kind"], i["change"], i["text"]) for i in items] == [
        ("need", "added", "Chutes")]
    code, out, _err = run(capsys, "plan", "diff", patient_id, "1", "2", "--db", str(db))
    assert "+ Besoin : Chutes" in out


def test_templates_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "templates", "list", "--format", "json")
    assert code == 0, err
    keys = {t["key"] for t in json.loads(out)}
    assert {"hospital_discharge", "no_gp", "polymedication"} <= keys
    code, out, _err = run(capsys, "templates", "list", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["Identifiant", "Titre", "Origine"] and len(rows) == 8
    code, out, _err = run(capsys, "templates", "list")
    assert code == 0 and "Sortie d'hospitalisation" in out
