"""Saving the plan shown as one of the coordinator's own templates (texts and relative
dates only: never statuses, results or the person's opinion)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.plans.templates import TemplateService
from coordapp.services.views import PlanTemplateSummary
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE
from coordapp.ui.unsaved_input import AsksBeforeClosing


class SaveTemplateDialog(AsksBeforeClosing, QDialog):
    def __init__(self, templates: TemplateService, plan_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = templates
        self.plan_id = plan_id
        self.saved: PlanTemplateSummary | None = None
        self.setWindowTitle(self.tr("Enregistrer comme modèle"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("ex. Retour à domicile après AVC"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(
            self.description_edit.fontMetrics().lineSpacing() * 3 + 12)
        notice = QLabel(self.tr(
            "Le modèle garde les besoins, objectifs, actions, rôles des responsables et "
            "délais ; jamais les noms, statuts, résultats ni l'avis de la personne."))
        notice.setWordWrap(True)
        notice.setStyleSheet(MUTED_STYLE)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Titre :"), self.title_edit)
        form.addRow(self.tr("&Description :"), self.description_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.saved = self.templates.save_plan_as_template(
                self.plan_id, self.title_edit.text(),
                description=self.description_edit.toPlainText())
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        super().accept()
