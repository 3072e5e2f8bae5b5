"""Record one dated event: information given, objection, consent to share, or withdrawal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy
from coordapp.models import ConsentKind
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.ui.labels import label
from coordapp.ui.patient.date_edit import make_date_edit
from coordapp.ui.patient.dialog_parts import accept_buttons, busy_line, error_line
from coordapp.ui.unsaved_input import AsksBeforeClosing


class ConsentDialog(AsksBeforeClosing, QDialog):
    def __init__(self, follow_up: FollowUpService, patient_id: str, kind: str,
                 user_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow_up = follow_up
        self._patient_id = patient_id
        self.kind = kind
        self.setWindowTitle(label(ConsentKind, kind))
        self.setMinimumWidth(480)
        explanations = {
            "information_given": self.tr(
                "La personne (ou son représentant) a été informée de l'accompagnement par le "
                "dispositif et du partage d'informations au sein de l'équipe de soins."),
            "objection": self.tr(
                "La personne s'oppose au partage de ses informations (droit d'opposition)."),
            "objection_withdrawn": self.tr("La personne lève son opposition."),
            "sharing_consent": self.tr(
                "La personne consent au partage de ses informations au-delà de l'équipe de "
                "soins."),
            "sharing_consent_withdrawn": self.tr(
                "La personne retire son consentement au partage."),
        }
        text = QLabel(explanations.get(kind, ""))
        text.setWordWrap(True)
        self.date_edit = make_date_edit()
        self.by_edit = QLineEdit(user_name or "")
        self.how_combo = QComboBox()
        self.how_combo.setEditable(True)
        self.how_combo.addItems([self.tr("Oralement"), self.tr("Par écrit"),
                                 self.tr("Par téléphone"),
                                 self.tr("Auprès du représentant légal")])
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr(
            "si la personne est représentée : tuteur, curateur, personne de confiance…"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.error_label = error_line()
        buttons, self.save_button = accept_buttons(
            self, self.tr("Enregistrer"), self._on_save_clicked)
        form = QFormLayout(self)
        form.addRow(text)
        form.addRow(self.tr("Le"), self.date_edit)
        form.addRow(self.tr("Informée par") if kind == "information_given"
                    else self.tr("Recueilli par"), self.by_edit)
        form.addRow(self.tr("Comment"), self.how_combo)
        form.addRow(self.tr("Donnée à"), self.recipient_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.error_label)
        self.busy = busy_line(self)
        form.addRow(self.busy)
        form.addRow(buttons)

    def _on_save_clicked(self) -> None:
        self.busy.run(self._write)

    def _write(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the input kept)."""
        try:
            self._follow_up.record_consent(
                self._patient_id, self.kind, recorded_on=self.date_edit.date().toPython(),
                given_by=self.by_edit.text(), how=self.how_combo.currentText(),
                recipient=self.recipient_edit.text(), note=self.note_edit.toPlainText())
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.accept()
        return True
