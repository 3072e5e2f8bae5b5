""""Valider et imprimer": the validation dialog (same rules, same refusals listed), and
where the person's PDF is saved once the version is frozen — one step for the usual end
of a plan's writing. The PPCS tab writes the PDF after the validation succeeded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coordapp.services.plans.versions import PlanVersionService
from coordapp.ui.plan.style import ERROR_STYLE
from coordapp.ui.plan.validate_dialog import ValidateDialog
from coordapp.ui.printing.save_paths import documents_dir, file_stem


def free_path(folder: Path, stem: str, suffix: str = ".pdf") -> Path:
    """``folder/stem.pdf``, or ``stem-2.pdf``… when that file exists (never overwritten
    without the user choosing it)."""
    path = folder / f"{stem}{suffix}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


class ValidatePrintDialog(ValidateDialog):
    """On OK, validates the draft; ``pdf_path`` is where the person's PDF goes and
    ``preview_wanted`` whether the print preview opens afterwards."""

    def __init__(self, versions: PlanVersionService, patient_id: str, *, version: int,
                 review_due: dt.date | None, patient_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(versions, patient_id, version=version, review_due=review_due,
                         parent=parent)
        self.setWindowTitle(self.tr("Valider et imprimer le PPCS"))
        self.ok_button.setText(self.tr("Valider et enregistrer le PDF"))
        self.pdf_path: Path | None = None
        stem = file_stem("ppcs", patient_name, "personne")
        folder = documents_dir() if documents_dir().is_dir() else Path.home()
        self.path_edit = QLineEdit(str(free_path(folder, stem)))
        self.path_edit.setAccessibleName(self.tr("Fichier PDF du PPCS pour la personne"))
        self.browse_button = QPushButton(self.tr("&Parcourir…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._on_browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path_edit, 1)
        row_layout.addWidget(self.browse_button)
        self.path_error = QLabel()
        self.path_error.setStyleSheet(ERROR_STYLE)
        self.path_error.setWordWrap(True)
        self.path_error.hide()
        self.preview_check = QCheckBox(self.tr("Puis ouvrir l'aperçu pour l'imprimer sur "
                                               "papier"))
        label = QLabel(self.tr("PPCS pour la &personne :"))
        label.setBuddy(self.path_edit)
        self.form.addRow(label, row)
        self.form.addRow("", self.path_error)
        self.form.addRow("", self.preview_check)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.ok_button.setToolTip(self.tr("Ctrl+Entrée"))
        self.agreement_edit.setFocus()
        self.resize(640, self.sizeHint().height())

    @property
    def preview_wanted(self) -> bool:
        return self.preview_check.isChecked()

    def accept(self) -> None:
        self.path_error.hide()
        text = self.path_edit.text().strip()
        path = Path(text).expanduser() if text else None
        if path is not None and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if path is None or not path.parent.is_dir():
            self.path_error.setText(self.tr(
                "Choisissez un dossier existant pour le PDF (« Parcourir… »)."))
            self.path_error.show()
            self.path_edit.setFocus()
            return
        self.pdf_path = path
        super().accept()  # validates, or shows why not and stays open

    def _on_browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le PPCS de la personne"), self.path_edit.text(),
            self.tr("Documents PDF (*.pdf)"))
        if name:
            self.path_edit.setText(name)
