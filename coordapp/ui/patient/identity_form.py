"""The identity and contact fields of a patient, with an error line under each field.

Field keys are those of ``services.patient_fields.CLEANERS``; ``values()`` returns what
the user sees (text as typed, codes of the combos), comparable with the loaded values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.models import (
    ClosureReason,
    IdentityDocument,
    IdentityStatus,
    LegalProtection,
    LivingSituation,
    PatientStatus,
    Sex,
)
from coordapp.ui.labels import (
    choices,
    display_phone,
    fill_combo,
    group_nir,
    select_data,
)
from coordapp.ui.patient.commune_edit import CommuneEdit
from coordapp.ui.patient.date_edit import DateLineEdit
from coordapp.ui.patient.gp_field import GpField
from coordapp.ui.patient.identity_status import identity_status_hint
from coordapp.ui.patient.nir_edit import NirEdit
from coordapp.ui.patient.styles import ERROR_STYLE

TEXT_FIELDS = ("family_name", "given_names", "used_name",
               "used_given_name", "phone", "phone_alt", "email", "address", "postal_code",
               "city", "trusted_person")
DATE_FIELDS = ("birth_date", "identity_checked_on", "opened_on", "closed_on")
COMBO_FIELDS = ("sex", "identity_status", "identity_document", "living_situation",
                "legal_protection", "status", "closure_reason", "referent_id")
#: Statuses only an import from a system that queried INSi may bring (identity_origin).
INSI_STATUSES = ("RECUP", "QUAL")
#: The strict INS traits: changing one may turn this file into a duplicate of another.
TRAIT_FIELDS = ("family_name", "given_names", "birth_date", "sex", "birth_place_code", "nir")


class IdentityForm(QWidget):
    #: Any field was edited by the user (or by ``load``).
    edited = Signal()
    #: "Choisir…" was clicked next to the GP.
    gp_pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build()
        for key in TEXT_FIELDS + DATE_FIELDS:
            self.edits[key].textChanged.connect(self.edited)
        for key in COMBO_FIELDS:
            self.edits[key].currentIndexChanged.connect(self.edited)
        for key in ("ald", "situation_notes", "languages"):
            self.edits[key].textChanged.connect(self.edited)
        self.edits["interpreter_needed"].toggled.connect(self.edited)
        self.nir_edit.textChanged.connect(self.edited)
        self.birth_place_edit.code_changed.connect(self.edited)
        self.edits["status"].currentIndexChanged.connect(self._on_status_changed)
        self.edits["sex"].currentIndexChanged.connect(self._on_traits_changed)
        self.edits["birth_date"].textChanged.connect(self._on_traits_changed)

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        e = self.edits
        for key in TEXT_FIELDS:
            e[key] = QLineEdit()
        for key in DATE_FIELDS:
            e[key] = DateLineEdit()
        for key in COMBO_FIELDS:
            e[key] = QComboBox()
        self.nir_edit = NirEdit()
        e["nir"] = self.nir_edit
        self.birth_place_edit = CommuneEdit()
        e["birth_place_code"] = self.birth_place_edit
        e["ald"] = QPlainTextEdit()
        e["situation_notes"] = QPlainTextEdit()
        e["languages"] = QLineEdit()
        e["languages"].setPlaceholderText(self.tr("Ex. : arabe, français"))
        e["interpreter_needed"] = QCheckBox(self.tr("Un interprète est nécessaire"))
        e["interpreter_needed"].setToolTip(self.tr(
            "Affiché sur le PPCS de l'équipe et dans « Qui appeler ? » ; un service "
            "d'interprétariat peut être ajouté au cercle de soins."))
        for key in ("ald", "situation_notes"):
            e[key].setTabChangesFocus(True)
            e[key].setFixedHeight(e[key].fontMetrics().lineSpacing() * 3 + 14)
        e["ald"].setPlaceholderText(self.tr("Une ALD par ligne"))
        e["given_names"].setToolTip(self.tr(
            "Tous les prénoms de naissance, dans l'ordre de l'état civil."))
        e["postal_code"].setMaxLength(5)
        e["postal_code"].setMaximumWidth(e["postal_code"].fontMetrics().horizontalAdvance(
            "000000") + 24)
        e["phone"].setPlaceholderText(self.tr("06 12 34 56 78"))
        e["email"].setPlaceholderText(self.tr("nom@domaine.fr"))
        e["trusted_person"].setPlaceholderText(self.tr("Nom, lien, téléphone"))
        fill_combo(e["sex"], Sex)
        for code, text in choices(IdentityStatus):
            e["identity_status"].addItem(f"{code} · {text}", code)
        self._describe_identity_statuses()
        fill_combo(e["identity_document"], IdentityDocument, empty=self.tr("Non renseignée"))
        e["identity_document"].setToolTip(self.tr(
            "La pièce sur laquelle l'identité a été contrôlée : obligatoire pour une "
            "identité validée (VALI)."))
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.origin_label.setObjectName("identityOrigin")
        fill_combo(e["living_situation"], LivingSituation, empty=self.tr("Non renseigné"))
        fill_combo(e["legal_protection"], LegalProtection, empty=self.tr("Non renseignée"))
        fill_combo(e["status"], PatientStatus)
        fill_combo(e["closure_reason"], ClosureReason, empty=self.tr("À préciser"))
        self.gp_field = GpField()
        self.gp_field.pick_requested.connect(self.gp_pick_requested)
        self.gp_field.changed.connect(self.edited)
        e["gp_id"] = self.gp_field

        # Tab follows the order in which the rows are added: keep it the screen's order.
        identity = self._group(self.tr("Identité (traits INS)"), [
            ("family_name", self.tr("Nom de naissance")),
            ("given_names", self.tr("Prénoms de naissance")),
            ("birth_date", self.tr("Date de naissance")),
            ("sex", self.tr("Sexe")),
            ("birth_place_code", self.tr("Lieu de naissance")),
            ("nir", self.tr("NIR")),
            ("identity_status", self.tr("Statut de l'identité")),
            ("identity_document", self.tr("Pièce contrôlée")),
            ("identity_checked_on", self.tr("Contrôlée le")),
        ])
        identity.layout().addRow(self.tr("Origine"), self.origin_label)
        usual = self._group(self.tr("Identité d'usage"), [
            ("used_name", self.tr("Nom utilisé")),
            ("used_given_name", self.tr("Prénom utilisé")),
        ])
        contact = self._group(self.tr("Coordonnées"), [
            ("phone", self.tr("Téléphone")),
            ("phone_alt", self.tr("Autre téléphone")),
            ("email", self.tr("Courriel")),
            ("address", self.tr("Adresse")),
            ("postal_code", self.tr("Code postal")),
            ("city", self.tr("Commune")),
        ])
        case = self._group(self.tr("Dossier"), [
            ("status", self.tr("Statut du dossier")),
            ("opened_on", self.tr("Date d'inclusion")),
            ("closure_reason", self.tr("Motif de clôture")),
            ("closed_on", self.tr("Date de clôture")),
            ("referent_id", self.tr("Coordinateur référent")),
        ])
        situation = self._group(self.tr("Situation"), [
            ("gp_id", self.tr("Médecin traitant")),
            ("ald", self.tr("ALD")),
            ("living_situation", self.tr("Mode de vie")),
            ("legal_protection", self.tr("Protection juridique")),
            ("trusted_person", self.tr("Personne de confiance")),
            ("languages", self.tr("Langues parlées")),
            ("interpreter_needed", self.tr("Interprétariat")),
            ("situation_notes", self.tr("Notes")),
        ])
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        for boxes in ((identity, usual), (contact, case), (situation,)):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, 1)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for key, text in rows:
            field = QWidget()
            layout = QVBoxLayout(field)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(self.edits[key])
            error = self.nir_edit.hint_label if key == "nir" else QLabel()
            error.setWordWrap(True)
            if key != "nir":
                error.setStyleSheet(ERROR_STYLE)
                error.hide()
            layout.addWidget(error)
            field.setFocusProxy(self.edits[key])
            self.errors[key] = error
            form.addRow(text, field)
        return box

    def _describe_identity_statuses(self) -> None:
        combo = self.edits["identity_status"]
        for index in range(combo.count()):
            combo.setItemData(index, identity_status_hint(combo.itemData(index)),
                              Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(self.tr(
            "Statut INS de l'identité. QUAL seulement si l'identité a été vérifiée par le "
            "téléservice INSi."))

    # -- values -----------------------------------------------------------------------

    def load(self, identity: dict[str, Any], gp_name: str | None,
             referents: list[tuple[str | None, str]]) -> None:
        """Show the stored values; ``referents`` are the (id, name) choices."""
        e = self.edits
        combo = e["referent_id"]
        combo.blockSignals(True)
        combo.clear()
        for referent_id, name in referents:
            combo.addItem(name, referent_id)
        combo.blockSignals(False)
        for key in TEXT_FIELDS:
            value = identity.get(key)
            if key in ("phone", "phone_alt"):
                value = display_phone(value)
            e[key].setText(value or "")
            e[key].setCursorPosition(0)  # a long value shows its beginning, not its end
        for key in DATE_FIELDS:
            e[key].set_date(identity.get(key))
        for key in COMBO_FIELDS:
            select_data(e[key], identity.get(key))
        self.nir_edit.setText(group_nir(identity.get("nir")))
        self.birth_place_edit.set_code(identity.get("birth_place_code"))
        e["ald"].setPlainText("\n".join(identity.get("ald") or []))
        e["situation_notes"].setPlainText(identity.get("situation_notes") or "")
        e["languages"].setText(", ".join(identity.get("languages") or []))
        e["languages"].setCursorPosition(0)
        e["interpreter_needed"].setChecked(bool(identity.get("interpreter_needed")))
        self.gp_field.set_gp(identity.get("gp_id"), gp_name)
        self._show_origin(identity)
        self.clear_errors()
        self._on_status_changed()
        self._on_traits_changed()

    def values(self) -> dict[str, Any]:
        e = self.edits
        values: dict[str, Any] = {key: e[key].text().strip() for key in TEXT_FIELDS}
        values |= {key: e[key].value() for key in DATE_FIELDS}
        values |= {key: e[key].currentData() for key in COMBO_FIELDS}
        values["nir"] = self.nir_edit.text().strip()
        # A commune typed but not chosen stays as typed: the check says what is wrong.
        values["birth_place_code"] = (self.birth_place_edit.code()
                                      or self.birth_place_edit.text().strip())
        values["ald"] = [line.strip() for line in e["ald"].toPlainText().splitlines()
                         if line.strip()]
        values["situation_notes"] = e["situation_notes"].toPlainText().strip()
        values["languages"] = [part.strip() for part in e["languages"].text().split(",")
                               if part.strip()]
        values["interpreter_needed"] = e["interpreter_needed"].isChecked()
        values["gp_id"] = self.gp_field.gp_id
        return values

    def _show_origin(self, identity: dict[str, Any]) -> None:
        """RECUP and QUAL stay selectable only on an identity imported with them; the
        label says where the status comes from."""
        status = identity.get("identity_status")
        combo = self.edits["identity_status"]
        model = combo.model()
        for index in range(combo.count()):
            code = combo.itemData(index)
            item = model.item(index) if hasattr(model, "item") else None
            if item is not None and code in INSI_STATUSES:
                item.setEnabled(code == status)
        source, queried = identity.get("identity_source"), identity.get("insi_queried_on")
        document, checked = identity.get("identity_document"), identity.get("identity_checked_on")
        if source and queried:
            text = self.tr("{source}, téléservice INSi interrogé le {date}").format(
                source=source, date=_day(queried))
        elif source:
            text = source
        elif status == "VALI" and document:
            text = self.tr("Saisie manuelle, identité contrôlée sur : {document}{date}").format(
                document=self.edits["identity_document"].currentText(),
                date=self.tr(", le {date}").format(date=_day(checked)) if checked else "")
        else:
            text = self.tr("Saisie manuelle (RECUP et QUAL ne viennent que d'un import "
                           "depuis un logiciel ayant interrogé le téléservice INSi)")
        self.origin_label.setText(text)

    # -- errors -----------------------------------------------------------------------

    def show_error(self, field: str | None, message: str) -> bool:
        """Show ``message`` under ``field``; False if there is no such field here."""
        label = self.errors.get(field or "")
        if label is None:
            return False
        if field == "nir":
            self.nir_edit.show_error(message)
        else:
            label.setText(message)
            label.show()
        self.edits[field].setFocus()
        return True

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            if key != "nir":
                label.clear()
                label.hide()

    # -- slots ------------------------------------------------------------------------

    def _on_status_changed(self) -> None:
        closed = self.edits["status"].currentData() == PatientStatus.CLOSED
        for key in ("closure_reason", "closed_on"):
            field = self.edits[key].parentWidget()
            form = field.parentWidget().layout()
            if isinstance(form, QFormLayout):
                form.setRowVisible(field, closed)
            if not closed:  # reopening a case clears its closure
                if key == "closure_reason":
                    select_data(self.edits[key], None)
                else:
                    self.edits[key].clear()

    def _on_traits_changed(self) -> None:
        birth_date = self.edits["birth_date"].date()
        self.nir_edit.set_context(self.edits["sex"].currentData(),
                                  birth_date if isinstance(birth_date, dt.date) else None)


def _day(value: Any) -> str:
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else ""
