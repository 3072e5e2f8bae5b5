"""The "Évaluation" tab: the person's assessments, several side by side with the GIR
trend, a form to key a new one in, and the PPCS needs it suggests once saved."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy, InvalidInput
from coordapp.paths import AppPaths
from coordapp.services.views import AssessmentDetail
from coordapp.services.workspace import Workspace
from coordapp.ui.labels import format_date
from coordapp.ui.patient.busy_retry import busy_wait_seconds
from coordapp.ui.plan.assessment_form import AssessmentForm
from coordapp.ui.plan.assessment_models import (
    AssessmentTableModel,
    Column,
    ComparisonTableModel,
)
from coordapp.ui.plan.gir_trend import GirTrend
from coordapp.ui.plan.proposal_dialog import ProposalDialog
from coordapp.ui.plan.services import PlanServices
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE
from coordapp.ui.plan.suggestions_panel import SuggestionsPanel


class AssessmentTab(QWidget):
    """Assessments of ``patient_id``; ``changed(entity)`` after every write
    ("assessment", or "need" when a suggested need is added to the PPCS)."""

    changed = Signal(str)
    #: A PPCS draft was created from the proposal (its id): the PPCS tab shows it.
    plan_proposed = Signal(str)

    LIST_PAGE, FORM_PAGE = range(2)

    def __init__(self, workspace: Workspace, patient_id: str, paths: AppPaths,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient_id = patient_id
        self.services = PlanServices.from_workspace(workspace, paths)
        self.details: list[AssessmentDetail] = []
        self.closed = False
        self._shown = False

        self.new_button = QPushButton(self.tr("&Nouvelle évaluation"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Modifier"))
        self.suggest_button = QPushButton(self.tr("&Besoins suggérés"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.model = AssessmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.FACTORS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.empty_label = QLabel(self.tr(
            "Aucune évaluation pour l'instant : « Nouvelle évaluation » (Ctrl+N) pour saisir "
            "la grille AGGIR, le Zarit et les facteurs de complexité."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(MUTED_STYLE)

        self.trend = GirTrend()
        self.comparison_model = ComparisonTableModel(self)
        self.comparison = QTableView()
        self.comparison.setModel(self.comparison_model)
        self.comparison.setAlternatingRowColors(True)
        self.comparison.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().setDefaultSectionSize(
            self.comparison.fontMetrics().height() + 6)
        self.comparison_hint = QLabel()
        self.comparison_hint.setStyleSheet(MUTED_STYLE)
        self.comparison_hint.setWordWrap(True)
        self.suggestions = SuggestionsPanel(self.services.assessments)
        self.suggestions.hide()
        self.form = AssessmentForm(busy_wait_s=busy_wait_seconds(paths))

        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)

        new_action = QAction(self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.start_new)
        self.addAction(new_action)
        self.new_button.clicked.connect(self.start_new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.suggest_button.clicked.connect(self._on_suggest_clicked)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.form.submitted.connect(self.save)
        self.form.cancelled.connect(self.cancel)
        self.suggestions.need_added.connect(self._on_need_added)
        self.suggestions.proposal_requested.connect(self.open_proposal)
        self.proposal_dialog: ProposalDialog | None = None
        self.reload()

    def _list_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        compare = QGroupBox(self.tr("Comparaison et évolution du GIR"))
        compare_layout = QVBoxLayout(compare)
        compare_layout.addWidget(self.trend)
        compare_layout.addWidget(self.comparison_hint)
        compare_layout.addWidget(self.comparison, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(compare)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.suggestions)
        layout.addWidget(splitter, 1)
        return page

    # -- entry points ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the person's assessments again (after a change made elsewhere)."""
        try:
            self.details = self.services.assessments.for_patient(self.patient_id)
            self.closed = self.services.is_closed(self.patient_id)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        self._error(self.tr("Dossier clôturé : les évaluations sont en lecture seule.")
                    if self.closed else "")
        selected = self.selected_ids()
        self.model.set_rows(self.details)
        self.empty_label.setVisible(not self.details)
        self._select(selected)
        self._refresh_comparison()
        self._refresh_buttons()

    def has_unsaved_changes(self) -> bool:
        return self.stack.currentIndex() == self.FORM_PAGE and self.form.is_dirty()

    def save(self) -> bool:
        """Save the assessment being keyed in; False (message shown) if refused.
        While the base is busy: False, the input kept, and tried again (``form.busy``)."""
        if self.stack.currentIndex() != self.FORM_PAGE:
            return True
        return self.form.busy.run(self._attempt_save)

    def _attempt_save(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the input kept)."""
        if self.stack.currentIndex() != self.FORM_PAGE:
            return True
        editing = self.form.editing_id
        try:
            raw = self.form.values()
            if editing:
                assessment_id = self.services.assessments.update(editing, raw).id
            else:
                assessment_id = self.services.assessments.record(self.patient_id, raw).id
        except InvalidInput as exc:
            self.form.show_error(exc.message, exc.field)
            return False
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self.form.show_error(exc.message)
            return False
        self.stack.setCurrentIndex(self.LIST_PAGE)
        self.reload()
        self._select([assessment_id])
        self.changed.emit("assessment")
        detail = next((d for d in self.details if d.id == assessment_id), None)
        self.suggestions.show_for(assessment_id, format_date(detail.assessed_on)
                                  if detail else "")
        self.table.setFocus()
        if not editing:  # after a new assessment, the app proposes the PPCS
            self.open_proposal(assessment_id, only_if_new=True)
        return True

    def open_proposal(self, assessment_id: str, *, only_if_new: bool = False) -> None:
        """"PPCS proposé" for ``assessment_id``; with ``only_if_new``, not when nothing
        new would be added (every template and need already in the plan)."""
        if self.proposal_dialog is not None or self.closed:
            return
        try:
            proposal = self.services.proposals.propose(assessment_id)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        fresh = proposal.needs or any(not t.already_in_plan for t in proposal.templates)
        if only_if_new and not fresh:
            return
        dialog = ProposalDialog(self.services.proposals, proposal, self)
        self.proposal_dialog = dialog
        dialog.finished.connect(lambda result: self._on_proposal_finished(dialog, result))
        dialog.open()

    def _on_proposal_finished(self, dialog: ProposalDialog, result: int) -> None:
        if self.proposal_dialog is dialog:
            self.proposal_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.plan_id is not None:
            self.changed.emit("need")
            if self.suggestions.assessment_id:
                self.suggestions.show_for(self.suggestions.assessment_id)
            self.plan_proposed.emit(dialog.plan_id)

    def start_new(self) -> None:
        if self.stack.currentIndex() == self.FORM_PAGE or self.closed:
            return
        self.form.start_new()
        self._open_form()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        detail = next((d for d in self.details if ids and d.id == ids[0]), None)
        if detail is None or self.closed:
            return
        self.form.load(detail)
        self._open_form()

    def cancel(self) -> None:
        if self.form.is_dirty() and not self._confirm(self.tr(
                "Abandonner la saisie de cette évaluation ?")):
            return
        self.form.busy.clear()
        self.stack.setCurrentIndex(self.LIST_PAGE)
        self.table.setFocus()

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (another tab may have written): read again, unless keying in.
        The first time, for a person never assessed, the new assessment is open at once
        (Échap goes back to the list)."""
        if self._shown and self.stack.currentIndex() == self.LIST_PAGE:
            self.reload()
        elif not self._shown and not self.details and not self.closed:
            self.start_new()
        self._shown = True
        super().showEvent(event)

    # -- internals ------------------------------------------------------------------

    def _open_form(self) -> None:
        self.stack.setCurrentIndex(self.FORM_PAGE)
        self.form.aggir.pickers["coherence"].setFocus()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Évaluation"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _select(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, detail in enumerate(self.model.rows):
            if detail.id in ids:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag
                                 .Select | QItemSelectionModel.SelectionFlag.Rows)
                self.table.setCurrentIndex(self.model.index(row, 0))

    def _refresh_comparison(self) -> None:
        ids = self.selected_ids()
        chosen = ids if len(ids) >= 2 else None
        if not self.details:
            self.comparison_model.set_comparison(None)
            self.trend.set_trend([])
            self.comparison_hint.clear()
            return
        try:
            comparison = self.services.assessments.compare(self.patient_id, chosen)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        self.comparison_model.set_comparison(comparison)
        self.trend.set_trend(comparison.gir_trend)
        self.comparison_hint.setText(
            self.tr("{n} évaluations choisies.").format(n=len(chosen)) if chosen else
            self.tr("Toutes les évaluations ; sélectionnez-en plusieurs (Ctrl+clic, "
                    "Maj+flèches) pour n'en comparer que certaines."))

    def _refresh_buttons(self) -> None:
        has_one = bool(self.selected_ids())
        self.new_button.setEnabled(not self.closed)
        self.edit_button.setEnabled(has_one and not self.closed)
        self.suggest_button.setEnabled(has_one and not self.closed)

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_selection_changed(self) -> None:
        self._refresh_buttons()
        self._refresh_comparison()

    def _on_suggest_clicked(self) -> None:
        ids = self.selected_ids()
        detail = next((d for d in self.details if ids and d.id == ids[0]), None)
        if detail is not None:
            self.suggestions.show_for(detail.id, format_date(detail.assessed_on))

    def _on_need_added(self, _need_id: str) -> None:
        self.changed.emit("need")
