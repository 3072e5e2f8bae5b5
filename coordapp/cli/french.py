"""argparse in French: its own words ("usage:", "options:", "show this help message and
exit", its error messages) for CoordApp's parsers, and for them only.

argparse looks its strings up through the module globals ``argparse._`` and
``argparse.ngettext`` (gettext, domain "argparse") each time it formats one. Python ships
no French catalogue for that domain, so ``FrenchArgumentParser`` swaps both functions for
a French table while one of its own methods runs, and puts them back afterwards: other
parsers in the same process (pytest's, for example) keep their English.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

#: msgid → French, for every string that argparse (Python 3.11 to 3.13) passes to _().
FRENCH: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s peut désigner %(matches)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix invalide : %(value)r (valeurs possibles : %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide pour %(type)s : %(value)r",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "au plus une valeur attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r ignorée",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande inconnue %(parser_name)r (commandes possibles : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "%r is not callable": "%r n'est pas appelable",
    ".__call__() not defined": ".__call__() non défini",
    "'required' is an invalid argument for positionals":
        "« required » n'est pas valable pour un argument positionnel",
    "mutually exclusive arguments must be optional":
        "des arguments mutuellement exclusifs doivent être des options",
    "cannot merge actions - two groups are named %r":
        "fusion impossible : deux groupes s'appellent %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "option invalide %(option)r : doit commencer par l'un de %(prefix_chars)r",
    "dest= is required for options like %r": "dest= est obligatoire pour une option comme %r",
    "invalid conflict_resolution value: %r": "valeur de conflict_resolution invalide : %r",
    "cannot have multiple subparser arguments": "un seul groupe de commandes est permis",
    "conflicting subparser: %s": "commande en double : %s",
    "conflicting subparser alias: %s": "alias de commande en double : %s",
    "argument \"-\" with mode %r": "argument « - » avec le mode %r",
    "unexpected option string: %s": "option inattendue : %s",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: warning: %(message)s\n": "%(prog)s : avertissement : %(message)s\n",
    "option '%(option)s' is deprecated": "l'option « %(option)s » est dépréciée",
    "command '%(parser_name)s' is deprecated": "la commande « %(parser_name)s » est dépréciée",
    "argument '%(argument_name)s' is deprecated":
        "l'argument « %(argument_name)s » est déprécié",
}
#: (singular, plural) → (French singular, French plural).
FRENCH_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("%s valeur attendue",
                                                        "%s valeurs attendues"),
    ("conflicting option string: %s", "conflicting option strings: %s"):
        ("option en double : %s", "options en double : %s"),
}


def french(message: str) -> str:
    return FRENCH.get(message, message)


def french_plural(singular: str, plural: str, count: int) -> str:
    one, many = FRENCH_PLURAL.get((singular, plural), (singular, plural))
    return one if count <= 1 else many  # French: 0 and 1 take the singular


@contextmanager
def speaking_french() -> Iterator[None]:
    """argparse's own strings in French until the block ends (re-entrant)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = french, french_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


F = TypeVar("F", bound=Callable[..., Any])


def _in_french(method: F) -> F:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with speaking_french():
            return method(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose construction, parsing, help and errors speak French."""

    __init__ = _in_french(argparse.ArgumentParser.__init__)
    add_subparsers = _in_french(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_french(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_french(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_french(argparse.ArgumentParser.format_usage)
    format_help = _in_french(argparse.ArgumentParser.format_help)
    error = _in_french(argparse.ArgumentParser.error)


def every_action(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
                 ) -> Iterator[tuple[tuple[str, ...], argparse.Action]]:
    """(command path, action) for every option and argument, sub-commands included."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from every_action(sub, (*path, name))
        else:
            yield path, action
