"""Applying a plan template: the shipped and the coordinator's own templates, and the day
the template's relative dates count from. Needs, goals and actions are added to the draft
(a new version is opened when the plan in force is validated)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.plans.templates import USER, TemplateService
from coordapp.services.views import PlanTemplateSummary
from coordapp.ui.plan.dates import DateField
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE

KeyRole = Qt.ItemDataRole.UserRole + 1


class TemplateDialog(QDialog):
    """On OK, applies the chosen template; ``applied_needs`` are the needs added."""

    def __init__(self, templates: TemplateService, patient_id: str, *,
                 opens_new_version: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = templates
        self.patient_id = patient_id
        self.applied_needs: list[str] = []
        self.setWindowTitle(self.tr("Appliquer un modèle de plan"))
        self.summaries: list[PlanTemplateSummary] = []
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 3)
        self.start_edit = DateField()
        self.start_edit.set_date(dt.date.today())
        notice = QLabel(self.tr(
            "Les besoins, objectifs et actions du modèle s'ajoutent au plan ; les échéances "
            "sont comptées à partir de la date de départ, et les responsables choisis dans "
            "le cercle de soins d'après leur rôle. Tout reste modifiable ensuite."))
        if opens_new_version:
            notice.setText(notice.text() + " " + self.tr(
                "Le plan en vigueur est validé : une nouvelle version (brouillon) sera "
                "ouverte."))
        notice.setWordWrap(True)
        notice.setStyleSheet(MUTED_STYLE)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Date de départ :"), self.start_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Appliquer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(self.accept)
        self._load()
        self.resize(620, 520)

    def select(self, key: str) -> bool:
        for row, summary in enumerate(self.summaries):
            if summary.key == key:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def current_key(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def accept(self) -> None:
        key = self.current_key()
        if key is None:
            self._error(self.tr("Choisissez un modèle."))
            return
        start = self.start_edit.date()
        if start is None:
            self._error(self.tr("Date de départ invalide : JJ/MM/AAAA."))
            self.start_edit.setFocus()
            return
        try:
            result = self.templates.apply(self.patient_id, key, start=start)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        self.applied_needs = list(result.changed)
        super().accept()

    def _load(self) -> None:
        try:
            self.summaries = self.templates.summaries()
        except CoordAppError as exc:
            self._error(exc.message)
            return
        for summary in self.summaries:
            origin = self.tr("mon modèle") if summary.source == USER else \
                self.tr("modèle fourni")
            item = QStandardItem(self.tr(
                "{title}\n{needs} besoin(s), {goals} objectif(s), {actions} action(s) — "
                "{origin}").format(title=summary.title, needs=summary.needs,
                                   goals=summary.goals, actions=summary.actions,
                                   origin=origin))
            item.setData(summary.key, KeyRole)
            item.setToolTip(summary.description)
            self.model.appendRow(item)
        if self.summaries:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus()

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.summaries[current.row()] if current.isValid() else None
        self.description.setText(summary.description if summary else "")
