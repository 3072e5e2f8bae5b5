"""Add a close one (informal carer) to the care circle: not in the directory."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy, InvalidInput
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.ui.patient.date_edit import make_date_edit
from coordapp.ui.patient.dialog_parts import accept_buttons, busy_line, error_line
from coordapp.ui.patient.field_errors import FieldErrors
from coordapp.ui.unsaved_input import AsksBeforeClosing


class CarerDialog(AsksBeforeClosing, QDialog):
    def __init__(self, follow_up: FollowUpService, patient_id: str,
                 parent: QWidget | None = None, *, main_by_default: bool = False) -> None:
        super().__init__(parent)
        self._follow_up = follow_up
        self._patient_id = patient_id
        self.setWindowTitle(self.tr("Ajouter un proche au cercle de soins"))
        self.setMinimumWidth(460)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.relationship_combo = QComboBox()
        self.relationship_combo.setEditable(True)
        self.relationship_combo.addItems([
            self.tr("Époux"), self.tr("Épouse"), self.tr("Fille"), self.tr("Fils"),
            self.tr("Belle-fille"), self.tr("Gendre"), self.tr("Petite-fille"),
            self.tr("Petit-fils"), self.tr("Sœur"), self.tr("Frère"), self.tr("Nièce"),
            self.tr("Neveu"), self.tr("Voisin(e)"), self.tr("Ami(e)")])
        self.relationship_combo.setCurrentText("")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("06 12 34 56 78"))
        self.main_check = QCheckBox(self.tr("Aidant principal"))
        self.main_check.setChecked(main_by_default)  # the first close one who helps
        self.start_edit = make_date_edit()
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.fields.add_row("informal_name", self.tr("Nom (obligatoire)"), self.name_edit)
        self.fields.add_row("relationship", self.tr("Lien"), self.relationship_combo)
        self.fields.add_row("phone", self.tr("Téléphone"), self.phone_edit)
        form.addRow("", self.main_check)
        self.fields.add_row("started_on", self.tr("Depuis le"), self.start_edit)
        self.error_label = error_line()
        buttons, self.add_button = accept_buttons(
            self, self.tr("Ajouter"), self._on_add_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.busy = busy_line(self)
        layout.addWidget(self.busy)
        layout.addWidget(buttons)

    def _on_add_clicked(self) -> None:
        self.busy.run(self._write)

    def _write(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the input kept)."""
        self.fields.clear()
        self.error_label.hide()
        name = self.name_edit.text().strip()
        if not name:
            self.fields.show("informal_name", self.tr("Indiquez le nom du proche."))
            return False
        main = self.main_check.isChecked()
        raw = {"informal_name": name, "relationship": self.relationship_combo.currentText(),
               "phone": self.phone_edit.text(), "is_main_caregiver": main,
               "role": self.tr("Aidant principal") if main else self.tr("Aidant"),
               "started_on": self.start_edit.date().toPython()}
        try:
            self._follow_up.add_care_team_member(self._patient_id, raw)
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
        self.accept()
        return True
