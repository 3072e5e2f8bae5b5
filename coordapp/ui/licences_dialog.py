"""Aide › À propos › Licences : CoordApp's EUPL-1.2 and the third-party notices (Qt and
PySide6 under the LGPL-3.0, Python, the libraries, the fonts), read from the files that
the wheel, the frozen app and the .deb ship."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.licences import own_licence, third_party_notices


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.resize(820, 600)
        intro = QLabel(self.tr(
            "CoordApp est un logiciel libre, sous licence publique de l'Union européenne "
            "(EUPL-1.2). Il utilise Qt et PySide6 (LGPL-3.0), Python et d'autres composants "
            "libres, chacun sous sa propre licence."))
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.own_text = self._text_view(own_licence())
        self.notices_text = self._text_view(third_party_notices())
        self.tabs.addTab(self.own_text, self.tr("CoordApp (EUPL-1.2)"))
        self.tabs.addTab(self.notices_text, self.tr("Composants tiers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text_view(self, path: Path) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        try:
            view.setPlainText(path.read_text(encoding="utf-8"))
        except OSError:
            view.setPlainText(self.tr(
                "Le texte n'a pas été trouvé dans cette installation ({path}).").format(
                path=path))
        return view
