"""``coordapp``: the scriptable command line (with no command, :mod:`coordapp.launch`
opens the desktop app).

One module per command group (``patient``, ``plan``, ``export``, ``imports``, ``bundle``,
``safety``, ``requests``), each with a ``register(sub, parents)`` function; the parser and
the error handling live in :mod:`coordapp.cli.app`. Importing this package is cheap: the
command line loads only when :func:`main` runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coordapp.cli.app import StartGui


def main(argv: Sequence[str] | None = None, *, start_gui: StartGui | None = None) -> int:
    from coordapp.cli.app import main as run

    return run(argv, start_gui=start_gui)
