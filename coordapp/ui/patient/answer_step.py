"""What is answered to a new request: include, inform or orient only, or decide later."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.models import ReferralAnswer
from coordapp.ui.labels import label
from coordapp.ui.patient.styles import MUTED_STYLE

INCLUDE, INFORM, LATER = 0, 1, 2


class AnswerStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.include_radio = QRadioButton(self.tr("&Inclure : la personne est accompagnée "
                                                  "(dossier actif)"))
        self.inform_radio = QRadioButton(self.tr("Information ou &orientation seulement"))
        self.later_radio = QRadioButton(self.tr("À traiter plus &tard (demande en attente)"))
        self.group = QButtonGroup(self)
        for choice, radio in enumerate((self.include_radio, self.inform_radio,
                                        self.later_radio)):
            self.group.addButton(radio, choice)
        self.include_radio.setChecked(True)
        # Inclusion needs the person informed of the support and of their right to object.
        self.informed_check = QCheckBox(self.tr(
            "La personne a été informée de l'accompagnement et de son &droit d'opposition"))
        self.informed_how = QComboBox()
        self.informed_how.setEditable(True)
        self.informed_how.addItems([self.tr("Oral, par téléphone"),
                                    self.tr("Oral, lors de la visite à domicile"),
                                    self.tr("Notice d'information remise et expliquée")])
        self.informed_how.setAccessibleName(self.tr("Comment la personne a été informée"))
        self.informed_to = QLineEdit()
        self.informed_to.setPlaceholderText(self.tr(
            "si la personne est représentée : tuteur, personne de confiance…"))
        self.informed_to.setAccessibleName(self.tr("Information donnée à"))
        self.kind_combo = QComboBox()
        for answer in (ReferralAnswer.INFORMATION, ReferralAnswer.ORIENTATION):
            self.kind_combo.addItem(label(ReferralAnswer, answer.value), answer.value)
        self.create_check = QCheckBox(self.tr(
            "Enregistrer aussi la personne (dossier au statut « Demande »)"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Ce qui a été répondu, à qui, la suite…"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.effect_label = QLabel()
        self.effect_label.setWordWrap(True)
        self.effect_label.setStyleSheet(MUTED_STYLE)

        include = QFormLayout()
        include.setContentsMargins(28, 0, 0, 0)
        include.addRow(self.informed_check)
        include.addRow(self.tr("Comment"), self.informed_how)
        include.addRow(self.tr("Donnée à"), self.informed_to)
        inform = QFormLayout()
        inform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        inform.setContentsMargins(28, 0, 0, 0)
        inform.addRow(self.tr("Réponse"), self.kind_combo)
        inform.addRow(self.create_check)
        note = QFormLayout()
        note.addRow(self.tr("Note sur la réponse"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addSpacing(8)
        layout.addWidget(self.include_radio)
        layout.addLayout(include)
        layout.addWidget(self.inform_radio)
        layout.addLayout(inform)
        layout.addWidget(self.later_radio)
        layout.addSpacing(8)
        layout.addLayout(note)
        layout.addWidget(self.effect_label)
        layout.addStretch(1)
        self.group.idToggled.connect(self._on_choice_changed)
        self.create_check.toggled.connect(self._on_choice_changed)
        self.informed_check.toggled.connect(self._on_choice_changed)
        self._linked = False
        self._on_choice_changed()

    def choice(self) -> int:
        return self.group.checkedId()

    def answer(self) -> str | None:
        """The referral's answer code; None when it stays to be answered."""
        match self.choice():
            case 0:
                return ReferralAnswer.INCLUSION.value
            case 1:
                return str(self.kind_combo.currentData())
        return None

    def information(self) -> dict[str, Any] | None:
        """The person's information, recorded with an inclusion (None when not ticked)."""
        if self.choice() != INCLUDE or not self.informed_check.isChecked():
            return None
        return {"how": self.informed_how.currentText().strip() or None,
                "recipient": self.informed_to.text().strip() or None}

    def creates_patient(self) -> bool:
        """A new file is needed (unless the request is linked to an existing one)."""
        return self.choice() != INFORM or self.create_check.isChecked()

    def set_context(self, summary: str, linked: bool) -> None:
        self.summary_label.setText(summary)
        self._linked = linked
        self._on_choice_changed()

    def _on_choice_changed(self) -> None:
        inform = self.choice() == INFORM
        including = self.choice() == INCLUDE
        self.informed_check.setEnabled(including)
        for edit in (self.informed_how, self.informed_to):
            edit.setEnabled(including and self.informed_check.isChecked())
        self.kind_combo.setEnabled(inform)
        self.create_check.setEnabled(inform)
        self.create_check.setVisible(not self._linked)
        self.note_edit.setEnabled(self.choice() != LATER)
        texts = {
            (INCLUDE, False): self.tr("Un dossier actif sera créé, la demande répondue "
                                      "« Inclusion » (la personne doit avoir été "
                                      "informée)."),
            (INCLUDE, True): self.tr("Le dossier existant sera actif, la demande répondue "
                                     "« Inclusion » (la personne doit avoir été informée)."),
            (INFORM, True): self.tr("La demande est rattachée au dossier existant, sans "
                                    "changer son statut."),
            (LATER, False): self.tr("Un dossier au statut « Demande » sera créé ; la demande "
                                    "reste à traiter."),
            (LATER, True): self.tr("La demande est rattachée au dossier existant et reste à "
                                   "traiter."),
        }
        text = texts.get((self.choice(), self._linked))
        if text is None:  # informing, no existing file
            text = self.tr("Un dossier au statut « Demande » sera créé.") if \
                self.create_check.isChecked() else \
                self.tr("Aucun dossier ne sera créé : la demande est enregistrée seule.")
        self.effect_label.setText(text)
