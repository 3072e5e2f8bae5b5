"""A process that imports CoordApp once, then forks one child per command it is given,
so that a crash test can kill -9 real processes at random moments without paying the
interpreter's start-up each time.

Reads JSON lines ``{"argv": [...], "env": {...}}`` on stdin; for each, forks a child
that runs ``coordapp.cli.main(argv)`` (output to /dev/null) and prints
``{"pid": PID}`` then, once the child ended (or was killed), ``{"status": STATUS}``.
"""

from __future__ import annotations

import json
import os
import sys

import coordapp.services.imports.csv_import
import coordapp.services.sync.bundles
from coordapp.cli.app import main

# imported before forking
assert coordapp.services.imports.csv_import and coordapp.services.sync.bundles


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            os.environ.update(request.get("env", {}))
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            try:
                code = main(request["argv"])
            except BaseException:
                code = 99
            os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    serve()
