"""Entry point of the frozen CoordApp: the ``coordapp`` console script, nothing more."""

import sys

from coordapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
