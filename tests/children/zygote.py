"""A process that imports CoordApp once, then forks one child per command it is given,
so that a crash test can kill -9 real processes at random moments without paying the
interpreter's start-up each time.

``python zygote.py [MODULE...]`` imports the modules named (a driver, and what it
needs: Qt for the desktop window) before serving. Reads JSON lines
``{"argv": [...], "env": {...}}`` on stdin; for each, forks a child that runs
``coordapp.cli.main(argv)`` (output to /dev/null), or, with ``"driver": MODULE``,
``MODULE.main(argv)`` with its output to the file ``"out"``; prints ``{"pid": PID}``
then, once the child ended (or was killed), ``{"status": STATUS}``.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

import coordapp.services.imports.csv_import
import coordapp.services.sync.bundles
from coordapp.cli.app import main

# imported before forking
assert coordapp.services.imports.csv_import and coordapp.services.sync.bundles


def child(request: dict) -> int:
    os.environ.update(request.get("env", {}))
    out = os.open(request.get("out") or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                  0o600)
    os.dup2(out, 1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    driver = request.get("driver")
    if driver is None:
        return main(request["argv"])
    return int(importlib.import_module(driver).main(request["argv"]) or 0)


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                code = child(request)
            except BaseException:
                code = 99
            os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
        _pid, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        importlib.import_module(name)
    serve()
