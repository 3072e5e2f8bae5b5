"""The four adverbs of the 2008 AGGIR guide, ticked per variable or sub-variable.

Each row (a sub-variable such as « Toilette du haut », or a variable without
sub-variables) has four tick boxes, Spontanément, Totalement, Correctement,
Habituellement, and « Aucun » for an activity not done at all. A row is observed once
one of its boxes is ticked; its letter follows the guide's rule and the sub-variables
are combined by its tables (``services.aggir_coding``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from coordapp.services.assessments import aggir, aggir_coding
from coordapp.ui.plan.style import MUTED_STYLE

_tr = QCoreApplication.translate


def adverb_labels() -> dict[str, str]:
    return {
        "spontanement": _tr("Aggir", "Spontanément"),
        "totalement": _tr("Aggir", "Totalement"),
        "correctement": _tr("Aggir", "Correctement"),
        "habituellement": _tr("Aggir", "Habituellement"),
    }


def unit_labels() -> dict[str, str]:
    return {
        "toilette_haut": _tr("Aggir", "Toilette du haut"),
        "toilette_bas": _tr("Aggir", "Toilette du bas"),
        "habillage_haut": _tr("Aggir", "Habillage du haut"),
        "habillage_moyen": _tr("Aggir", "Habillage moyen"),
        "habillage_bas": _tr("Aggir", "Habillage du bas"),
        "alimentation_se_servir": _tr("Aggir", "Se servir"),
        "alimentation_manger": _tr("Aggir", "Manger"),
        "elimination_urinaire": _tr("Aggir", "Élimination urinaire"),
        "elimination_fecale": _tr("Aggir", "Élimination fécale"),
    }


class AdverbGrid(QGroupBox):
    """Tick boxes for the discriminant variables; ``adverbs()`` holds observed rows."""

    #: A box was ticked or unticked.
    changed = Signal()

    def __init__(self, variable_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Adverbes (guide AGGIR 2008) : la personne fait-elle seule…"))
        labels, subs = adverb_labels(), unit_labels()
        self.boxes: dict[str, dict[str, QCheckBox]] = {}
        self.none_boxes: dict[str, QCheckBox] = {}
        self.letters: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(0)
        grid.setHorizontalSpacing(6)
        for column, adverb in enumerate(aggir_coding.ADVERBS, 1):
            head = QLabel(labels[adverb])
            head.setStyleSheet(MUTED_STYLE)
            grid.addWidget(head, 0, column)
        head = QLabel(self.tr("Aucun"))
        head.setStyleSheet(MUTED_STYLE)
        grid.addWidget(head, 0, 5)
        row = 1
        for variable in aggir.DISCRIMINANT_VARIABLES:
            units = aggir_coding.units_of(variable)
            if len(units) > 1:
                title = QLabel(f"<b>{variable_names[variable]}</b>")
                grid.addWidget(title, row, 0)
                row += 1
            for unit in units:
                text = subs.get(unit, variable_names[variable])
                name = QLabel(f"    {text}" if len(units) > 1 else f"<b>{text}</b>")
                grid.addWidget(name, row, 0)
                self.boxes[unit] = {}
                for column, adverb in enumerate(aggir_coding.ADVERBS, 1):
                    box = QCheckBox()
                    box.setAccessibleName(f"{text} : {labels[adverb]}")
                    box.setToolTip(f"{text} : {labels[adverb].lower()}")
                    box.toggled.connect(lambda on, u=unit: self._on_adverb(u, on))
                    grid.addWidget(box, row, column)
                    self.boxes[unit][adverb] = box
                none = QCheckBox()
                none.setAccessibleName(self.tr("{unit} : ne fait pas").format(unit=text))
                none.setToolTip(self.tr("{unit} : ne fait pas (aucun adverbe)")
                                .format(unit=text))
                none.toggled.connect(lambda on, u=unit: self._on_none(u, on))
                grid.addWidget(none, row, 5)
                self.none_boxes[unit] = none
                letter = QLabel("—")
                letter.setMinimumWidth(16)
                grid.addWidget(letter, row, 6)
                self.letters[unit] = letter
                row += 1
        grid.setRowStretch(row, 1)
        self._busy = False

    def adverbs(self) -> dict[str, list[str]]:
        """Observed rows -> adverbs ticked."""
        found: dict[str, list[str]] = {}
        for unit, boxes in self.boxes.items():
            ticked = [a for a, box in boxes.items() if box.isChecked()]
            if ticked or self.none_boxes[unit].isChecked():
                found[unit] = ticked
        return found

    def set_adverbs(self, adverbs: dict[str, list[str]]) -> None:
        self._busy = True
        try:
            for unit, boxes in self.boxes.items():
                ticked = adverbs.get(unit)
                for adverb, box in boxes.items():
                    box.setChecked(bool(ticked) and adverb in (ticked or []))
                self.none_boxes[unit].setChecked(ticked == [])
        finally:
            self._busy = False
        self._refresh()

    def _on_adverb(self, unit: str, on: bool) -> None:
        if on and not self._busy:
            self._busy = True
            self.none_boxes[unit].setChecked(False)
            self._busy = False
        self._changed()

    def _on_none(self, unit: str, on: bool) -> None:
        if on and not self._busy:
            self._busy = True
            for box in self.boxes[unit].values():
                box.setChecked(False)
            self._busy = False
        self._changed()

    def _changed(self) -> None:
        if self._busy:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        observed = self.adverbs()
        for unit, label in self.letters.items():
            label.setText(aggir_coding.letter_from_adverbs(observed[unit])
                          if unit in observed else "—")
