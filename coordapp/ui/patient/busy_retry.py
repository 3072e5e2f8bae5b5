"""A save that finds the base busy keeps the user's input and tries again by itself.

Another program (a scheduled folder sync, a script, another window's import) may hold
the write lock. Instead of freezing the window for the whole busy timeout, each try
waits a fraction of a second; while the base stays busy the bar says « Base occupée,
enregistrement en attente… » with « Annuler l'attente », and tries again. Past the
patience (``storage/busy_wait_seconds`` in ``ui.ini``, 15 s by default, as for the
command line) the save fails with the busy sentence and a « Réessayer » button. The
input stays in the form all along: nothing typed is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coordapp.errors import DatabaseBusy
from coordapp.paths import AppPaths
from coordapp.services.write_wait import waiting_at_most
from coordapp.ui.patient.styles import ERROR_STYLE, WARNING_STYLE

BUSY_WAIT_SETTING = "storage/busy_wait_seconds"
DEFAULT_BUSY_WAIT_S = 15
#: How long one try waits for the write lock (the window is frozen meanwhile).
TRY_WAIT_MS = 300
#: The pause between two tries (the window answers meanwhile).
RETRY_PAUSE_MS = 700


def busy_wait_seconds(paths: AppPaths) -> int:
    """The preference (1 to 300 s), 15 s by default."""
    return busy_wait_setting(QSettings(str(paths.config_dir / "ui.ini"),
                                       QSettings.Format.IniFormat))


def busy_wait_setting(settings: QSettings) -> int:
    """The preference as stored in ``settings`` (1 to 300 s), 15 s by default."""
    try:
        value = int(settings.value(BUSY_WAIT_SETTING, DEFAULT_BUSY_WAIT_S))
    except (TypeError, ValueError):
        return DEFAULT_BUSY_WAIT_S
    return max(1, min(value, 300))


class BusyRetry(QFrame):
    """Runs ``attempt`` (True saved, False refused and said by the caller; raises
    ``DatabaseBusy`` when the base is busy) until it gets the base or the user stops."""

    def __init__(self, patience_s: int = DEFAULT_BUSY_WAIT_S,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patience_s = patience_s
        self._attempt: Callable[[], bool] | None = None
        self._started = 0.0
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuler l'attente"))
        self.retry_button = QPushButton(self.tr("Réessayer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.retry_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._try)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.hide()

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def run(self, attempt: Callable[[], bool]) -> bool:
        """True when saved at once; False when refused, or busy (then waiting, shown)."""
        if self.waiting:
            return False  # already waiting: the next try takes the form as it is then
        self._attempt = attempt
        self._started = time.monotonic()
        return self._try()

    def cancel(self) -> None:
        """Stop waiting; the input stays in the form, not saved."""
        if not self.waiting:
            return
        self._timer.stop()
        self._show(self.tr("Enregistrement annulé : vos saisies sont toujours dans le "
                           "formulaire, non enregistrées."), WARNING_STYLE, retry=True)

    def clear(self) -> None:
        """Forget the pending save (its input was dropped or saved another way)."""
        self._timer.stop()
        self._attempt = None
        self.hide()

    def _on_retry_clicked(self) -> None:
        if self._attempt is not None:
            self.run(self._attempt)

    def _try(self) -> bool:
        attempt = self._attempt
        if attempt is None:
            return False
        try:
            with waiting_at_most(TRY_WAIT_MS):
                saved = attempt()
        except DatabaseBusy as exc:
            if time.monotonic() - self._started < self.patience_s:
                self._show(self.tr("Base occupée, enregistrement en attente… Une autre "
                                   "fenêtre ou un autre programme écrit ; vos saisies "
                                   "restent dans le formulaire."), WARNING_STYLE,
                           cancel=True)
                self._timer.start(RETRY_PAUSE_MS)
                return False
            self._show(self.tr("{busy} Vos saisies sont conservées dans le formulaire : "
                               "« Réessayer » les enregistre.").format(busy=exc.message),
                       ERROR_STYLE, retry=True)
            return False
        self.clear()
        return saved

    def _show(self, text: str, style: str, *, cancel: bool = False,
              retry: bool = False) -> None:
        self.label.setText(text)
        self.label.setStyleSheet(style)
        self.cancel_button.setVisible(cancel)
        self.retry_button.setVisible(retry)
        self.show()
