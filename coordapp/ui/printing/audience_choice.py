"""Whom the printed PPCS is for: the person (plain words, large type) or the team."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from coordapp.services.exports import Audience


class AudienceChoice(QWidget):
    def __init__(self, audience: Audience = Audience.PERSON,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_radio = QRadioButton(self.tr("Pour la &personne (gros caractères)"))
        self.person_radio.setToolTip(self.tr(
            "Des mots simples, en grands caractères, avec « Qui appeler ? » en première page"))
        self.team_radio = QRadioButton(self.tr("Pour l'é&quipe (PPCS complet)"))
        self.team_radio.setToolTip(self.tr("Les quatre parties du PPCS de la HAS"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.person_radio)
        self.group.addButton(self.team_radio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person_radio)
        layout.addWidget(self.team_radio)
        self.set_audience(audience)

    def audience(self) -> Audience:
        return Audience.TEAM if self.team_radio.isChecked() else Audience.PERSON

    def set_audience(self, audience: Audience) -> None:
        radio = self.team_radio if audience == Audience.TEAM else self.person_radio
        radio.setChecked(True)
