"""Import a bundle: passphrase if needed, a preview (dry run), then "Appliquer" in the
worker with progress and cancel (a cancelled import writes nothing), then a summary."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.sync import bundles as sync
from coordapp.services.workspace import Workspace
from coordapp.sync.errors import BundlePassphraseRequired
from coordapp.ui.import_task import TaskRunner


class ImportBundleDialog(QDialog):
    #: The bundle was applied: the ``ImportSummary``.
    imported = Signal(object)

    def __init__(self, workspace: Workspace, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer un paquet"))
        self.setMinimumWidth(520)
        self._ws = workspace
        self.path = Path(path)
        self.preview: sync.ImportSummary | None = None
        self.summary: sync.ImportSummary | None = None
        self._secret: str | None = None
        self.file_label = QLabel(self.tr("Paquet : {name}").format(name=self.path.name))
        self.passphrase_label = QLabel(self.tr("Ce paquet est protégé par une phrase de passe "
                                               "d'équipe :"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.clicked.connect(self._on_open)
        self.passphrase_edit.returnPressed.connect(self._on_open)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.open_button)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.trust_check = QCheckBox(self.tr("Faire confiance à cet expéditeur"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.runner = TaskRunner(self.progress_bar, self)
        self.runner.failed.connect(self._on_failed)
        self.runner.ended.connect(self._update_buttons)
        self.apply_button = QPushButton(self.tr("Appliquer"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.apply_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.passphrase_label)
        layout.addLayout(row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.trust_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(buttons)
        self._set_passphrase_visible(False)
        self.trust_check.hide()
        self._update_buttons()

    # -- steps ------------------------------------------------------------------------

    def start_preview(self, passphrase: str | None = None) -> None:
        """The dry run, in the worker: nothing is written."""
        ws, path = self._ws, self.path

        def work(_progress: Any, _cancel: Any) -> sync.ImportSummary | None:
            try:
                return sync.preview_bundle(ws, path, passphrase=passphrase)
            except BundlePassphraseRequired:
                return None

        self._secret = passphrase
        self.error_label.clear()
        self.runner.start(work, self._on_previewed)
        self._update_buttons()

    def apply(self) -> None:
        if self.preview is None or self.runner.busy:
            return
        ws, path = self._ws, self.path
        passphrase = self._secret
        trust = self.trust_check.isChecked()

        def work(progress: Any, cancel: Any) -> sync.ImportSummary:
            return sync.import_bundle(ws, path, passphrase=passphrase, trust=trust,
                                      progress=progress, cancel=cancel)

        self.error_label.clear()
        self.runner.start(work, self._on_applied)
        self._update_buttons()

    # -- slots ------------------------------------------------------------------------

    def _on_open(self) -> None:
        if not self.runner.busy:
            self.start_preview(self.passphrase_edit.text())

    def _on_previewed(self, preview: sync.ImportSummary | None) -> None:
        if preview is None:
            self._set_passphrase_visible(True)
            self.passphrase_edit.setFocus()
            return
        self.preview = preview
        self._set_passphrase_visible(False)
        self.preview_label.setText(self.preview_text(preview))
        self.trust_check.setVisible(not preview.signer.known)
        self._update_buttons()

    def _on_applied(self, summary: sync.ImportSummary) -> None:
        self.summary = summary
        self.trust_check.hide()
        self.preview_label.setText(self.tr(
            "<b>Import terminé.</b><br>{new} patient(s) nouveau(x), {fields} champ(s) mis à "
            "jour, {conflicts} conflit(s) à revoir.").format(
            new=len(summary.new_patients), fields=summary.fields_changed,
            conflicts=summary.conflicts_new))
        self.imported.emit(summary)

    def _on_failed(self, message: str) -> None:
        self.error_label.setText(message)

    def _on_cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
        else:
            self.reject()

    def _set_passphrase_visible(self, visible: bool) -> None:
        for widget in (self.passphrase_label, self.passphrase_edit, self.open_button):
            widget.setVisible(visible)

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        self.apply_button.setEnabled(not busy and self.preview is not None
                                     and self.summary is None)
        self.close_button.setEnabled(not busy)
        self.cancel_button.setEnabled(self.summary is None)

    def preview_text(self, preview: sync.ImportSummary) -> str:
        signer = preview.signer
        status = {
            "self": self.tr("cette installation"),
            "trusted": self.tr("expéditeur connu"),
            "new": self.tr("expéditeur connu"),
            "unknown": self.tr("expéditeur inconnu : vérifiez son empreinte avec lui"),
            "revoked": self.tr("expéditeur révoqué : le paquet sera refusé"),
        }.get(signer.status, signer.status)
        names = ", ".join(escape(n) for n in preview.new_patients[:10])
        if len(preview.new_patients) > 10:
            names += "…"
        lines = [
            self.tr("<b>Signé par :</b> {name} ({status})").format(
                name=escape(signer.name), status=status),
            self.tr("Empreinte : {fp}").format(fp=escape(signer.fingerprint)),
            self.tr("Nouveaux patients : {count}").format(count=len(preview.new_patients))
            + (f" — {names}" if names else ""),
            self.tr("Champs mis à jour : {count}").format(count=preview.fields_changed),
            self.tr("Conflits : {count}").format(count=preview.conflicts_new),
        ]
        if preview.duplicate:
            lines.append(self.tr("Ce paquet a déjà été importé."))
        return "<br>".join(lines)

    def done(self, result: int) -> None:
        if self.runner.busy:  # closing while running: cancel, nothing is written
            self.runner.cancel(wait=True)
        super().done(result)
