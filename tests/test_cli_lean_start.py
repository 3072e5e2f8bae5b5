"""``coordapp patients``: the next due date of a few lines read by SQL is the caseload
index's, and a command loads only its own command group."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from coordapp.cli import main
from coordapp.paths import AppPaths
from coordapp.services.caseload.next_due import next_due_of
from coordapp.services.caseload.patients import CaseloadService, index_for
from coordapp.services.demo.generate import generate_demo
from coordapp.services.plans.editing import PlanService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE


def test_next_due_by_sql_is_the_index_one_for_every_patient(workspace: Workspace) -> None:
    generate_demo(workspace, 80, seed=3)
    ids = CaseloadService(workspace).matching()
    with workspace.reading() as uow:
        conn = uow.session.connection()
        direct = next_due_of(conn, ids)
        index = index_for(workspace)
        index.refresh(conn)
        assert direct == index.next_due(conn)
    assert len(direct) >= 10  # the demo gives due actions to many patients


def test_a_draft_is_the_current_plan_and_a_closed_case_has_no_next_due(
        workspace: Workspace) -> None:
    generate_demo(workspace, 40, seed=2)
    service = CaseloadService(workspace)
    with workspace.reading() as uow:
        due = next_due_of(uow.session.connection(), service.matching(status="active"))
    patient_id = next(iter(due))
    plans = PlanService(workspace)
    draft = plans.open_draft(patient_id)
    need = plans.add_need(draft, {"domain": "autonomy", "text": "Chutes"}).id
    goal = plans.add_goal(need, {"text": "Pas de chute"}).id
    plans.add_action(goal, {"text": "Téléalarme", "due_on": "2031-05-04"})
    assert service.next_due([patient_id])[patient_id] is not None
    with workspace.reading() as uow:
        conn = uow.session.connection()
        assert next_due_of(conn, [patient_id])[patient_id] <= "2031-05-04"
        index = index_for(workspace)
        index.refresh(conn)
        assert next_due_of(conn, [patient_id])[patient_id] == \
            index.next_due(conn)[patient_id]
    service.update_patient(patient_id, {"status": "closed", "closure_reason": "deceased"})
    with workspace.reading() as uow:
        assert patient_id not in next_due_of(uow.session.connection(), [patient_id])


def test_cli_json_lines_carry_the_index_next_due(capsys, workspace: Workspace,
                                                 app_paths: AppPaths, monkeypatch) -> None:
    generate_demo(workspace, 60, seed=4)
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    expected = CaseloadService(workspace)
    ids = expected.matching(sort="next_due")[:5]
    wanted = {pid: due.isoformat() if due else None
              for pid, due in expected.next_due(ids).items()}
    capsys.readouterr()
    code = main(["patients", "--db", str(app_paths.default_db), "--format", "json",
                 "--sort", "next_due", "--limit", "5"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0 and [row["id"] for row in rows] == ids
    assert {row["id"]: row["next_due"] for row in rows} == wanted


def test_patients_imports_neither_other_command_groups_nor_alembic(
        workspace: Workspace, app_paths: AppPaths) -> None:
    probe = (
        "import sys\n"
        "from coordapp.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('coordapp.cli.', 'alembic'))))\n"
        "sys.exit(code)\n")
    env = dict(os.environ, COORDAPP_PASSPHRASE=PASSPHRASE)
    done = subprocess.run([sys.executable, "-c", probe, "patients", "--db",
                           str(app_paths.default_db), "--limit", "1"],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip().splitlines()[-1]
    assert "'coordapp.cli.patient'" in loaded
    for other in ("bundle", "plan", "export", "imports", "safety", "requests"):
        assert f"'coordapp.cli.{other}'" not in loaded, loaded
    assert "'alembic" not in loaded, loaded


def test_the_command_map_names_every_command_each_group_registers() -> None:
    import argparse
    import importlib

    from coordapp.cli.app import GROUPS, build_parser
    from coordapp.cli.support import CliParser, Parents

    for name, commands in GROUPS.items():
        parser = CliParser(prog="coordapp")
        sub = parser.add_subparsers(dest="command", parser_class=CliParser)
        importlib.import_module(f"coordapp.cli.{name}").register(sub, Parents.build())
        assert tuple(sub.choices) == commands, name
    full = next(a for a in build_parser()._actions
                if isinstance(a, argparse._SubParsersAction))
    alone = next(a for a in build_parser("patients")._actions
                 if isinstance(a, argparse._SubParsersAction))
    assert {"patients", "patient", "bundle", "init"} <= set(full.choices)
    assert "bundle" not in alone.choices and "patients" in alone.choices


def test_migration_files_read_as_text_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from coordapp.storage import migrations

    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert migrations.head_revision() == script.get_current_head()
    assert migrations.known_revisions() == {rev.revision for rev in script.walk_revisions()}
