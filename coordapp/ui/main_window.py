"""The main window and ``launch``, the desktop entry point."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from coordapp import __version__
from coordapp.errors import CoordAppError
from coordapp.paths import APP_NAME, AppPaths
from coordapp.services.caseload import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.caseload_view import CaseloadView
from coordapp.ui.first_run_dialog import FirstRunDialog
from coordapp.ui.i18n import install_translators
from coordapp.ui.unlock_dialog import UnlockDialog

#: Fits a 1366×768 screen once the taskbar and the window frame are taken.
DEFAULT_SIZE = (1240, 660)


class MainWindow(QMainWindow):
    #: The workspace was closed and the patient data removed from the screen.
    locked = Signal()
    #: A workspace was opened again after a lock.
    unlocked = Signal()

    def __init__(
        self,
        workspace: Workspace,
        db_path: Path,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        unlock_delay_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._paths = paths
        self._unlock_delay_ms = unlock_delay_ms
        self.workspace: Workspace | None = None
        self.caseload_view: CaseloadView | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.about_box: QMessageBox | None = None
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)

        self.setWindowTitle(self.tr("CoordApp"))
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label)
        self._restore_geometry()
        self._attach(workspace)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.lock_action = QAction(self.tr("&Verrouiller"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Fermer la base et masquer les dossiers"))
        self.lock_action.triggered.connect(self._on_lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self.about_action = QAction(self.tr("À &propos de CoordApp"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_requested)
        help_menu.addAction(self.about_action)

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            width, height = DEFAULT_SIZE
            screen = self.screen().availableGeometry()
            self.resize(min(width, screen.width()), min(height, screen.height()))

    # -- workspace --------------------------------------------------------------------

    def _attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        service = CaseloadService(workspace)
        self.caseload_view = CaseloadView(service)
        self.setCentralWidget(self.caseload_view)  # deletes the "locked" screen, if any
        self.lock_action.setEnabled(True)
        try:
            count = service.count()
        except CoordAppError as exc:
            self.status_label.setText(exc.message)
            return
        self.status_label.setText(self.tr("{file} — {count}").format(
            file=self._db_path.name, count=self._patients_text(count)))

    def close_workspace(self) -> None:
        """Drop every patient on screen, then close the workspace (idempotent)."""
        if self.caseload_view is not None:
            self.caseload_view.detach()
            self.caseload_view = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def _patients_text(self, count: int) -> str:
        if count <= 1:
            return self.tr("{count} patient").format(count=count)
        return self.tr("{count} patients").format(count=QLocale().toString(count))

    # -- slots ------------------------------------------------------------------------

    def _on_lock_requested(self) -> None:
        if self.workspace is None:
            return
        self.close_workspace()
        locked = QLabel(self.tr("CoordApp est verrouillé."))
        locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(locked)  # deletes the caseload view and its rows
        self.status_label.setText(self.tr("{file} — verrouillée").format(
            file=self._db_path.name))
        self.lock_action.setEnabled(False)
        self.locked.emit()
        self.unlock_dialog = UnlockDialog(
            self._db_path, self._paths, self, base_delay_ms=self._unlock_delay_ms
        )
        self.unlock_dialog.finished.connect(self._on_unlock_finished)
        self.unlock_dialog.open()

    def _on_unlock_finished(self, result: int) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.workspace is not None:
            self._attach(dialog.workspace)
            self.unlocked.emit()
        else:
            self.close()

    def _on_about_requested(self) -> None:
        text = self.tr(
            "<h3>CoordApp {version}</h3>"
            "<p>Suivi des situations complexes et plans personnalisés de coordination "
            "(PPCS), hors ligne et chiffré.</p>"
            "<p>Base de données :<br><code>{path}</code></p>"
            "<p><b>Votre code de récupération est le seul moyen d'ouvrir la base si vous "
            "oubliez votre phrase de passe</b> : personne d'autre ne peut la retrouver. "
            "Gardez-le sur papier, en lieu sûr.</p>"
        ).format(version=__version__, path=html.escape(str(self._db_path)))
        self.about_box = QMessageBox(QMessageBox.Icon.Information,
                                     self.tr("À propos de CoordApp"), text,
                                     QMessageBox.StandardButton.Ok, self)
        self.about_box.setTextFormat(Qt.TextFormat.RichText)
        self.about_box.open()

    # -- life cycle -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.sync()
        if self.unlock_dialog is not None:
            self.unlock_dialog.finished.disconnect(self._on_unlock_finished)
            self.unlock_dialog.reject()
            self.unlock_dialog = None
        self.close_workspace()
        super().closeEvent(event)


def launch(app: QApplication, db_path: Path | None) -> int:
    """First run or unlock, then the main window until the user quits."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_translators(app)
    paths = AppPaths.from_environment()
    db = Path(db_path) if db_path is not None else paths.default_db
    dialog: FirstRunDialog | UnlockDialog = (
        UnlockDialog(db, paths) if db.exists() else FirstRunDialog(db, paths)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
        return 0
    window = MainWindow(dialog.workspace, db, paths)
    dialog.deleteLater()
    window.show()
    try:
        return app.exec()
    finally:
        window.close_workspace()
