"""The new-request wizard kept as a draft while it is typed (``RequestDraftService``).

``DraftKeeper`` saves the wizard's fields in the encrypted base a moment after each
change and at each step, once something is typed (the reason or the person's name), and
never while CoordApp is locked; ``wizard_state``/``restore_state`` read and refill the
fields, so that a reopened draft is the wizard as it was left.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QObject, QTimer

from coordapp.errors import CoordAppError
from coordapp.services.patient.request_drafts import RequestDraftService
from coordapp.services.workspace import Workspace
from coordapp.ui.labels import select_data

if TYPE_CHECKING:
    from coordapp.ui.new_case_dialog import NewCaseDialog

#: How long after the last change the draft is written (milliseconds).
SAVE_DELAY_MS = 800


def wizard_state(dialog: NewCaseDialog) -> dict[str, Any]:
    """Every field of the three steps, as plain JSON values."""
    form, person, answer = dialog.request_form, dialog.person_step, dialog.answer_step
    received: dt.datetime = form.received_edit.dateTime().toPython()
    return {
        "request": {**form.values(), "received_at": received.isoformat(timespec="minutes")},
        "person": {
            "family_name": person.family_edit.text(), "given_names": person.given_edit.text(),
            "birth_date": person.birth_edit.text(), "sex": person.sex_combo.currentData(),
            "nir": person.nir_edit.text(), "phone": person.phone_edit.text(),
            "city": person.city_edit.text(),
        },
        "answer": {
            "choice": answer.choice(), "informed": answer.informed_check.isChecked(),
            "how": answer.informed_how.currentText(), "to": answer.informed_to.text(),
            "kind": answer.kind_combo.currentData(), "create": answer.create_check.isChecked(),
            "note": answer.note_edit.toPlainText(),
        },
        "situation": dialog.complexity_panel.values(),
    }


def restore_state(dialog: NewCaseDialog, data: dict[str, Any]) -> None:
    form, person, answer = dialog.request_form, dialog.person_step, dialog.answer_step
    request = data.get("request") or {}
    if request.get("received_at"):
        try:
            received = dt.datetime.fromisoformat(str(request["received_at"]))
            form.received_edit.setDateTime(QDateTime(received))
        except ValueError:
            pass
    select_data(form.channel_combo, request.get("channel"))
    select_data(form.kind_combo, request.get("requester_kind"))
    for edit, key in ((form.name_edit, "requester_name"),
                      (form.profession_edit, "requester_profession"),
                      (form.structure_edit, "requester_structure"),
                      (form.phone_edit, "requester_phone")):
        edit.setText(str(request.get(key) or ""))
    form.reason_edit.setPlainText(str(request.get("reason") or ""))
    select_data(form.urgency_combo, request.get("urgency"))
    form.discharge.set_values(request.get("discharge"))
    form.relink(request.get("professional_id"), request.get("requester_structure_id"))
    values = data.get("person") or {}
    for edit, key in ((person.family_edit, "family_name"), (person.given_edit, "given_names"),
                      (person.birth_edit, "birth_date"), (person.nir_edit, "nir"),
                      (person.phone_edit, "phone"), (person.city_edit, "city")):
        edit.setText(str(values.get(key) or ""))
    select_data(person.sex_combo, values.get("sex"))
    chosen = data.get("answer") or {}
    button = answer.group.button(int(chosen.get("choice", 0) or 0))
    if button is not None:
        button.setChecked(True)
    answer.informed_check.setChecked(bool(chosen.get("informed")))
    answer.informed_how.setCurrentText(str(chosen.get("how") or ""))
    answer.informed_to.setText(str(chosen.get("to") or ""))
    select_data(answer.kind_combo, chosen.get("kind"))
    answer.create_check.setChecked(bool(chosen.get("create")))
    answer.note_edit.setPlainText(str(chosen.get("note") or ""))
    dialog.complexity_panel.set_values(data.get("situation") or {})
    person.check_duplicates()


def has_content(dialog: NewCaseDialog) -> bool:
    """Something worth keeping was typed: the reason, the caller or the person."""
    return bool(dialog.request_form.reason_edit.toPlainText().strip()
                or dialog.request_form.name_edit.text().strip()
                or dialog.request_form.discharge.has_input()
                or dialog.person_step.family_edit.text().strip())


class DraftKeeper(QObject):
    """Keeps ``dialog`` as draft ``draft_id`` (created at the first save)."""

    def __init__(self, workspace: Workspace, dialog: NewCaseDialog,
                 draft_id: str | None = None) -> None:
        super().__init__(dialog)
        self.workspace = workspace
        self.service = RequestDraftService(workspace)
        self.dialog = dialog
        self.draft_id = draft_id
        self.error = ""
        self._saved: tuple[dict[str, Any], int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        """A field changed: written a moment later (typing is not slowed down)."""
        self._timer.start()

    def save_now(self) -> bool:
        """Write the draft if it changed; False (``error`` set) if it could not be."""
        self._timer.stop()
        if self.workspace.is_locked or not has_content(self.dialog):
            return True
        state = wizard_state(self.dialog)
        step = self.dialog.pages.currentIndex()
        if self._saved == (state, step):
            return True
        try:
            self.draft_id = self.service.save(self.draft_id, step, state,
                                              self.dialog.draft_summary())
        except CoordAppError as exc:
            self.error = exc.message
            return False
        self.error = ""
        self._saved = (state, step)
        return True

    def mark_saved(self, state: dict[str, Any], step: int) -> None:
        """What a reopened draft holds: no need to write it again."""
        self._saved = (state, step)

    def discard(self) -> None:
        """The request was saved or given up: the draft goes."""
        self._timer.stop()
        if self.draft_id is None or self.workspace.is_locked:
            return
        try:
            self.service.discard(self.draft_id)
        except CoordAppError as exc:
            self.error = exc.message
            return
        self.draft_id = None
