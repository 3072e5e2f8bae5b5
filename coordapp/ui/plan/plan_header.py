"""The top of the PPCS tab: which version this is and its state, a banner when it is
read-only, and the plan-level commands."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordapp.models import PatientStatus, PlanStatus
from coordapp.services.views import PlanVersionView
from coordapp.ui.labels import format_date, label
from coordapp.ui.plan.style import BANNER_STYLE, INFO_BANNER_STYLE, MUTED_STYLE


class PlanHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.detail_label = QLabel()
        self.detail_label.setStyleSheet(MUTED_STYLE)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.template_button = QPushButton(self.tr("Appliquer un &modèle…"))
        self.save_template_button = QPushButton(self.tr("Enregistrer comme modèle…"))
        self.validate_button = QPushButton(self.tr("&Valider le plan…"))
        self.validate_print_button = QPushButton(self.tr("Valider et imprimer…"))
        self.validate_print_button.setToolTip(self.tr(
            "Valide cette version avec l'accord de la personne et enregistre son PPCS en "
            "PDF, en une étape (Ctrl+Maj+P)"))
        self.new_version_button = QPushButton(self.tr("Nouvelle v&ersion"))
        self.history_button = QPushButton(self.tr("&Historique"))
        self.new_version_button.setToolTip(self.tr(
            "Ouvre un brouillon copié de la version validée, pour la réviser"))
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.detail_label)
        row = QHBoxLayout()
        row.addLayout(titles, 1)
        for button in (self.template_button, self.save_template_button, self.validate_button,
                       self.validate_print_button, self.new_version_button,
                       self.history_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.banner)

    def set_document(self, document: PlanVersionView | None) -> None:
        if document is None:
            self.title_label.setText(self.tr("PPCS — pas encore de plan"))
            self.detail_label.setText(self.tr(
                "Commencez un plan vide ou partez d'un modèle."))
            self._banner("", "")
            for button in (self.save_template_button, self.validate_button,
                           self.validate_print_button, self.new_version_button,
                           self.history_button):
                button.setEnabled(False)
            self.template_button.setEnabled(True)
            return
        plan = document.plan
        closed_case = document.patient_status == PatientStatus.CLOSED
        title = self.tr("PPCS — version {n} — {status}").format(
            n=plan.version, status=label(PlanStatus, plan.status))
        if plan.validated_at:
            title += self.tr(" le {date}").format(date=format_date(plan.validated_at.date()))
            if document.validated_by_name:
                title += self.tr(" par {name}").format(name=document.validated_by_name)
        self.title_label.setText(title)
        details = []
        based_on = next((v.version for v in document.versions
                         if v.id == document.based_on_id), None)
        if based_on is not None and plan.status == PlanStatus.DRAFT:
            details.append(self.tr("révision de la version {n}").format(n=based_on))
        if plan.review_due:
            details.append(self.tr("révision prévue le {date}").format(
                date=format_date(plan.review_due)))
        needs = len(plan.needs)
        goals = sum(len(n.goals) for n in plan.needs)
        actions = sum(len(g.actions) for n in plan.needs for g in n.goals)
        details.append(self.tr("{needs} besoin(s), {goals} objectif(s), {actions} action(s)")
                       .format(needs=needs, goals=goals, actions=actions))
        self.detail_label.setText(" · ".join(details))
        if closed_case:
            self._banner(self.tr("Dossier clôturé : le PPCS est en lecture seule. Rouvrez le "
                                 "dossier pour le modifier."), BANNER_STYLE)
        elif not document.editable:
            self._banner(self.tr(
                "Version validée, figée : seul le suivi se saisit ici (statut et résultat "
                "des actions, statut des objectifs, besoin non couvert). « Nouvelle "
                "version » pour réviser le contenu."), INFO_BANNER_STYLE)
        else:
            self._banner("", "")
        is_draft = plan.status == PlanStatus.DRAFT
        self.template_button.setEnabled(not closed_case)
        self.save_template_button.setEnabled(bool(plan.needs))
        self.validate_button.setEnabled(not closed_case and is_draft)
        self.validate_print_button.setEnabled(not closed_case and is_draft)
        self.new_version_button.setEnabled(not closed_case and not is_draft)
        self.history_button.setEnabled(True)

    def _banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.setVisible(bool(text))
