"""Record a new request for support about a person already in the caseload."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.ui.patient.dialog_parts import accept_buttons, error_line
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.referral_form import ReferralForm
from coordapp.ui.patient.requester_completer import requester_search
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
        self._services = services
        self.directory_dialog: DirectoryPickerDialog | None = None
        self.setWindowTitle(self.tr("Nouvelle demande d'appui"))
        self.setMinimumWidth(560)
        self.form = ReferralForm()
        if services is not None:
            self.form.use_directory(requester_search(services.directory))
            self.form.directory_requested.connect(self._on_directory_requested)
        else:
            self.form.directory_button.hide()
        self.error_label = error_line()
        buttons, self.save_button = accept_buttons(
            self, self.tr("Enregistrer la demande"), self._on_save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_directory_requested(self) -> None:
        assert self._services is not None
        dialog = DirectoryPickerDialog(self._services, self,
                                       title=self.tr("Choisir le demandeur dans l'annuaire"))
        dialog.search_edit.setText(self.form.name_edit.text().strip())
        dialog.search()
        self.directory_dialog = dialog
        dialog.finished.connect(self._on_directory_finished)
        dialog.open()

    def _on_directory_finished(self, result: int) -> None:
        dialog, self.directory_dialog = self.directory_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.form.set_requester(dialog.chosen)
            self.form.reason_edit.setFocus()

    def _on_save_clicked(self) -> None:
        self.form.fields.clear()
        self.error_label.hide()
        try:
            self._follow_up.record_referral({**self.form.values(),
                                             "patient_id": self._patient_id})
        except InvalidInput as exc:
            if not self.form.show_error(exc.field, exc.message):
                self.error_label.setText(exc.message)
                self.error_label.show()
            return
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.accept()
