"""The main window's import commands: a caseload or a directory from a spreadsheet, one
person's file from a FHIR Bundle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from coordapp.services.imports.csv_mapping import ImportKind
from coordapp.ui.fhir_import_dialog import FhirImportDialog
from coordapp.ui.import_dialog import ImportDialog


class ImportCommands(QObject):
    """Wires ``window.commands``' import actions; ``window`` is the ``MainWindow``."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        window.commands.import_caseload.triggered.connect(
            lambda: self.open(ImportKind.PATIENTS))
        window.commands.import_directory.triggered.connect(
            lambda: self.open(ImportKind.DIRECTORY))
        window.commands.import_fhir.triggered.connect(self.open_fhir)

    def open_fhir(self) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.is_locked:
            return
        dialog = FhirImportDialog(workspace, self.window)
        dialog.imported.connect(lambda _id: self._announce(ImportKind.PATIENTS))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open(self, kind: ImportKind) -> None:
        workspace = self.window.workspace
        if workspace is None or workspace.is_locked:
            return
        # Modal: the import writes from a worker thread; nothing else writes meanwhile.
        dialog = ImportDialog(workspace, kind, self.window)
        dialog.imported.connect(lambda _count: self._announce(kind))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _announce(self, kind: ImportKind) -> None:
        events = self.window.events
        if kind == ImportKind.PATIENTS:
            events.notify("patient")
        else:
            events.notify("professional")
            events.notify("structure")
