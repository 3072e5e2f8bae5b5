"""Import one person's file from a FHIR Bundle: choose, « Vérifier » (the same writes,
rolled back: exactly what would be done, and what is not understood), then « Importer »."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.imports.fhir_import import FhirImportReport, FhirImportService
from coordapp.services.workspace import Workspace
from coordapp.ui.busy import busy_cursor

ERROR_STYLE = "color: #b3261e;"


class FhirImportDialog(QDialog):
    #: The file was imported: the patient's id.
    imported = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = FhirImportService(workspace)
        self.path: Path | None = None
        self.checked = False
        self.setWindowTitle(self.tr("Importer un dossier FHIR"))
        self.resize(900, 600)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Aucun fichier choisi"))
        self.choose_button = QPushButton(self.tr("&Choisir un fichier…"))
        intro = QLabel(self.tr(
            "Un Bundle FHIR R4 (JSON) : export CoordApp ou logiciel conforme FR Core. "
            "L'identité, le cercle de soins, le PPCS et les consentements sont repris ; "
            "rien n'est enregistré avant « Importer »."))
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.close_button = QPushButton(self.tr("Fermer"))
        self.verify_button = QPushButton(self.tr("&Vérifier"))
        self.import_button = QPushButton(self.tr("&Importer"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fichier :")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.close_button, self.verify_button, self.import_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button.clicked.connect(self.reject)
        self._update_buttons()

    def load_file(self, path: Path) -> None:
        self.path, self.checked = path, False
        self.path_edit.setText(str(path))
        self.report_view.clear()
        self._show_error("")
        self._update_buttons()

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le dossier FHIR à importer"), str(Path.home()),
            self.tr("Dossiers FHIR (*.json);;Tous les fichiers (*)"))
        if name:
            self.load_file(Path(name))

    def _on_verify_clicked(self) -> None:
        if self.path is None:
            return
        report = self._run(self.service.preview, self.path)
        if report is not None:
            self._show_report(report, preview=True)
            self.checked = True
        self._update_buttons()

    def _on_import_clicked(self) -> None:
        if self.path is None or not self.checked:
            return
        report = self._run(self.service.apply, self.path)
        if report is None:
            return
        self._show_report(report, preview=False)
        self.checked = False
        self._update_buttons()
        self.imported.emit(report.patient_id)

    def _run(self, work: Callable[[Path], FhirImportReport],
             path: Path) -> FhirImportReport | None:
        self._show_error("")
        try:
            with busy_cursor():
                return work(path)
        except CoordAppError as exc:
            self.checked = False
            self._show_error(exc.message)
            return None

    def _show_report(self, report: FhirImportReport, *, preview: bool) -> None:
        if preview:
            head = self.tr("Vérification : dossier de {name}. Rien n'est encore enregistré.")
        elif report.updated:
            head = self.tr("Dossier de {name} mis à jour.")
        else:
            head = self.tr("Dossier de {name} créé.")
        lines = [head.format(name=report.patient_label), ""]
        lines += [f"• {line}" for line in report.done]
        if report.warnings:
            lines += ["", self.tr("À vérifier :")] + [f"• {w}" for w in report.warnings]
        if report.not_understood:
            lines += ["", self.tr("Non repris :")] + [f"• {w}" for w in report.not_understood]
        self.report_view.setPlainText("\n".join(lines))

    def _update_buttons(self) -> None:
        self.verify_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(self.checked)
        (self.import_button if self.checked else self.verify_button).setDefault(True)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
