"""One window per patient file: header, then identity, requests, care circle, assessment,
PPCS, journal and consent tabs. Edits are saved explicitly and never dropped without
asking."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.paths import AppPaths
from coordapp.services.views import PatientFile
from coordapp.services.workspace import Workspace
from coordapp.ui.patient.care_team_tab import CareTeamTab
from coordapp.ui.patient.consent_tab import ConsentTab
from coordapp.ui.patient.dysfunctions_tab import DysfunctionsTab
from coordapp.ui.patient.file_tab import FileTab
from coordapp.ui.patient.header import PatientHeader, display_name
from coordapp.ui.patient.history_tab import HistoryTab
from coordapp.ui.patient.identity_tab import IdentityTab
from coordapp.ui.patient.journal_tab import JournalTab
from coordapp.ui.patient.referrals_tab import ReferralsTab
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.plan import AssessmentTab, PlanTab
from coordapp.ui.printing import PatientPrintCommands
from coordapp.ui.sync.helpers import open_conflict_count

#: Fits a 1366×768 screen once the taskbar and the window frame are taken.
DEFAULT_SIZE = (1240, 680)
STATUS_TIMEOUT_MS = 5000


class PatientWindow(QMainWindow):
    """The file of ``patient_id``. Raises ``CoordAppError`` (``NotFound``…) if unreadable."""

    #: Something about this patient was written (identity, requests, circle, journal…).
    patient_changed = Signal(str)

    IDENTITY, REFERRALS, CARE_TEAM, ASSESSMENT, PLAN, JOURNAL, CONSENT = range(7)

    def __init__(self, workspace: Workspace, patient_id: str,
                 parent: QWidget | None = None, *, paths: AppPaths | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.patient_id = patient_id
        self.services = PatientServices.from_workspace(workspace)
        self.unsaved_box: QMessageBox | None = None
        self._discarding = False
        patient = self.services.files.load(patient_id)  # audited: the file was viewed

        self.header = PatientHeader()
        self.header.conflict_count = partial(open_conflict_count, workspace)
        self.identity_tab = IdentityTab(self.services)
        self.referrals_tab = ReferralsTab(self.services)
        self.care_team_tab = CareTeamTab(self.services)
        paths = paths or AppPaths.from_environment()
        self.assessment_tab = AssessmentTab(workspace, patient_id, paths)
        self.plan_tab = PlanTab(workspace, patient_id, paths)
        self.journal_tab = JournalTab(self.services)
        self.consent_tab = ConsentTab(self.services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.identity_tab, self.tr("&Identité et contacts"))
        self.tabs.addTab(self.referrals_tab, self.tr("&Demandes"))
        self.tabs.addTab(self.care_team_tab, self.tr("&Cercle de soins"))
        self.tabs.addTab(self.assessment_tab, self.tr("É&valuation"))
        self.tabs.addTab(self.plan_tab, self.tr("&PPCS"))
        self.tabs.addTab(self.journal_tab, self.tr("&Journal"))
        self.dysfunctions_tab = DysfunctionsTab(workspace, patient_id)
        self.tabs.addTab(self.dysfunctions_tab, self.tr("R&uptures de parcours"))
        self.tabs.addTab(self.consent_tab, self.tr("I&nformation et consentement"))
        self.history_tab = HistoryTab(workspace, patient_id)
        self.tabs.addTab(self.history_tab, self.tr("&Historique"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.print_commands = PatientPrintCommands(
            self, workspace, patient_id, has_plan=lambda: self.plan_tab.document is not None)
        self.header.commands.addWidget(self.print_commands.print_button)
        self.header.commands.addWidget(self.print_commands.export_button)
        self.plan_tab.changed.connect(self.print_commands.refresh_later)

        self.identity_tab.saved.connect(self._on_written)
        self.identity_tab.dirty_changed.connect(self.setWindowModified)
        for tab in self._file_tabs():
            tab.written.connect(self._on_written)
        for plan_side in (self.assessment_tab, self.plan_tab):
            plan_side.changed.connect(self._on_plan_changed)
        self._show(patient, force=True)
        width, height = DEFAULT_SIZE
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width()), min(height, screen.height()))

    def _build_actions(self) -> None:
        self.save_action = QAction(self.tr("Enregistrer"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.close_action = QAction(self.tr("Fermer le dossier"), self)
        close_keys = [QKeySequence("Ctrl+W")]  # Ctrl+F4 too on Windows, not twice Ctrl+W
        close_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
                       if key not in close_keys]
        self.close_action.setShortcuts(close_keys)
        self.close_action.triggered.connect(self.close)
        self.addActions([self.save_action, self.close_action])

    def _file_tabs(self) -> list[FileTab]:
        return [self.referrals_tab, self.care_team_tab, self.journal_tab, self.consent_tab]

    # -- entry points -----------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return (self.identity_tab.is_dirty() or self.assessment_tab.has_unsaved_changes()
                or self.plan_tab.has_unsaved_changes())

    def save(self) -> bool:
        """Save every pending edit (Ctrl+S); False if one was refused (its tab is shown)."""
        if self.identity_tab.is_dirty() and not self.identity_tab.save():
            self.tabs.setCurrentWidget(self.identity_tab)
            return False
        for tab in (self.assessment_tab, self.plan_tab):
            if tab.has_unsaved_changes() and not tab.save():
                self.tabs.setCurrentWidget(tab)
                return False
        return True

    def discard_and_close(self) -> None:
        """Close without asking, dropping pending edits."""
        self.identity_tab.revert()
        self._discarding = True
        self.close()

    def reload(self) -> None:
        """Read the file again (after a change made elsewhere); pending edits are kept."""
        try:
            patient = self.services.files.load(self.patient_id, audit=False)
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self._show(patient)

    # -- slots ------------------------------------------------------------------------

    def _show(self, patient: PatientFile, *, force: bool = False) -> None:
        self.error_label.hide()
        self.header.set_file(patient)
        self.identity_tab.set_file(patient, force=force)
        for tab in self._file_tabs():
            tab.set_file(patient)
        self.setWindowTitle(self.tr("{name} — CoordApp[*]").format(
            name=display_name(patient.identity)))

    def _on_plan_changed(self, _entity: str) -> None:
        self.statusBar().showMessage(self.tr("Enregistré."), STATUS_TIMEOUT_MS)
        self.patient_changed.emit(self.patient_id)

    def _on_written(self) -> None:
        saved_identity = self.sender() is self.identity_tab
        try:
            patient = self.services.files.load(self.patient_id, audit=False)
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
        else:
            self._show(patient, force=saved_identity)
        if self.sender() is self.care_team_tab:
            self.plan_tab.reload()  # the responsible persons to choose from changed
        self.statusBar().showMessage(self.tr("Enregistré."), STATUS_TIMEOUT_MS)
        self.patient_changed.emit(self.patient_id)

    # -- life cycle -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if (not self._discarding and self.has_unsaved_changes()
                and not self._confirm_close()):
            event.ignore()
            return
        dialogs = [tab.dialog for tab in self._file_tabs()] + [self.identity_tab.gp_dialog]
        for dialog in dialogs:
            if dialog is not None:
                dialog.reject()
        super().closeEvent(event)

    def _confirm_close(self) -> bool:
        """Ask what to do with pending edits; True if the window may close."""
        for tab, dirty in ((self.identity_tab, self.identity_tab.is_dirty()),
                           (self.assessment_tab, self.assessment_tab.has_unsaved_changes()),
                           (self.plan_tab, self.plan_tab.has_unsaved_changes())):
            if dirty:
                self.tabs.setCurrentWidget(tab)
                break
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Modifications non enregistrées"),
                          self.tr("Ce dossier a des modifications non enregistrées. "
                                  "Les enregistrer avant de fermer ?"),
                          QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(self.tr("Enregistrer"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Ignorer"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        self.unsaved_box = box
        try:
            box.exec()
        finally:
            self.unsaved_box = None
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        if clicked is discard:
            self.identity_tab.revert()
            self._discarding = True
            return True
        return False
