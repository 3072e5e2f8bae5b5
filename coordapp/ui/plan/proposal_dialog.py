""""PPCS proposé": after an assessment, the templates and needs that fit, ticked, the
person's own words asked first; one action creates the draft (``PlanProposalService``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import NeedDomain
from coordapp.services.plans.proposal import PlanProposal, PlanProposalService
from coordapp.ui.labels import label
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE


class ProposalDialog(QDialog):
    """On "Créer le brouillon du PPCS", writes the chosen part of ``proposal``;
    ``plan_id`` is then the draft's id. Stays open (message shown) when refused."""

    def __init__(self, service: PlanProposalService, proposal: PlanProposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.proposal = proposal
        self.plan_id: str | None = None
        self.added: list[str] = []
        self.setWindowTitle(self.tr("PPCS proposé"))
        intro = QLabel(self.tr(
            "D'après l'évaluation, ces modèles et besoins conviennent. Les actions sont "
            "confiées aux membres du cercle de soins qui ont le rôle voulu, les échéances "
            "comptées à partir d'aujourd'hui : relisez, puis ajustez dans l'onglet PPCS."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self.wishes_edit = QLineEdit(proposal.wishes)
        self.wishes_edit.setPlaceholderText(self.tr(
            "ex. « Rester chez moi », « Revoir mes petits-enfants »"))
        wishes_label = QLabel(self.tr("Ce qui &compte le plus pour la personne (ses mots) :"))
        wishes_label.setBuddy(self.wishes_edit)
        self.template_checks: dict[str, QCheckBox] = {}
        self.need_checks: dict[str, QCheckBox] = {}
        items = QWidget()
        column = QVBoxLayout(items)
        column.setContentsMargins(0, 0, 0, 0)
        for template in proposal.templates:
            box = QCheckBox(template.title)
            box.setChecked(not template.already_in_plan)
            box.setEnabled(not template.already_in_plan)
            detail = self.tr("{actions} action(s), dont {assigned} confiée(s) au cercle de "
                             "soins — {reasons}").format(
                actions=template.actions, assigned=template.assigned,
                reasons=" ; ".join(template.reasons))
            if template.already_in_plan:
                detail = self.tr("Déjà dans le PPCS")
            box.setToolTip(detail)
            self.template_checks[template.key] = box
            column.addWidget(box)
            column.addWidget(self._detail(detail))
        for need in proposal.needs:
            box = QCheckBox(need.text)
            box.setChecked(True)
            self.need_checks[need.code] = box
            column.addWidget(box)
            column.addWidget(self._detail(self.tr("Besoin seul ({domain}), à compléter — "
                                                  "{reason}").format(
                domain=label(NeedDomain, need.domain), reason=need.reason)))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(items)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Créer le brouillon du PPCS"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok_button, cancel):
            button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(wishes_label)
        layout.addWidget(self.wishes_edit)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.wishes_edit.setFocus()

    @staticmethod
    def _detail(text: str) -> QLabel:
        detail = QLabel(text)
        detail.setWordWrap(True)
        detail.setTextFormat(Qt.TextFormat.PlainText)
        detail.setStyleSheet(MUTED_STYLE + " margin-left: 24px;")
        return detail

    def chosen_templates(self) -> list[str]:
        return [k for k, box in self.template_checks.items()
                if box.isEnabled() and box.isChecked()]

    def chosen_needs(self) -> list[str]:
        return [k for k, box in self.need_checks.items() if box.isChecked()]

    def accept(self) -> None:
        self.error_label.hide()
        try:
            result = self.service.create(
                self.proposal.assessment_id, templates=self.chosen_templates(),
                needs=self.chosen_needs(), wishes=self.wishes_edit.text())
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.plan_id = result.id
        self.added = list(result.changed)
        super().accept()
