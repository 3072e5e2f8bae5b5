"""Outils › Restaurer une sauvegarde: pick a backup by its date and size, give its
passphrase (or the recovery code), and CoordApp puts it in place. The current database
is moved aside into the backup folder first, never deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.safety.backups import BackupInfo, check_backup_opens, list_backups, restore
from coordapp.services.workspace import Workspace
from coordapp.ui.busy import busy_cursor


class RestoreDialog(QDialog):
    """Restores into ``workspace``'s file: the workspace is locked, the file replaced,
    then the workspace unlocked again on the restored copy."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(620, 420)
        self.backups: list[BackupInfo] = []
        backup_dir = workspace.store.backup_dir
        if backup_dir is not None:
            self.backups = list_backups(backup_dir, workspace.store.path.stem)
        self.list = QListWidget()
        locale = QLocale()
        for info in self.backups:
            text = self.tr("{date} — {label} — {size}").format(
                date=info.created_at.strftime("%d/%m/%Y %H:%M"), label=info.label,
                size=locale.formattedDataSize(info.size_bytes))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr(
            "Phrase de passe en vigueur lors de la sauvegarde, ou code de récupération"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        explanation = QLabel(self.tr(
            "La base actuelle sera d'abord mise de côté dans le dossier des sauvegardes : "
            "rien n'est supprimé. Les saisies faites depuis la sauvegarde choisie ne seront "
            "plus visibles."))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restaurer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sauvegardes disponibles (la plus récente en haut) :")
                                if self.backups else self.tr("Aucune sauvegarde pour "
                                                             "l'instant.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(explanation)
        layout.addWidget(self.secret_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.list.currentRowChanged.connect(self._on_changed)
        self.secret_edit.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self.restore_button.setEnabled(self.list.currentRow() >= 0
                                       and bool(self.secret_edit.text()))

    def _on_restore_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        backup = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        secret = self.secret_edit.text()
        store = self._workspace.store
        backup_dir = store.backup_dir or backup.parent
        try:
            with busy_cursor():
                # The copy must open with this secret before anything is touched.
                check_backup_opens(backup, secret)
                self._workspace.lock()
                restore(backup, secret, store.path, backup_dir)
                self._workspace.unlock(secret)  # the restored file, same secret
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            return
        self.secret_edit.clear()
        self.accept()
