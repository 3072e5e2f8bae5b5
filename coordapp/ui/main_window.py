"""The main window (``coordapp.ui.startup.launch`` opens it after the unlock).

A sidebar switches between the pages (À faire, File active, Annuaire); the menus hold
every command with its shortcut. Writes are announced on ``events`` (``AppEvents``), which
the pages and the status bar listen to.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.paths import AppPaths
from coordapp.services.caseload.dashboard import DashboardService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.request_drafts import RequestDraftService, RequestDraftView
from coordapp.services.setup import demo_db_path
from coordapp.services.sync.bundles import last_sync
from coordapp.services.workspace import Workspace
from coordapp.ui.app_events import PATIENT_ENTITIES, AppEvents
from coordapp.ui.background import BACKGROUND_FROM, BackgroundReader
from coordapp.ui.caseload_view import CaseloadView
from coordapp.ui.clipboard_guard import ClipboardGuard
from coordapp.ui.dashboard_view import DashboardView
from coordapp.ui.directory_view import DirectoryView
from coordapp.ui.field_commands import FieldCommands
from coordapp.ui.idle_lock import IdleWatcher, idle_minutes
from coordapp.ui.import_commands import ImportCommands
from coordapp.ui.lock_curtain import LockCurtain
from coordapp.ui.main_actions import PAGES, MainActions
from coordapp.ui.maintenance import Maintenance
from coordapp.ui.new_case_dialog import NewCaseDialog
from coordapp.ui.patient_windows import PatientWindows
from coordapp.ui.printing import MainPrintCommands
from coordapp.ui.sync.page import SyncPage
from coordapp.ui.tool_commands import ToolCommands
from coordapp.ui.unlock_dialog import UnlockDialog

#: Fits a 1366×768 screen once the taskbar and the window frame are taken.
DEFAULT_SIZE = (1240, 660)
STATUS_TIMEOUT_MS = 8000


#: How often the open window looks for commits made by other programs (milliseconds).
EXTERNAL_POLL_MS = 2000
#: What is announced when another program wrote: every list refreshes.
EXTERNAL_ENTITIES = ("patient", "referral", "professional", "structure", "sync")

def ui_settings(paths: AppPaths) -> QSettings:
    """The interface's preferences: ``ui.ini`` in the configuration folder."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    #: The workspace was closed and the patient data removed from the screen.
    locked = Signal()
    #: A workspace was opened again after a lock.
    unlocked = Signal()
    #: A patient line was activated (caseload or "À faire"): open this patient's file.
    open_patient_requested = Signal(str)
    #: "Nouvelle demande…" (Ctrl+N, or its button in the toolbar) was chosen.
    new_case_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        db_path: Path,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        unlock_delay_ms: int = 1000,
        events: AppEvents | None = None,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._paths = paths
        self._unlock_delay_ms = unlock_delay_ms
        self.events = events or AppEvents(self)
        self.workspace: Workspace | None = None
        self.sidebar: QListWidget | None = None
        self.pages: QStackedWidget | None = None
        self.dashboard_view: DashboardView | None = None
        self.caseload_view: CaseloadView | None = None
        self.directory_view: DirectoryView | None = None
        self.sync_view: SyncPage | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._settings = ui_settings(paths)

        self.setWindowTitle(self.tr("CoordApp — démonstration (patients fictifs)")
                            if db_path == demo_db_path(paths) else self.tr("CoordApp"))
        self.commands = MainActions(self)
        self.commands.build_menus(self.menuBar())
        self.lock_action = self.commands.lock
        self.quit_action = self.commands.quit
        self.about_action = self.commands.about
        self._connect_actions()
        self.print_commands = MainPrintCommands(self)
        self.field_commands = FieldCommands(self)  # people looking for a GP
        self.import_commands = ImportCommands(self)
        self.tool_commands = ToolCommands(self)  # preferences, restore, guide, about
        # "Nouvelle demande" in sight on every page, beside the menus (no extra row).
        self.new_case_button = QToolButton()
        self.new_case_button.setDefaultAction(self.commands.new_case)
        self.new_case_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_case_button.setAutoRaise(False)
        self.menuBar().setCornerWidget(self.new_case_button, Qt.Corner.TopRightCorner)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label)
        self._restore_geometry()
        self.events.data_changed.connect(self._on_data_changed)
        # Changes made by other programs on the same base are looked for every 2 s.
        self._external_timer = QTimer(self)
        self._external_timer.setInterval(EXTERNAL_POLL_MS)
        self._external_timer.timeout.connect(self._on_external_timer)
        self.patient_windows = PatientWindows(workspace, paths, self.events, self)
        self.open_patient_requested.connect(self.patient_windows.open)
        self.new_case_requested.connect(self._on_new_case_requested)
        self.new_case_dialog: NewCaseDialog | None = None
        self.clipboard_guard = ClipboardGuard(self)
        self.idle_watcher = IdleWatcher(idle_minutes(self._settings) * 60_000, self)
        self.idle_watcher.idle_timed_out.connect(self._on_lock_requested)
        self.idle_watcher.lock_key_pressed.connect(self._on_lock_requested)
        self.lock_curtain = LockCurtain(self)
        self.maintenance = Maintenance(self)
        self.reader = BackgroundReader(self)
        self._backups_on = False
        self.maintenance.damage_found.connect(self._on_damage_found)
        self.maintenance.backed_up.connect(lambda _path: self.statusBar().showMessage(
            self.tr("Sauvegarde du jour enregistrée."), STATUS_TIMEOUT_MS))
        self.attach(workspace)

    def _connect_actions(self) -> None:
        actions = self.commands
        actions.new_case.triggered.connect(self.new_case_requested)
        actions.find.triggered.connect(self._on_find_requested)
        actions.lock.triggered.connect(self._on_lock_requested)
        actions.quit.triggered.connect(self.close)
        for key, action in actions.pages.items():
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))

    @property
    def settings(self) -> QSettings:
        return self._settings

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def preferences_dialog(self) -> QDialog | None:
        return self.tool_commands.preferences_dialog

    @property
    def about_box(self) -> QMessageBox | None:
        return self.tool_commands.about_box

    @property
    def guide_window(self) -> QWidget | None:
        return self.tool_commands.guide_window

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            width, height = DEFAULT_SIZE
            screen = self.screen().availableGeometry()
            self.resize(min(width, screen.width()), min(height, screen.height()))

    # -- pages ------------------------------------------------------------------------

    def current_page(self) -> str | None:
        """``"todo"``, ``"caseload"`` or ``"directory"``; None while locked."""
        if self.pages is None:
            return None
        return PAGES[self.pages.currentIndex()]

    def show_page(self, key: str) -> None:
        if self.sidebar is None or key not in PAGES:
            return
        self.sidebar.setCurrentRow(PAGES.index(key))  # → _on_sidebar_row_changed

    def _build_pages(self, workspace: Workspace) -> QWidget:
        self.dashboard_view = DashboardView(DashboardService(workspace), workspace.user_id,
                                            self.events, settings=self._settings)
        caseload = CaseloadService(workspace)
        # A large caseload's index and "À faire" are read on a worker: the window is
        # responsive and lists the first patients at once.
        background = caseload.live_count(BACKGROUND_FROM) >= BACKGROUND_FROM
        self.caseload_view = CaseloadView(caseload, events=self.events,
                                          reader=self.reader if background else None)
        if background:
            self.caseload_view.index_loaded.connect(self._update_status)
            self.dashboard_view.load_in_background(self.reader, now=False)
            QTimer.singleShot(0, self._start_background_reads)  # once the window is shown
        self.caseload_view.find_shortcut.setEnabled(False)  # the "Rechercher" action has it
        self.caseload_view.setFocusProxy(self.caseload_view.table)
        self.directory_view = DirectoryView(DirectoryService(workspace), self.events)
        self.sync_view = SyncPage(workspace, self.events, self._settings)
        self.dashboard_view.patient_activated.connect(self.open_patient_requested)
        self.caseload_view.patient_activated.connect(self.open_patient_requested)
        self.dashboard_view.draft_activated.connect(self.open_request_draft)

        self.pages = QStackedWidget()
        for view in (self.dashboard_view, self.caseload_view, self.directory_view,
                     self.sync_view):
            self.pages.addWidget(view)  # in PAGES order
        self.sidebar = self.commands.build_sidebar()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        return central

    def _start_background_reads(self) -> None:
        """The caseload index first, then "À faire" (one worker: in that order)."""
        if self.caseload_view is not None and self.dashboard_view is not None:
            self.caseload_view.load_index()
            self.dashboard_view.load_in_background(self.reader)

    # -- workspace --------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        with contextlib.suppress(CoordAppError):
            workspace.external_change()  # from now on: what others write is noticed
        self._external_timer.start()
        self.setCentralWidget(self._build_pages(workspace))  # deletes the "locked" screen
        self.commands.set_unlocked(True)
        saved = str(self._settings.value("main_window/page", PAGES[0]))
        self.show_page(saved if saved in PAGES else PAGES[0])
        self._update_status()

    def _update_status(self) -> None:
        if self.workspace is None:
            return
        try:
            service = CaseloadService(self.workspace)
            count = service.count() if service.is_ready() else None  # None: loading
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        synced = last_sync(self.workspace)
        self.status_label.setText(self.tr("{file} — {count} — dernière synchronisation : {when}")
                                  .format(file=self._db_path.name,
                                          count=self._patients_text(count),
                                          when=synced.strftime("%d/%m/%Y %H:%M") if synced
                                          else self.tr("jamais")))

    def close_workspace(self) -> None:
        """Drop every patient on screen, then close the workspace (idempotent)."""
        for view in (self.dashboard_view, self.caseload_view, self.directory_view,
                     self.sync_view):
            if view is not None:
                view.detach()
        self.dashboard_view = self.caseload_view = self.directory_view = None
        self.sync_view = None
        self.reader.wait()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def _patients_text(self, count: int | None) -> str:
        if count is None:
            return self.tr("Calcul…")
        if count <= 1:
            return self.tr("{count} patient").format(count=count)
        return self.tr("{count} patients").format(count=QLocale().toString(count))

    # -- slots ------------------------------------------------------------------------

    def _on_sidebar_row_changed(self, row: int) -> None:
        if self.pages is None or not 0 <= row < len(PAGES):
            return
        self.pages.setCurrentIndex(row)
        self.commands.pages[PAGES[row]].setChecked(True)
        self._settings.setValue("main_window/page", PAGES[row])
        page = self.pages.currentWidget()
        if page is not None and not self.sidebar.hasFocus():
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_find_requested(self) -> None:
        if self.caseload_view is None:
            return
        self.show_page("caseload")
        self.caseload_view.focus_search()

    def _on_external_timer(self) -> None:
        """Another program wrote (CLI import, scheduled folder sync): every view and open
        patient file refreshes; edits in progress are kept (and flagged if overwritten)."""
        if self.workspace is None or self.workspace.is_locked:
            return
        try:
            changed = self.workspace.external_change()
        except CoordAppError:
            return
        if changed:
            for entity in EXTERNAL_ENTITIES:
                self.events.notify(entity)
            for window in list(self.patient_windows.windows.values()):
                window.reload()

    def _on_data_changed(self, entity: str, _entity_id: str) -> None:
        if entity in PATIENT_ENTITIES or entity == "sync":
            self._update_status()

    def open_request_draft(self, draft_id: str) -> None:
        """"À faire › Demandes à compléter": the wizard again, where it was left."""
        if self.workspace is None:
            return
        if self.new_case_dialog is not None:
            self.new_case_dialog.raise_()
            return
        try:
            draft = RequestDraftService(self.workspace).get(draft_id)
        except CoordAppError as exc:
            QMessageBox.warning(self, self.tr("Brouillon indisponible"), exc.message)
            self.events.notify("referral")
            return
        self._on_new_case_requested(draft)

    def _on_new_case_requested(self, draft: RequestDraftView | None = None) -> None:
        if self.workspace is None or self.new_case_dialog is not None:
            return
        self.new_case_dialog = NewCaseDialog(self.workspace, self, draft=draft)
        self.new_case_dialog.case_created.connect(self._on_case_created)
        self.new_case_dialog.finished.connect(self._on_new_case_finished)
        self.new_case_dialog.open()

    def _on_case_created(self, patient_id: str) -> None:
        self.events.notify("referral")
        if patient_id:
            self.events.notify("patient", patient_id)
            window = self.patient_windows.open(patient_id)
            dialog = self.new_case_dialog
            if window is not None and dialog is not None and dialog.patient_created:
                window.show_new_case()

    def _on_new_case_finished(self, _result: int) -> None:
        dialog, self.new_case_dialog = self.new_case_dialog, None
        if dialog is not None:
            dialog.deleteLater()
            self.events.notify("referral")  # its draft kept or gone: "À faire" follows

    def _on_lock_requested(self) -> None:
        """Ctrl+L or idle time: every patient off the screen, the key forgotten; open
        files and their unsaved edits come back after unlocking."""
        if self.workspace is None or self.workspace.is_locked:
            return
        for view in (self.dashboard_view, self.caseload_view, self.directory_view,
                     self.sync_view):
            if view is not None:
                view.detach()
        self.dashboard_view = self.caseload_view = self.directory_view = None
        self.sync_view = None
        self.patient_windows.hide_all()
        self.lock_curtain.drop(keep=[self])  # dialogs and wizards: covered, never closed
        self.clipboard_guard.clear_now()
        self.maintenance.wait()  # a backup in progress finishes before the key goes
        self.reader.wait()  # so does a background read (its result is then dropped)
        self.idle_watcher.stop()
        self.workspace.lock()
        locked = QLabel(self.tr("CoordApp est verrouillé."))
        locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(locked)  # deletes the pages and their rows
        self.sidebar = self.pages = None
        self.status_label.setText(self.tr("{file} — verrouillée").format(
            file=self._db_path.name))
        self.commands.set_unlocked(False)
        self.locked.emit()
        self.unlock_dialog = UnlockDialog(
            self._db_path, self._paths, self, base_delay_ms=self._unlock_delay_ms,
            locked=self.workspace,
        )
        self.unlock_dialog.finished.connect(self._on_unlock_finished)
        self.unlock_dialog.open()

    def _on_unlock_finished(self, result: int) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.workspace is not None:
            self.attach(dialog.workspace)
            self.patient_windows.show_all()
            self.lock_curtain.lift()
            self.idle_watcher.restart()
            self.unlocked.emit()
        else:
            self.close()

    def open_bundle(self, path: Path) -> QDialog | None:
        """The Synchronisation page, with the import preview of this bundle."""
        self.show_page("sync")
        if self.sync_view is None:
            return None
        dialog = self.sync_view.open_import(path)
        dialog.open()
        return dialog

    # -- life cycle -------------------------------------------------------------------

    def start_maintenance(self) -> None:
        """The weekly integrity check and the day's backup, in the background (and the
        day's backup again on close, if the session ran past midnight)."""
        self._backups_on = True
        if self.workspace is not None:
            self.maintenance.start(self.workspace, self._paths)

    def _on_damage_found(self, pages: int) -> None:
        QMessageBox.critical(self, self.tr("Base endommagée"), self.tr(
            "La vérification de la base chiffrée a trouvé {pages} page(s) en erreur. "
            "Ne continuez pas à saisir : restaurez la dernière sauvegarde "
            "(coordapp restore) et prévenez votre référent informatique.").format(pages=pages))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.is_locked:
            if not self.patient_windows.close_all():
                event.ignore()  # a file with unsaved edits stays open
                return
        else:
            for window in list(self.patient_windows.windows.values()):
                window.discard_and_close()
            self.lock_curtain.release()
        self.maintenance.wait()
        if self.workspace is not None and not self.workspace.is_locked and self._backups_on:
            try:
                self.workspace.daily_backup()  # a session that ran past midnight
            except CoordAppError as exc:
                QMessageBox.warning(self, self.tr("Sauvegarde impossible"), exc.message)
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.sync()
        if self.unlock_dialog is not None:
            self.unlock_dialog.finished.disconnect(self._on_unlock_finished)
            self.unlock_dialog.reject()
            self.unlock_dialog = None
        self.close_workspace()
        super().closeEvent(event)
