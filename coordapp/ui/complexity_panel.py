"""The complex situation as the field defines it, at intake and at each assessment: the
criteria of the medical side and of the psycho-social side (no age criterion), whether
both sides are met, and the level of service the coordinator decides, with a reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.models import MedicalCriterion, PsychosocialCriterion, ServiceLevel

MUTED_STYLE = "color: palette(placeholder-text);"
MET_STYLE = "color: #1b5e20; font-weight: bold;"


class ComplexityPanel(QWidget):
    """``values()`` gives the keys the intake and assessment services take."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        medical = {
            MedicalCriterion.SEVERAL_ILLNESSES: self.tr("Plusieurs maladies et/ou plusieurs ALD"),
            MedicalCriterion.SEVERITY: self.tr("Sévérité des pathologies"),
            MedicalCriterion.UNBALANCED: self.tr("Équilibre non atteint depuis plusieurs mois"),
            MedicalCriterion.REPEATED_HOSPITALISATIONS: self.tr(
                "Hospitalisations répétées dans l'année pour le même problème"),
        }
        psychosocial = {
            PsychosocialCriterion.LITTLE_USE_OF_CARE: self.tr(
                "Faible recours aux soins (isolement)"),
            PsychosocialCriterion.SOCIAL_VULNERABILITY: self.tr("Vulnérabilité sociale"),
            PsychosocialCriterion.UNSUITED_PRACTICES: self.tr("Pratiques de santé inadaptées"),
            PsychosocialCriterion.DEPENDENCY: self.tr(
                "Intrication des maladies avec une dépendance"),
            PsychosocialCriterion.SEVERAL_ACTORS: self.tr(
                "Intervention de plusieurs acteurs nécessaire"),
        }
        self.medical_checks = {code.value: QCheckBox(text) for code, text in medical.items()}
        self.psychosocial_checks = {code.value: QCheckBox(text)
                                    for code, text in psychosocial.items()}
        medical_box = QGroupBox(self.tr("Volet médical"))
        medical_layout = QVBoxLayout(medical_box)
        for check in self.medical_checks.values():
            medical_layout.addWidget(check)
        medical_layout.addStretch(1)
        social_box = QGroupBox(self.tr("Volet psycho-social"))
        social_layout = QVBoxLayout(social_box)
        for check in self.psychosocial_checks.values():
            social_layout.addWidget(check)
        for check in (*self.medical_checks.values(), *self.psychosocial_checks.values()):
            check.setAccessibleDescription(self.tr("Critère de situation complexe"))
            check.toggled.connect(self._on_changed)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("— à décider —"), None)
        levels = {
            ServiceLevel.INFORMATION: self.tr("Information sur les ressources"),
            ServiceLevel.ORIENTATION: self.tr(
                "Orientation, appui ponctuel à l'organisation du parcours"),
            ServiceLevel.COMPLEX_COORDINATION: self.tr("Coordination complexe avec un PPCS"),
            ServiceLevel.PROFESSIONAL_SUPPORT: self.tr(
                "Soutien au professionnel (analyse d'une situation difficile)"),
        }
        for code, text in levels.items():
            self.level_combo.addItem(text, code.value)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Pourquoi ce niveau de service"))
        self.level_combo.currentIndexChanged.connect(self._on_changed)

        title = QLabel(self.tr("<b>Situation complexe ?</b> Un volet médical <b>et</b> un "
                               "volet psycho-social, sans critère d'âge."))
        title.setWordWrap(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(medical_box, 0, 0)
        grid.addWidget(social_box, 1, 0)
        decision = QFormLayout()
        decision.addRow(self.tr("&Niveau de service"), self.level_combo)
        decision.addRow(self.tr("&Raison"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.status_label)
        layout.addLayout(decision)
        layout.addStretch(1)
        self._on_changed()

    def medical(self) -> list[str]:
        return [code for code, check in self.medical_checks.items() if check.isChecked()]

    def psychosocial(self) -> list[str]:
        return [code for code, check in self.psychosocial_checks.items() if check.isChecked()]

    def both_sides(self) -> bool:
        return bool(self.medical()) and bool(self.psychosocial())

    def values(self) -> dict[str, Any]:
        return {
            "complexity_medical": self.medical(),
            "complexity_psychosocial": self.psychosocial(),
            "service_level": self.level_combo.currentData(),
            "service_level_reason": self.reason_edit.text().strip() or None,
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        for checks, key in ((self.medical_checks, "complexity_medical"),
                            (self.psychosocial_checks, "complexity_psychosocial")):
            ticked = set(values.get(key) or ())
            for code, check in checks.items():
                check.setChecked(code in ticked)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(
            values.get("service_level"))))
        self.reason_edit.setText(values.get("service_level_reason") or "")

    def _on_changed(self) -> None:
        if self.both_sides():
            self.status_label.setText(self.tr(
                "Les deux volets sont réunis : situation complexe au sens du dispositif."))
            self.status_label.setStyleSheet(MET_STYLE)
        else:
            missing = [name for name, ticked in (
                (self.tr("médical"), self.medical()),
                (self.tr("psycho-social"), self.psychosocial())) if not ticked]
            self.status_label.setText(self.tr("Volet manquant : {sides}.").format(
                sides=self.tr(" et ").join(missing)))
            self.status_label.setStyleSheet(MUTED_STYLE)
        self.changed.emit()
