"""The desktop app's start: first run or unlock, then the main window until the user
quits (``coordapp`` with no command, through :func:`coordapp.ui.app.run_gui`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from coordapp import __version__
from coordapp.paths import APP_NAME, AppPaths, resource_path
from coordapp.services.communes import warm_up as warm_up_communes
from coordapp.services.setup import demo_db_path
from coordapp.services.workspace import Workspace
from coordapp.ui.first_run_dialog import FirstRunDialog
from coordapp.ui.i18n import LANGUAGES, install_translators, preferred_language
from coordapp.ui.main_window import MainWindow, ui_settings
from coordapp.ui.smoke import quit_once_shown, smoke_passphrase, smoke_test_requested
from coordapp.ui.unlock_dialog import UnlockDialog


def launch(app: QApplication, db_path: Path | None, bundle: Path | None = None) -> int:
    """First run or unlock, then the main window until the user quits; with ``bundle``
    (``coordapp FILE.coordbundle``), on that bundle's import preview."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("coordapp")  # Wayland matches windows to coordapp.desktop
    app.setWindowIcon(QIcon(str(resource_path("icons", "coordapp.png"))))
    paths = AppPaths.from_environment()
    install_translators(app, LANGUAGES[preferred_language(ui_settings(paths))])
    db = Path(db_path) if db_path is not None else paths.default_db
    smoke_secret = smoke_passphrase()
    if smoke_secret is not None and db.exists():
        workspace = Workspace.open(db, smoke_secret, paths)
    else:
        dialog: FirstRunDialog | UnlockDialog = (
            UnlockDialog(db, paths) if db.exists() else FirstRunDialog(db, paths)
        )
        if smoke_test_requested():
            quit_once_shown(app, dialog)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted and isinstance(dialog, FirstRunDialog) and dialog.reopen_demo:
            db = demo_db_path(paths)  # back to the demonstration, the real base can wait
            dialog = UnlockDialog(db, paths)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted or dialog.workspace is None:
            return 0
        if isinstance(dialog, FirstRunDialog):
            db = dialog.chosen_db_path()
        workspace = dialog.workspace
        dialog.deleteLater()
    warm_up_communes()  # the birthplace search is immediate from the first keystroke
    window = MainWindow(workspace, db, paths)
    if smoke_test_requested():
        quit_once_shown(app, window)
    else:
        window.start_maintenance()
    window.show()
    if bundle is not None:
        import_dialog = window.open_bundle(bundle)
        if smoke_test_requested() and import_dialog is not None:
            quit_once_shown(app, import_dialog)
    try:
        return app.exec()
    finally:
        window.close_workspace()
