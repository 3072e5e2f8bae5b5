"""The man page and the shell completions of ``coordapp``, generated from its parser.

    .venv/bin/python tools/cli_docs.py man OUT.1        the man page (roff, French)
    .venv/bin/python tools/cli_docs.py bash OUT         bash completion (shtab)
    .venv/bin/python tools/cli_docs.py zsh OUT          zsh completion (shtab)

``make deb`` installs them as /usr/share/man/man1/coordapp.1.gz,
/usr/share/bash-completion/completions/coordapp and /usr/share/zsh/vendor-completions/_coordapp.
Every command, option and help text comes from ``coordapp.cli.build_parser()``: nothing is
written twice.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coordapp import __version__  # noqa: E402
from coordapp.cli.app import build_parser  # noqa: E402

EXIT_CODES = [
    (0, "succès"),
    (1, "erreur inattendue (le journal donne le détail, sans données de patient)"),
    (2, "commande invalide (option inconnue, valeur manquante…)"),
    (3, "impossible d'ouvrir la base : phrase de passe ou code de récupération faux"),
    (4, "donnée invalide ou refusée : rien n'a été écrit"),
    (5, "introuvable : base ou enregistrement"),
    (6, "base endommagée"),
    (7, "base créée par une version plus récente de CoordApp"),
]
ENVIRONMENT = [
    ("COORDAPP_PASSPHRASE", "phrase de passe de la base (sinon --passphrase-file, sinon "
                            "l'entrée standard ou une saisie masquée)"),
    ("COORDAPP_NEW_PASSPHRASE", "nouvelle phrase de passe pour « coordapp passwd »"),
    ("COORDAPP_HOME", "un seul dossier pour la base, la configuration, les journaux et les "
                      "sauvegardes (sinon les dossiers habituels de l'utilisateur)"),
]


def roff(text: str) -> str:
    """Text safe for roff: backslashes, hyphens, a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def subcommands(parser: argparse.ArgumentParser
                ) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """(name, help, parser) of each direct sub-command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def option_lines(parser: argparse.ArgumentParser, inherited: set[str]) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
            continue
        if set(action.option_strings) & inherited:
            continue  # --db, --passphrase-file: said once, under OPTIONS
        if action.option_strings:
            names = ", ".join(f"\\fB{roff(name)}\\fR" for name in action.option_strings)
            if action.nargs != 0:
                metavar = action.metavar or (
                    "{" + ",".join(map(str, action.choices)) + "}" if action.choices
                    else action.dest.upper())
                names += f" \\fI{roff(str(metavar))}\\fR"
        else:
            names = f"\\fI{roff(str(action.metavar or action.dest))}\\fR"
        lines += [".TP", names, roff(action.help or "")]
    return lines


def command_sections(parser: argparse.ArgumentParser, path: str, inherited: set[str]
                     ) -> list[str]:
    lines = []
    for name, help_text, sub in subcommands(parser):
        full = f"{path} {name}"
        lines += [f'.SS "{roff(full)}"', roff(help_text)]
        lines += option_lines(sub, inherited)
        lines += command_sections(sub, full, inherited)
    return lines


def man_page() -> str:
    parser = build_parser()
    common = {"--db", "--passphrase-file"}
    lines = [
        ".\\\" -*- coding: utf-8 -*-",
        f'.TH COORDAPP 1 "" "CoordApp {__version__}" "Commandes utilisateur"',
        ".SH NOM",
        "coordapp \\- " + roff("suivi des situations complexes et PPCS, hors ligne et chiffré"),
        ".SH SYNOPSIS",
        ".B coordapp",
        "[\\fIoptions\\fR] [\\fIFICHIER.coordbundle\\fR]",
        ".br",
        ".B coordapp",
        "\\fIcommande\\fR [\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        roff("Sans commande, coordapp ouvre l'application de bureau ; avec un paquet "
             ".coordbundle, elle s'ouvre sur l'aperçu de son import. Avec une commande, elle "
             "travaille sans fenêtre, pour les scripts : sortie en tableau, JSON ou CSV, "
             "codes de sortie stables."),
        ".SH OPTIONS",
        ".TP",
        "\\fB\\-h\\fR, \\fB\\-\\-help\\fR",
        roff("afficher l'aide (de coordapp ou d'une commande) et quitter"),
        *option_lines(parser, set()),
        ".SH COMMANDES",
        roff("Chaque commande accepte aussi --db et --passphrase-file, et -h pour son aide."),
        *command_sections(parser, "coordapp", common),
        '.SH "CODES DE SORTIE"',
    ]
    for code, meaning in EXIT_CODES:
        lines += [".TP", f"\\fB{code}\\fR", roff(meaning)]
    lines.append(".SH ENVIRONNEMENT")
    for name, meaning in ENVIRONMENT:
        lines += [".TP", f"\\fB{name}\\fR", roff(meaning)]
    lines += [".SH VOIR AUSSI",
              roff("Le guide d'utilisation (Aide › Guide d'utilisation, touche F1).")]
    return "\n".join(lines) + "\n"


def completion(shell: str) -> str:
    import shtab

    return shtab.complete(build_parser(), shell=shell)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("man", "bash", "zsh"):
        print(__doc__, file=sys.stderr)
        return 2
    kind, out = argv
    text = man_page() if kind == "man" else completion(kind)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
