"""The command line speaks French all the way (argparse's own words included), documents
every option, and its man page and completions come from the same parser."""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

import pytest

from coordapp.cli import main
from coordapp.cli.app import build_parser
from coordapp.cli.french import FRENCH, FRENCH_PLURAL, every_action

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import cli_docs  # noqa: E402


def argparse_messages() -> tuple[set[str], set[tuple[str, str]]]:
    """Every literal string this Python's argparse passes to _() and ngettext()."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    single, plural = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            texts = [arg.value for arg in node.args
                     if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            if node.func.id == "_" and texts:
                single.add(texts[0])
            elif node.func.id == "ngettext" and len(texts) == 2:
                plural.add((texts[0], texts[1]))
    return single, plural


def test_every_argparse_string_has_a_french_translation():
    single, plural = argparse_messages()
    assert "show this help message and exit" in single  # the scan found them
    assert single - FRENCH.keys() == set()
    assert plural - FRENCH_PLURAL.keys() == set()


def test_help_is_in_french(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as stop:
        main(["bundle", "add-peer", "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : coordapp bundle add-peer")
    assert "afficher cette aide et quitter" in out and "options:" in out
    for english in ("usage:", "show this help", "positional arguments"):
        assert english not in out


def test_usage_errors_are_in_french_with_exit_code_2(capsys: pytest.CaptureFixture[str]):
    for argv, french in ((["patients", "--bad"], "arguments non reconnus : --bad"),
                         (["demo"], "arguments obligatoires manquants : --patients"),
                         (["patients", "--limit", "x"], "valeur invalide pour int"),
                         (["patients", "--status", "x"], "choix invalide : 'x'")):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert french in err and err.startswith("utilisation : coordapp"), (argv, err)


def test_other_parsers_keep_their_english():
    build_parser().format_help()
    plain = argparse.ArgumentParser(prog="other")
    assert "show this help message and exit" in plain.format_help()


def test_every_option_and_argument_has_a_help_text():
    missing = [f"{' '.join(path)} {action.option_strings or action.dest}"
               for path, action in every_action(build_parser()) if not action.help]
    assert missing == []


def test_the_man_page_lists_every_command_and_option():
    page = cli_docs.man_page()
    for path, action in every_action(build_parser()):
        if path:
            assert f'.SS "{cli_docs.roff("coordapp " + " ".join(path))}"' in page
        for option in action.option_strings:
            assert cli_docs.roff(option) in page, option
    assert '.SH "CODES DE SORTIE"' in page and "COORDAPP_PASSPHRASE" in page


def test_the_man_page_renders_without_warnings(tmp_path: Path):
    source = tmp_path / "coordapp.1"
    source.write_text(cli_docs.man_page(), encoding="utf-8")
    result = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", str(source)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stderr == ""


def test_bash_completion_offers_the_commands(tmp_path: Path):
    script = tmp_path / "coordapp.bash"
    script.write_text(cli_docs.completion("bash"), encoding="utf-8")
    probe = (f"source {script}; COMP_WORDS=(coordapp bund); COMP_CWORD=1; "
             "_shtab_coordapp; printf '%s\\n' \"${COMPREPLY[@]}\"")
    result = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["bundle"]
    zsh = cli_docs.completion("zsh")
    assert zsh.startswith("#compdef coordapp") and "add-peer" in zsh
