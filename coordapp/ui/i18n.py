"""Qt Linguist translations: French is the source language of every screen.

The language is a preference (``ui/language`` in ``ui.ini``), French by default whatever
the system's language; it applies when the application starts.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from coordapp.paths import resource_path
from coordapp.ui.qt_french import QtFrenchComplements

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
#: Languages offered in the preferences: code → locale of the screens.
LANGUAGES = {"fr": FRENCH, "en": ENGLISH}
DEFAULT_LANGUAGE = "fr"
LANGUAGE_KEY = "ui/language"


def preferred_language(settings: QSettings) -> str:
    """The language code stored in ``settings`` (French if unset or unknown)."""
    code = str(settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_preferred_language(settings: QSettings, code: str) -> None:
    settings.setValue(LANGUAGE_KEY, code if code in LANGUAGES else DEFAULT_LANGUAGE)
    settings.sync()


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load ``coordapp_<locale>.qm`` when shipped, else stay in French.

    ``locale`` defaults to French (the preference decides, not the system). Qt's own
    strings (context menus, standard buttons) follow the language chosen, so a French
    screen never shows an English "Cancel" nor a file dialog's "Look in:". The
    translators are parented to the application, which keeps them alive; the list is
    returned for tests.
    """
    locale = locale or FRENCH
    installed: list[QTranslator] = []
    ui_locale = FRENCH
    if locale.language() != QLocale.Language.French:
        ours = QTranslator(app)
        if ours.load(locale, "coordapp", "_", str(resource_path("i18n")), ".qm"):
            app.installTranslator(ours)
            installed.append(ours)
            ui_locale = locale
    QLocale.setDefault(ui_locale)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(ui_locale, "qtbase", "_", qt_dir, ".qm"):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if ui_locale.language() == QLocale.Language.French:
        # Installed last, asked first: the file dialog's labels Qt's catalogue misses.
        complements = QtFrenchComplements(app)
        app.installTranslator(complements)
        installed.append(complements)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests, or a language change)."""
    for translator in translators:
        app.removeTranslator(translator)
