"""The base of the PPCS detail forms: fields declared once (content or follow-up), loaded
from a view, compared with what was loaded so only changed fields are sent, and the
service's error shown under the field it names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coordapp.ui.plan.dates import DateField
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE


@dataclass
class FormField:
    key: str
    widget: QWidget
    error: QLabel
    tracking: bool  # follow-up field, writable on the plan in force


def text_edit(lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def read(widget: QWidget) -> Any:
    """The value of a field as the services take it (empty text is None)."""
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(widget)  # pragma: no cover


def write(widget: QWidget, value: Any) -> None:
    if isinstance(widget, DateField):
        widget.set_date(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))


def set_writable(widget: QWidget, writable: bool) -> None:
    if isinstance(widget, QPlainTextEdit | QLineEdit):
        widget.setReadOnly(not writable)
        widget.style().unpolish(widget)  # the read-only look follows the property
        widget.style().polish(widget)
    else:
        widget.setEnabled(writable)


#: Read-only fields look it (a frozen version, a closed case) yet stay readable.
READ_ONLY_STYLE = """
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {
    background: palette(window); border: 1px solid palette(midlight); }
"""


class ItemForm(QWidget):
    """A form of one kind of item; subclasses declare their fields with ``add``."""

    #: A field was changed by the user.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FormField] = {}
        self.hints: dict[str, QLabel] = {}
        self.initial: dict[str, Any] = {}
        self.new = False
        self.editable = self.trackable = False
        self._loading = False
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        self.context_label.setStyleSheet(MUTED_STYLE)
        self.setStyleSheet(READ_ONLY_STYLE)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.context_label)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def add(self, key: str, text: str, widget: QWidget, *, tracking: bool = False,
            hint: str | None = None) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet(MUTED_STYLE)
            column.addWidget(hint_label)
            self.hints[key] = hint_label
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        holder.setFocusProxy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
        self.form.addRow(text, holder)
        self.fields[key] = FormField(key, widget, error, tracking)
        self._watch(widget)
        return holder

    # -- loading and reading ----------------------------------------------------------

    def load(self, values: dict[str, Any], *, editable: bool, trackable: bool,
             new: bool = False) -> None:
        """Show ``values``; content fields writable when ``editable``, follow-up fields
        when ``trackable``. A new item is compared with nothing (all its values count)."""
        self._loading = True
        try:
            for key, field in self.fields.items():
                write(field.widget, values.get(key))
                set_writable(field.widget, trackable if field.tracking else editable)
        finally:
            self._loading = False
        self.new, self.editable, self.trackable = new, editable, trackable
        self.initial = {} if new else {k: read(f.widget) for k, f in self.fields.items()}
        self.clear_errors()

    def values(self) -> dict[str, Any]:
        return {key: read(field.widget) for key, field in self.fields.items()}

    def changes(self) -> dict[str, Any]:
        """What to send: every filled field of a new item, else the fields changed."""
        if self.new:
            return {k: v for k, v in self.values().items() if v not in (None, "")}
        return {k: v for k, v in self.values().items() if self.initial.get(k) != v}

    def is_dirty(self) -> bool:
        """Something to save: a changed field, or the text of a new item."""
        if self.new:
            return bool(self.values().get("text"))
        return bool(self.changes())

    def writable(self) -> bool:
        return any((self.trackable if f.tracking else self.editable)
                   for f in self.fields.values())

    def first_writable(self) -> QWidget | None:
        for field in self.fields.values():
            if (self.trackable if field.tracking else self.editable):
                return field.widget
        return None

    # -- errors ---------------------------------------------------------------------

    def show_error(self, key: str | None, message: str) -> bool:
        """Show ``message`` under field ``key``; False when there is no such field."""
        field = self.fields.get(key or "")
        if field is None:
            return False
        field.error.setText(message)
        field.error.show()
        field.widget.setFocus()
        return True

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.clear()
            field.error.hide()

    # -- internals ------------------------------------------------------------------

    def _watch(self, widget: QWidget) -> None:
        signal: Any = None
        if isinstance(widget, QPlainTextEdit | QLineEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QCheckBox):
            signal = widget.toggled
        if signal is not None:
            signal.connect(self._on_widget_changed)

    def _on_widget_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()
