"""English screens: the shipped translation, the language preference, a translated window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog

from coordapp.paths import AppPaths, resource_path
from coordapp.services.directory import DirectoryService
from coordapp.services.workspace import Workspace
from coordapp.ui import main_window, startup
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
    hint = "translate it in resources/i18n/coordapp_en.ts (pyside6-linguist), then run " \
        "tools/update_translations.py"
    for context, source, translation in found:
        assert translation is not None and translation.get("type") is None, \
            (context, source, hint)
        forms = [form.text or "" for form in translation.findall("numerusform")]
        english = forms[0] if forms else translation.text or ""
        assert english.strip() and all(f.strip() for f in forms), (context, source)
        assert sorted(PLACEHOLDERS.findall(english)) == sorted(PLACEHOLDERS.findall(source)), \
            (context, source, english)
        assert english.count("&") == source.count("&"), (context, source, english)


ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "update_translations.py"


def message_keys(ts: Path) -> list[tuple[str, str, str | None]]:
    return sorted((context.findtext("name") or "", message.findtext("source") or "",
                   message.get("numerus"))
                  for context in ET.parse(ts).getroot().iter("context")
                  for message in context.iter("message"))


def test_the_catalogue_is_the_current_source_of_the_english_text(tmp_path: Path) -> None:
    """The .ts holds exactly the screens' texts (lupdate over the code changes nothing),
    none obsolete, and the shipped .qm is its compilation."""
    ts = ROOT / "resources" / "i18n" / "coordapp_en.ts"
    fresh = tmp_path / "coordapp_en.ts"
    shutil.copy(ts, fresh)
    code = (f"import sys; sys.path.insert(0, {str(TOOL.parent)!r}); import update_translations "
            f"as u; from pathlib import Path; u.run_lupdate(Path({str(fresh)!r})); "
            f"u.run_lrelease(Path({str(fresh)!r}), Path({str(tmp_path / 'en.qm')!r}))")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    hint = "run tools/update_translations.py and commit resources/i18n/"
    assert message_keys(fresh) == message_keys(ts), hint
    assert "obsolete" not in ts.read_text(encoding="utf-8")
    assert "vanished" not in ts.read_text(encoding="utf-8")
    assert (tmp_path / "en.qm").read_bytes() == (ts.with_suffix(".qm")).read_bytes(), hint


def test_the_catalogue_check_sees_an_unfinished_text(tmp_path: Path) -> None:
    sys.path.insert(0, str(TOOL.parent))
    try:
        import update_translations as tool
    finally:
        sys.path.remove(str(TOOL.parent))
    ts = tmp_path / "coordapp_en.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "coordapp_en.ts", ts)
    assert tool.unfinished(ts) == []
    text = ts.read_text(encoding="utf-8").replace(
        "<translation>About CoordApp</translation>",
        '<translation type="unfinished"></translation>', 1)
    ts.write_text(text, encoding="utf-8")
    assert tool.unfinished(ts) == [("AboutBox", "À propos de CoordApp")]


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
    monkeypatch.setattr(startup, "install_translators",
                        lambda app, locale: chosen.append(locale) or [])
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert startup.launch(qapp, None) == 0
    assert [locale.name() for locale in chosen] == [expected.name()]
