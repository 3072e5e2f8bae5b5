"""Who the request is about, with the existing files that may be the same person.

The check runs as the user types (``CaseloadService.find_duplicates``): the user links the
request to one of them ("C'est cette personne") or states it is someone else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import PatientStatus, Sex
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.views import PatientSummary
from coordapp.ui.labels import fill_combo, format_date, label
from coordapp.ui.patient.date_edit import DateLineEdit
from coordapp.ui.patient.field_errors import FieldErrors
from coordapp.ui.patient.nir_edit import NirEdit
from coordapp.ui.patient.styles import MUTED_STYLE, WARNING_STYLE
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view
from coordapp.validation import normalize_nir

CHECK_DELAY_MS = 250
LINKED_STYLE = ("QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px; "
                "padding: 6px; }")


class PersonStep(QWidget):
    def __init__(self, caseload: CaseloadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caseload = caseload
        self.linked: PatientSummary | None = None
        #: Ids of the candidates the user declared to be someone else.
        self.confirmed_ids: set[str] = set()

        self.family_edit = QLineEdit()
        self.given_edit = QLineEdit()
        self.given_edit.setToolTip(self.tr("Tous les prénoms de naissance, dans l'ordre"))
        self.birth_edit = DateLineEdit(advance=True)
        self.sex_combo = QComboBox()
        fill_combo(self.sex_combo, Sex, empty=self.tr("À préciser"))
        self.nir_edit = NirEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("06 12 34 56 78"))
        self.city_edit = QLineEdit()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(form)
        self.fields.add_row("family_name", self.tr("Nom de naissance"), self.family_edit)
        self.fields.add_row("given_names", self.tr("Prénoms de naissance"), self.given_edit)
        self.fields.add_row("birth_date", self.tr("Date de naissance"), self.birth_edit)
        self.fields.add_row("sex", self.tr("Sexe"), self.sex_combo)
        self.fields.add_row("nir", self.tr("NIR (si connu)"), self.nir_edit)
        self.fields.labels["nir"].parentWidget().layout().addWidget(self.nir_edit.hint_label)
        self.fields.add_row("phone", self.tr("Téléphone"), self.phone_edit)
        self.fields.add_row("city", self.tr("Commune"), self.city_edit)

        self.model = ViewTableModel([
            ColumnSpec(self.tr("Nom"), lambda p: p.display_name, tooltip=True, stretch=True),
            ColumnSpec(self.tr("Naissance"), lambda p: format_date(p.birth_date),
                       sample="00/00/00000"),
            ColumnSpec(self.tr("Commune"), lambda p: p.city or "", sample="Charleville",
                       tooltip=True),
            ColumnSpec(self.tr("Statut"), lambda p: label(PatientStatus, p.status),
                       sample="En pause"),
        ], self)
        self.table = make_table_view(self.model, self)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.link_button = QPushButton(self.tr("C'est &cette personne"))
        self.other_check = QCheckBox(self.tr("Aucune de ces personnes : c'est une autre "
                                             "personne"))
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setTextFormat(Qt.TextFormat.PlainText)
        self.link_label.setStyleSheet(LINKED_STYLE)
        self.unlink_button = QPushButton(self.tr("&Nouvelle personne"))
        self.unlink_button.setToolTip(self.tr("Ne pas rattacher la demande à ce dossier"))

        matches = QGroupBox(self.tr("Dossiers existants qui pourraient correspondre"))
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        matches_layout = QVBoxLayout(matches)
        matches_layout.addWidget(self.check_label)
        matches_layout.addWidget(self.table, 1)
        matches_layout.addLayout(link_row)
        matches_layout.addWidget(self.other_check)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.link_label, 1)
        linked_row.addWidget(self.unlink_button)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(matches, 1)
        right.addLayout(linked_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_duplicates)
        for edit in (self.family_edit, self.given_edit, self.birth_edit, self.nir_edit):
            edit.textChanged.connect(self._timer.start)
        self.sex_combo.currentIndexChanged.connect(self._on_traits_changed)
        self.birth_edit.textChanged.connect(self._on_traits_changed)
        self.link_button.clicked.connect(self._on_link_clicked)
        self.table.doubleClicked.connect(self._on_link_clicked)
        self.unlink_button.clicked.connect(lambda: self.set_linked(None))
        self.other_check.toggled.connect(self._on_other_toggled)
        self.check_duplicates()
        self.set_linked(None)

    # -- values -----------------------------------------------------------------------

    def patient_values(self) -> dict[str, Any]:
        """What ``CaseloadService.add_patient`` takes for a new person."""
        required = {
            "family_name": self.family_edit.text(), "given_names": self.given_edit.text(),
            "birth_date": self.birth_edit.value(), "sex": self.sex_combo.currentData() or "",
        }
        optional = {"nir": self.nir_edit.text().strip(), "phone": self.phone_edit.text().strip(),
                    "city": self.city_edit.text().strip()}
        return required | {key: value for key, value in optional.items() if value}

    def summary(self) -> str:
        """Who it is about, in a few words (kept with the request)."""
        if self.linked is not None:
            return f"{self.linked.display_name}, {format_date(self.linked.birth_date)}"
        name = " ".join(part for part in (self.family_edit.text().strip().upper(),
                                          self.given_edit.text().strip()) if part)
        born = self.birth_edit.date()
        return ", ".join(part for part in (name, format_date(born)) if part)

    def has_person(self) -> bool:
        return self.linked is not None or bool(self.family_edit.text().strip())

    def needs_decision(self) -> bool:
        """Probable matches are listed and the user said neither "this one" nor "another"."""
        return self.linked is None and bool(self.model.rows) and not self.other_check.isChecked()

    # -- duplicates -------------------------------------------------------------------

    def check_duplicates(self) -> None:
        self._timer.stop()
        family = self.family_edit.text().strip()
        given = self.given_edit.text().strip()
        birth_date = self.birth_edit.date()
        if not family or not given or birth_date is None:
            self._show_candidates([], self.tr(
                "Saisissez le nom, le prénom et la date de naissance : les dossiers "
                "existants proches s'affichent ici."), MUTED_STYLE)
            return
        nir = normalize_nir(self.nir_edit.text())
        try:
            found = self._caseload.find_duplicates(
                family, given, birth_date, nir if self.nir_edit.state in ("valid", "warning")
                else None)
        except CoordAppError as exc:
            self._show_candidates([], exc.message, WARNING_STYLE)
            return
        if found:
            text = self.tr("{count} dossier(s) existant(s) pourraient concerner la même "
                           "personne.").format(count=len(found))
            self._show_candidates(found, text, WARNING_STYLE)
        else:
            self._show_candidates([], self.tr("Aucun dossier existant proche."), MUTED_STYLE)

    def show_candidates(self, candidates: list[PatientSummary]) -> None:
        """The service found these when creating: ask again."""
        self.other_check.setChecked(False)
        self._show_candidates(candidates, self.tr(
            "Doublon probable : vérifiez ces dossiers avant de créer un nouveau dossier."),
            WARNING_STYLE)

    def _show_candidates(self, candidates: list[PatientSummary], text: str, style: str) -> None:
        if {c.id for c in candidates} - self.confirmed_ids:
            self.other_check.setChecked(False)
        self.model.set_rows(candidates)
        if candidates:
            self.table.selectRow(0)
        self.check_label.setText(text)
        self.check_label.setStyleSheet(style)
        self._update_buttons()

    def set_linked(self, patient: PatientSummary | None) -> None:
        self.linked = patient
        for edit in (self.family_edit, self.given_edit, self.birth_edit, self.sex_combo,
                     self.nir_edit, self.phone_edit, self.city_edit):
            edit.setEnabled(patient is None)
        if patient is not None:
            self.link_label.setText(self.tr(
                "La demande sera rattachée au dossier existant de {name}, né(e) le {date} "
                "({status}).").format(name=patient.display_name,
                                       date=format_date(patient.birth_date),
                                       status=label(PatientStatus, patient.status)))
        self.link_label.setVisible(patient is not None)
        self.unlink_button.setVisible(patient is not None)
        self._update_buttons()

    # -- slots ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has_rows = bool(self.model.rows)
        self.link_button.setEnabled(has_rows and self.linked is None)
        self.other_check.setVisible(has_rows and self.linked is None)

    def _on_link_clicked(self) -> None:
        patient = self.model.row(self.table.currentIndex())
        if patient is not None and self.linked is None:
            self.set_linked(patient)

    def _on_other_toggled(self, checked: bool) -> None:
        self.confirmed_ids = {p.id for p in self.model.rows} if checked else set()

    def _on_traits_changed(self) -> None:
        self.nir_edit.set_context(self.sex_combo.currentData(), self.birth_edit.date())
