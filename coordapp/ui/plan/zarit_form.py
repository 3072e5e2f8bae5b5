"""The Zarit caregiver burden interview: 22 answers 0–4, the 4-item screening form, or
the 7-item mini-Zarit (jamais / parfois / souvent = 0 / ½ / 1); total and band shown live
(``services.zarit``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.assessments import zarit
from coordapp.ui.plan.modality_picker import ModalityPicker
from coordapp.ui.plan.style import MUTED_STYLE, SCORE_STYLE

_tr = QCoreApplication.translate
NONE, FULL, SHORT, MINI = "none", zarit.FULL, zarit.SHORT, zarit.MINI
ANSWERS = ("0", "1", "2", "3", "4")
MINI_KEYS = ("J", "P", "S")  # jamais, parfois, souvent: typed as j, p, s
MINI_SCORES = {"J": 0.0, "P": 0.5, "S": 1.0}
BAND_COLOURS = {"none_or_little": "#2e7d32", "light_to_moderate": "#8a5300",
                "moderate_to_severe": "#b35c00", "severe": "#b3261e",
                "screening_negative": "#2e7d32", "screening_positive": "#b3261e"}


def item_themes() -> list[str]:
    """What each of the 22 questions is about (short reminders, not the questionnaire)."""
    return [
        _tr("Zarit", "Demande plus d'aide que nécessaire"),
        _tr("Zarit", "Manque de temps pour soi"),
        _tr("Zarit", "Tiraillé entre l'aide et ses autres obligations"),
        _tr("Zarit", "Gêne face au comportement du proche"),
        _tr("Zarit", "Irritation en sa présence"),
        _tr("Zarit", "Relations familiales ou amicales touchées"),
        _tr("Zarit", "Inquiétude pour l'avenir du proche"),
        _tr("Zarit", "Le proche dépend de l'aidant"),
        _tr("Zarit", "Tension en sa présence"),
        _tr("Zarit", "Santé de l'aidant touchée"),
        _tr("Zarit", "Manque d'intimité"),
        _tr("Zarit", "Vie sociale touchée"),
        _tr("Zarit", "Mal à l'aise pour recevoir"),
        _tr("Zarit", "Attendu comme seul aidant"),
        _tr("Zarit", "Moyens financiers insuffisants"),
        _tr("Zarit", "Ne pourra plus aider longtemps"),
        _tr("Zarit", "Perte de maîtrise de sa vie"),
        _tr("Zarit", "Envie de confier l'aide à un autre"),
        _tr("Zarit", "Ne sait pas quoi faire"),
        _tr("Zarit", "Devrait en faire plus"),
        _tr("Zarit", "Pourrait mieux faire"),
        _tr("Zarit", "Fardeau ressenti au total"),
    ]


def answer_hints() -> list[str]:
    return [_tr("Zarit", "0 : jamais"), _tr("Zarit", "1 : rarement"),
            _tr("Zarit", "2 : parfois"), _tr("Zarit", "3 : assez souvent"),
            _tr("Zarit", "4 : presque tout le temps")]


def mini_questions() -> list[str]:
    return [
        _tr("Zarit", "Le fait de vous occuper de votre proche entraîne-t-il des difficultés "
                     "dans votre vie familiale ?"),
        _tr("Zarit", "… des difficultés avec vos amis, vos loisirs ou votre travail ?"),
        _tr("Zarit", "… un retentissement sur votre santé (physique et/ou psychique) ?"),
        _tr("Zarit", "Avez-vous le sentiment de ne plus reconnaître votre proche ?"),
        _tr("Zarit", "Avez-vous peur pour l'avenir de votre proche ?"),
        _tr("Zarit", "Souhaitez-vous être (davantage) aidé(e) pour vous occuper de votre "
                     "proche ?"),
        _tr("Zarit", "Ressentez-vous une charge en vous occupant de votre proche ?"),
    ]


def mini_hints() -> list[str]:
    return [_tr("Zarit", "J : jamais (0)"), _tr("Zarit", "P : parfois (½)"),
            _tr("Zarit", "S : souvent (1)")]


def band_label(band: str) -> str:
    return {
        "none_or_little": _tr("ZaritBand", "fardeau absent ou léger"),
        "light_to_moderate": _tr("ZaritBand", "fardeau léger à modéré"),
        "moderate_to_severe": _tr("ZaritBand", "fardeau modéré à sévère"),
        "severe": _tr("ZaritBand", "fardeau sévère"),
        "screening_negative": _tr("ZaritBand", "dépistage négatif"),
        "screening_positive": _tr("ZaritBand", "dépistage positif : fardeau probablement "
                                               "élevé"),
    }.get(band, band)


class ZaritForm(QWidget):
    """Which form was used, its answers, and the live total and band."""

    #: An answer or the form changed.
    items_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_group = QButtonGroup(self)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Grille :")))
        self.form_buttons: dict[str, QRadioButton] = {}
        for code, text in ((NONE, self.tr("Non réalisée")),
                           (FULL, self.tr("Complète (22 questions)")),
                           (MINI, self.tr("Mini-Zarit (7 questions)")),
                           (SHORT, self.tr("Dépistage (4 questions)"))):
            button = QRadioButton(text)
            self.form_group.addButton(button)
            self.form_buttons[code] = button
            choice.addWidget(button)
            button.toggled.connect(self._on_form_toggled)
            button.installEventFilter(self)
        choice.addStretch(1)
        self.total_label = QLabel()
        self.band_label = QLabel()
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet(MUTED_STYLE)
        help_label = QLabel(self.tr(
            "Reportez les réponses de l'aidant (0 jamais, 1 rarement, 2 parfois, 3 assez "
            "souvent, 4 presque tout le temps) : tapez le chiffre, le curseur passe à la "
            "question suivante."))
        help_label.setWordWrap(True)
        help_label.setStyleSheet(MUTED_STYLE)

        themes = item_themes()
        self.pickers: list[ModalityPicker] = []
        self.items_box = QGroupBox()
        grid = QGridLayout(self.items_box)
        grid.setVerticalSpacing(1)
        self._labels: list[QLabel] = []
        for number in range(zarit.FULL_ITEMS):
            picker = ModalityPicker(ANSWERS, answer_hints())
            label = QLabel()
            label.setBuddy(picker)
            picker.value_changed.connect(self._on_answer_changed)
            column = 0 if number < 11 else 3
            grid.addWidget(label, number % 11, column)
            grid.addWidget(picker, number % 11, column + 1)
            self.pickers.append(picker)
            self._labels.append(label)
            picker.setAccessibleName(themes[number])
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(11, 1)

        self.mini_pickers: list[ModalityPicker] = []
        self.mini_box = QGroupBox(self.tr(
            "Mini-Zarit : J = jamais (0), P = parfois (½), S = souvent (1)"))
        mini_grid = QGridLayout(self.mini_box)
        for number, question in enumerate(mini_questions()):
            picker = ModalityPicker(MINI_KEYS, mini_hints())
            label = QLabel(f"{number + 1}. {question}")
            label.setBuddy(picker)
            picker.setAccessibleName(question)
            picker.value_changed.connect(self._on_answer_changed)
            mini_grid.addWidget(label, number, 0)
            mini_grid.addWidget(picker, number, 1)
            self.mini_pickers.append(picker)
        mini_grid.setColumnStretch(0, 1)
        mini_grid.setRowStretch(zarit.MINI_ITEMS, 1)

        score = QHBoxLayout()
        score.addWidget(QLabel(self.tr("Résultat :")))
        score.addWidget(self.total_label)
        score.addWidget(self.band_label)
        score.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(choice)
        layout.addWidget(help_label)
        layout.addWidget(self.items_box, 1)
        layout.addWidget(self.mini_box, 1)
        layout.addLayout(score)
        self.form_buttons[NONE].setChecked(True)

    # -- values ---------------------------------------------------------------------

    def focus_choice(self) -> None:
        """The cursor on the grid's choice: a digit starts the full grid, J, P or S the
        Mini-Zarit, with that first answer."""
        self.form_buttons[self.form()].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and watched in self.form_buttons.values() and self.form() == NONE
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            text = event.text().upper()
            form = FULL if text in ANSWERS else MINI if text in MINI_KEYS else None
            if form is not None:
                self.set_form(form)
                pickers = self.active_pickers()
                pickers[0].set_value(text)
                pickers[1].setFocus()
                return True
        return super().eventFilter(watched, event)

    def form(self) -> str:
        return next(code for code, b in self.form_buttons.items() if b.isChecked())

    def set_form(self, form: str) -> None:
        self.form_buttons[form].setChecked(True)

    def active_pickers(self) -> list[ModalityPicker]:
        if self.form() == MINI:
            return self.mini_pickers
        count = {NONE: 0, FULL: zarit.FULL_ITEMS, SHORT: zarit.SHORT_ITEMS}[self.form()]
        return self.pickers[:count]

    def answers(self) -> list[float | None]:
        if self.form() == MINI:
            return [MINI_SCORES[v] if (v := p.value()) else None for p in self.mini_pickers]
        return [int(v) if (v := p.value()) else None for p in self.active_pickers()]

    def items(self) -> list[float | None]:
        """The answers to save: [] when not done; None left in when incomplete."""
        return self.answers()

    def set_items(self, items: list[float]) -> None:
        form = {zarit.FULL_ITEMS: FULL, zarit.SHORT_ITEMS: SHORT,
                zarit.MINI_ITEMS: MINI}.get(len(items), NONE)
        self.set_form(form)
        keys = {score: key for key, score in MINI_SCORES.items()}
        for position, picker in enumerate(self.pickers):
            picker.blockSignals(True)
            picker.set_value(str(int(items[position])) if form in (FULL, SHORT)
                             and position < len(items) else None)
            picker.blockSignals(False)
        for position, picker in enumerate(self.mini_pickers):
            picker.blockSignals(True)
            picker.set_value(keys.get(items[position]) if form == MINI else None)
            picker.blockSignals(False)
        self._refresh()

    def result(self) -> zarit.ZaritResult | None:
        answers = self.answers()
        if not answers or None in answers:
            return None
        return zarit.score([a for a in answers if a is not None])

    # -- display --------------------------------------------------------------------

    def _refresh(self) -> None:
        form = self.form()
        themes = item_themes()
        for number, (picker, label) in enumerate(zip(self.pickers, self._labels, strict=True)):
            shown = picker in self.active_pickers()
            picker.setVisible(shown)
            label.setVisible(shown)
            if form == SHORT:
                label.setText(self.tr("{n}. Question {n} de la grille de dépistage")
                              .format(n=number + 1))
            else:
                label.setText(f"{number + 1}. {themes[number]}")
        self.items_box.setVisible(form in (FULL, SHORT))
        self.mini_box.setVisible(form == MINI)
        answers = self.answers()
        given = [a for a in answers if a is not None]
        scale = {SHORT: zarit.SHORT_ITEMS * 4, MINI: zarit.MINI_ITEMS}.get(
            form, zarit.FULL_ITEMS * 4)
        result = self.result()
        if form == NONE:
            self.total_label.setText(self.tr("Zarit non réalisé"))
            self.total_label.setStyleSheet(SCORE_STYLE.format(colour="#5f6368"))
            self.band_label.clear()
            self.progress_label.clear()
        elif result is None:
            self.total_label.setText(self.tr("{total}/{scale} (partiel)").format(
                total=f"{sum(given):g}".replace(".", ","), scale=scale))
            self.total_label.setStyleSheet(SCORE_STYLE.format(colour="#5f6368"))
            self.band_label.clear()
            self.progress_label.setText(self.tr("{n} réponses sur {count}")
                                        .format(n=len(given), count=len(answers)))
        else:
            self.total_label.setText(result.display)
            self.total_label.setStyleSheet(SCORE_STYLE.format(
                colour=BAND_COLOURS.get(result.band, "#5f6368")))
            self.band_label.setText(band_label(result.band))
            self.progress_label.clear()

    def _on_form_toggled(self, checked: bool) -> None:
        if checked:
            self._refresh()
            self.items_changed.emit()

    def _on_answer_changed(self, _value: str) -> None:
        self._refresh()
        self.items_changed.emit()
