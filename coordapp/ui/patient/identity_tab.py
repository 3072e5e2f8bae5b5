"""The "Identité & contacts" tab: edit, check for duplicates, save explicitly, undo."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy, InvalidInput
from coordapp.services.views import PatientFile
from coordapp.ui.labels import format_date
from coordapp.ui.patient.busy_retry import DEFAULT_BUSY_WAIT_S, BusyRetry
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.identity_form import TRAIT_FIELDS, IdentityForm
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import ERROR_STYLE, OK_STYLE, WARNING_STYLE
from coordapp.validation import normalize_nir


class IdentityTab(QWidget):
    #: Identity fields were written; the window reloads the file.
    saved = Signal()
    #: Edits are pending (True) or not any more (False).
    dirty_changed = Signal(bool)

    def __init__(self, services: PatientServices, parent: QWidget | None = None, *,
                 busy_wait_s: int = DEFAULT_BUSY_WAIT_S) -> None:
        super().__init__(parent)
        self._services = services
        self._file: PatientFile | None = None
        self._baseline: dict[str, Any] = {}
        self._undo: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self.gp_dialog: DirectoryPickerDialog | None = None
        self.form = IdentityForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.hide()
        self.undo_button = QPushButton(self.tr("Annuler le dernier enregistrement"))
        self.undo_button.hide()
        self.revert_button = QPushButton(self.tr("Annuler les modifications"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer les modifications (Ctrl+S)"))
        #: Shown while the base is busy: the save waits, tries again, can be cancelled.
        self.busy = BusyRetry(busy_wait_s)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addStretch()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

        last = self.form.edits["situation_notes"]
        for button in (self.undo_button, self.revert_button, self.save_button):
            QWidget.setTabOrder(last, button)
            last = button
        self.form.edited.connect(self._on_edited)
        self.form.gp_pick_requested.connect(self._on_gp_pick_requested)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self._set_dirty(False)

    # -- state ------------------------------------------------------------------------

    def set_file(self, patient: PatientFile, *, force: bool = False) -> None:
        """Show ``patient``; pending edits are kept unless ``force``. When the stored
        identity changed underneath pending edits (another window or program wrote), the
        user is told: saving keeps their version of the fields they changed, « Annuler »
        takes the new stored one."""
        previous, self._file = self._file, patient
        if self._dirty and not force:
            if previous is not None and previous.identity != patient.identity:
                self._show_message(self.tr(
                    "Ce dossier a été modifié ailleurs pendant votre saisie. Vos "
                    "modifications ne sont pas encore enregistrées : enregistrez pour garder "
                    "votre version des champs modifiés, ou annulez vos modifications pour "
                    "reprendre la version à jour."), ERROR_STYLE)
            return
        referents: list[tuple[str | None, str]] = [(None, self.tr("Aucun"))]
        for coordinator in self._services.team.coordinators():
            name = coordinator.display_name
            if coordinator.is_me:
                name = self.tr("{name} (moi)").format(name=name)
            referents.append((coordinator.id, name))
        self._loading = True
        try:
            self.form.load(patient.identity, patient.gp_name, referents)
        finally:
            self._loading = False
        self._baseline = self.form.values()
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the stored one, as the user typed them."""
        current = self.form.values()
        return {key: value for key, value in current.items()
                if value != self._baseline.get(key)}

    def revert(self) -> None:
        """Drop the pending edits: the stored values come back."""
        self.busy.clear()
        if self._file is not None:
            self.set_file(self._file, force=True)
        self._show_message("", "")

    # -- saving -----------------------------------------------------------------------

    def save(self) -> bool:
        """Write the pending edits; False (and the error shown) if the service refused.
        While the base is busy: False, the edits kept, and tried again (see ``busy``)."""
        if self._file is None:
            return False
        if not self.changes():
            self.busy.clear()
            self._show_message(self.tr("Aucune modification à enregistrer."), OK_STYLE)
            return True
        self._show_message("", "")
        return self.busy.run(self._write)

    def _write(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the edits kept)."""
        changes = self.changes()
        if self._file is None or not changes:
            return not changes
        self.form.clear_errors()
        notes = self._duplicate_notes(changes)
        try:
            result = self._services.caseload.update_patient(self._file.id, changes)
        except InvalidInput as exc:
            if not self.form.show_error(exc.field, exc.message):
                self._show_message(html.escape(exc.message), ERROR_STYLE)
            else:
                self._show_message(self.tr("Rien n'a été enregistré : corrigez le champ "
                                           "signalé."), ERROR_STYLE)
            return False
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self._show_message(html.escape(exc.message), ERROR_STYLE)
            return False
        self._undo = {key: self._baseline.get(key) for key in result.changed
                      if key in self._baseline}
        notes += [html.escape(w.message) for w in result.warnings]
        text = self.tr("Modifications enregistrées.")
        if notes:
            text += "<br>" + "<br>".join(notes)
        self._show_message(text, WARNING_STYLE if notes else OK_STYLE)
        self.undo_button.setVisible(bool(self._undo))
        self._set_dirty(False)
        self.saved.emit()
        return True

    def _duplicate_notes(self, changes: dict[str, Any]) -> list[str]:
        """A warning naming the other files that may be the same person (never blocks)."""
        if not set(changes) & set(TRAIT_FIELDS) or self._file is None:
            return []
        values = self.form.values()
        birth_date = self.form.edits["birth_date"].date()
        if not values["family_name"] or not values["given_names"] or birth_date is None:
            return []
        nir = normalize_nir(values["nir"]) or None
        try:
            found = self._services.caseload.find_duplicates(
                values["family_name"], values["given_names"], birth_date,
                nir if nir and len(nir) == 15 else None, exclude_id=self._file.id)
        except CoordAppError:
            return []
        if not found:
            return []
        names = ", ".join(
            html.escape(self.tr("{name}, né(e) le {date}").format(
                name=c.display_name, date=format_date(c.birth_date)))
            for c in found)
        return [self.tr("<b>Doublon probable</b> : {names}. Vérifiez qu'il ne s'agit pas de "
                        "la même personne.").format(names=names)]

    def _on_undo_clicked(self) -> None:
        if self._file is None or not self._undo:
            return
        try:
            self._services.caseload.update_patient(self._file.id, self._undo)
        except CoordAppError as exc:
            self._show_message(html.escape(exc.message), ERROR_STYLE)
            return
        self._undo = {}
        self.undo_button.hide()
        self._show_message(self.tr("Dernier enregistrement annulé."), OK_STYLE)
        self.saved.emit()

    # -- slots ------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        dirty = bool(self.changes())
        if dirty and self._undo:  # undoing now would mix two sets of edits
            self._undo = {}
            self.undo_button.hide()
        self._set_dirty(dirty)

    def _on_gp_pick_requested(self) -> None:
        self.gp_dialog = DirectoryPickerDialog(self._services, self, gp_only=True)
        self.gp_dialog.finished.connect(self._on_gp_dialog_finished)
        self.gp_dialog.open()

    def _on_gp_dialog_finished(self, result: int) -> None:
        dialog, self.gp_dialog = self.gp_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.form.gp_field.set_gp(dialog.chosen.id, dialog.chosen_name())

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)

    def _show_message(self, text: str, style: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(style)
        self.message_label.setVisible(bool(text))
