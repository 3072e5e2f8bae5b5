"""Pick a professional or a structure from the directory, searching as you type.

Two uses: choosing the GP (``gp_only``: professionals, GPs first), and adding a member to
a care circle (``patient_id`` given: role and start date, written on "Ajouter").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import StructureKind
from coordapp.services.directory import ProfessionalView, StructureView
from coordapp.textkeys import fold
from coordapp.ui.labels import display_phone, label
from coordapp.ui.patient.date_edit import make_date_edit
from coordapp.ui.patient.dialog_parts import DISCARD, SAVE, ask_before_closing
from coordapp.ui.patient.professional_dialog import ProfessionalDialog
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import ERROR_STYLE, WARNING_STYLE
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 100
GP_WORD = "generaliste"  # in every GP's folded search key ("medecin generaliste")
ALL, PROFESSIONALS, STRUCTURES = 0, 1, 2

Entry = ProfessionalView | StructureView


def entry_name(entry: Entry) -> str:
    return entry.display_name if isinstance(entry, ProfessionalView) else entry.name


def _kind(entry: Entry) -> str:
    if isinstance(entry, ProfessionalView):
        return entry.profession + (f" ({entry.specialty})" if entry.specialty else "")
    return label(StructureKind, entry.kind)


class DirectoryPickerDialog(QDialog):
    def __init__(self, services: PatientServices, parent: QWidget | None = None, *,
                 patient_id: str | None = None, gp_only: bool = False,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._patient_id = patient_id
        self._gp_only = gp_only
        self.chosen: Entry | None = None
        self.professional_dialog: ProfessionalDialog | None = None
        #: No GP in the circle yet: a GP chosen here comes as "Médecin traitant".
        self._needs_gp = patient_id is not None and self._circle_lacks_gp(patient_id)
        self.setWindowTitle(title or (
            self.tr("Choisir le médecin traitant") if gp_only
            else self.tr("Ajouter au cercle de soins depuis l'annuaire")))
        self.resize(820, 560)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Nom, profession, commune, RPPS…"))
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItems([self.tr("Professionnels et structures"),
                                  self.tr("Professionnels"), self.tr("Structures")])
        self.gp_check = QCheckBox(self.tr("Médecins généralistes seulement"))
        self.gp_check.setChecked(True)
        self.kind_combo.setVisible(not gp_only)
        self.gp_check.setVisible(gp_only)
        self.model = ViewTableModel([
            ColumnSpec(self.tr("Nom"), entry_name, sample="Centre hospitalier de Charleville",
                       tooltip=True),
            ColumnSpec(self.tr("Profession ou type"), _kind, sample="Infirmier(ère) libéral(e)"),
            ColumnSpec(self.tr("Commune"), lambda e: e.city or "", sample="Charleville-Mézières"),
            ColumnSpec(self.tr("Téléphone"), lambda e: display_phone(e.phone)),
        ], self)
        self.table = make_table_view(self.model, self)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("Nouveau professionnel…"))
        self.new_button.setToolTip(self.tr("Ajouter à l'annuaire un professionnel absent"))
        self.new_button.setAutoDefault(False)  # Enter adds the one found, never this
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()

        self.role_combo = QComboBox()
        self.role_combo.setEditable(True)
        self.role_combo.addItems(self._role_suggestions())
        self.role_combo.setCurrentText("")
        self.start_edit = make_date_edit()
        member = QFormLayout()
        member.addRow(self.tr("Rôle dans le cercle de soins"), self.role_combo)
        member.addRow(self.tr("Intervient depuis le"), self.start_edit)
        member_box = QWidget()
        member_box.setLayout(member)
        member_box.setVisible(patient_id is not None)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Choisir") if gp_only else self.tr("Ajouter"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Annuler"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok_button, cancel):
            button.setAutoDefault(False)  # Enter accepts even from "Annuler"
        self.ok_button.setDefault(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.gp_check)
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(under)
        layout.addWidget(self.message_label)
        layout.addWidget(member_box)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.search)
        self.kind_combo.currentIndexChanged.connect(self.search)
        self.gp_check.toggled.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_accept_requested)
        self.new_button.clicked.connect(self._on_new_professional)
        self.buttons.accepted.connect(self._on_accept_requested)
        self.buttons.rejected.connect(self.reject)
        self.search()
        self._on_current_changed()
        # Enter in the search or the list chooses the selected line: the accepting button
        # is the dialog's default once in it (set while parentless, the dialog would give
        # the default to "Nouveau professionnel…" when shown).
        self.new_button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.search_edit.setFocus()

    def _role_suggestions(self) -> list[str]:
        return [self.tr("Médecin traitant"), self.tr("Infirmier(ère) libéral(e)"),
                self.tr("Pharmacien"), self.tr("Masseur-kinésithérapeute"),
                self.tr("Médecin spécialiste"), self.tr("Gériatre"),
                self.tr("Assistant(e) social(e)"), self.tr("SSIAD"),
                self.tr("Aide à domicile (SAAD)"), self.tr("HAD"), self.tr("EHPAD"),
                self.tr("Accueil de jour"), self.tr("Mandataire judiciaire")]

    # -- searching --------------------------------------------------------------------

    def search(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        kind = PROFESSIONALS if self._gp_only else self.kind_combo.currentIndex()
        rows: list[Entry] = []
        try:
            if kind in (ALL, PROFESSIONALS):
                query = f"{text} {GP_WORD}" if self._gp_only and self.gp_check.isChecked() \
                    else text
                rows += self._services.directory.search_professionals(query, RESULT_LIMIT)
            if kind in (ALL, STRUCTURES):
                rows += self._services.directory.search_structures(text, RESULT_LIMIT)
        except CoordAppError as exc:
            self._show_message(exc.message, ERROR_STYLE)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Aucun résultat") if not rows else
                                 self.tr("{count} résultat(s)").format(count=len(rows)))
        if rows:
            self.table.selectRow(0)
        self._on_current_changed()

    def select_id(self, entry_id: str) -> bool:
        for row, entry in enumerate(self.model.rows):
            if entry.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def chosen_name(self) -> str:
        return entry_name(self.chosen) if self.chosen else ""

    # -- slots ------------------------------------------------------------------------

    def _on_current_changed(self) -> None:
        entry = self.model.row(self.table.currentIndex())
        self.ok_button.setEnabled(entry is not None)
        if entry is not None and self._patient_id is not None:
            role = (entry.profession if isinstance(entry, ProfessionalView) else
                    label(StructureKind, entry.kind))
            if self._needs_gp and isinstance(entry, ProfessionalView) and \
                    GP_WORD in fold(entry.profession):
                role = self.tr("Médecin traitant")
            self.role_combo.setCurrentText(role)

    def _circle_lacks_gp(self, patient_id: str) -> bool:
        try:
            members = self._services.files.care_team(patient_id)
        except CoordAppError:
            return False
        return not any(fold(m.role) == "medecin traitant" and m.ended_on is None
                       for m in members)

    def reject(self) -> None:
        """Escape or "Annuler" with a role typed: save, drop, or go on."""
        if self.isVisible() and self._patient_id is not None and \
                self.role_combo.currentText().strip():
            choice = ask_before_closing(self)
            if choice == SAVE:
                self._on_accept_requested()
                return
            if choice != DISCARD:
                return
        super().reject()

    def _on_new_professional(self) -> None:
        self.professional_dialog = ProfessionalDialog(
            self._services.directory, self, name_hint=self.search_edit.text().strip())
        self.professional_dialog.finished.connect(self._on_professional_finished)
        self.professional_dialog.open()

    def _on_professional_finished(self, result: int) -> None:
        dialog, self.professional_dialog = self.professional_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.result_id is None:
            return
        try:
            professional = self._services.directory.get_professional(dialog.result_id)
        except CoordAppError as exc:
            self._show_message(exc.message, ERROR_STYLE)
            return
        self.search_edit.setText(professional.family_name)
        self.gp_check.setChecked(False)
        self.kind_combo.setCurrentIndex(PROFESSIONALS)
        self.search()
        self.select_id(dialog.result_id)
        text = self.tr("{name} a été ajouté(e) à l'annuaire.").format(
            name=professional.display_name)
        if dialog.warnings:
            text += " " + " ".join(dialog.warnings)
        self._show_message(text, WARNING_STYLE if dialog.warnings else "")

    def _on_accept_requested(self) -> None:
        entry = self.model.row(self.table.currentIndex())
        if entry is None:
            return
        if self._patient_id is not None:
            raw = {"role": self.role_combo.currentText(),
                   "started_on": self.start_edit.date().toPython()}
            key = "professional_id" if isinstance(entry, ProfessionalView) else "structure_id"
            raw[key] = entry.id
            try:
                self._services.follow_up.add_care_team_member(self._patient_id, raw)
            except CoordAppError as exc:
                self._show_message(exc.message, ERROR_STYLE)
                if getattr(exc, "field", None) == "role":
                    self.role_combo.setFocus()
                return
        self.chosen = entry
        self.accept()

    def _show_message(self, text: str, style: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(style)
        self.message_label.setVisible(bool(text))
