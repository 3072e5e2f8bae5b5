"""A compact, keyboard-first choice among a few answers (A/B/C, or 0 to 4).

Typing an answer's key (``a``, ``b``, ``c`` or ``0``…``4``) sets it and moves the focus
to the next picker, so a grid is keyed in one stroke per row; Left/Right step through the
answers, Delete clears. The buttons also work with the mouse.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

_STYLE = """
ModalityPicker { border: 1px solid transparent; border-radius: 4px; }
ModalityPicker[focused="true"] { border: 1px solid palette(highlight); }
QToolButton { min-width: 22px; padding: 1px 4px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      font-weight: bold; border-radius: 3px; }
"""


class ModalityPicker(QFrame):
    """One answer among ``values``; ``value()`` is None until answered."""

    #: The answer changed (the new value, "" when cleared).
    value_changed = Signal(str)

    def __init__(self, values: Sequence[str], hints: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = tuple(values)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_STYLE)
        self.setProperty("focused", False)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so an answer can be cleared
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for position, value in enumerate(self.values):
            button = QToolButton()
            button.setText(value)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if position < len(hints):
                button.setToolTip(hints[position])
            self.group.addButton(button, position)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._on_clicked)
        self._value: str | None = None

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None) -> None:
        """Set the answer (None or "" clears it); emits ``value_changed`` if it changed."""
        value = value if value in self.values else None
        for button, candidate in zip(self.buttons, self.values, strict=True):
            button.setChecked(candidate == value)
        if value != self._value:
            self._value = value
            self.value_changed.emit(value or "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        key = event.key()
        if text and text in self.values:
            self.set_value(text)
            self.focusNextChild()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if key == Qt.Key.Key_Right else -1
            position = self.values.index(self._value) if self._value else -step
            self.set_value(self.values[(position + step) % len(self.values)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if key == Qt.Key.Key_Down:
                self.focusNextChild()
            else:
                self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._set_focused(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_focused(False)
        super().focusOutEvent(event)

    def _set_focused(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    def _on_clicked(self, position: int) -> None:
        value = self.values[position]
        self.set_value(None if value == self._value else value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
