"""One conflict side by side ("Ma valeur" / "Leur valeur") and the three ways out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.sync import bundles as sync
from coordapp.ui.sync.helpers import field_label, record_label, show_time, show_value


class SidePanel(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value_label = QLabel()
        self.value_label.setWordWrap(True)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        self.author_label = QLabel()
        self.author_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.author_label)
        layout.addStretch(1)

    def set_side(self, side: sync.ConflictSide | None) -> None:
        if side is None:
            self.value_label.clear()
            self.author_label.clear()
            return
        self.value_label.setText(show_value(side.value))
        who = side.author_name or side.device_name or self.tr("inconnu")
        self.author_label.setText(self.tr("Par {author}, le {date}").format(
            author=who, date=show_time(side.written_at)))


class ConflictPanel(QWidget):
    """Emits ``resolve_requested(choice, value)``: ``mine``, ``theirs`` or ``edit``."""

    resolve_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict: sync.ConflictView | None = None
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.mine_panel = SidePanel(self.tr("Ma valeur"))
        self.theirs_panel = SidePanel(self.tr("Leur valeur"))
        self.keep_mine_button = QPushButton(self.tr("Garder la mienne"))
        self.keep_theirs_button = QPushButton(self.tr("Garder la leur"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.keep_mine_button.clicked.connect(lambda: self.resolve_requested.emit("mine", None))
        self.keep_theirs_button.clicked.connect(
            lambda: self.resolve_requested.emit("theirs", None))
        self.edit_button.clicked.connect(self._on_edit)
        sides = QHBoxLayout()
        sides.addWidget(self.mine_panel)
        sides.addWidget(self.theirs_panel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.keep_theirs_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(sides)
        layout.addLayout(buttons)
        self.set_conflict(None)

    def set_conflict(self, conflict: sync.ConflictView | None) -> None:
        self.conflict = conflict
        self.mine_panel.set_side(conflict.mine if conflict else None)
        self.theirs_panel.set_side(conflict.theirs if conflict else None)
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.title_label.setText(self.tr("Choisissez un conflit dans la liste."))
            return
        self.edit_button.setEnabled(not conflict.is_deletion)
        field = (self.tr("fiche supprimée") if conflict.is_deletion
                 else field_label(conflict.entity, conflict.field))
        self.title_label.setText(self.tr("{patient} — {record}, champ « {field} »").format(
            patient=conflict.patient_name or self.tr("(sans patient)"),
            record=record_label(conflict.entity), field=field))

    def _on_edit(self) -> None:
        if self.conflict is None:
            return
        current = self.conflict.mine.value if self.conflict.mine.current else \
            self.conflict.theirs.value
        text, accepted = QInputDialog.getText(
            self, self.tr("Modifier la valeur"), self.tr("Nouvelle valeur :"),
            text="" if current is None else str(current))
        if accepted:
            self.resolve_requested.emit("edit", text)
