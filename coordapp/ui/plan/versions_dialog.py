"""The PPCS history: every version with its validation and agreement, one version's
content, and what changed between two chosen versions, in plain French."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import PlanStatus
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.views import PlanVersionSummary
from coordapp.ui.labels import format_date, label
from coordapp.ui.plan.diff_text import diff_html, plan_html
from coordapp.ui.plan.style import ERROR_STYLE


class VersionsDialog(QDialog):
    def __init__(self, versions: PlanVersionService, patient_id: str,
                 names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = versions
        self.patient_id = patient_id
        self.names = names
        self.setWindowTitle(self.tr("Historique du PPCS"))
        self.summaries: list[PlanVersionSummary] = []
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("État"), self.tr("Validée le"), self.tr("Par"),
            self.tr("Accord le"), self.tr("Révision")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        self.compare_button = QPushButton(self.tr("&Comparer"))
        self.show_button = QPushButton(self.tr("&Voir cette version"))
        self.browser = QTextBrowser()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        choose = QHBoxLayout()
        from_label = QLabel(self.tr("Comparer la version"))
        from_label.setBuddy(self.from_combo)
        choose.addWidget(from_label)
        choose.addWidget(self.from_combo)
        choose.addWidget(QLabel(self.tr("avec la version")))
        choose.addWidget(self.to_combo)
        choose.addWidget(self.compare_button)
        choose.addStretch(1)
        choose.addWidget(self.show_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(choose)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.compare_button.clicked.connect(self.compare)
        self.show_button.clicked.connect(self.show_selected)
        self.table.doubleClicked.connect(self.show_selected)
        self._load()
        self.resize(820, 600)

    # -- entry points ---------------------------------------------------------------

    def compare(self) -> bool:
        older, newer = self.from_combo.currentData(), self.to_combo.currentData()
        if older is None or newer is None:
            return False
        if older > newer:
            older, newer = newer, older
        if older == newer:
            self._error(self.tr("Choisissez deux versions différentes."))
            return False
        try:
            diff = self.service.diff(self.patient_id, older, newer)
        except CoordAppError as exc:
            self._error(exc.message)
            return False
        self._error("")
        self.browser.setHtml(diff_html(diff, self.names))
        return True

    def show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        version = self.summaries[rows[0].row()].version
        try:
            document = self.service.show(self.patient_id, version)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        self._error("")
        self.browser.setHtml(plan_html(document.plan))

    def set_pair(self, older: int, newer: int) -> None:
        self.from_combo.setCurrentIndex(self.from_combo.findData(older))
        self.to_combo.setCurrentIndex(self.to_combo.findData(newer))

    # -- internals ------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self.summaries = self.service.versions(self.patient_id)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        for summary in reversed(self.summaries):  # newest first
            state = label(PlanStatus, summary.status)
            if summary.status == PlanStatus.CLOSED and summary.closed_on:
                state += self.tr(" le {date}").format(date=format_date(summary.closed_on))
            cells = [
                self.tr("Version {n}").format(n=summary.version), state,
                format_date(summary.validated_at.date()) if summary.validated_at else "",
                summary.validated_by_name or "", format_date(summary.agreement_on),
                format_date(summary.review_due)]
            self.model.appendRow([QStandardItem(text) for text in cells])
        self.summaries = list(reversed(self.summaries))
        for summary in sorted(self.summaries, key=lambda s: s.version):
            text = str(summary.version)
            self.from_combo.addItem(text, summary.version)
            self.to_combo.addItem(text, summary.version)
        if len(self.summaries) >= 2:
            newest = max(s.version for s in self.summaries)
            self.set_pair(newest - 1, newest)
            self.compare()
        elif self.summaries:
            self.table.selectRow(0)
            self.show_selected()
        self.compare_button.setEnabled(len(self.summaries) >= 2)

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
