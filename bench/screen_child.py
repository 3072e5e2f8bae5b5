"""Screen interactions through the real widgets, offscreen, in one fresh process
(``python -m bench.screen_child DB HOME PATIENT_ID REPEAT``).

Each interaction is a real key or mouse event sent to the widget, then the event loop
runs and the view is repainted synchronously (``repaint()``: every visible cell's data is
read and drawn) before the clock stops: "from the event to the painted result". The
search field's 150 ms pause is not counted: Enter follows each letter (the screen
searches at once on Enter). Baselines, timed in the same process: a plain
``QAbstractTableModel`` over a Python list of the same number of rows, reset and
repainted in a ``QTableView`` of the same size (what Qt itself costs), and for the
patient window the file read alone (``PatientFileService.load``).

Prints one JSON object on the last line of stdout: for each interaction, samples in ms.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from bench.common import PASSPHRASE
from coordapp.paths import AppPaths

Sample = Callable[[], None]


class PlainModel(QAbstractTableModel):
    """The baseline: rows already in a Python list, nothing else."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = [(f"NOM {i}", f"Prénom {i}", "01/01/1950", "76", "Commune", "Dr X",
                      "Actif", "Anne") for i in range(rows)]

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 8

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def reset_to(self, rows: int) -> None:
        self.beginResetModel()
        self.rows = self.rows[:rows] if rows <= len(self.rows) else \
            self.rows + self.rows[: rows - len(self.rows)]
        self.endResetModel()


def rec() -> dict[str, list[float]]:
    return {"samples": [], "cpu": []}


def timed(app: QApplication, act: Sample, paint: QWidget, into: dict[str, list[float]]
          ) -> None:
    """Run ``act``, the event loop, a synchronous repaint; wall and CPU ms into ``into``."""
    start, start_cpu = time.perf_counter(), time.process_time()
    act()
    app.processEvents()
    paint.repaint()
    into["cpu"].append((time.process_time() - start_cpu) * 1000)
    into["samples"].append((time.perf_counter() - start) * 1000)


