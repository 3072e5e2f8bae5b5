"""Qt's own texts that its French catalogue (``qtbase_fr.qm``) does not translate.

Qt 6 changed a few source texts of its file dialog ("&Look in:", "Files of &type:") and
moved the file types to ``QAbstractFileIconProvider``; the French catalogue shipped with
PySide6 still has the old texts, so those labels stayed in English in every "Enregistrer
sous…" and "Ouvrir…" dialog. This translator, installed after ``qtbase_fr``, answers for
those texts only; every other text falls through to Qt's catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

#: (context, source text) → French, in Qt's typography (non-breaking space before ":").
COMPLEMENTS: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "&Type de fichier\u00a0:",
    ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "File Folder"): "Dossier de fichiers",
    ("QAbstractFileIconProvider", "Alias"): "Alias",
    ("QAbstractFileIconProvider", "Shortcut"): "Raccourci",
    ("QAbstractFileIconProvider", "File"): "Fichier",
    ("QAbstractFileIconProvider", "%1 File"): "Fichier %1",
}


class QtFrenchComplements(QTranslator):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordapp-qt-fr-complements")

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return COMPLEMENTS.get((context, source_text))  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return "fr_FR"
