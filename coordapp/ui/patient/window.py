"""One window per patient file: header, then identity, requests, care circle, assessment,
PPCS, journal and consent tabs. Edits are saved explicitly and never dropped without
asking."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

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
from coordapp.services.exports import Audience
from coordapp.services.views import PatientFile
from coordapp.services.workspace import Workspace
from coordapp.ui.patient.busy_retry import busy_wait_seconds
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

#: Tabs showing the patient file read by the window (the others read their own data).
FILE_TABS = (1, 2, 5, 7)  # referrals, care team, journal, consent
#: Fits a 1366×768 screen once the taskbar and the window frame are taken.
DEFAULT_SIZE = (1240, 680)
STATUS_TIMEOUT_MS = 5000


class PatientWindow(QMainWindow):
    """The file of ``patient_id``. Raises ``CoordAppError`` (``NotFound``…) if unreadable."""

    #: Something about this patient was written (identity, requests, circle, journal…).
    patient_changed = Signal(str)

    (IDENTITY, REFERRALS, CARE_TEAM, ASSESSMENT, PLAN, JOURNAL, DYSFUNCTIONS, CONSENT,
     HISTORY) = range(9)

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
        self._patient = patient
        paths = paths or AppPaths.from_environment()
        # Each tab is built when first shown (or first used): opening a file builds the
        # identity tab only. Until then an empty page holds its place in the tab bar.
        self._factories: dict[int, Callable[[], QWidget]] = {
            self.IDENTITY: partial(IdentityTab, self.services,
                                   busy_wait_s=busy_wait_seconds(paths)),
            self.REFERRALS: partial(ReferralsTab, self.services),
            self.CARE_TEAM: partial(CareTeamTab, self.services),
            self.ASSESSMENT: partial(AssessmentTab, workspace, patient_id, paths),
            self.PLAN: partial(PlanTab, workspace, patient_id, paths),
            self.JOURNAL: partial(JournalTab, self.services,
                                  busy_wait_s=busy_wait_seconds(paths)),
            self.DYSFUNCTIONS: partial(DysfunctionsTab, workspace, patient_id),
            self.CONSENT: partial(ConsentTab, self.services),
            self.HISTORY: partial(HistoryTab, workspace, patient_id),
        }
        self._built: dict[int, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._titles = (self.tr("&Identité et contacts"), self.tr("&Demandes"),
                        self.tr("&Cercle de soins"), self.tr("É&valuation"), self.tr("&PPCS"),
                        self.tr("&Journal"), self.tr("R&uptures de parcours"),
                        self.tr("In&formation et consentement"), self.tr("&Historique"))
        for title in self._titles:
            self.tabs.addTab(QWidget(), title)
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
            self, workspace, patient_id, has_plan=self._has_plan)
        self.header.commands.addWidget(self.print_commands.print_button)
        self.header.commands.addWidget(self.print_commands.export_button)

        self.tabs.currentChanged.connect(self._tab)
        self._tab(self.IDENTITY)
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

    # -- tabs, built on first use ------------------------------------------------------

    identity_tab = property(lambda self: self._tab(self.IDENTITY), doc="IdentityTab")
    referrals_tab = property(lambda self: self._tab(self.REFERRALS), doc="ReferralsTab")
    care_team_tab = property(lambda self: self._tab(self.CARE_TEAM), doc="CareTeamTab")
    assessment_tab = property(lambda self: self._tab(self.ASSESSMENT), doc="AssessmentTab")
    plan_tab = property(lambda self: self._tab(self.PLAN), doc="PlanTab")
    journal_tab = property(lambda self: self._tab(self.JOURNAL), doc="JournalTab")
    dysfunctions_tab = property(lambda self: self._tab(self.DYSFUNCTIONS),
                                doc="DysfunctionsTab")
    consent_tab = property(lambda self: self._tab(self.CONSENT), doc="ConsentTab")
    history_tab = property(lambda self: self._tab(self.HISTORY), doc="HistoryTab")

    def is_built(self, index: int) -> bool:
        return index in self._built

    def _tab(self, index: int) -> Any:
        tab = self._built.get(index)
        if tab is None and index in self._factories:
            tab = self._built[index] = self._factories[index]()
            current, holder = self.tabs.currentIndex(), self.tabs.widget(index)
            blocked = self.tabs.blockSignals(True)
            try:
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, self._titles[index])
                self.tabs.setCurrentIndex(current)
            finally:
                self.tabs.blockSignals(blocked)
            holder.deleteLater()
            self._wire(index, tab)
        return tab

    def _wire(self, index: int, tab: Any) -> None:
        if index == self.IDENTITY:
            tab.saved.connect(self._on_written)
            tab.dirty_changed.connect(self.setWindowModified)
        elif index in (self.ASSESSMENT, self.PLAN):
            tab.changed.connect(self._on_plan_changed)
            if index == self.PLAN:
                tab.changed.connect(self.print_commands.refresh_later)
                tab.pdf_saved.connect(lambda path: self.statusBar().showMessage(
                    self.tr("PPCS validé, PDF enregistré : {path}").format(path=path),
                    STATUS_TIMEOUT_MS * 2))
                tab.print_requested.connect(
                    lambda: self.print_commands.open_preview(Audience.PERSON))
            else:
                tab.plan_proposed.connect(self._on_plan_proposed)
        elif index in FILE_TABS:
            tab.written.connect(self._on_written)
            tab.set_file(self._patient)

    def _file_tabs(self) -> list[FileTab]:
        """The file tabs built so far (the others read the file when built)."""
        return [self._built[i] for i in FILE_TABS if i in self._built]  # type: ignore[misc]

    def _edit_tabs(self) -> list[Any]:
        return [self._built[i] for i in (self.IDENTITY, self.ASSESSMENT, self.PLAN, self.JOURNAL)
                if i in self._built]

    def _has_plan(self) -> bool:
        if self.is_built(self.PLAN):
            return bool(self.plan_tab.document is not None)
        return self._patient.current_plan is not None

    # -- entry points -----------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.identity_tab.is_dirty() or any(
            tab.has_unsaved_changes() for tab in self._edit_tabs()[1:])

    def save(self) -> bool:
        """Save every pending edit (Ctrl+S); False if one was refused (its tab is shown)."""
        if self.identity_tab.is_dirty() and not self.identity_tab.save():
            self.tabs.setCurrentWidget(self.identity_tab)
            return False
        for tab in self._edit_tabs()[1:]:
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
        self._patient = patient
        self.error_label.hide()
        self.header.set_file(patient)
        self.identity_tab.set_file(patient, force=force)
        for tab in self._file_tabs():
            tab.set_file(patient)
        self.setWindowTitle(self.tr("{name} — CoordApp[*]").format(
            name=display_name(patient.identity)))

    def _on_plan_changed(self, entity: str) -> None:
        if entity == "need" and self.sender() is self.assessment_tab:
            # "Ajouter au PPCS" from the assessment may have created the plan: the PPCS
            # tab and "Imprimer le PPCS…" follow at once, not at the next visit.
            if not self.is_built(self.PLAN):
                try:  # what _has_plan reads until the PPCS tab is built
                    self._patient = self.services.files.load(self.patient_id, audit=False)
                except CoordAppError as exc:
                    self.error_label.setText(exc.message)
                    self.error_label.show()
            elif not self.plan_tab.has_unsaved_changes():
                self.plan_tab.reload()
            self.print_commands.refresh_later()
        self.statusBar().showMessage(self.tr("Enregistré."), STATUS_TIMEOUT_MS)
        self.patient_changed.emit(self.patient_id)

    def show_new_case(self) -> None:
        """A file just created from a request: the care circle comes next."""
        self.tabs.setCurrentWidget(self.care_team_tab)
        self.care_team_tab.directory_button.setFocus()

    def _on_plan_proposed(self, _plan_id: str) -> None:
        """The draft made from the proposal: shown at once, to be read over."""
        self.tabs.setCurrentWidget(self.plan_tab)
        if not self.plan_tab.has_unsaved_changes():
            self.plan_tab.reload()
        self.plan_tab.tree.setFocus()

    def _on_written(self) -> None:
        saved_identity = self.sender() is self.identity_tab
        try:
            patient = self.services.files.load(self.patient_id, audit=False)
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
        else:
            self._show(patient, force=saved_identity)
        if self.sender() is self._built.get(self.CARE_TEAM) and self.is_built(self.PLAN):
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
        for tab in self._edit_tabs():
            dirty = tab.is_dirty() if tab is self.identity_tab else tab.has_unsaved_changes()
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
