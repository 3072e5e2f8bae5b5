"""While CoordApp is locked, every open window and dialog shows a curtain instead of its
content, and comes back exactly as it was once unlocked.

A dialog is never closed, rejected or accepted by the lock (that would ask a question,
drop a half-typed entry or save it): its content widgets are hidden, a "verrouillé"
label covers it, its title is neutral, and its keys and close requests are held back
until :meth:`LockCurtain.lift`. Hiding the dialog itself is avoided on purpose: hiding a
dialog that runs its own event loop (``exec()``) would end that loop with an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget

_HELD_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.Close, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
})


@dataclass
class _Covered:
    window: QWidget
    title: str
    geometry: QRect
    shown_children: list[QWidget] = field(default_factory=list)
    focus: QWidget | None = None
    label: QLabel | None = None


class LockCurtain(QObject):
    """Covers every visible top-level window except those given to :meth:`drop`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._covered: list[_Covered] = []

    @property
    def is_down(self) -> bool:
        return bool(self._covered)

    def covered_windows(self) -> list[QWidget]:
        return [item.window for item in self._covered if shiboken6.isValid(item.window)]

    def drop(self, keep: list[QWidget]) -> None:
        """Close the popups (a drop-down list, a menu), then cover every other window."""
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for window in QApplication.topLevelWidgets():
            if window in keep or not window.isVisible() or window.isHidden():
                continue
            if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                continue
            self._cover(window)

    def _cover(self, window: QWidget) -> None:
        item = _Covered(window, window.windowTitle(), window.geometry(),
                        focus=window.focusWidget())
        for child in window.children():
            if isinstance(child, QWidget) and not child.isWindow() and child.isVisible():
                item.shown_children.append(child)
                child.hide()
        label = QLabel(self.tr("CoordApp est verrouillé."), window)
        label.setObjectName("lock_curtain")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAutoFillBackground(True)
        label.setGeometry(window.rect())
        label.show()
        item.label = label
        window.setWindowTitle(self.tr("CoordApp — verrouillé"))
        window.installEventFilter(self)
        self._covered.append(item)

    def lift(self) -> None:
        """Every covered window as it was: content, title, size and the focused field."""
        covered, self._covered = self._covered, []
        for item in covered:
            if not shiboken6.isValid(item.window):
                continue
            window = item.window
            window.removeEventFilter(self)
            if item.label is not None and shiboken6.isValid(item.label):
                item.label.deleteLater()
                item.label.hide()
            for child in item.shown_children:
                if shiboken6.isValid(child):
                    child.show()
            window.setWindowTitle(item.title)
            window.setGeometry(item.geometry)
            if window.layout() is not None:
                window.layout().activate()  # the buttons where they were, at once
            if item.focus is not None and shiboken6.isValid(item.focus):
                item.focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def release(self) -> None:
        """Quitting while locked: the covered windows go, still covered (nothing asked,
        nothing saved: what was not saved before the lock is not saved now)."""
        covered, self._covered = self._covered, []
        for item in covered:
            if shiboken6.isValid(item.window):
                item.window.removeEventFilter(self)
                item.window.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for item in self._covered:
                if item.window is watched and item.label is not None:
                    item.label.setGeometry(item.window.rect())
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return event.type() in _HELD_EVENTS
