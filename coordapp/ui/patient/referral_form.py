"""The fields of a request for support (sollicitation), as the phone call goes."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import ReferralChannel, RequesterKind, StructureKind, Urgency
from coordapp.services.directory import ProfessionalView, StructureView
from coordapp.ui.labels import display_phone, fill_combo, label, select_data
from coordapp.ui.patient.date_edit import make_datetime_edit
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.discharge_form import DischargeForm
from coordapp.ui.patient.field_errors import FieldErrors
from coordapp.ui.patient.requester_completer import RequesterCompleter, requester_search
from coordapp.ui.patient.services import PatientServices

#: Words of a directory profession (folded) → kind of requester.
PROFESSION_KINDS = (("generaliste", RequesterKind.GP), ("infirm", RequesterKind.NURSE),
                    ("pharmac", RequesterKind.PHARMACIST),
                    ("kinesitherap", RequesterKind.PHYSIOTHERAPIST),
                    ("social", RequesterKind.SOCIAL_WORKER),
                    ("medecin", RequesterKind.SPECIALIST))
STRUCTURE_KINDS = {"hospital": RequesterKind.HOSPITAL, "ssiad": RequesterKind.HOME_CARE_SERVICE,
                   "saad": RequesterKind.HOME_CARE_SERVICE,
                   "had": RequesterKind.HOME_CARE_SERVICE}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def requester_kind_of(entry: ProfessionalView | StructureView) -> str:
    if isinstance(entry, StructureView):
        return STRUCTURE_KINDS.get(entry.kind, RequesterKind.OTHER).value
    words = _fold(f"{entry.profession} {entry.specialty or ''}")
    for word, kind in PROFESSION_KINDS:
        if word in words:
            return kind.value
    return RequesterKind.OTHER.value


class ReferralForm(QWidget):
    """``values()`` is what ``FollowUpService.record_referral`` takes (without patient),
    with the requester's directory ids when chosen there (type-ahead on the name, or
    "Choisir dans l'annuaire…", once :meth:`use_directory` is called; the button is
    hidden until then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requester: ProfessionalView | StructureView | None = None
        #: The type-ahead on the requester's name, once a directory is given.
        self.requester_completer: RequesterCompleter | None = None
        self._services: PatientServices | None = None
        #: "Choisir dans l'annuaire…" while it is open.
        self.directory_dialog: DirectoryPickerDialog | None = None
        self.received_edit = make_datetime_edit()
        self.channel_combo = QComboBox()
        fill_combo(self.channel_combo, ReferralChannel)
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, RequesterKind)
        select_data(self.kind_combo, RequesterKind.GP.value)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.directory_button = QPushButton(self.tr("Choisir dans l'&annuaire…"))
        self.directory_button.setAutoDefault(False)
        self.directory_button.setToolTip(self.tr(
            "Le demandeur connu de l'annuaire : ses coordonnées se remplissent, il rejoint "
            "le cercle de soins de la personne (et devient son médecin traitant si c'est "
            "un généraliste)."))
        name_row = QWidget()
        name_layout = QHBoxLayout(name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.name_edit, 1)
        name_layout.addWidget(self.directory_button)
        name_row.setFocusProxy(self.name_edit)
        self.profession_edit = QLineEdit()
        self.profession_edit.setPlaceholderText(self.tr("Médecin généraliste, infirmière…"))
        self.structure_edit = QLineEdit()
        self.structure_edit.setPlaceholderText(self.tr("Cabinet, hôpital, service…"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("03 24 00 00 00"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr(
            "Pourquoi le demandeur appelle : la situation, ce qui inquiète, ce qu'il attend"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 6 + 14)
        self.urgency_combo = QComboBox()
        fill_combo(self.urgency_combo, Urgency)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(form)
        self.fields.add_row("received_at", self.tr("Reçue le"), self.received_edit)
        self.fields.add_row("channel", self.tr("Par"), self.channel_combo)
        self.fields.add_row("requester_kind", self.tr("Demandeur"), self.kind_combo)
        self.fields.add_row("requester_name", self.tr("Nom du demandeur"), name_row)
        self.fields.add_row("requester_profession", self.tr("Profession"),
                            self.profession_edit)
        self.fields.add_row("requester_structure", self.tr("Structure"), self.structure_edit)
        self.fields.add_row("requester_phone", self.tr("Téléphone du demandeur"),
                            self.phone_edit)
        self.fields.add_row("reason", self.tr("&Motif (obligatoire)"), self.reason_edit)
        self.fields.add_row("urgency", self.tr("Urgence"), self.urgency_combo)
        self.discharge = DischargeForm()  # shown when the request is a discharge
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.discharge, 2)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.directory_button.clicked.connect(self._open_directory)
        self.directory_button.hide()
        self.name_edit.textEdited.connect(self._on_name_edited)
        self._suggested_profession = ""
        self._on_kind_changed()

    def values(self) -> dict[str, Any]:
        return {
            "received_at": self.received_edit.dateTime().toPython(),
            "channel": self.channel_combo.currentData(),
            "requester_kind": self.kind_combo.currentData(),
            "requester_name": self.name_edit.text(),
            "requester_profession": self.profession_edit.text(),
            "requester_structure": self.structure_edit.text(),
            "requester_phone": self.phone_edit.text(),
            "reason": self.reason_edit.toPlainText(),
            "urgency": self.urgency_combo.currentData(),
            "discharge": self.discharge.values(),
            "professional_id": self.requester.id
            if isinstance(self.requester, ProfessionalView) else None,
            "requester_structure_id": self.requester.id
            if isinstance(self.requester, StructureView) else None,
        }

    def set_requester(self, entry: ProfessionalView | StructureView) -> None:
        """Fill the requester's fields from the directory (entered once, kept linked)."""
        if isinstance(entry, ProfessionalView):
            name, profession = entry.display_name, entry.profession
            structure = entry.structure_name or ""
        else:
            name, profession = entry.name, label(StructureKind, entry.kind)
            structure = entry.name
        select_data(self.kind_combo, requester_kind_of(entry))
        self.name_edit.setText(name)
        self.profession_edit.setText(profession)
        self._suggested_profession = profession
        self.structure_edit.setText(structure)
        self.phone_edit.setText(display_phone(entry.phone))
        self.requester = entry
        self.name_edit.setToolTip(self.tr("Choisi dans l'annuaire"))

    def use_directory(self, services: PatientServices) -> None:
        """Type-ahead on the requester's name, searched in the directory, and « Choisir
        dans l'annuaire… »: either fills the requester, linked to its directory entry."""
        self._services = services
        self.requester_completer = RequesterCompleter(
            self.name_edit, requester_search(services.directory), self._on_completed)
        self.name_edit.setPlaceholderText(self.tr(
            "Prénom et nom (cherché dans l'annuaire)"))
        self.directory_button.show()

    def relink(self, professional_id: str | None, structure_id: str | None) -> None:
        """The requester chosen in the directory, linked again (a draft reopened); the
        fields keep what was typed. An entry gone from the directory stays free text."""
        if self._services is None or not (professional_id or structure_id):
            return
        directory = self._services.directory
        try:
            entry = directory.get_professional(professional_id) if professional_id \
                else directory.get_structure(str(structure_id))
        except CoordAppError:
            return
        self.requester = entry
        self.name_edit.setToolTip(self.tr("Choisi dans l'annuaire"))

    def _open_directory(self) -> None:
        """The requester from the directory: the picker, searching as you type."""
        if self._services is None:
            return
        dialog = DirectoryPickerDialog(self._services, self,
                                       title=self.tr("Choisir le demandeur dans l'annuaire"))
        dialog.search_edit.setText(self.name_edit.text().strip())
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
            self._on_completed(dialog.chosen)

    def _on_completed(self, entry: ProfessionalView | StructureView) -> None:
        self.set_requester(entry)
        self.reason_edit.setFocus()

    def _on_name_edited(self, _text: str) -> None:
        """Typing another name unlinks the requester chosen from the directory."""
        if self.requester is not None:
            self.requester = None
            self.name_edit.setToolTip("")

    def show_error(self, field: str | None, message: str) -> bool:
        # The phone check names its field "phone", whichever phone it was.
        if field == "phone":
            field = "requester_phone"
        return self.discharge.show_error(field, message) or self.fields.show(field, message)

    def _on_kind_changed(self) -> None:
        """Suggest the profession from the kind of requester, unless one was typed."""
        text = self.profession_edit.text().strip()
        if text and text != self._suggested_profession:
            return
        kind = self.kind_combo.currentData()
        suggestions = {
            "gp": self.tr("Médecin généraliste"), "nurse": self.tr("Infirmier(ère)"),
            "pharmacist": self.tr("Pharmacien(ne)"),
            "physiotherapist": self.tr("Masseur-kinésithérapeute"),
            "social_worker": self.tr("Assistant(e) social(e)"),
        }
        self._suggested_profession = suggestions.get(kind, "")
        self.profession_edit.setText(self._suggested_profession)
