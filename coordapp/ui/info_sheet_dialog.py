"""The answer "information on resources": choose the kinds of service the person needs
and their commune, then save the one-page sheet (PDF) to print or send."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.models import StructureKind
from coordapp.services.info_sheet import InfoSheetService
from coordapp.ui.labels import choices
from coordapp.ui.patient.dialog_parts import accept_buttons, error_line
from coordapp.ui.printing.save_paths import ask_save_path


class InfoSheetDialog(QDialog):
    def __init__(self, service: InfoSheetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.saved_path = ""
        self.setWindowTitle(self.tr("Fiche d'information sur les ressources"))
        intro = QLabel(self.tr("Une page pour le demandeur : les services de l'annuaire qui "
                               "répondent au besoin, près de la commune, avec ce qu'ils font, "
                               "leur téléphone et leurs horaires."))
        intro.setWordWrap(True)
        self.kind_checks: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Types de service"))
        grid = QGridLayout(box)
        for position, (code, text) in enumerate(choices(StructureKind)):
            check = QCheckBox(text)
            self.kind_checks[code] = check
            grid.addWidget(check, position // 3, position % 3)
        self.commune_edit = QLineEdit()
        self.commune_edit.setPlaceholderText(self.tr("Commune ou code postal"))
        form = QFormLayout()
        form.addRow(self.tr("&Commune"), self.commune_edit)
        self.error_label = error_line()
        buttons, self.save_button = accept_buttons(self, self.tr("&Enregistrer la fiche…"),
                                                   self._on_save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def kinds(self) -> list[str]:
        return [code for code, check in self.kind_checks.items() if check.isChecked()]

    def _on_save(self) -> None:
        self.error_label.hide()
        try:
            self.service.build(self.kinds(), self.commune_edit.text())  # checks first
        except CoordAppError as exc:
            self._error(exc.message)
            return
        path = ask_save_path(self, self.tr("Enregistrer la fiche d'information"),
                             "fiche-ressources", ".pdf", self.tr("Documents PDF (*.pdf)"))
        if path is None:
            return
        try:
            self.service.export(self.kinds(), self.commune_edit.text(), path)
        except CoordAppError as exc:
            self._error(exc.message)
            return
        except OSError:
            self._error(self.tr("Impossible d'écrire le fichier : choisissez un autre "
                                "dossier."))
            return
        self.saved_path = str(path)
        self.accept()

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
