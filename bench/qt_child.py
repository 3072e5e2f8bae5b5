"""Qt measurements, one fresh process each (``python -m bench.qt_child MODE DB HOME [ID]``).

Prints one JSON object on the last line of stdout. Modes:

- ``bare``: QApplication + empty QMainWindow shown (the baseline, time and memory);
- ``unlock``: QApplication, ``Workspace.open`` (the KDF time is measured and subtracted),
  ``MainWindow`` on the caseload page, shown, until the caseload model has its first page;
- ``memory``: ``unlock``, then the caseload scrolled to the end, then "À faire" shown;
- ``patient``: ``unlock``, then ``PatientWindow`` of patient ID constructed and shown.

Times start after the imports (both modes import what they need first), so the figure is
what the user waits for after typing the passphrase, not the interpreter's start-up; the
parent also reports the whole process launch. Memory is VmRSS / VmHWM from /proc.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow

from bench.common import PASSPHRASE, memory_mb
from coordapp.paths import AppPaths
from coordapp.storage.keyslots import KeyslotFile

IMPORTED_AT = time.perf_counter()


def _settle(app: QApplication, until: Any, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    app.processEvents()
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window never became ready")
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def bare() -> dict[str, Any]:
    start = time.perf_counter()
    app = QApplication([])
    window = QMainWindow()
    window.resize(1240, 660)
    window.show()
    _settle(app, window.isVisible)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, **memory_mb()}


def _main_window(db: Path, home: Path) -> tuple[QApplication, Any, dict[str, float]]:
    from coordapp.services.workspace import Workspace
    from coordapp.ui.main_window import MainWindow, ui_settings

    paths = AppPaths.from_environment(home)
    settings = ui_settings(paths)
    settings.setValue("main_window/page", "caseload")
    settings.sync()
    start, start_cpu = time.perf_counter(), time.process_time()
    app = QApplication([])
    kdf_start = time.perf_counter()
    KeyslotFile.load(KeyslotFile.path_for(db)).unlock(PASSPHRASE)
    kdf = time.perf_counter() - kdf_start
    workspace = Workspace.open(db, PASSPHRASE, paths)
    window = MainWindow(workspace, db, paths)
    window.show()
    view = window.caseload_view
    _settle(app, lambda: window.isVisible() and view is not None
            and view.isVisible() and view.model.rowCount() > 0)
    seconds = time.perf_counter() - start - 2 * kdf  # Workspace.open derived it again
    cpu = time.process_time() - start_cpu - 2 * kdf
    # A large caseload's index loads on a worker meanwhile: the time until the whole
    # list is searchable and sorted, and the longest the event loop was held up then.
    stall = 0.0
    before = time.perf_counter()
    while view.model.waiting:
        if time.perf_counter() - start > 120:
            raise TimeoutError("the caseload index never loaded")
        app.processEvents()
        now = time.perf_counter()
        stall, before = max(stall, now - before), now
        time.sleep(0.001)
        before = time.perf_counter()
    app.processEvents()
    complete = time.perf_counter() - start - 2 * kdf
    return app, window, {"seconds": seconds, "cpu_seconds": cpu, "kdf_seconds": kdf,
                         "rows": view.model.rowCount(), "total": view.model.total,
                         "complete_seconds": complete, "stall_seconds": stall}


def unlock(db: Path, home: Path) -> dict[str, Any]:
    _app, window, result = _main_window(db, home)
    result |= memory_mb()
    window.close()
    return result


def memory(db: Path, home: Path) -> dict[str, Any]:
    app, window, result = _main_window(db, home)
    first = memory_mb()
    model = window.caseload_view.model
    table = window.caseload_view.table
    start = time.perf_counter()
    table.scrollToBottom()  # every match is listed: the last block of lines is read
    app.processEvents()
    table.viewport().repaint()
    seconds = time.perf_counter() - start
    scrolled = memory_mb()
    rows = model.rowCount()  # before closing: closing drops every row
    # Then "À faire" shown, its lists read (everyone's: the larger), as a coordinator
    # keeps both open all day.
    window.show_page("todo")
    todo = window.dashboard_view
    todo.mine_check.setChecked(False)
    _settle(app, lambda: not window.reader.busy and not todo.waiting, timeout=120)
    with_todo = memory_mb()
    window.close()
    return {"first_page": first, "scrolled": scrolled, "with_todo": with_todo,
            "rows": rows, "scroll_seconds": seconds, "open_seconds": result["seconds"]}


def patient(db: Path, home: Path, patient_id: str) -> dict[str, Any]:
    from coordapp.ui.patient import PatientWindow

    app, window, _result = _main_window(db, home)
    paths = AppPaths.from_environment(home)
    samples = []
    for _ in range(4):
        start = time.perf_counter()
        file_window = PatientWindow(window.workspace, patient_id, paths=paths)
        file_window.show()
        _settle(app, file_window.isVisible)
        samples.append(time.perf_counter() - start)
        file_window.discard_and_close()
        file_window.deleteLater()
        app.processEvents()
    window.close()
    return {"samples": samples}


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "bare":
        result = bare()
    elif mode == "unlock":
        result = unlock(Path(argv[1]), Path(argv[2]))
    elif mode == "memory":
        result = memory(Path(argv[1]), Path(argv[2]))
    elif mode == "patient":
        result = patient(Path(argv[1]), Path(argv[2]), argv[3])
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
