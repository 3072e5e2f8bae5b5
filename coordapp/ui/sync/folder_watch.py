"""The shared folder read in the background: every few minutes while unlocked (the page
only exists then), and the line "À jour avec Marie il y a 3 min"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from coordapp.errors import CoordAppError
from coordapp.services.sync import colleagues
from coordapp.services.sync import shared_folder as sf
from coordapp.services.workspace import Workspace

#: How often the status line is brought up to date (its "il y a 3 min").
TICK_MS = 60_000


def ago(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    if moment is None:
        return QCoreApplication.translate("FolderWatch", "jamais")
    minutes = int(((now or dt.datetime.now()) - moment).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("FolderWatch", "à l'instant")
    if minutes < 60:
        return QCoreApplication.translate("FolderWatch", "il y a {n} min").format(n=minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("FolderWatch", "il y a {n} h").format(n=minutes // 60)
    return QCoreApplication.translate("FolderWatch", "le {date}").format(
        date=moment.strftime("%d/%m/%Y"))


def status_text(ws: Workspace) -> str:
    try:
        fresh = sf.freshness(ws)
    except CoordAppError as exc:
        return exc.message
    if not fresh:
        return QCoreApplication.translate("FolderWatch", "Aucun collègue dans la liste.")
    return QCoreApplication.translate("FolderWatch", "À jour avec {who}").format(who=", ".join(
        f"{p.name} {ago(p.last_import_at)}" for p in fresh))


class FolderWatch(QObject):
    """Calls ``sync_now`` every team-chosen interval, and ``show`` every minute."""

    def __init__(self, ws: Workspace, sync_now: Callable[[], None],
                 show: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = ws
        self._show = show
        self.timer = QTimer(self)
        self.timer.timeout.connect(sync_now)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self.update_status)
        try:
            minutes = colleagues.settings(ws).interval_minutes
        except CoordAppError:
            minutes = colleagues.DEFAULT_INTERVAL
        self.timer.start(minutes * 60_000)
        self.tick.start(TICK_MS)

    def update_status(self) -> None:
        if self._ws is not None:
            self._show(status_text(self._ws))

    def stop(self) -> None:
        self.timer.stop()
        self.tick.stop()
        self._ws = None
