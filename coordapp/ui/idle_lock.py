"""Lock after a quiet period: any key or mouse input restarts the countdown; Ctrl+L
locks from any window, dialogs and wizards included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MINUTES = 5
IDLE_SETTING = "security/idle_minutes"
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.InputMethod, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


class IdleWatcher(QObject):
    """Emits ``idle_timed_out`` after ``timeout_ms`` without user input (0 = never)."""

    idle_timed_out = Signal()
    #: Ctrl+L was pressed in a window where no "Verrouiller" command took it (a patient
    #: file, a dialog that blocks the main window).
    lock_key_pressed = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle_timed_out)
        self.set_timeout(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self.restart()

    def restart(self) -> None:
        if self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start(self._timeout_ms)
        if (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and is_lock_key(event)):
            self.lock_key_pressed.emit()
            return True
        return False


def is_lock_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_L
            and modifiers == Qt.KeyboardModifier.ControlModifier)


def idle_minutes(settings: QSettings) -> int:
    """The preference (0 = never lock by itself), 5 minutes by default."""
    try:
        value = int(settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0, min(value, 240))
