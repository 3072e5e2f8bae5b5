"""English screens: the shipped translation, the language preference, a translated window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog

from coordapp.paths import AppPaths, resource_path
from coordapp.services.directory import DirectoryService
from coordapp.services.workspace import Workspace
from coordapp.ui import main_window
from coordapp.ui.dashboard_model import Section
from coordapp.ui.directory_dialogs import ProfessionalDialog
from coordapp.ui.first_run_dialog import FirstRunDialog
from coordapp.ui.i18n import (
    ENGLISH,
    FRENCH,
    install_translators,
    preferred_language,
    remove_translators,
    set_preferred_language,
)
from coordapp.ui.main_window import MainWindow

PLACEHOLDERS = re.compile(r"\{[a-z_]*\}|%n|<[^>]+>")


def messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(resource_path("i18n", "coordapp_en.ts"))
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.find("translation"))
            for context in tree.getroot().iter("context")
            for message in context.iter("message")]


def test_every_screen_text_has_an_english_translation() -> None:
    assert resource_path("i18n", "coordapp_en.qm").stat().st_size > 10_000
    found = messages()
    assert len(found) > 300
    contexts = {context for context, _source, _translation in found}
    assert {"MainWindow", "DashboardModel", "DirectoryView", "CaseloadView"} <= contexts
    hint = "add it to tools/translations_en.py, then run tools/update_translations.py"
    for context, source, translation in found:
        assert translation is not None and translation.get("type") is None, \
            (context, source, hint)
        forms = [form.text or "" for form in translation.findall("numerusform")]
        english = forms[0] if forms else translation.text or ""
        assert english.strip() and all(f.strip() for f in forms), (context, source)
        assert sorted(PLACEHOLDERS.findall(english)) == sorted(PLACEHOLDERS.findall(source)), \
            (context, source, english)
        assert english.count("&") == source.count("&"), (context, source, english)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    previous = QLocale()
    translators = install_translators(qapp, ENGLISH)
    try:
        yield
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)


def test_the_english_translation_changes_the_visible_texts(
    qtbot, english: None, workspace: Workspace, app_paths: AppPaths
) -> None:
    assert QLocale().language() == QLocale.Language.English
    window = MainWindow(workspace, app_paths.default_db, app_paths)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&View", "&Tools", "&Help"]
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "To do", "Caseload", "Directory", "Synchronisation"]
    assert window.status_label.text() == "coordapp.db — 0 patient — last synchronisation: never"
    assert window.dashboard_view.mine_check.text() == "&Only my patients"
    assert window.dashboard_view.model.section_title(Section.OVERDUE) == \
        "Overdue actions (0)"
    assert window.directory_view.tabs.tabText(1) == "&Organisations"

    dialog = ProfessionalDialog(DirectoryService(workspace), parent=window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New professional"
    assert dialog.save_button.text() == "Save"  # a base-class text, translated too
    window.close()


def test_french_stays_the_default_whatever_the_system(
    qapp, workspace: Workspace, app_paths: AppPaths
) -> None:
    previous = QLocale()
    translators = install_translators(qapp)
    try:
        assert QLocale().language() == QLocale.Language.French
        window = MainWindow(workspace, app_paths.default_db, app_paths)
        assert window.menuBar().actions()[0].text() == "&Fichier"
        window.close()
        window.deleteLater()
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)


def test_the_language_preference_is_read_from_ui_ini(app_paths: AppPaths) -> None:
    settings = main_window.ui_settings(app_paths)
    assert preferred_language(settings) == "fr"
    set_preferred_language(settings, "en")
    again = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    assert preferred_language(again) == "en"
    again.setValue("ui/language", "klingon")
    assert preferred_language(again) == "fr"


@pytest.mark.parametrize(("stored", "expected"), [(None, FRENCH), ("en", ENGLISH)])
def test_launch_installs_the_preferred_language(
    qapp, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, stored: str | None,
    expected: QLocale,
) -> None:
    if stored:
        set_preferred_language(main_window.ui_settings(app_paths), stored)
    chosen: list[QLocale] = []
    monkeypatch.setattr(main_window, "install_translators",
                        lambda app, locale: chosen.append(locale) or [])
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert main_window.launch(qapp, None) == 0
    assert [locale.name() for locale in chosen] == [expected.name()]
