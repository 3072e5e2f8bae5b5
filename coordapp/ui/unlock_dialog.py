"""Unlock the database with the passphrase or the recovery code."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CannotUnlock, CoordAppError
from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.ui.busy import busy_cursor

ERROR_STYLE = "color: #b3261e;"


class UnlockDialog(QDialog):
    """Ask for the secret; ``workspace`` is the open workspace once accepted.

    Each wrong secret doubles a waiting time before the next try (``base_delay_ms``,
    twice that, four times… at most ``max_delay_ms``). Argon2id already makes guessing
    slow; the delay makes a repeated attempt at the keyboard visibly pointless.
    """

    def __init__(
        self,
        db_path: Path,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        base_delay_ms: int = 1000,
        max_delay_ms: int = 30_000,
        locked: Workspace | None = None,
    ) -> None:
        """With ``locked``, unlock that workspace in place (after Ctrl+L or idle time) so
        that every window holding it works again; otherwise open a new one."""
        super().__init__(parent)
        self._locked = locked
        self._db_path = db_path
        self._paths = paths
        self._base_delay_ms = base_delay_ms
        self._max_delay_ms = max_delay_ms
        self.failures = 0
        self._retry_deadline = 0.0  # time.monotonic() when the next try is allowed
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Déverrouiller CoordApp"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Base chiffrée {name}").format(name=db_path.name))
        title_font = title.font()
        title_font.setBold(True)
        title.setFont(title_font)
        title.setToolTip(str(db_path))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr("Phrase de passe"))
        hint = QLabel(self.tr(
            "Phrase de passe oubliée ? Saisissez ici votre code de récupération."
        ))
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.countdown_label = QLabel()
        self.countdown_label.hide()

        self.quit_button = QPushButton(self.tr("Quitter"))
        self.unlock_button = QPushButton(self.tr("Déverrouiller"))
        self.unlock_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.secret_edit)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.countdown_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._retry_timer = QTimer(self)
        self._retry_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._on_retry_allowed)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(250)
        self._countdown_timer.timeout.connect(self._on_countdown_tick)

        self.quit_button.clicked.connect(self.reject)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.secret_edit.textChanged.connect(self._on_secret_changed)
        self._on_secret_changed()

    # -- slots ------------------------------------------------------------------------

    def _on_secret_changed(self) -> None:
        waiting = self._retry_timer.isActive()
        self.unlock_button.setEnabled(bool(self.secret_edit.text()) and not waiting)

    def _on_unlock_clicked(self) -> None:
        secret = self.secret_edit.text()
        if not secret or self._retry_timer.isActive():
            return
        self.unlock_button.setEnabled(False)
        try:
            with busy_cursor():
                if self._locked is not None:
                    self._locked.unlock(secret)
                    workspace = self._locked
                else:
                    workspace = Workspace.open(self._db_path, secret, self._paths)
        except CannotUnlock:
            self._on_wrong_secret()
            return
        except CoordAppError as exc:  # damaged files, newer schema, missing database
            self._show_error(exc.message)
            self._on_secret_changed()
            return
        except OSError as exc:
            self._show_error(self.tr("Impossible de lire la base : {reason}").format(
                reason=exc.strerror or exc))
            self._on_secret_changed()
            return
        self.workspace = workspace
        self.secret_edit.clear()
        self.accept()

    def _on_wrong_secret(self) -> None:
        self.failures += 1
        self._show_error(self.tr("Phrase de passe ou code de récupération incorrect."))
        self.secret_edit.selectAll()
        self.secret_edit.setFocus()
        delay_ms = self.current_delay_ms()
        self._retry_deadline = time.monotonic() + delay_ms / 1000
        self._retry_timer.start(delay_ms)
        self._countdown_timer.start()
        self._on_countdown_tick()
        self._on_secret_changed()

    def _on_countdown_tick(self) -> None:
        remaining = self._retry_deadline - time.monotonic()
        if not self._retry_timer.isActive() or remaining <= 0:
            return
        seconds = max(1, math.ceil(remaining - 0.05))  # 0.05: no "2 s" for a 1 s delay
        self.countdown_label.setText(
            self.tr("Nouvel essai possible dans {seconds} s.").format(seconds=seconds)
        )
        self.countdown_label.show()

    def _on_retry_allowed(self) -> None:
        self._countdown_timer.stop()
        self.countdown_label.hide()
        self._on_secret_changed()

    # -- helpers ----------------------------------------------------------------------

    def current_delay_ms(self) -> int:
        """The wait after the latest failure: base, ×2, ×4… capped."""
        if self.failures == 0:
            return 0
        return min(self._base_delay_ms * 2 ** min(self.failures - 1, 30), self._max_delay_ms)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
