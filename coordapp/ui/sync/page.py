"""The Synchronisation page: this installation's identity, bundles to export and import,
the shared folder, and the conflicts to review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.sync import bundles as sync
from coordapp.services.sync import colleagues as team
from coordapp.services.sync import shared_folder as sf
from coordapp.services.workspace import Workspace
from coordapp.ui.app_events import AppEvents
from coordapp.ui.import_task import TaskRunner
from coordapp.ui.sync.colleagues_page import ColleaguesPage
from coordapp.ui.sync.conflict_panel import ConflictPanel
from coordapp.ui.sync.export_dialog import ExportDialog
from coordapp.ui.sync.folder_watch import FolderWatch
from coordapp.ui.sync.helpers import field_label, record_label, show_time, show_value
from coordapp.ui.sync.import_dialog import ImportBundleDialog

FOLDER_KEY = "sync/folder"


class SyncPage(QWidget):
    def __init__(self, workspace: Workspace, events: AppEvents, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = workspace
        self._events = events
        self._settings = settings
        self.conflicts: list[sync.ConflictView] = []
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportBundleDialog | None = None

        self.identity_label = QLabel()
        self.key_edit = QLineEdit()
        self.key_edit.setReadOnly(True)
        self.key_edit.hide()  # the fingerprint identifies; the key itself on demand
        self.show_key_button = QPushButton(self.tr("Afficher la clé publique"))
        self.show_key_button.setCheckable(True)
        self.show_key_button.toggled.connect(self._on_show_key_toggled)
        self.copy_button = QPushButton(self.tr("Copier la clé"))
        self.copy_button.setToolTip(self.tr(
            "La clé publique, à donner aux collègues qui vous envoient des paquets"))
        self.copy_button.clicked.connect(self._on_copy)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key_button)
        key_row.addWidget(self.copy_button)
        identity_box = QGroupBox(self.tr("Cette installation"))
        identity_layout = QVBoxLayout(identity_box)
        identity_layout.addWidget(self.identity_label)
        identity_layout.addLayout(key_row)

        self.export_button = QPushButton(self.tr("Exporter un paquet…"))
        self.import_button = QPushButton(self.tr("Importer un paquet…"))
        self.folder_button = QPushButton(self.tr("Dossier partagé…"))
        self.sync_button = QPushButton(self.tr("Synchroniser maintenant"))
        self.export_button.clicked.connect(self._on_export)
        self.import_button.clicked.connect(self._on_import)
        self.folder_button.clicked.connect(self._on_choose_folder)
        self.sync_button.clicked.connect(self.sync_now)
        self.folder_label = QLabel()
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        buttons, folder_row = QHBoxLayout(), QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.sync_button)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(lambda: self.runner.cancel())
        self.cancel_button.hide()
        folder_row.addWidget(self.cancel_button)
        folder_row.addWidget(self.folder_label, 1)
        self.freshness_label = QLabel()
        self.status_label = QLabel(wordWrap=True)
        self.progress_bar = QProgressBar()
        self.runner = TaskRunner(self.progress_bar, self)
        self.runner.failed.connect(self.status_label.setText)
        self.runner.failed.connect(lambda text: self.colleagues.status_label.setText(text))
        self.runner.ended.connect(self._update_buttons)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Patient"), self.tr("Fiche"), self.tr("Champ"), self.tr("Ma valeur"),
            self.tr("Leur valeur")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.panel = ConflictPanel()
        self.panel.resolve_requested.connect(self.resolve)
        self.conflicts_box = QGroupBox()
        conflicts_layout = QVBoxLayout(self.conflicts_box)
        conflicts_layout.addWidget(self.table, 1)
        conflicts_layout.addWidget(self.panel)

        exchange = QWidget()
        layout = QVBoxLayout(exchange)
        layout.addWidget(identity_box)
        layout.addLayout(buttons)
        layout.addLayout(folder_row)
        layout.addWidget(self.freshness_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.conflicts_box, 1)
        self.colleagues = ColleaguesPage(workspace)
        self.colleagues.send_requested.connect(self.send_to)
        self.tabs = QTabWidget()
        self.tabs.addTab(exchange, self.tr("Échanges et conflits"))
        self.tabs.addTab(self.colleagues, self.tr("Collègues"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.watch = FolderWatch(workspace, self.sync_now, self.freshness_label.setText, self)
        self.watch.update_status()
        self._events.data_changed.connect(self._on_data_changed)
        self._show_folder()
        self.refresh()

    # -- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self._ws is None:
            return
        try:
            me = sync.identity(self._ws)
            self.conflicts = sync.list_conflicts(self._ws)
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        self.identity_label.setText(self.tr("{name} — empreinte {fp}").format(
            name=me.display_name or "", fp=me.fingerprint))
        self.key_edit.setText(me.age_recipient)
        self.conflicts_box.setTitle(self.tr("Conflits à revoir : {count}").format(
            count=len(self.conflicts)))
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            field = (self.tr("fiche supprimée") if conflict.is_deletion
                 else field_label(conflict.entity, conflict.field))
            cells = [conflict.patient_name or "", record_label(conflict.entity), field,
                     self._side_text(conflict.mine), self._side_text(conflict.theirs)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.panel.set_conflict(None)
        self._update_buttons()

    def _side_text(self, side: sync.ConflictSide) -> str:
        return self.tr("{value} ({author}, {date})").format(
            value=show_value(side.value),
            author=side.author_name or side.device_name or self.tr("inconnu"),
            date=show_time(side.written_at))

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        self.panel.set_conflict(self.conflicts[row] if 0 <= row < len(self.conflicts)
                                else None)

    # -- conflicts --------------------------------------------------------------------

    def resolve(self, choice: str, value: Any = None) -> None:
        conflict = self.panel.conflict
        if conflict is None or self._ws is None:
            return
        try:
            sync.resolve_conflict(self._ws, conflict.id, choice, value)
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        self.status_label.setText(self.tr("Conflit résolu."))
        self.refresh()
        if conflict.entity != "patient":
            self._events.notify(conflict.entity, conflict.entity_id)
        if conflict.patient_id:
            self._events.notify("patient", conflict.patient_id)

    # -- export -----------------------------------------------------------------------

    def _on_export(self) -> None:
        if self._ws is None or self.runner.busy:
            return
        self.export_dialog = ExportDialog(self._ws, self)
        self.export_dialog.accepted.connect(
            lambda: self.export_to(**self.export_dialog.options()) if self.export_dialog
            else None)
        self.export_dialog.open()

    def export_to(self, out: str | Path, **options: Any) -> None:
        """Write the bundle in the worker (options as for ``sync.export_bundle``)."""
        ws = self._ws
        if ws is None or self.runner.busy:
            return
        path = Path(out)

        def work(progress: Any, cancel: Any) -> sync.ExportSummary:
            return sync.export_bundle(ws, path, progress=progress, cancel=cancel, **options)

        self.status_label.setText(self.tr("Export en cours…"))
        self.runner.start(work, self._on_exported)
        self._update_buttons()

    def _on_exported(self, summary: sync.ExportSummary) -> None:
        self.status_label.setText(self.tr(
            "Paquet enregistré : {name} ({patients} patient(s), {ops} opération(s)).").format(
            name=summary.path.name, patients=summary.patients, ops=summary.op_count))

    # -- import -----------------------------------------------------------------------

    def _on_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Importer un paquet"), "", self.tr("Paquets CoordApp (*.coordbundle)"))
        if path:
            self.open_import(Path(path)).open()

    def open_import(self, path: Path) -> ImportBundleDialog:
        """The import dialog for this file, its preview started (shown by the caller)."""
        assert self._ws is not None
        self.import_dialog = ImportBundleDialog(self._ws, path, self)
        self.import_dialog.imported.connect(lambda _summary: self._announce_import())
        self.import_dialog.start_preview()
        return self.import_dialog

    def _announce_import(self) -> None:
        self.refresh()
        self.colleagues.refresh()
        for entity in ("patient", "referral", "professional", "structure"):
            self._events.notify(entity)

    # -- shared folder ----------------------------------------------------------------

    def folder(self) -> Path | None:
        value = self._settings.value(FOLDER_KEY, "")
        return Path(str(value)) if value else None

    def set_folder(self, folder: Path) -> None:
        self._settings.setValue(FOLDER_KEY, str(folder))
        self._show_folder()

    def _show_folder(self) -> None:
        folder = self.folder()
        self.folder_label.setText(self.tr("Dossier : {path}").format(path=folder)
                                  if folder else self.tr("Aucun dossier partagé choisi"))
        self._update_buttons()

    def _on_choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier partagé"), str(self.folder() or ""))
        if chosen:
            self.set_folder(Path(chosen))

    def sync_now(self) -> None:
        ws, folder = self._ws, self.folder()
        if ws is None or folder is None or self.runner.busy:
            return

        def work(progress: Any, cancel: Any) -> sf.FolderSyncSummary:
            return sf.sync_folder(ws, folder, progress=progress, cancel=cancel)

        self.status_label.setText(self.tr("Synchronisation en cours…"))
        self.runner.start(work, self._on_synced)
        self.cancel_button.show()
        self._update_buttons()

    def _on_synced(self, summary: sf.FolderSyncSummary) -> None:
        text = self.tr("{imported} paquet(s) importé(s), {refused} refusé(s), {sent}.").format(
            imported=len(summary.imported), refused=len(summary.refused),
            sent=self.tr("nos changements déposés") if summary.exported
            else self.tr("rien de nouveau à déposer"))
        if summary.refused:
            text += " " + " ".join(message for _name, message in summary.refused)
        if summary.pending:
            text += " " + self.tr("{count} paquet(s) pas encore lisible(s) (copie en cours ?) "
                                  ": nouvel essai au prochain passage.").format(
                count=len(summary.pending))
        self.status_label.setText(text)
        self.watch.update_status()
        self._announce_import()

    def send_to(self, options: dict[str, Any]) -> None:
        """Send to colleagues in the worker (options as for ``colleagues.send_to``)."""
        ws = self._ws
        if ws is None or self.runner.busy:
            return

        def work(progress: Any, cancel: Any) -> list[team.SendResult]:
            return team.send_to(ws, progress=progress, cancel=cancel, **options)

        self.colleagues.status_label.setText(self.tr("Envoi en cours…"))
        self.runner.start(work, self.colleagues.show_sent)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._ws is not None and not self.runner.busy
        for button in (self.export_button, self.import_button, self.folder_button):
            button.setEnabled(idle)
        if not self.runner.busy:
            self.cancel_button.hide()
        self.sync_button.setEnabled(idle and self.folder() is not None)

    def _on_data_changed(self, entity: str, _entity_id: str) -> None:
        if entity == "sync":
            self.refresh()

    def detach(self) -> None:
        """On lock: forget the workspace and clear every patient name from the screen."""
        if self._ws is None:
            return
        self.watch.stop()
        self.runner.cancel(wait=True)
        self.colleagues.detach()
        self._events.data_changed.disconnect(self._on_data_changed)
        for dialog in (self.export_dialog, self.import_dialog):
            if dialog is not None:
                dialog.reject()
        self._ws = None
        self.conflicts = []
        self.table.setRowCount(0)
        self.panel.set_conflict(None)
        self._update_buttons()

    def select_conflict(self, row: int) -> None:
        self.table.selectRow(row)

    def _on_show_key_toggled(self, shown: bool) -> None:
        self.key_edit.setVisible(shown)
        self.show_key_button.setText(self.tr("Masquer la clé publique") if shown
                                     else self.tr("Afficher la clé publique"))

    def _on_copy(self) -> None:
        QApplication.clipboard().setText(self.key_edit.text())
        self.status_label.setText(self.tr("Clé publique copiée."))
