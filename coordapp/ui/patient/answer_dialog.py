"""Answer a request: information, orientation, inclusion… with a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy
from coordapp.models import PatientStatus, ReferralAnswer
from coordapp.services.views import ReferralView
from coordapp.ui.labels import fill_combo, format_datetime, select_data
from coordapp.ui.patient.dialog_parts import busy_line
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import ERROR_STYLE, MUTED_STYLE
from coordapp.ui.unsaved_input import AsksBeforeClosing


class AnswerDialog(AsksBeforeClosing, QDialog):
    """Writes the answer on "Enregistrer"; an inclusion also makes a pending case active."""

    def __init__(self, services: PatientServices, referral: ReferralView, patient_id: str,
                 patient_status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._referral = referral
        self._patient_id = patient_id
        self._patient_status = patient_status
        self.setWindowTitle(self.tr("Répondre à la demande"))
        self.setMinimumWidth(520)
        summary = QLabel(self.tr("Demande reçue le {date} : {reason}").format(
            date=format_datetime(referral.received_at), reason=referral.reason))
        summary.setWordWrap(True)
        self.answer_combo = QComboBox()
        fill_combo(self.answer_combo, ReferralAnswer)
        select_data(self.answer_combo, referral.answer or ReferralAnswer.INCLUSION.value)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Ce qui a été répondu, à qui, la suite…"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.effect_label = QLabel()
        self.effect_label.setWordWrap(True)
        self.effect_label.setStyleSheet(MUTED_STYLE)
        self.informed_check = QCheckBox(self.tr(
            "La personne vient d'être informée de l'accompagnement et de son &droit "
            "d'opposition (l'enregistrer)"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Enregistrer la réponse"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        form = QFormLayout(self)
        form.addRow(summary)
        form.addRow(self.tr("Réponse"), self.answer_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.effect_label)
        form.addRow(self.informed_check)
        form.addRow(self.error_label)
        self.busy = busy_line(self)
        form.addRow(self.busy)
        form.addRow(buttons)
        self.answer_combo.currentIndexChanged.connect(self._on_answer_changed)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self._on_answer_changed()

    def _includes(self) -> bool:
        return (self.answer_combo.currentData() == ReferralAnswer.INCLUSION
                and self._patient_status == PatientStatus.REQUEST)

    def _on_answer_changed(self) -> None:
        self.effect_label.setText(
            self.tr("Le dossier passera au statut « Actif », inclus aujourd'hui.")
            if self._includes() else "")
        self.effect_label.setVisible(self._includes())
        self.informed_check.setVisible(self._includes())

    def _on_save_clicked(self) -> None:
        self.busy.run(self._write)

    def _write(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the input kept)."""
        try:
            if self._includes() and self.informed_check.isChecked():
                self._services.follow_up.record_consent(
                    self._patient_id, "information_given",
                    given_by=self._services.user_name, how=self.tr("Oral"))
                self.informed_check.setChecked(False)  # recorded: not twice on a retry
            # The service also makes the case active when the answer is an inclusion.
            self._services.follow_up.answer_referral(
                self._referral.id, self.answer_combo.currentData(),
                self.note_edit.toPlainText(), patient_id=self._patient_id)
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.accept()
        return True
