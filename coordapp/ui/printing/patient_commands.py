"""A patient file's printing and export commands: "Imprimer le PPCS…" (Ctrl+P: for whom,
then the preview) and "Exporter" (FHIR bundle, the person's calendar). The two buttons
sit in the file's header."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QPushButton

from coordapp.errors import CoordAppError
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.exports import Audience, ExportResult, ExportService
from coordapp.services.plans.print_batch import PrintBatchService
from coordapp.services.workspace import Workspace
from coordapp.ui.busy import busy_cursor
from coordapp.ui.printing.audience_dialog import AudienceDialog
from coordapp.ui.printing.preview_dialog import PrintPreviewDialog
from coordapp.ui.printing.save_paths import ask_save_path, file_stem

STATUS_TIMEOUT_MS = 8000


class PatientPrintCommands(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, patient_id: str, *,
                 has_plan: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.patient_id = patient_id
        self.has_plan = has_plan
        self.exports = ExportService(workspace)
        self.batches = PrintBatchService(workspace)
        self.caseload = CaseloadService(workspace)
        self.audience = Audience.PERSON
        self.audience_dialog: AudienceDialog | None = None
        self.preview: PrintPreviewDialog | None = None

        self.print_action = QAction(self.tr("Imprimer le PPCS…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.print_action.triggered.connect(self.open_print)
        self.export_fhir_action = QAction(self.tr("Dossier &FHIR (.json)…"), window)
        self.export_fhir_action.setToolTip(self.tr(
            "Le dossier et son PPCS au format FHIR R4, pour un autre logiciel"))
        self.export_fhir_action.triggered.connect(self.export_fhir)
        self.export_ics_action = QAction(self.tr("&Agenda de ses échéances (.ics)…"), window)
        self.export_ics_action.setToolTip(self.tr(
            "Les actions à échéance et la révision du PPCS, pour votre agenda"))
        self.export_ics_action.triggered.connect(self.export_ics)
        self.export_menu = QMenu(self.tr("Exporter"), window)
        self.export_menu.setToolTipsVisible(True)
        self.export_menu.addAction(self.export_fhir_action)
        self.export_menu.addAction(self.export_ics_action)
        window.addAction(self.print_action)

        self.print_button = QPushButton(self.print_action.text())
        self.print_button.clicked.connect(self.print_action.trigger)
        self.export_button = QPushButton(self.tr("Exporter"))
        self.export_button.setMenu(self.export_menu)
        window.installEventFilter(self)
        self.refresh()

    # -- entry points -------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Printing needs a plan: enabled, or disabled with the reason as its tip."""
        has_plan = self.has_plan()
        shortcut = self.print_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = (self.tr("Aperçu puis impression du PPCS, pour la personne ou pour l'équipe "
                       "({shortcut})").format(shortcut=shortcut) if has_plan
               else self.tr("Ce patient n'a pas encore de PPCS : rien à imprimer. Créez-le "
                            "dans l'onglet « PPCS » (Alt+P)."))
        self.print_action.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)
        for command in (self.print_action, self.print_button):
            command.setToolTip(tip)
            command.setStatusTip(tip)

    def refresh_later(self, *_args: object) -> None:
        """After a write in the PPCS tab, once the tab has read the plan again."""
        QTimer.singleShot(0, self.refresh)

    def open_print(self) -> None:
        """Ctrl+P: for whom, then the preview."""
        self.refresh()
        if not self.print_action.isEnabled() or self.audience_dialog is not None:
            return
        self.audience_dialog = AudienceDialog(self.audience, self.window)
        self.audience_dialog.finished.connect(self._on_audience_finished)
        self.audience_dialog.open()

    def open_preview(self, audience: Audience) -> PrintPreviewDialog | None:
        try:
            with busy_cursor():
                batch = self.batches.render_one(self.patient_id, audience)
                name = self.caseload.get(self.patient_id).display_name
        except CoordAppError as exc:
            QMessageBox.warning(self.window, self.tr("Impression impossible"), exc.message)
            return None
        if self.preview is not None:
            self.preview.reject()
        for_whom = {Audience.PERSON: self.tr("pour la personne"),
                    Audience.PERSON_LARGE: self.tr("pour la personne, en gros caractères"),
                    }.get(audience, self.tr("pour l'équipe"))
        self.preview = PrintPreviewDialog(
            batch.data, self.tr("PPCS de {name}, {audience}").format(name=name,
                                                                     audience=for_whom),
            self.window, exports=self.exports, documents=batch.documents,
            file_stem=file_stem("ppcs", name, "personne" if audience == Audience.PERSON
                                else "equipe"))  # a French file name, like the screens
        self.preview.finished.connect(self._on_preview_finished)
        self.preview.printed.connect(lambda pages: self._status(
            self.tr("PPCS imprimé : {pages} page(s).").format(pages=pages)))
        self.preview.saved.connect(lambda path: self._status(
            self.tr("PPCS enregistré : {path}").format(path=path)))
        self.preview.open()
        return self.preview

    def export_fhir(self) -> None:
        self._export(self.tr("Exporter le dossier au format FHIR"), "fhir", ".json",
                     self.tr("Fichiers JSON (*.json)"),
                     lambda path: self.exports.export_fhir(self.patient_id, path))

    def export_ics(self) -> None:
        self._export(self.tr("Exporter l'agenda du patient"), "agenda", ".ics",
                     self.tr("Agendas iCalendar (*.ics)"),
                     lambda path: self.exports.export_ics(path, patient_id=self.patient_id))

    # -- slots --------------------------------------------------------------------------

    def _on_audience_finished(self, result: int) -> None:
        dialog, self.audience_dialog = self.audience_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.audience = dialog.audience()
            self.open_preview(self.audience)

    def _on_preview_finished(self, _result: int) -> None:
        preview = self.sender()
        if preview is self.preview:
            self.preview = None
        if isinstance(preview, QDialog):
            preview.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The file is hidden by the lock: its PPCS leaves the screen with it."""
        if watched is self.window and event.type() == QEvent.Type.Hide \
                and not event.spontaneous():
            for dialog in (self.audience_dialog, self.preview):
                if dialog is not None:
                    dialog.reject()
        return False

    # -- internals ----------------------------------------------------------------------

    def _export(self, title: str, kind: str, suffix: str, name_filter: str,
                export: Callable[[Path], ExportResult]) -> None:
        try:
            name = self.caseload.get(self.patient_id).display_name
            path = ask_save_path(self.window, title, file_stem(kind, name), suffix,
                                 name_filter)
            if path is None:
                return
            with busy_cursor():
                result = export(path)
        except CoordAppError as exc:
            QMessageBox.warning(self.window, self.tr("Export impossible"), exc.message)
            return
        self._status(self.tr("Exporté : {path}").format(path=result.path))

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
