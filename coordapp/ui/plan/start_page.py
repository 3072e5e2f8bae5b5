"""What the PPCS tab shows before the person has a plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordapp.ui.plan.style import MUTED_STYLE


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(self.tr(
            "Cette personne n'a pas encore de PPCS.\n\nPartez d'un modèle (chutes, aidant "
            "épuisé, sortie d'hospitalisation…) puis adaptez-le, ou commencez un plan vide. "
            "Les besoins suggérés par une évaluation peuvent aussi y être ajoutés depuis "
            "l'onglet Évaluation."))
        text.setWordWrap(True)
        text.setStyleSheet(MUTED_STYLE)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.template_button = QPushButton(self.tr("Pa&rtir d'un modèle…"))
        self.empty_button = QPushButton(self.tr("C&ommencer un plan vide"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
