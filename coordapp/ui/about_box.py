"""Help › About: version, database path, the one warning that matters, the licences."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coordapp import __version__
from coordapp.ui.licences_dialog import LicencesDialog


class AboutBox(QMessageBox):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("À propos de CoordApp"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(self.tr(
            "<h3>CoordApp {version}</h3>"
            "<p>Suivi des situations complexes et plans personnalisés de coordination "
            "(PPCS), hors ligne et chiffré.</p>"
            "<p>Base de données :<br><code>{path}</code></p>"
            "<p><b>Votre code de récupération est le seul moyen d'ouvrir la base si vous "
            "oubliez votre phrase de passe</b> : personne d'autre ne peut la retrouver. "
            "Gardez-le sur papier, en lieu sûr.</p>"
        ).format(version=__version__, path=html.escape(str(db_path))))
        self.setInformativeText(self.tr(
            "Logiciel libre sous licence EUPL-1.2. Il utilise Qt (LGPL-3.0) et d'autres "
            "composants libres : voir « Licences… »."))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.licences_button = self.addButton(self.tr("Licences…"),
                                              QMessageBox.ButtonRole.ActionRole)
        self.licences_button.clicked.disconnect()  # open the texts, keep this box open
        self.licences_button.clicked.connect(self.show_licences)
        self.licences_dialog: LicencesDialog | None = None

    def show_licences(self) -> None:
        self.licences_dialog = LicencesDialog(self)
        self.licences_dialog.open()
