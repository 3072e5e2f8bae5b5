"""Birthplace search: time per keystroke on the full list of French communes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.communes

Types names, postal codes and INSEE codes one character at a time in the real
birthplace field (search, popup model update and popup), and prints the load time of
the list and the median / worst time per keystroke (the goal: under 100 ms).
"""

from __future__ import annotations

import statistics
import time

TYPED = ["Charleville-Mézières", "saint etienne du rouvray", "Sedan", "08000", "2A004",
         "Lyon 3e", "Aix-en-Provence", "Mézières", "Paris 15", "Villeneuve", "59000", "st",
         "Bourg-en-Bresse", "97411"]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from coordapp.services.communes import commune_index

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    index = commune_index()
    loaded = time.perf_counter() - started
    from coordapp.ui.patient.commune_edit import CommuneEdit

    edit = CommuneEdit()
    edit.show()
    search_times: list[float] = []
    keystroke_times: list[float] = []
    for text in TYPED:
        edit.clear()
        for end in range(1, len(text) + 1):
            prefix = text[:end]
            started = time.perf_counter()
            index.search(prefix, 12)
            search_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            edit.setText(prefix)
            edit.textEdited.emit(prefix)  # what a keystroke does
            app.processEvents()
            keystroke_times.append(time.perf_counter() - started)
    print(f"{len(index.communes)} lieux ; chargement et index : {loaded * 1000:.0f} ms")
    for name, times in (("recherche seule", search_times),
                        ("frappe complète (recherche + liste)", keystroke_times)):
        print(f"{name} : {len(times)} frappes, médiane {statistics.median(times) * 1000:.2f} ms, "
              f"pire {max(times) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
