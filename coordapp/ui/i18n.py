"""Qt Linguist translations: French is the source language of every screen."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from coordapp.paths import resource_path

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load ``coordapp_<locale>.qm`` when shipped, else stay in French.

    Qt's own strings (context menus, standard buttons) follow the language chosen, so a
    French screen never shows an English "Cancel". The translators are parented to the
    application, which keeps them alive; the list is returned for tests.
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, "coordapp", "_", str(resource_path("i18n")), ".qm"):
        app.installTranslator(ours)
        installed.append(ours)
        ui_locale = locale
    else:
        ui_locale = FRENCH
    QLocale.setDefault(ui_locale)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(ui_locale, "qtbase", "_", qt_dir, ".qm"):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed
