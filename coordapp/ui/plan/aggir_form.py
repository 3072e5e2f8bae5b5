"""The AGGIR grid: 10 discriminant and 7 illustrative variables coded A, B or C, and the
GIR computed live by the official algorithm (``services.aggir``).

The letters can be typed directly (A, B or C, one keystroke per row) or derived from the
four adverbs ticked per variable or sub-variable (the 2008 guide, ``AdverbGrid``). A
letter typed over a derived one is an override: its reason is then required.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.assessments import aggir, aggir_coding
from coordapp.ui.plan.aggir_adverbs import AdverbGrid
from coordapp.ui.plan.modality_picker import ModalityPicker
from coordapp.ui.plan.style import GIR_COLOURS, MUTED_STYLE, SCORE_STYLE

_tr = QCoreApplication.translate


def variable_labels() -> dict[str, tuple[str, str]]:
    """AGGIR variable code -> (French label, short hint of what is observed)."""
    return {
        "coherence": (_tr("Aggir", "Cohérence"),
                      _tr("Aggir", "converser, se comporter de façon sensée")),
        "orientation": (_tr("Aggir", "Orientation"),
                        _tr("Aggir", "se repérer dans le temps et les lieux")),
        "toilette": (_tr("Aggir", "Toilette"),
                     _tr("Aggir", "se laver seul, spontanément, haut et bas du corps")),
        "habillage": (_tr("Aggir", "Habillage"), _tr("Aggir", "s'habiller, se déshabiller")),
        "alimentation": (_tr("Aggir", "Alimentation"), _tr("Aggir", "se servir et manger")),
        "elimination": (_tr("Aggir", "Élimination"),
                        _tr("Aggir", "hygiène urinaire et fécale")),
        "transferts": (_tr("Aggir", "Transferts"),
                       _tr("Aggir", "se lever, se coucher, s'asseoir")),
        "deplacements_interieurs": (_tr("Aggir", "Déplacements intérieurs"),
                                    _tr("Aggir", "se déplacer dans le logement")),
        "deplacements_exterieurs": (_tr("Aggir", "Déplacements extérieurs"),
                                    _tr("Aggir", "sortir du logement")),
        "communication": (_tr("Aggir", "Communication à distance"),
                          _tr("Aggir", "téléphone, alarme, sonnette")),
        "gestion": (_tr("Aggir", "Gestion"), _tr("Aggir", "budget, papiers, démarches")),
        "cuisine": (_tr("Aggir", "Cuisine"), _tr("Aggir", "préparer ses repas")),
        "menage": (_tr("Aggir", "Ménage"), _tr("Aggir", "entretenir son logement")),
        "transports": (_tr("Aggir", "Transports"),
                       _tr("Aggir", "prendre un moyen de transport")),
        "achats": (_tr("Aggir", "Achats"), _tr("Aggir", "faire ses courses")),
        "suivi_traitement": (_tr("Aggir", "Suivi du traitement"),
                             _tr("Aggir", "prendre ses médicaments comme prescrit")),
        "activites_temps_libre": (_tr("Aggir", "Activités de temps libre"),
                                  _tr("Aggir", "loisirs, vie sociale")),
    }


def modality_hints() -> list[str]:
    return [
        _tr("Aggir", "A : fait seul, spontanément, totalement, correctement et "
                     "habituellement"),
        _tr("Aggir", "B : fait partiellement, ou pas habituellement, ou pas correctement"),
        _tr("Aggir", "C : ne fait pas"),
    ]


class AggirForm(QWidget):
    """The grid; ``gir()`` is the GIR once the 10 discriminant variables are answered."""

    #: An answer changed (the GIR shown is already up to date).
    grid_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = variable_labels()
        self.pickers: dict[str, ModalityPicker] = {}
        self.reasons: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}
        self.derived: dict[str, str] = {}  # variable -> letter from its adverbs
        self.gir_label = QLabel()
        self.gir_detail = QLabel()
        self.gir_detail.setStyleSheet(MUTED_STYLE)
        help_label = QLabel(self.tr(
            "Tapez A, B ou C sur chaque ligne : le curseur passe à la suivante. A = fait "
            "seul, spontanément, totalement, correctement et habituellement ; B = en "
            "partie ; C = ne fait pas. Ou cochez les adverbes : la lettre en découle."))
        help_label.setStyleSheet(MUTED_STYLE)
        help_label.setWordWrap(True)

        columns = QHBoxLayout()
        letters = QVBoxLayout()
        for title, variables in (
                (self.tr("Variables discriminantes (calcul du GIR)"),
                 aggir.DISCRIMINANT_VARIABLES),
                (self.tr("Variables illustratives (hors calcul)"),
                 aggir.ILLUSTRATIVE_VARIABLES)):
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
            for row, variable in enumerate(variables):
                text, hint = labels[variable]
                name = QLabel(text)
                detail = QLabel(hint)
                detail.setStyleSheet(MUTED_STYLE)
                picker = ModalityPicker(aggir.MODALITIES, modality_hints())
                picker.setAccessibleName(text)
                picker.setToolTip(f"{text} : {hint}")
                name.setBuddy(picker)
                picker.value_changed.connect(self._on_value_changed)
                grid.addWidget(name, row, 0)
                grid.addWidget(detail, row, 1)
                grid.addWidget(picker, row, 2)
                self.pickers[variable] = picker
                if variable in aggir.DISCRIMINANT_VARIABLES:
                    reason = QLineEdit()
                    reason.setPlaceholderText(self.tr("Motif du forçage (obligatoire)"))
                    reason.setAccessibleName(self.tr("{variable} : motif du forçage")
                                             .format(variable=text))
                    reason.setVisible(False)
                    reason.textChanged.connect(lambda _t: self.grid_changed.emit())
                    grid.addWidget(reason, row, 1)  # in place of the hint while overridden
                    self.reasons[variable] = reason
                    self.hints[variable] = detail
            grid.setRowStretch(len(variables), 1)
            letters.addWidget(box, 1)
        columns.addLayout(letters, 3)
        self.adverb_grid = AdverbGrid({v: labels[v][0] for v in aggir.DISCRIMINANT_VARIABLES})
        self.adverb_grid.changed.connect(self._on_adverbs_changed)
        columns.addWidget(self.adverb_grid, 2)

        score = QHBoxLayout()
        score.addWidget(QLabel(self.tr("Résultat :")))
        score.addWidget(self.gir_label)
        score.addWidget(self.gir_detail, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(help_label)
        layout.addLayout(columns, 1)
        layout.addLayout(score)
        # Typing a letter moves on to the next picker, not into the adverbs' boxes.
        for first, second in zip(aggir.ALL_VARIABLES, aggir.ALL_VARIABLES[1:], strict=False):
            QWidget.setTabOrder(self.pickers[first], self.pickers[second])
        self._refresh()

    def grid(self) -> dict[str, str]:
        """The answers given (unanswered variables left out)."""
        return {var: p.value() for var, p in self.pickers.items() if p.value()}

    def set_grid(self, grid: dict[str, str], detail: dict[str, Any] | None = None) -> None:
        """Show a grid: its letters and, when it was coded so, adverbs and overrides."""
        detail = detail or {}
        self.adverb_grid.set_adverbs(detail.get("adverbs") or {})
        overrides = detail.get("overrides") or {}
        self.derived = {var: c.derived for var, c in aggir_coding.codings(detail).items()
                        if var in self.reasons}
        for variable, picker in self.pickers.items():
            picker.blockSignals(True)
            picker.set_value(grid.get(variable))
            picker.blockSignals(False)
        for variable, reason in self.reasons.items():
            reason.blockSignals(True)
            reason.setText(overrides.get(variable, {}).get("reason", ""))
            reason.blockSignals(False)
        self._show_reasons()
        self._refresh()

    def detail(self) -> dict[str, Any]:
        """Adverbs ticked and overrides (letter typed over a derived one, with reason)."""
        adverbs = self.adverb_grid.adverbs()
        if not adverbs:
            return {}
        overrides = {var: {"letter": self.pickers[var].value() or "",
                           "reason": self.reasons[var].text().strip()}
                     for var in self._overridden()}
        return {"adverbs": adverbs, **({"overrides": overrides} if overrides else {})}

    def _overridden(self) -> list[str]:
        return [var for var, letter in self.derived.items()
                if self.pickers[var].value() and self.pickers[var].value() != letter]

    def _show_reasons(self) -> None:
        overridden = set(self._overridden())
        for variable, reason in self.reasons.items():
            reason.setVisible(variable in overridden)
            self.hints[variable].setVisible(variable not in overridden)

    def _on_adverbs_changed(self) -> None:
        """Derived letters follow the adverbs, unless the coordinator overrode them."""
        coded = aggir_coding.codings({"adverbs": self.adverb_grid.adverbs()})
        previous, overridden = self.derived, set(self._overridden())
        self.derived = {var: c.derived for var, c in coded.items() if var in self.reasons}
        for variable, letter in self.derived.items():
            picker = self.pickers[variable]
            if variable not in overridden or picker.value() == previous.get(variable):
                picker.blockSignals(True)
                picker.set_value(letter)
                picker.blockSignals(False)
        self._show_reasons()
        self._refresh()
        self.grid_changed.emit()

    def answered_discriminant(self) -> int:
        return sum(1 for var in aggir.DISCRIMINANT_VARIABLES if self.pickers[var].value())

    def gir(self) -> int | None:
        result = self._result()
        return result.gir if result else None

    def _result(self) -> aggir.GirResult | None:
        if self.answered_discriminant() < len(aggir.DISCRIMINANT_VARIABLES):
            return None
        return aggir.compute_gir(self.grid())

    def _refresh(self) -> None:
        result = self._result()
        if result is None:
            self.gir_label.setText(self.tr("GIR —"))
            self.gir_label.setStyleSheet(SCORE_STYLE.format(colour="#5f6368"))
            self.gir_detail.setText(self.tr("{n} variables discriminantes sur 10 renseignées")
                                    .format(n=self.answered_discriminant()))
            return
        self.gir_label.setText(self.tr("GIR {gir}").format(gir=result.gir))
        self.gir_label.setStyleSheet(SCORE_STYLE.format(colour=GIR_COLOURS[result.gir]))
        self.gir_detail.setText(self.tr("rang {rank} (groupe {group} de l'algorithme)")
                                .format(rank=result.rank, group=result.group))

    def _on_value_changed(self, _value: str) -> None:
        self._show_reasons()
        self._refresh()
        self.grid_changed.emit()
