"""Record a new request for support about a person already in the caseload."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from coordapp.errors import CoordAppError, DatabaseBusy, InvalidInput
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.ui.patient.dialog_parts import accept_buttons, busy_line, error_line
from coordapp.ui.patient.referral_form import ReferralForm
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.unsaved_input import AsksBeforeClosing


class NewReferralDialog(AsksBeforeClosing, QDialog):
    """With ``services``, the requester is searched there as it is typed and picked with
    « Choisir dans l'annuaire… »; without, it is free text (the button hidden)."""

    def __init__(self, follow_up: FollowUpService, patient_id: str,
                 parent: QWidget | None = None, *,
                 services: PatientServices | None = None) -> None:
        super().__init__(parent)
        self._follow_up = follow_up
        self._patient_id = patient_id
        self.setWindowTitle(self.tr("Nouvelle demande d'appui"))
        self.setMinimumWidth(560)
        self.form = ReferralForm()
        if services is not None:
            self.form.use_directory(services)
        self.error_label = error_line()
        buttons, self.save_button = accept_buttons(
            self, self.tr("Enregistrer la demande"), self._on_save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        self.busy = busy_line(self)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        self.busy.run(self._write)

    def _write(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the input kept)."""
        self.form.fields.clear()
        self.error_label.hide()
        try:
            self._follow_up.record_referral({**self.form.values(),
                                             "patient_id": self._patient_id})
        except InvalidInput as exc:
            if not self.form.show_error(exc.field, exc.message):
                self.error_label.setText(exc.message)
                self.error_label.show()
            return False
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.accept()
        return True
