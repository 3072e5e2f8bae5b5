"""The "Cercle de soins" tab: professionals, structures and close ones around the person."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coordapp.errors import CoordAppError
from coordapp.services.views import CareTeamMemberView, PatientFile
from coordapp.ui.labels import display_phone, format_date
from coordapp.ui.patient.carer_dialog import CarerDialog
from coordapp.ui.patient.date_dialog import DateDialog
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.file_tab import FileTab
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view


def _profession(member: CareTeamMemberView) -> str:
    if member.kind == "informal":
        return member.relationship or ""
    return member.profession or ""


class CareTeamTab(FileTab):
    def __init__(self, services: PatientServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        yes = self.tr("Oui")
        self.model = ViewTableModel([
            ColumnSpec(self.tr("Rôle"), lambda m: m.role, sample="Infirmier(ère) libéral(e)",
                       tooltip=True),
            ColumnSpec(self.tr("Nom"), lambda m: m.name, tooltip=True, stretch=True),
            ColumnSpec(self.tr("Profession ou lien"), _profession,
                       sample="Masseur-kinésithérapeute", tooltip=True),
            ColumnSpec(self.tr("Téléphone"), lambda m: display_phone(m.phone),
                       sample="06 00 00 00 00"),
            ColumnSpec(self.tr("Depuis le"), lambda m: format_date(m.started_on),
                       sort=lambda m: m.started_on, sample="00/00/00000"),
            ColumnSpec(self.tr("Jusqu'au"), lambda m: format_date(m.ended_on),
                       sort=lambda m: m.ended_on, sample="00/00/00000"),
            ColumnSpec(self.tr("Aidant principal"),
                       lambda m: yes if m.is_main_caregiver else "", sample="Aidant principal"),
        ], self, muted=lambda m: m.ended_on is not None)
        self.table = make_table_view(self.model, self)

        self.directory_button = QPushButton(self.tr("Ajouter depuis l'&annuaire…"))
        self.carer_button = QPushButton(self.tr("Ajouter un p&roche…"))
        self.end_button = QPushButton(self.tr("&Fin d'intervention…"))
        self.end_button.setToolTip(self.tr(
            "Le membre reste visible dans l'historique du cercle de soins"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.directory_button)
        buttons.addWidget(self.carer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)

        self.directory_button.clicked.connect(self._on_directory_clicked)
        self.carer_button.clicked.connect(self._on_carer_clicked)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_end_clicked)
        self._on_current_changed()

    def set_file(self, patient: PatientFile) -> None:
        super().set_file(patient)
        self.model.set_rows(patient.care_team)
        self._on_current_changed()

    def current_member(self) -> CareTeamMemberView | None:
        return self.model.row(self.table.currentIndex())

    # -- slots ------------------------------------------------------------------------

    def _on_current_changed(self) -> None:
        member = self.current_member()
        self.end_button.setEnabled(member is not None and member.ended_on is None)

    def _on_directory_clicked(self) -> None:
        if self.file is not None:
            self.open_dialog(DirectoryPickerDialog(self.services, self,
                                                   patient_id=self.file.id))

    def _on_carer_clicked(self) -> None:
        if self.file is not None:
            first = not any(m.is_main_caregiver and m.ended_on is None
                            for m in self.file.care_team)
            self.open_dialog(CarerDialog(self.services.follow_up, self.file.id, self,
                                         main_by_default=first))

    def _on_end_clicked(self) -> None:
        member = self.current_member()
        if member is None or member.ended_on is not None:
            return
        dialog = DateDialog(
            self.tr("Fin d'intervention"),
            self.tr("{name} ({role}) n'intervient plus auprès de la personne.").format(
                name=member.name, role=member.role),
            self.tr("Dernier jour"), self, minimum=member.started_on)
        self.open_dialog(dialog, lambda d: self._end_member(member, d))

    def _end_member(self, member: CareTeamMemberView, dialog: QDialog) -> None:
        assert isinstance(dialog, DateDialog)
        try:
            self.services.follow_up.end_care_team_member(member.id, dialog.date())
        except CoordAppError as exc:
            self.show_error(exc.message)
            return
        self.show_error("")
        self.written.emit()
