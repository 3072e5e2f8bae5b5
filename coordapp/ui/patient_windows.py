"""The open patient files: one window per patient, hidden while CoordApp is locked."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coordapp.errors import CoordAppError
from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.app_events import AppEvents
from coordapp.ui.patient import PatientWindow


class PatientWindows(QObject):
    """Opens each patient's file once (a second request brings it to the front) and
    announces its writes on ``events``."""

    def __init__(self, workspace: Workspace, paths: AppPaths, events: AppEvents,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._paths = paths
        self._events = events
        self._parent = parent
        self.windows: dict[str, PatientWindow] = {}
        events.data_changed.connect(self._on_data_changed)

    def open(self, patient_id: str) -> PatientWindow | None:
        window = self.windows.get(patient_id)
        if window is None:
            try:
                window = PatientWindow(self._workspace, patient_id, paths=self._paths)
            except CoordAppError as exc:
                QMessageBox.warning(self._parent, self.tr("Dossier indisponible"), exc.message)
                return None
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.patient_changed.connect(lambda pid: self._events.notify("patient", pid))
            window.destroyed.connect(lambda _obj=None, pid=patient_id: self._forget(pid))
            self.windows[patient_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _on_data_changed(self, entity: str, entity_id: str) -> None:
        """A conflict resolved elsewhere: the file's "Conflit à revoir" badge follows."""
        if entity == "patient":
            for pid, window in self.windows.items():
                if pid == entity_id or not entity_id:
                    window.header.refresh_conflicts()

    def _forget(self, patient_id: str) -> None:
        self.windows.pop(patient_id, None)

    def hide_all(self) -> None:
        """On lock: nothing of a patient stays on screen; pending edits are kept."""
        for window in self.windows.values():
            window.hide()

    def show_all(self) -> None:
        for window in self.windows.values():
            window.show()
            window.reload()

    def close_all(self) -> bool:
        """Close every file; False if the user kept one open (to save it first)."""
        for window in list(self.windows.values()):
            window.show()
            if not window.close():
                return False
        return True
