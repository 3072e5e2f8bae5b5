"""The ``coordapp`` command's entry point: ``coordapp --version`` answers at once; any
other command imports the command line (``coordapp.cli``: SQLAlchemy, the services)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from coordapp import __version__

        print(f"CoordApp {__version__}")
        return 0
    from coordapp.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
