"""Envoyer à des collègues: everything that changed, or chosen patients; the colleagues;
where the bundles go. One bundle per colleague, encrypted for them alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import colleagues as team
from coordapp.services.workspace import Workspace


def _checked(widget: QListWidget) -> list[Any]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class SendDialog(QDialog):
    def __init__(self, workspace: Workspace, peers: list[team.ColleagueView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Envoyer à des collègues"))
        self._ws = workspace
        self.changed_radio = QRadioButton(self.tr("Tout ce qui a changé depuis leur dernier "
                                                  "paquet"))
        self.patients_radio = QRadioButton(self.tr("Les patients choisis (dossier complet)"))
        self.changed_radio.setChecked(True)
        self.search_edit = QLineEdit(placeholderText=self.tr("Rechercher un patient…"))
        self.search_edit.textChanged.connect(self._search)
        self.patient_list = QListWidget()
        self.patient_list.setEnabled(False)
        self.search_edit.setEnabled(False)
        self.patients_radio.toggled.connect(self.patient_list.setEnabled)
        self.patients_radio.toggled.connect(self.search_edit.setEnabled)
        self.peer_list = QListWidget()
        for peer in peers:
            item = QListWidgetItem(self.tr("{name} — {structure}").format(
                name=peer.display_name, structure=peer.structure or self.tr("structure ?"))
                if peer.structure else peer.display_name)
            item.setData(Qt.ItemDataRole.UserRole, peer.display_name)
            usable = peer.can_receive
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | (
                Qt.ItemFlag.ItemIsEnabled if usable else Qt.ItemFlag.NoItemFlags))
            item.setCheckState(Qt.CheckState.Unchecked)
            if not usable:
                item.setToolTip(self.tr("Révoqué, ou clé publique inconnue"))
            self.peer_list.addItem(item)
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Envoyer"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Dossier de destination :"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Quoi :")))
        layout.addWidget(self.changed_radio)
        layout.addWidget(self.patients_radio)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.patient_list, 1)
        layout.addWidget(QLabel(self.tr("À qui :")))
        layout.addWidget(self.peer_list)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr(
            "Un paquet par collègue, chiffré pour lui seul, avec seulement les patients que "
            "le réglage d'équipe l'autorise à recevoir.")))
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._search("")

    def _search(self, text: str) -> None:
        checked = set(_checked(self.patient_list))
        self.patient_list.clear()
        try:
            rows = CaseloadService(self._ws).search(text, limit=200)
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            return
        for row in rows:
            item = QListWidgetItem(row.display_name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if row.id in checked
                               else Qt.CheckState.Unchecked)
            self.patient_list.addItem(item)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier de destination"),
                                                  self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def check_peer(self, name: str) -> None:
        for i in range(self.peer_list.count()):
            item = self.peer_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked)

    def check_patient(self, patient_id: str) -> None:
        for i in range(self.patient_list.count()):
            item = self.patient_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == patient_id:
                item.setCheckState(Qt.CheckState.Checked)

    def options(self) -> dict[str, Any]:
        """What ``colleagues.send_to`` needs (names, out, patient_ids)."""
        return {"names": _checked(self.peer_list), "out": Path(self.folder_edit.text()),
                "patient_ids": _checked(self.patient_list)
                if self.patients_radio.isChecked() else []}

    def _on_accept(self) -> None:
        options = self.options()
        if not options["names"]:
            self.error_label.setText(self.tr("Choisissez au moins un collègue."))
        elif self.patients_radio.isChecked() and not options["patient_ids"]:
            self.error_label.setText(self.tr("Choisissez au moins un patient."))
        elif not self.folder_edit.text() or not options["out"].is_dir():
            self.error_label.setText(self.tr("Choisissez un dossier de destination existant "
                                             "(clé USB, dossier partagé…)."))
        else:
            self.accept()
