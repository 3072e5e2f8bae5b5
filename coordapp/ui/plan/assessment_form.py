"""A multidimensional assessment being keyed in: date, AGGIR, Zarit, complexity factors
and a note per domain, with the GIR and the Zarit total shown live above the pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import InvalidInput
from coordapp.models import NeedDomain
from coordapp.services.assessments.recording import COMPLEXITY_FACTORS
from coordapp.services.views import AssessmentDetail
from coordapp.ui.complexity_panel import ComplexityPanel
from coordapp.ui.labels import choices
from coordapp.ui.patient.busy_retry import DEFAULT_BUSY_WAIT_S, BusyRetry
from coordapp.ui.plan.aggir_form import AggirForm
from coordapp.ui.plan.style import ERROR_STYLE
from coordapp.ui.plan.zarit_form import NONE, ZaritForm

_tr = QCoreApplication.translate


def factor_labels() -> dict[str, str]:
    """Complexity factor code (as ``AssessmentService`` accepts it) -> French label."""
    return {
        "polypathology": _tr("ComplexityFactor", "Polypathologie"),
        "polymedication": _tr("ComplexityFactor", "Polymédication"),
        "falls": _tr("ComplexityFactor", "Chutes"),
        "cognitive_decline": _tr("ComplexityFactor", "Troubles cognitifs"),
        "isolation": _tr("ComplexityFactor", "Isolement"),
        "precarity": _tr("ComplexityFactor", "Précarité"),
        "abuse_suspected": _tr("ComplexityFactor", "Suspicion de maltraitance"),
        "exhausted_caregiver": _tr("ComplexityFactor", "Aidant épuisé"),
        "refusal_of_help": _tr("ComplexityFactor", "Refus d'aide"),
        "no_gp": _tr("ComplexityFactor", "Sans médecin traitant"),
        "repeated_hospitalisations": _tr("ComplexityFactor", "Hospitalisations répétées"),
    }


def category_labels() -> dict[str, str]:
    return {"medical": _tr("ComplexityFactor", "Médicaux"),
            "psychosocial": _tr("ComplexityFactor", "Psycho-sociaux"),
            "organisational": _tr("ComplexityFactor", "Organisationnels")}


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class AssessmentForm(QWidget):
    """``values()`` is the raw input for ``AssessmentService.record``/``update``."""

    submitted = Signal()
    cancelled = Signal()

    AGGIR_PAGE, ZARIT_PAGE, CONTEXT_PAGE, SITUATION_PAGE = range(4)

    def __init__(self, parent: QWidget | None = None, *,
                 busy_wait_s: int = DEFAULT_BUSY_WAIT_S) -> None:
        super().__init__(parent)
        #: Shown while the base is busy: the save waits, tries again, can be cancelled.
        self.busy = BusyRetry(busy_wait_s)
        self.editing_id: str | None = None
        self._initial: dict[str, Any] = {}
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.aggir = AggirForm()
        self.zarit = ZaritForm()
        self.factor_boxes: dict[str, QCheckBox] = {}
        self.note_edits: dict[str, QPlainTextEdit] = {}
        self.summary_gir = QLabel()
        self.summary_zarit = QLabel()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Enregistrer l'évaluation"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+Entrée"))
        self.cancel_button = QPushButton(self.tr("Annuler"))

        self.pages = QTabWidget()
        # The tall pages scroll: the file window fits a 1366×768 screen (the AGGIR grid
        # alone is 17 rows and the adverbs).
        self.pages.addTab(_scrolled(self.aggir), self.tr("&Autonomie (AGGIR)"))
        self.pages.addTab(self.zarit, self.tr("Aidan&t (Zarit)"))
        self.pages.addTab(_scrolled(self._context_page()), self.tr("Comple&xité et notes"))
        self.situation = ComplexityPanel()  # both sides of the criteria, service level
        self.pages.addTab(self.situation, self.tr("&Situation complexe et niveau de service"))

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        date_label = QLabel(self.tr("Dat&e :"))
        date_label.setBuddy(self.date_edit)
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addSpacing(16)
        top.addWidget(self.summary_gir)
        top.addWidget(self.summary_zarit)
        top.addStretch(1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.pages, 1)

        self.aggir.grid_changed.connect(self._refresh_summary)
        # The last AGGIR row typed: on to the Zarit, as on the paper grid.
        last = self.aggir.pickers[list(self.aggir.pickers)[-1]]
        last.value_changed.connect(lambda value: value and last.hasFocus() and
                                   QTimer.singleShot(0, self._to_zarit))
        self.zarit.items_changed.connect(self._refresh_summary)
        self.save_button.clicked.connect(self.submitted)
        self.cancel_button.clicked.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            # The whole window: after the last Zarit answer the cursor may have left the
            # form; the form is shown only on its own tab, so nothing else is saved.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submitted)
        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled)
        self.start_new()

    def _context_page(self) -> QWidget:
        page = QWidget()
        factors = QHBoxLayout()
        categories = category_labels()
        labels = factor_labels()
        boxes: dict[str, QVBoxLayout] = {}
        for category, title in categories.items():
            group = QGroupBox(self.tr("Facteurs de complexité {kind}").format(
                kind=title.lower()))
            boxes[category] = QVBoxLayout(group)
            factors.addWidget(group, 1)
        for code, (category, _french) in COMPLEXITY_FACTORS.items():
            box = QCheckBox(labels.get(code, code))
            self.factor_boxes[code] = box
            boxes[category].addWidget(box)
        for column in boxes.values():
            column.addStretch(1)
        notes = QGroupBox(self.tr("Notes par domaine"))
        grid = QGridLayout(notes)
        for position, (code, text) in enumerate(choices(NeedDomain)):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(text)
            edit.setAccessibleName(text)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            label = QLabel(text)
            label.setBuddy(edit)
            row, column = divmod(position, 2)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(edit, row * 2 + 1, column)
            self.note_edits[code] = edit
        layout = QVBoxLayout(page)
        layout.addLayout(factors)
        layout.addWidget(notes, 1)
        return page

    # -- entry points ---------------------------------------------------------------

    def start_new(self) -> None:
        self.editing_id = None
        self.title_label.setText(self.tr("Nouvelle évaluation"))
        self._set_date(dt.date.today())
        self.aggir.set_grid({})
        self.zarit.set_items([])
        for box in self.factor_boxes.values():
            box.setChecked(False)
        for edit in self.note_edits.values():
            edit.clear()
        self.situation.set_values({})
        self._loaded()

    def load(self, detail: AssessmentDetail) -> None:
        self.editing_id = detail.id
        self.title_label.setText(self.tr("Évaluation du {date}").format(
            date=f"{detail.assessed_on:%d/%m/%Y}"))
        self._set_date(detail.assessed_on)
        self.aggir.set_grid(detail.aggir, detail.aggir_detail)
        self.zarit.set_items(detail.zarit_items)
        for code, box in self.factor_boxes.items():
            box.setChecked(code in detail.complexity_factors)
        for code, edit in self.note_edits.items():
            edit.setPlainText(detail.notes.get(code, ""))
        self.situation.set_values(vars(detail))
        self._loaded()

    def values(self) -> dict[str, Any]:
        """The input for the service; ``InvalidInput`` for an incomplete Zarit."""
        answers = self.zarit.answers()
        if None in answers:
            given = sum(1 for a in answers if a is not None)
            raise InvalidInput(self.tr(
                "Zarit : {given} réponses sur {count}. Complétez la grille ou choisissez "
                "« Non réalisée ».").format(given=given, count=len(answers)), "zarit_items")
        return {
            "assessed_on": self.date_edit.date().toPython(),
            "aggir": self.aggir.grid(),
            "aggir_detail": self.aggir.detail(),
            "zarit_items": [a for a in answers if a is not None],
            "complexity_factors": [c for c, b in self.factor_boxes.items() if b.isChecked()],
            "notes": {c: e.toPlainText().strip() for c, e in self.note_edits.items()
                      if e.toPlainText().strip()},
            **self.situation.values(),
        }

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        page = {"aggir": self.AGGIR_PAGE, "aggir_detail": self.AGGIR_PAGE,
                "zarit_items": self.ZARIT_PAGE,
                "complexity_factors": self.CONTEXT_PAGE, "notes": self.CONTEXT_PAGE,
                "complexity_medical": self.SITUATION_PAGE,
                "complexity_psychosocial": self.SITUATION_PAGE,
                "service_level": self.SITUATION_PAGE}
        if field in page:
            self.pages.setCurrentIndex(page[field])
        elif field == "assessed_on":
            self.date_edit.setFocus()

    # -- internals ------------------------------------------------------------------

    def _set_date(self, day: dt.date) -> None:
        self.date_edit.setMaximumDate(QDate(dt.date.today()))
        self.date_edit.setDate(QDate(day))

    def _snapshot(self) -> dict[str, Any]:
        return {
            "date": self.date_edit.date().toPython(), "aggir": self.aggir.grid(),
            "aggir_detail": self.aggir.detail(),
            "zarit": (self.zarit.form(), self.zarit.answers()),
            "factors": [c for c, b in self.factor_boxes.items() if b.isChecked()],
            "notes": {c: e.toPlainText() for c, e in self.note_edits.items()},
            "situation": self.situation.values(),
        }

    def _loaded(self) -> None:
        self.busy.clear()  # a pending save is for the assessment no longer shown
        self._initial = self._snapshot()
        self.show_error("")
        self.pages.setCurrentIndex(self.AGGIR_PAGE)
        self._refresh_summary()

    def _to_zarit(self) -> None:
        self.pages.setCurrentIndex(self.ZARIT_PAGE)
        self.zarit.focus_choice()

    def _refresh_summary(self) -> None:
        self.summary_gir.setText(self.aggir.gir_label.text())
        self.summary_gir.setStyleSheet(self.aggir.gir_label.styleSheet())
        self.summary_zarit.setStyleSheet(self.zarit.total_label.styleSheet())
        if self.zarit.form() == NONE:
            self.summary_zarit.setText(self.tr("Zarit —"))
        else:
            band = self.zarit.band_label.text()
            self.summary_zarit.setText(self.tr("Zarit {total}").format(
                total=self.zarit.total_label.text()) + (f" : {band}" if band else ""))
