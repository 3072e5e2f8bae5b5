"""Add a professional to the directory on the fly (doubtful RPPS or ADELI only warn)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy, InvalidInput
from coordapp.services.directory import DirectoryService
from coordapp.ui.patient.dialog_parts import (
    DISCARD,
    SAVE,
    accept_buttons,
    ask_before_closing,
    busy_line,
    error_line,
)
from coordapp.ui.patient.field_errors import FieldErrors


class ProfessionalDialog(QDialog):
    """``result_id`` is the new professional's id once accepted, ``warnings`` the doubts."""

    def __init__(self, directory: DirectoryService, parent: QWidget | None = None, *,
                 name_hint: str = "") -> None:
        super().__init__(parent)
        self._directory = directory
        self.result_id: str | None = None
        self.warnings: list[str] = []
        self.setWindowTitle(self.tr("Nouveau professionnel dans l'annuaire"))
        self.setMinimumWidth(480)

        self.family_edit = QLineEdit(name_hint)
        self.given_edit = QLineEdit()
        self.profession_combo = QComboBox()
        self.profession_combo.setEditable(True)
        self.profession_combo.addItems([
            self.tr("Médecin généraliste"), self.tr("Infirmier(ère) libéral(e)"),
            self.tr("Pharmacien"), self.tr("Masseur-kinésithérapeute"),
            self.tr("Médecin spécialiste"), self.tr("Médecin gériatre"),
            self.tr("Assistant(e) social(e)"), self.tr("Orthophoniste"),
            self.tr("Ergothérapeute"), self.tr("Psychologue")])
        self.profession_combo.setCurrentText("")
        self.rpps_edit = QLineEdit()
        self.rpps_edit.setPlaceholderText(self.tr("11 chiffres"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("03 24 00 00 00"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("MSSanté de préférence"))
        self.postal_edit = QLineEdit()
        self.postal_edit.setMaxLength(5)
        self.city_edit = QLineEdit()
        # A new professional is most often of the user's territory (Mon profil).
        try:
            home = directory.home_territory()
        except CoordAppError:
            home = None
        if home is not None:
            self.postal_edit.setText(home.postal_code)
            self.city_edit.setText(home.city)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.fields.add_row("family_name", self.tr("Nom (obligatoire)"), self.family_edit)
        self.fields.add_row("given_name", self.tr("Prénom"), self.given_edit)
        self.fields.add_row("profession", self.tr("Profession (obligatoire)"),
                            self.profession_combo)
        self.fields.add_row("rpps", self.tr("RPPS"), self.rpps_edit)
        self.fields.add_row("phone", self.tr("Téléphone"), self.phone_edit)
        self.fields.add_row("email", self.tr("Courriel"), self.email_edit)
        self.fields.add_row("postal_code", self.tr("Code postal"), self.postal_edit)
        self.fields.add_row("city", self.tr("Commune"), self.city_edit)
        self.error_label = error_line()
        buttons, self.add_button = accept_buttons(
            self, self.tr("Ajouter à l'annuaire"), self._on_add_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.busy = busy_line(self)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)
        self._initial = self._typed()
        (self.given_edit if name_hint else self.family_edit).setFocus()

    def _typed(self) -> tuple[str, ...]:
        return (self.family_edit.text(), self.given_edit.text(),
                self.profession_combo.currentText(), self.rpps_edit.text(),
                self.phone_edit.text(), self.email_edit.text(), self.postal_edit.text(),
                self.city_edit.text())

    def reject(self) -> None:
        """Escape or "Annuler" after typing: save, drop, or go on typing."""
        if self.isVisible() and self._typed() != self._initial:
            choice = ask_before_closing(self)
            if choice == SAVE:
                self._on_add_clicked()
                return
            if choice != DISCARD:
                return
        super().reject()

    def _on_add_clicked(self) -> None:
        self.busy.run(self._write)

    def _write(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the input kept)."""
        self.fields.clear()
        self.error_label.hide()
        raw = {"family_name": self.family_edit.text(), "given_name": self.given_edit.text(),
               "profession": self.profession_combo.currentText(),
               "rpps": self.rpps_edit.text(), "phone": self.phone_edit.text(),
               "email": self.email_edit.text(), "postal_code": self.postal_edit.text(),
               "city": self.city_edit.text()}
        try:
            result = self._directory.add_professional(raw)
        except InvalidInput as exc:
            if not self.fields.show(exc.field, exc.message):
                self.error_label.setText(exc.message)
                self.error_label.show()
            return False
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.result_id = result.id
        self.warnings = [w.message for w in result.warnings]
        self.accept()
        return True
