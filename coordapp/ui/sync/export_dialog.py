"""Export a bundle: what (all, what a colleague lacks, chosen patients), how it is
protected (team passphrase or colleagues' public keys) and where it goes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from coordapp.ui.sync.helpers import with_extension


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporter un paquet"))
        self._caseload = CaseloadService(workspace)
        self.all_radio = QRadioButton(self.tr("Tout"))
        self.peer_radio = QRadioButton(self.tr("Seulement ce qu'un collègue n'a pas reçu"))
        self.patients_radio = QRadioButton(self.tr("Les patients choisis"))
        self.all_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        for button in (self.all_radio, self.peer_radio, self.patients_radio):
            self.scope_group.addButton(button)
        self.peer_combo = QComboBox()
        for peer in sync.list_peers(workspace):
            if not peer.revoked:
                self.peer_combo.addItem(peer.display_name, peer.device_id or peer.display_name)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher un patient"))
        self.search_edit.textChanged.connect(self._on_search)
        self.patient_list = QListWidget()
        self.patient_list.setMaximumHeight(120)
        self.checked: dict[str, str] = {}
        self.patient_list.itemChanged.connect(self._on_item_changed)

        self.passphrase_radio = QRadioButton(self.tr("Phrase de passe d'équipe"))
        self.recipients_radio = QRadioButton(self.tr("Clé(s) publique(s) de collègues"))
        self.passphrase_radio.setChecked(True)
        self.protection_group = QButtonGroup(self)
        self.protection_group.addButton(self.passphrase_radio)
        self.protection_group.addButton(self.recipients_radio)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setPlaceholderText(self.tr("Une clé publique (age1…) par ligne"))
        self.recipients_edit.setMaximumHeight(70)
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Choisir…"))
        browse.clicked.connect(self._on_browse)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.all_radio)
        form.addRow(self.peer_radio, self.peer_combo)
        form.addRow(self.patients_radio, self.search_edit)
        form.addRow("", self.patient_list)
        form.addRow(self.passphrase_radio)
        form.addRow(self.tr("Phrase de passe :"), self.passphrase_edit)
        form.addRow(self.tr("Confirmation :"), self.confirm_edit)
        form.addRow(self.recipients_radio)
        form.addRow("", self.recipients_edit)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Fichier :"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exporter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._on_search("")

    def _on_search(self, text: str) -> None:
        self.patient_list.blockSignals(True)
        self.patient_list.clear()
        for row in self._caseload.search(text, limit=50):
            item = QListWidgetItem(f"{row.family_name.upper()} {row.given_names}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in self.checked
                               else Qt.CheckState.Unchecked)
            self.patient_list.addItem(item)
        self.patient_list.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[pid] = item.text()
            self.patients_radio.setChecked(True)
        else:
            self.checked.pop(pid, None)

    def _on_browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le paquet"), self.path_edit.text(),
            self.tr("Paquets CoordApp (*.coordbundle)"))
        if path:
            self.path_edit.setText(with_extension(path))

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``sync.export_bundle`` (with ``out``)."""
        scope = ("peer" if self.peer_radio.isChecked() else
                 "patients" if self.patients_radio.isChecked() else "all")
        options: dict[str, Any] = {"out": with_extension(self.path_edit.text().strip()),
                                   "scope": scope}
        if scope == "peer":
            options["peer"] = self.peer_combo.currentData()
        if scope == "patients":
            options["patient_ids"] = list(self.checked)
        if self.passphrase_radio.isChecked():
            options["passphrase"] = self.passphrase_edit.text()
        else:
            options["recipients"] = [line.strip() for line in
                                     self.recipients_edit.toPlainText().splitlines()
                                     if line.strip()]
        return options

    def problem(self) -> str | None:
        if not self.path_edit.text().strip():
            return self.tr("Choisissez le fichier du paquet.")
        if self.peer_radio.isChecked() and self.peer_combo.currentIndex() < 0:
            return self.tr("Aucun collègue connu : importez d'abord un de ses paquets.")
        if self.patients_radio.isChecked() and not self.checked:
            return self.tr("Cochez au moins un patient.")
        if self.passphrase_radio.isChecked():
            if self.passphrase_edit.text() != self.confirm_edit.text():
                return self.tr("Les deux phrases de passe ne sont pas identiques.")
        elif not self.recipients_edit.toPlainText().strip():
            return self.tr("Collez au moins une clé publique.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            return
        super().accept()
