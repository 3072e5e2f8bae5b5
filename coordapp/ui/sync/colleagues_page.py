"""Collègues: the roster (name, structure, fingerprint as words, exchanges, what was sent),
this installation's card, adding from a card or a bundle, revoking, the team's sharing
choice, and sending to colleagues in one action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.sync import colleagues as team
from coordapp.services.workspace import Workspace
from coordapp.ui.sync.helpers import show_time
from coordapp.ui.sync.send_dialog import SendDialog


class CardDialog(QDialog):
    """Paste a colleague's card (the text their CoordApp shows, or a QR code read aloud)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajouter un collègue"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("coordapp-carte:1:…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Collez la carte de visite reçue de votre collègue :")))
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)


class ColleaguesPage(QWidget):
    #: Ask the Synchronisation page to run ``colleagues.send_to`` with these options.
    send_requested = Signal(dict)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = workspace
        self.peers: list[team.ColleagueView] = []
        self.send_dialog: SendDialog | None = None
        self.card_dialog: CardDialog | None = None

        self.words_label = QLabel()
        self.card_edit = QLineEdit(readOnly=True)
        copy = QPushButton(self.tr("Copier la carte"))
        copy.clicked.connect(self._on_copy)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_edit, 1)
        card_row.addWidget(copy)
        card_box = QGroupBox(self.tr("Ma carte de visite"))
        card_layout = QVBoxLayout(card_box)
        card_layout.addWidget(self.words_label)
        card_layout.addLayout(card_row)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Nom"), self.tr("Structure"), self.tr("Empreinte"),
            self.tr("Dernier échange"), self.tr("Derniers envois"), self.tr("État")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.send_button = QPushButton(self.tr("Envoyer…"))
        self.add_card_button = QPushButton(self.tr("Ajouter par sa carte…"))
        self.add_bundle_button = QPushButton(self.tr("Ajouter depuis un paquet reçu…"))
        self.revoke_button = QPushButton(self.tr("Révoquer…"))
        self.send_button.clicked.connect(self.open_send)
        self.add_card_button.clicked.connect(self._on_add_card)
        self.add_bundle_button.clicked.connect(self._on_add_bundle)
        self.revoke_button.clicked.connect(self._on_revoke)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.add_card_button, self.add_bundle_button,
                       self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.share_combo = QComboBox()
        self.share_combo.addItem(self.tr("tous les patients"), "all")
        self.share_combo.addItem(self.tr("ceux dont ils sont référents ou dont le cercle de "
                                         "soins comprend leur structure"), "care_team")
        self.share_combo.activated.connect(self._on_share)
        share_row = QHBoxLayout()
        share_row.addWidget(QLabel(self.tr("Envoyer aux collègues :")))
        share_row.addWidget(self.share_combo, 1)
        self.status_label = QLabel(wordWrap=True)

        layout = QVBoxLayout(self)
        layout.addWidget(card_box)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(share_row)
        layout.addWidget(self.status_label)
        self.refresh()

    def refresh(self) -> None:
        if self._ws is None:
            return
        try:
            card = team.my_card(self._ws)
            self.peers = team.colleagues(self._ws)
            scope = team.settings(self._ws).share_scope
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        self.words_label.setText(self.tr("Empreinte à lire à vos collègues : {words} ({fp})")
                                 .format(words=card.fingerprint_words, fp=card.fingerprint))
        self.card_edit.setText(card.text)
        self.card_edit.setCursorPosition(0)
        self.share_combo.setCurrentIndex(max(0, self.share_combo.findData(scope)))
        self.table.setRowCount(len(self.peers))
        for row, peer in enumerate(self.peers):
            last = peer.sent[0] if peer.sent else None
            sent = self.tr("{count} paquet(s) ; le {date} : {patients} patient(s), {ops} "
                           "opération(s)").format(
                count=len(peer.sent), date=show_time(last.sent_at), patients=last.patients,
                ops=last.op_count) if last else self.tr("rien envoyé")
            state = (self.tr("révoqué le {date}").format(date=show_time(peer.revoked_at))
                     if peer.revoked_at else self.tr("de confiance") if peer.trusted
                     else self.tr("à vérifier"))
            cells = [peer.display_name, peer.structure or "", peer.fingerprint_words or "",
                     show_time(peer.last_exchange_at) or self.tr("jamais"), sent, state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and peer.fingerprint:
                    item.setToolTip(peer.fingerprint)
                self.table.setItem(row, column, item)
        self.send_button.setEnabled(any(p.can_receive for p in self.peers))

    def selected(self) -> team.ColleagueView | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.peers[row] if 0 <= row < len(self.peers) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # -- actions ----------------------------------------------------------------------

    def _on_copy(self) -> None:
        QApplication.clipboard().setText(self.card_edit.text())
        self.status_label.setText(self.tr("Carte copiée : envoyez-la à vos collègues, puis "
                                          "lisez-leur l'empreinte au téléphone."))

    def add_card(self, text: str) -> None:
        self._add(lambda ws: team.add_from_card(ws, text))

    def _on_add_card(self) -> None:
        self.card_dialog = CardDialog(self)
        self.card_dialog.accepted.connect(
            lambda: self.add_card(self.card_dialog.text_edit.toPlainText())
            if self.card_dialog else None)
        self.card_dialog.open()

    def add_bundle(self, path: Path) -> None:
        self._add(lambda ws: team.add_from_bundle(ws, path))

    def _add(self, add: Callable[[Workspace], team.ColleagueView]) -> None:
        """Add a colleague (from a card or a received bundle) and say what to check."""
        assert self._ws is not None
        try:
            peer = add(self._ws)
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        self.status_label.setText(self.tr(
            "{name} ajouté(e). Comparez au téléphone son empreinte : {words}.").format(
            name=peer.display_name, words=peer.fingerprint_words or ""))
        self.refresh()

    def _on_add_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Paquet reçu"), "", self.tr("Paquets CoordApp (*.coordbundle)"))
        if path:
            self.add_bundle(Path(path))

    def revoke_selected(self) -> None:
        peer = self.selected()
        if peer is None or self._ws is None:
            return
        try:
            team.revoke(self._ws, peer.device_id or peer.display_name)
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        self.status_label.setText(self.tr("Poste de {name} révoqué : ses paquets seront "
                                          "refusés.").format(name=peer.display_name))
        self.refresh()

    def _on_revoke(self) -> None:
        peer = self.selected()
        if peer is None:
            self.status_label.setText(self.tr("Choisissez d'abord un collègue."))
            return
        answer = QMessageBox.question(self, self.tr("Révoquer"), self.tr(
            "Refuser désormais tout paquet du poste de {name} ? Ce qui a déjà été importé "
            "reste.").format(name=peer.display_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke_selected()

    def _on_share(self, _index: int) -> None:
        if self._ws is None:
            return
        try:
            team.save_settings(self._ws, share_scope=str(self.share_combo.currentData()))
        except CoordAppError as exc:
            self.status_label.setText(exc.message)

    def open_send(self) -> SendDialog | None:
        if self._ws is None:
            return None
        self.send_dialog = SendDialog(self._ws, self.peers, self)
        selected = self.selected()
        if selected is not None:
            self.send_dialog.check_peer(selected.display_name)
        self.send_dialog.accepted.connect(self._on_send_accepted)
        self.send_dialog.open()
        return self.send_dialog

    def _on_send_accepted(self) -> None:
        if self.send_dialog is not None:
            self.send_requested.emit(self.send_dialog.options())

    def show_sent(self, results: list[Any]) -> None:
        self.status_label.setText(" ".join(self.tr(
            "Pour {name} : {file} ({patients} patient(s), {ops} opération(s)).").format(
            name=r.colleague, file=r.export.path.name, patients=r.export.patients,
            ops=r.export.op_count) for r in results))
        self.refresh()

    def detach(self) -> None:
        for dialog in (self.send_dialog, self.card_dialog):
            if dialog is not None:
                dialog.reject()
        self._ws = None
        self.peers = []
        self.table.setRowCount(0)
        self.card_edit.clear()
