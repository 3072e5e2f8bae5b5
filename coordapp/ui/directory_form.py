"""The form behind the directory dialogs.

The service validates: a refused value (wrong shape) is shown in red under its field with
the service's message; a doubtful one (RPPS, ADELI or FINESS check key) is shown in amber
as soon as the field is left, and saving it needs a second click if it was not seen yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.services.directory import DirectoryService
from coordapp.services.views import Warning, WriteResult
from coordapp.ui.labels import display_phone, select_data
from coordapp.ui.unsaved_input import AsksBeforeClosing

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
#: Fields checked as soon as they are left (the others when saving).
CHECKED_ON_LEAVE = ("rpps", "adeli", "finess", "phone", "email", "postal_code")



class DirectoryFormDialog(AsksBeforeClosing, QDialog):
    """Common form logic; subclasses add the rows and call the service."""

    #: Required fields, filled with a stand-in when checking another field on leave.
    required: tuple[str, ...] = ()
    #: Combo boxes whose item data (an id, a code) is the value.
    choice_fields: tuple[str, ...] = ()

    def __init__(self, service: DirectoryService, record_id: str | None,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.service = service
        self.record_id = record_id
        self.saved_id: str | None = None
        #: Warnings of the saved record (French messages), for the caller to show.
        self.warnings: list[str] = []
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        self.notes: dict[str, QLabel] = {}
        self._seen_warnings: set[str] = set()
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Enregistrer"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Annuler"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Enter saves wherever the focus is, "Annuler" included: the default is set once
        # the button is in the dialog, and no button takes it by receiving the focus.
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- building ---------------------------------------------------------------------

    def add_row(self, key: str, text: str, edit: QLineEdit | QComboBox | QCheckBox) -> None:
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        note = QLabel()
        note.setWordWrap(True)
        note.hide()
        column.addWidget(note)
        field.setFocusProxy(edit)
        first = not self.edits
        self.edits[key] = edit
        self.notes[key] = note
        self.form.addRow(text, field)
        if first:
            edit.setFocus()  # the dialog opens in its first field
        if key in CHECKED_ON_LEAVE and isinstance(edit, QLineEdit):
            edit.editingFinished.connect(self._on_field_left)

    def line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        return edit

    def fill(self, values: Mapping[str, Any]) -> None:
        for key, edit in self.edits.items():
            value = values.get(key)
            if isinstance(edit, QCheckBox):
                edit.setChecked(bool(value))
            elif isinstance(edit, QComboBox) and key in self.choice_fields:
                select_data(edit, value)
            elif isinstance(edit, QComboBox):
                edit.setCurrentText(value or "")
            else:
                edit.setText(display_phone(value) if key == "phone" else value or "")

    def values(self) -> dict[str, Any]:
        """The form as the service takes it; raises ``InvalidInput`` for a structure name
        typed that is not in the list."""
        raw: dict[str, Any] = {}
        for key, edit in self.edits.items():
            if isinstance(edit, QCheckBox):
                raw[key] = edit.isChecked()
            elif isinstance(edit, QComboBox) and key in self.choice_fields:
                raw[key] = self._choice(key, edit)
            elif isinstance(edit, QComboBox):
                raw[key] = edit.currentText()
            else:
                raw[key] = edit.text()
        return raw

    def _choice(self, key: str, combo: QComboBox) -> Any:
        if not combo.isEditable():
            return combo.currentData()
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index < 0:
            raise InvalidInput(self.tr("Choisissez une structure de la liste de l'annuaire "
                                       "(ou ajoutez-la d'abord)."), key)
        return combo.itemData(index)

    # -- service calls (subclasses) ---------------------------------------------------

    def check(self, raw: Mapping[str, Any]) -> list[Warning]:
        raise NotImplementedError

    def save(self, raw: Mapping[str, Any]) -> WriteResult:
        raise NotImplementedError

    # -- notes under the fields -------------------------------------------------------

    def clear_notes(self, *, banner: bool = True) -> None:
        for note in self.notes.values():
            note.clear()
            note.hide()
        if banner:
            self.banner.hide()

    def show_note(self, key: str | None, message: str, *, error: bool) -> None:
        note = self.notes.get(key or "")
        if note is None:  # not a field of this form: above the buttons
            self.banner.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
            self.banner.setText(message)
            self.banner.show()
            self._fit_height()
            return
        note.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        note.setText(message)
        note.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every note in full (wrapped labels need their height for width)."""
        layout = self.layout()
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_warnings(self, warnings: list[Warning]) -> None:
        for warning in warnings:
            self.show_note(warning.field, warning.message, error=False)
            self._seen_warnings.add(warning.message)

    # -- slots ------------------------------------------------------------------------

    def _on_field_left(self) -> None:
        """Check the form as soon as a checked field is left (required ones stood in)."""
        self.clear_notes(banner=False)
        try:
            raw = self.values()
            for key in self.required:
                raw[key] = raw.get(key) or "-"
            self._show_warnings(self.check(raw))
        except InvalidInput as exc:
            if exc.field not in self.required:
                self.show_note(exc.field, exc.message, error=True)

    def _on_save_clicked(self) -> None:
        self.clear_notes()
        try:
            raw = self.values()
            warnings = self.check(raw)
            unseen = [w for w in warnings if w.message not in self._seen_warnings]
            self._show_warnings(warnings)
            if unseen:
                self.show_note(None, self.tr(
                    "Vérifiez le ou les avertissements ci-dessus, puis enregistrez : "
                    "la fiche sera enregistrée telle quelle."), error=False)
                self.save_button.setText(self.tr("Enregistrer quand même"))
                if unseen[0].field in self.edits:
                    self.edits[unseen[0].field].setFocus(Qt.FocusReason.OtherFocusReason)
                return
            result = self.save(raw)
        except InvalidInput as exc:
            self.show_note(exc.field, exc.message, error=True)
            if exc.field in self.edits:
                self.edits[exc.field].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except CoordAppError as exc:
            self.show_note(None, exc.message, error=True)
            return
        self.saved_id = result.id
        self.warnings = [w.message for w in result.warnings]
        self.accept()
