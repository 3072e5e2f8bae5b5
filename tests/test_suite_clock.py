"""The suite reads the clock when a test runs, never once at import.

A date taken when a module is imported is a day behind the application's as soon as
the suite runs across midnight (it did: 17 tests failed on a run started at 23:57).
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent
CLOCK_CALLS = {"today", "now", "utcnow", "today_fr"}


def _reads_the_clock(node: ast.AST) -> bool:
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in CLOCK_CALLS:
                return True
    return False


def module_level_clock_reads(source: str) -> list[int]:
    """Lines of module-level statements (assignments, decorators' arguments) that read
    the clock while the module is imported."""
    tree = ast.parse(source)
    lines = []
    for statement in tree.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None \
                and _reads_the_clock(statement.value):
            lines.append(statement.lineno)
        if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            lines += [d.lineno for d in statement.decorator_list if _reads_the_clock(d)]
    return lines


def test_the_guard_sees_a_date_taken_at_import():
    assert module_level_clock_reads("import datetime as dt\nTODAY = dt.date.today()\n") == [2]
    assert module_level_clock_reads(
        "@pytest.mark.parametrize('d', [dt.date.today()])\ndef test(d): pass\n") == [1]
    assert module_level_clock_reads("def f():\n    return dt.date.today()\n") == []


def test_no_test_module_takes_the_date_at_import():
    found = {path.name: lines for path in sorted(TESTS.rglob("*.py"))
             if (lines := module_level_clock_reads(path.read_text(encoding="utf-8")))}
    assert found == {}, "use tests.clock.today() inside the test instead"
