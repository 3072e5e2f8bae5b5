"""The GP of a patient: a name from the directory, "Choisir…" and "Retirer" under it (the
name has the field's whole width: "Dr Marie-Christine Delacroix-Lefebvre" on one line in
the narrow "Situation" column at 1366×768)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordapp.ui.patient.styles import MUTED_STYLE


class GpField(QWidget):
    #: The GP was chosen or removed (``gp_id`` is the new value).
    changed = Signal()
    #: "Choisir…" was clicked: the owner opens the directory.
    pick_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gp_id: str | None = None
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Choisir…"))
        self.pick_button.setToolTip(self.tr("Choisir le médecin traitant dans l'annuaire"))
        self.clear_button = QPushButton(self.tr("Retirer"))
        self.clear_button.setToolTip(self.tr("La personne n'a pas de médecin traitant"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addLayout(buttons)
        self.setFocusProxy(self.pick_button)
        self.pick_button.clicked.connect(self.pick_requested)
        self.clear_button.clicked.connect(lambda: self.set_gp(None, None))
        self.set_gp(None, None)

    def set_gp(self, gp_id: str | None, name: str | None) -> None:
        self.gp_id = gp_id
        if gp_id:
            self.name_label.setText(self.tr("Dr {name}").format(name=name or "?"))
            self.name_label.setStyleSheet("")
        else:
            self.name_label.setText(self.tr("Sans médecin traitant"))
            self.name_label.setStyleSheet(MUTED_STYLE)
        self.clear_button.setEnabled(gp_id is not None)
        self.changed.emit()
