"""Préférences › Mon profil: the name, structure and phone printed on every PPCS."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.services.profile import ProfileService
from coordapp.ui.patient.dialog_parts import error_line
from coordapp.ui.patient.field_errors import FieldErrors


class ProfileForm(QWidget):
    def __init__(self, service: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.edits = {key: QLineEdit() for key in
                      ("display_name", "profession", "structure_name", "phone", "email",
                       "postal_code", "city")}
        self.edits["postal_code"].setMaxLength(5)
        self.edits["postal_code"].setToolTip(self.tr(
            "Le territoire de votre structure : un nouveau professionnel de l'annuaire "
            "est pré-rempli avec cette commune, et la recherche montre d'abord les "
            "professionnels de ce département."))
        self.edits["phone"].setPlaceholderText(self.tr("03 24 00 00 00"))
        self.edits["structure_name"].setPlaceholderText(self.tr("DAC des Ardennes"))
        intro = QLabel(self.tr("Ces coordonnées figurent sur chaque PPCS imprimé : la "
                               "personne sait qui appeler."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields = FieldErrors(form)
        for key, text in (("display_name", self.tr("Nom (obligatoire)")),
                          ("profession", self.tr("Profession")),
                          ("structure_name", self.tr("Structure")),
                          ("phone", self.tr("Téléphone")),
                          ("email", self.tr("Courriel")),
                          ("postal_code", self.tr("Code postal de la structure")),
                          ("city", self.tr("Commune de la structure"))):
            self.fields.add_row(key, text, self.edits[key])
        self.error_label = error_line()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        try:
            profile = service.get()
        except CoordAppError as exc:
            self._show_error(exc.message)
            self.setEnabled(False)
            return
        for key, edit in self.edits.items():
            edit.setText(getattr(profile, key) or "")

    def save(self) -> bool:
        """Write the profile; False (with the message shown) when refused."""
        self.fields.clear()
        self.error_label.hide()
        if not self.isEnabled():
            return True
        try:
            self._service.update({key: edit.text() for key, edit in self.edits.items()})
        except InvalidInput as exc:
            if not self.fields.show(exc.field, exc.message):
                self._show_error(exc.message)
            return False
        except CoordAppError as exc:
            self._show_error(exc.message)
            return False
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
