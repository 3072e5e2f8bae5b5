"""Ctrl+P in a patient file: for whom to print the PPCS, before the preview."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coordapp.services.exports import Audience
from coordapp.ui.printing.audience_choice import AudienceChoice


class AudienceDialog(QDialog):
    def __init__(self, audience: Audience = Audience.PERSON,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Imprimer le PPCS"))
        self.choice = AudienceChoice(audience)
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("&Aperçu avant impression…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setDefault(True)
        self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Quelle version du PPCS imprimer ?")))
        layout.addWidget(self.choice)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def audience(self) -> Audience:
        return self.choice.audience()
