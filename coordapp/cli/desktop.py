"""``coordapp FILE.coordbundle``: what the file manager runs when a bundle is opened
(the menu entry's ``Exec=coordapp %f``). The desktop app then starts on that bundle's
import preview, after the usual unlock."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

BUNDLE_SUFFIX = ".coordbundle"
#: Options of the main parser that take a value (the value is not a positional).
OPTIONS_WITH_VALUE = ("--db", "--passphrase-file")


def split_bundle(argv: Sequence[str]) -> tuple[list[str], Path | None]:
    """(the arguments without the bundle, the bundle) when the only positional argument
    is a ``.coordbundle`` file; else (the arguments unchanged, None)."""
    args = list(argv)
    positions = []
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            positions.append(index)
    if len(positions) != 1 or not args[positions[0]].lower().endswith(BUNDLE_SUFFIX):
        return args, None
    bundle = Path(args.pop(positions[0])).expanduser()
    return args, bundle.absolute()
