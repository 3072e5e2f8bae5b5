"""Entry point of the frozen CoordApp: the ``coordapp`` console script, nothing more."""

import multiprocessing
import sys

from coordapp.launch import main

if __name__ == "__main__":
    # The PDF workers (coordapp.export.pdf_pool) are started with "spawn": in the frozen
    # program the child is this executable again, which must run the worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main())
