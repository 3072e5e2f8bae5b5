"""Whom the printed PPCS is for: the person (plain words, an accessible PDF), the person
in large print (18 pt), or the team."""

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
        self.large_radio = QRadioButton(self.tr("Pour la personne, en très &gros caractères "
                                                "(18 points)"))
        self.large_radio.setToolTip(self.tr(
            "La même version pour la personne, pour une vue basse"))
        self.team_radio = QRadioButton(self.tr("Pour l'é&quipe (PPCS complet)"))
        self.team_radio.setToolTip(self.tr("Les quatre parties du PPCS de la HAS"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.person_radio)
        self.group.addButton(self.large_radio)
        self.group.addButton(self.team_radio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person_radio)
        layout.addWidget(self.large_radio)
        layout.addWidget(self.team_radio)
        self.set_audience(audience)

    def audience(self) -> Audience:
        if self.team_radio.isChecked():
            return Audience.TEAM
        return Audience.PERSON_LARGE if self.large_radio.isChecked() else Audience.PERSON

    def set_audience(self, audience: Audience) -> None:
        radio = {Audience.TEAM: self.team_radio,
                 Audience.PERSON_LARGE: self.large_radio}.get(audience, self.person_radio)
        radio.setChecked(True)
