"""One channel for "something was written": views listen and refresh themselves.

A screen that writes through a service announces it here; widgets never call each other
to refresh. ``entity`` is the record's table name as in the change log (``"patient"``,
``"referral"``, ``"care_plan"``, ``"action"``, ``"professional"``, ``"structure"``…),
``entity_id`` its id, or ``""`` when several records changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: What the caseload, the status bar and the dashboard show about a patient.
PATIENT_ENTITIES = frozenset({"patient", "referral"})  # a request may create a patient
#: What the directory screen lists.
DIRECTORY_ENTITIES = frozenset({"professional", "structure"})


class AppEvents(QObject):
    """The application's change hub, created by the main window and handed to views."""

    #: A record was created, changed or deleted: ``(entity, entity_id)``.
    data_changed = Signal(str, str)

    def notify(self, entity: str, entity_id: str = "") -> None:
        """Announce a write (a shortcut for ``data_changed.emit``)."""
        self.data_changed.emit(entity, entity_id)
