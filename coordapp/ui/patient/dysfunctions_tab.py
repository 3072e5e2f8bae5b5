"""Breaks in the pathway seen on this person's file (dysfunctions): kind, date,
structures involved, what happened. They are analysed and fed back to the territory;
the activity report counts them by kind and type of structure, without any name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.models import DysfunctionKind, StructureKind
from coordapp.services.patient.dysfunctions import DysfunctionService, DysfunctionView
from coordapp.services.workspace import Workspace
from coordapp.ui.labels import choices, format_date
from coordapp.ui.patient.date_edit import make_date_edit
from coordapp.ui.patient.dialog_parts import error_line
from coordapp.ui.patient.styles import MUTED_STYLE
from coordapp.ui.patient.table_model import ColumnSpec, ViewTableModel, make_table_view

#: Structure types offered (the ones where the field sees breaks most).
STRUCTURE_KINDS = ("hospital", "SSIAD", "SAAD", "HAD", "pharmacy", "laboratory", "council",
                   "CCAS", "EHPAD", "MSP", "other")


class DysfunctionsTab(QWidget):
    changed = Signal(str)

    def __init__(self, workspace: Workspace, patient_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = DysfunctionService(workspace)
        self.patient_id = patient_id
        kinds = {
            DysfunctionKind.REDUNDANT_EXAMS: self.tr(
                "Examens redondants (qui prescrit quoi et quand)"),
            DysfunctionKind.DISCHARGE_NOT_PREPARED: self.tr(
                "Sortie d'hospitalisation non préparée"),
            DysfunctionKind.UNCHECKED_DELEGATION: self.tr(
                "Soins délégués à la ville sans vérifier leur faisabilité"),
            DysfunctionKind.RIGHTS_NOT_OPENED: self.tr("Droits non ouverts"),
            DysfunctionKind.NO_GP: self.tr("Pas de médecin traitant"),
            DysfunctionKind.OTHER: self.tr("Autre rupture de parcours"),
        }
        self.kind_labels = {k.value: text for k, text in kinds.items()}
        self.kind_combo = QComboBox()
        for code, text in self.kind_labels.items():
            self.kind_combo.addItem(text, code)
        self.date_edit = make_date_edit()
        structure_labels = dict(choices(StructureKind))
        self.structure_checks: dict[str, QCheckBox] = {}
        structures_box = QGroupBox(self.tr("Types de structure en cause"))
        grid = QGridLayout(structures_box)
        for position, code in enumerate(STRUCTURE_KINDS):
            check = QCheckBox(structure_labels.get(code, code))
            self.structure_checks[code] = check
            grid.addWidget(check, position // 4, position % 4)
        self.structures_edit = QLineEdit()
        self.structures_edit.setPlaceholderText(self.tr(
            "Ex. : CH de Charleville, service de cardiologie"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Ce qui s'est passé, ses conséquences…"))
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.add_button = QPushButton(self.tr("&Enregistrer le dysfonctionnement"))
        self.error_label = error_line()
        hint = QLabel(self.tr("Le rapport d'activité les compte par type et par type de "
                              "structure, sans nom ni texte : les noms et le récit restent "
                              "dans ce dossier."))
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Type"), self.kind_combo)
        form.addRow(self.tr("D&ate"), self.date_edit)
        form.addRow(self.tr("&Structures concernées"), self.structures_edit)
        form.addRow(self.tr("&Récit"), self.text_edit)

        self.model = ViewTableModel([
            ColumnSpec(self.tr("Date"), lambda d: format_date(d.occurred_on),
                       sort=lambda d: d.occurred_on, sample="00/00/0000"),
            ColumnSpec(self.tr("Type"), lambda d: self.kind_labels.get(d.kind, d.kind),
                       sample="Sortie d'hospitalisation non préparée"),
            ColumnSpec(self.tr("Structures"), lambda d: ", ".join(
                [structure_labels.get(k, k) for k in d.structure_kinds]
                + ([d.structures] if d.structures else [])),
                       sample="Établissement de santé, SSIAD"),
            ColumnSpec(self.tr("Récit"), lambda d: d.text or ""),
        ], self)
        self.table = make_table_view(self.model, self, wrap=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(structures_box)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_dysfunction)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.service.of_patient(self.patient_id))

    def dysfunctions(self) -> list[DysfunctionView]:
        return self.service.of_patient(self.patient_id)

    def add_dysfunction(self) -> bool:
        self.error_label.hide()
        day = self.date_edit.date().toPython()
        raw = {
            "kind": self.kind_combo.currentData(), "occurred_on": day,
            "structure_kinds": [c for c, b in self.structure_checks.items() if b.isChecked()],
            "structures": self.structures_edit.text(), "text": self.text_edit.toPlainText(),
        }
        try:
            self.service.record(self.patient_id, raw)
        except (InvalidInput, CoordAppError) as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return False
        self.structures_edit.clear()
        self.text_edit.clear()
        for check in self.structure_checks.values():
            check.setChecked(False)
        self.refresh()
        self.changed.emit("dysfunction")
        self.kind_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
