"""``coordapp``: the scriptable command line (and, with no command, the desktop app).

One module per command group (``patient``, ``plan``, ``export``, ``imports``, ``bundle``,
``safety``, ``requests``), each with a ``register(sub, parents)`` function; the parser and
the error handling live in :mod:`coordapp.cli.app`. Importing this package is cheap: the
command line loads only when :func:`main` runs.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from coordapp.cli.app import main as run

    return run(argv)
