"""Form rows with a red line under the field, where the service's message is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from coordapp.ui.patient.styles import ERROR_STYLE


class FieldErrors:
    """Adds rows to a ``QFormLayout`` and shows errors by field key (the service's
    ``InvalidInput.field``)."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QWidget] = {}

    def add_row(self, key: str, text: str, widget: QWidget) -> QWidget:
        field = QWidget()
        layout = QVBoxLayout(field)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        layout.addWidget(error)
        field.setFocusProxy(widget)
        changed = getattr(widget, "textChanged", None)
        if changed is not None:  # a message speaks of the value it was given, no other
            changed.connect(error.hide)
        self.labels[key] = error
        self.edits[key] = widget
        self.form.addRow(text, field)
        label = self.form.labelForField(field)
        if isinstance(label, QLabel):  # its Alt+letter reaches the field, not the frame
            label.setBuddy(widget)
        return field

    def show(self, field: str | None, message: str) -> bool:
        """Show ``message`` under ``field``; False when the form has no such field."""
        label = self.labels.get(field or "")
        if label is None:
            return False
        label.setText(message)
        label.show()
        self.edits[field or ""].setFocus()
        return True

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()