def header_click(table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def caseload(app: QApplication, window: Any, repeat: int, out: dict[str, Any]) -> None:
    view = window.caseload_view
    table, edit = view.table, view.search_edit
    plain = QTableView()
    plain.resize(table.size())
    plain_model = PlainModel(view.model.total)
    plain.setModel(plain_model)
    plain.show()
    paint = table.viewport()

    def plain_reset(rows: int, into: dict[str, list[float]]) -> None:
        timed(app, lambda: plain_model.reset_to(rows), plain.viewport(), into)

    keys, base, counts = rec(), rec(), []
    for _ in range(repeat):
        edit.clear()
        view._on_search_due()
        for letter in "martin":
            timed(app, lambda letter=letter: (
                QTest.keyClick(edit, letter), QTest.keyClick(edit, Qt.Key.Key_Return)),
                paint, keys)
            counts.append(view.model.total)
            plain_reset(counts[-1], base)
    out["keystroke"] = keys | {"baseline": base["samples"], "matches": counts[:6]}
    edit.clear()
    view._on_search_due()

    combo, filters, base = view.status_combo, rec(), rec()
    for _ in range(repeat):
        for _status in range(combo.count() - 1):
            timed(app, lambda: QTest.keyClick(combo, Qt.Key.Key_Down), paint, filters)
            plain_reset(view.model.total, base)
        combo.setCurrentIndex(0)
        app.processEvents()
    out["status_filter"] = filters | {"baseline": base["samples"]}

    index = window.workspace.caches["caseload"]
    per_column: dict[str, dict[str, list[float]]] = {}
    base = rec()
    for column in range(view.model.columnCount()):
        name = view.model.headerData(column, Qt.Orientation.Horizontal)
        for _ in range(repeat):
            for _direction in range(2):  # a new column sorts up first, then down
                index._orders.clear()  # cold: the order is computed again (a change came)
                timed(app, lambda column=column: header_click(table, column), paint,
                      per_column.setdefault(name, rec()))
                plain_reset(view.model.total, base)
    worst = max(per_column.values(), key=lambda r: statistics.median(r["samples"]))
    every = rec()
    for one in per_column.values():
        every["samples"] += one["samples"]
        every["cpu"] += one["cpu"]
    out["sort"] = every | {"baseline": base["samples"],
                           "by_column": {k: v["samples"] for k, v in per_column.items()}}
    out["sort_worst"] = worst | {"baseline": base["samples"],
                                 "column": next(k for k, v in per_column.items() if v is worst)}
    # As used: a patient was just edited (the change log moved), then a header click.
    # The index moves that patient in each order it keeps instead of sorting again.
    from coordapp.services.caseload.patients import CaseloadService

    service, after_edit = CaseloadService(window.workspace), rec()
    edited = service.page(status="active", limit=1).rows[0].id  # open: editable
    for column in range(view.model.columnCount()):
        for turn in range(2 * repeat):
            service.update_patient(edited, {"city": ("Fécamp", "Yvetot")[turn % 2]})
            timed(app, lambda column=column: header_click(table, column), paint, after_edit)
    out["sort_after_edit"] = after_edit | {"baseline": base["samples"]}
    header_click(table, 0)  # back to name order
    if view.model.order != ("name", False):
        header_click(table, 0)

    table.setFocus()
    ends, homes, plain_ends = rec(), rec(), rec()
    for _ in range(repeat):
        view.model.set_query()  # cold: no line read yet
        timed(app, lambda: QTest.keyClick(
            table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier), paint, ends)
        timed(app, lambda: QTest.keyClick(
            table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier), paint, homes)
        plain.scrollToTop()
        timed(app, plain.scrollToBottom, plain.viewport(), plain_ends)
    last = table.rowAt(table.viewport().height() - 2)
    out["scroll_end"] = ends | {"baseline": plain_ends["samples"], "rows": view.model.total,
                                "last_visible_row": last}
    out["scroll_home"] = homes | {"baseline": plain_ends["samples"]}
    plain.close()


def settle(app: QApplication, until: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``until()`` (a background read handed over)."""
    deadline = time.perf_counter() + timeout
    app.processEvents()
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the background read never ended")
        time.sleep(0.001)
        app.processEvents()


def until_shown(app: QApplication, act: Sample, view: Any) -> Sample:
    """``act``, then the event loop until the lists (not "Calcul…") are shown."""
    def run() -> None:
        act()
        settle(app, lambda: not view.waiting)
    return run


def dashboard(app: QApplication, window: Any, repeat: int, out: dict[str, Any]) -> None:
    from collections import Counter

    first, everyone, mine, calcul, cold = rec(), rec(), rec(), rec(), rec()
    view = window.dashboard_view
    # "One coordinator": the demo referent with the most patients (the bench's owner has
    # none), as if that coordinator had unlocked: the lists are prepared in the
    # background for that coordinator and for everyone, as after unlock.
    entries = window.workspace.caches["caseload"]._entries.values()
    view._user_id = Counter(e.referent_id for e in entries if e.referent_id).most_common(1)[0][0]
    settle(app, lambda: not window.reader.busy)
    start = time.perf_counter()
    view.load_in_background(window.reader)
    settle(app, lambda: not window.reader.busy)
    prepared_ms = (time.perf_counter() - start) * 1000
    click = lambda: QTest.mouseClick(view.mine_check, Qt.MouseButton.LeftButton)  # noqa: E731
    timed(app, until_shown(app, lambda: window.show_page("todo"), view), window, first)
    for _ in range(repeat):
        timed(app, until_shown(app, click, view), view.tree.viewport(), everyone)
        timed(app, until_shown(app, click, view), view.tree.viewport(), mine)
    out["dashboard_mine_first"] = first | {"overdue": view.model.count(0),
                                           "prepared_ms": prepared_ms}
    out["dashboard_everyone"] = everyone
    out["dashboard_mine"] = mine
    # Nothing prepared (a change just came: an action of a plan marked started, then
    # planned again, through the service, announced as the patient window does): the
    # click paints "Calcul…" at once, the lists follow when read on the worker.
    from coordapp.services.plans.editing import PlanService

    plans = PlanService(window.workspace)
    action = window.workspace.caches["caseload"]._open_actions[0].action_id
    for turn in range(repeat):
        settle(app, lambda: not window.reader.busy)
        plans.update_action(action, {"status": ("in_progress", "planned")[turn % 2]})
        view._on_data_changed("action", action)
        timed(app, click, view.tree.viewport(), calcul)
        start, start_cpu = time.perf_counter(), time.process_time()
        settle(app, lambda: not view.waiting)
        view.tree.viewport().repaint()
        cold["samples"].append(calcul["samples"][-1] + (time.perf_counter() - start) * 1000)
        cold["cpu"].append(calcul["cpu"][-1] + (time.process_time() - start_cpu) * 1000)
    out["dashboard_calcul"] = calcul
    out["dashboard_cold"] = cold
    window.show_page("caseload")
    app.processEvents()


def patient_window(app: QApplication, window: Any, patient_id: str, repeat: int,
                   out: dict[str, Any]) -> None:
    from coordapp.services.patient.file import PatientFileService
    from coordapp.ui.patient import PatientWindow

    opens, tabs, reads = rec(), rec(), []
    service = PatientFileService(window.workspace)
    holder: list[Any] = []
    for _ in range(repeat):
        def build() -> None:
            holder[:] = [PatientWindow(window.workspace, patient_id, paths=window._paths)]
            holder[0].show()
        timed(app, build, window, opens)
        file_window = holder[0]
        bar = file_window.tabs.tabBar()
        for tab in range(1, file_window.tabs.count()):
            timed(app, lambda tab=tab, bar=bar: QTest.mouseClick(
                bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center()),
                file_window, tabs)
        file_window.discard_and_close()
        file_window.deleteLater()
        app.processEvents()
        start = time.perf_counter()
        service.load(patient_id, audit=False)
        reads.append((time.perf_counter() - start) * 1000)
    out["patient_window"] = opens | {"baseline": reads}
    out["patient_tab"] = tabs | {"baseline": reads}


def main(argv: list[str]) -> None:
    from coordapp.services.workspace import Workspace
    from coordapp.ui.main_window import MainWindow, ui_settings

    db, home, patient_id, repeat = Path(argv[0]), Path(argv[1]), argv[2], int(argv[3])
    paths = AppPaths.from_environment(home)
    settings = ui_settings(paths)
    settings.setValue("main_window/page", "caseload")
    settings.sync()
    app = QApplication([])
    workspace = Workspace.open(db, PASSPHRASE, paths)
    window = MainWindow(workspace, db, paths)
    window.resize(1366, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle(app, lambda: not window.caseload_view.model.waiting)  # index loaded (worker)
    app.processEvents()
    out: dict[str, Any] = {}
    caseload(app, window, repeat, out)
    patient_window(app, window, patient_id, repeat, out)
    dashboard(app, window, repeat, out)
    window.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
