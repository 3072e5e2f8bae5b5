"""Needs an assessment suggests for the PPCS, each with "Ajouter au PPCS" / "Ignorer"."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import NeedDomain
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.views import NeedSuggestion
from coordapp.ui.labels import label
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE, OK_STYLE

_FRAME_STYLE = ("SuggestionsPanel { background: #f4f8fd; border: 1px solid #b6cbea; "
                "border-radius: 4px; }")


class SuggestionsPanel(QFrame):
    """The suggestions of one assessment; accepting one adds a need to the draft PPCS."""

    #: A suggested need was added to the PPCS (its id).
    need_added = Signal(str)
    #: "Proposer le PPCS…": the whole proposal (templates included) for this assessment.
    proposal_requested = Signal(str)

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.assessment_id: str | None = None
        self.setStyleSheet(_FRAME_STYLE)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.hide)
        self.propose_button = QPushButton(self.tr("Proposer le PPCS…"))
        self.propose_button.setToolTip(self.tr(
            "Les modèles de plan qui conviennent à cette évaluation, avec le cercle de "
            "soins déjà désigné pour les actions"))
        self.propose_button.clicked.connect(
            lambda: self.assessment_id and self.proposal_requested.emit(self.assessment_id))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.add_buttons: dict[str, QPushButton] = {}
        self.ignore_buttons: dict[str, QPushButton] = {}
        self.state_labels: dict[str, QLabel] = {}
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.propose_button)
        header.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.error_label)
        layout.addLayout(self.rows)

    def show_for(self, assessment_id: str, assessed_on_text: str = "") -> None:
        """Read and show the suggestions of ``assessment_id`` (hidden when none)."""
        try:
            suggestions = self.service.suggestions(assessment_id)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        self.assessment_id = assessment_id
        self.set_suggestions(suggestions, assessed_on_text)

    def set_suggestions(self, suggestions: list[NeedSuggestion], when: str = "") -> None:
        self._clear()
        self._error("")
        self.title.setText(
            self.tr("Besoins suggérés par l'évaluation du {date}").format(date=when) if when
            else self.tr("Besoins suggérés par l'évaluation"))
        if not suggestions:
            empty = QLabel(self.tr("Cette évaluation ne suggère aucun besoin."))
            empty.setStyleSheet(MUTED_STYLE)
            self.rows.addWidget(empty, 0, 0)
        for row, suggestion in enumerate(suggestions):
            self._add_row(row, suggestion)
        self.show()

    def accept(self, code: str) -> bool:
        """Add the suggested need to the PPCS draft; False (message shown) if refused."""
        if self.assessment_id is None:
            return False
        try:
            result = self.service.accept_suggestion(self.assessment_id, code)
        except CoordAppError as exc:
            self._error(exc.message)
            return False
        self._error("")
        self._settle(code, self.tr("Ajouté au PPCS ✓"), OK_STYLE)
        self.need_added.emit(result.id)
        return True

    def ignore(self, code: str) -> None:
        self._settle(code, self.tr("Ignoré"), MUTED_STYLE)

    # -- internals ------------------------------------------------------------------

    def _add_row(self, row: int, suggestion: NeedSuggestion) -> None:
        text = QLabel(f"<b>{_escape(suggestion.text)}</b><br><span style='color:#5f6368'>"
                      f"{_escape(label(NeedDomain, suggestion.domain))} — "
                      f"{_escape(suggestion.reason)}</span>")
        text.setWordWrap(True)
        self.rows.addWidget(text, row, 0)
        state = QLabel()
        self.state_labels[suggestion.code] = state
        self.rows.addWidget(state, row, 1)
        if suggestion.already_in_plan:
            state.setText(self.tr("Déjà dans le PPCS"))
            state.setStyleSheet(MUTED_STYLE)
            return
        add = QPushButton(self.tr("Ajouter au PPCS"))
        ignore = QPushButton(self.tr("Ignorer"))
        add.clicked.connect(lambda _=False, c=suggestion.code: self.accept(c))
        ignore.clicked.connect(lambda _=False, c=suggestion.code: self.ignore(c))
        self.add_buttons[suggestion.code] = add
        self.ignore_buttons[suggestion.code] = ignore
        self.rows.addWidget(add, row, 2)
        self.rows.addWidget(ignore, row, 3)

    def _settle(self, code: str, text: str, style: str) -> None:
        for buttons in (self.add_buttons, self.ignore_buttons):
            if code in buttons:
                buttons.pop(code).hide()
        self.state_labels[code].setText(text)
        self.state_labels[code].setStyleSheet(style)

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.add_buttons.clear()
        self.ignore_buttons.clear()
        self.state_labels.clear()

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


def _escape(text: str) -> str:
    return html.escape(text)
