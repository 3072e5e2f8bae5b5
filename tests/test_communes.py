"""The birthplace: the commune searched by name, postal code or INSEE code in the
shipped list of French communes (INSEE COG 2026), its INSEE code stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coordapp.services.communes import commune_index, fold
from coordapp.ui.patient.commune_edit import CommuneEdit
from tests.test_ui_patient import add, open_window, stored


def names(text: str) -> list[str]:
    return [c.name for c in commune_index().search(text, 5)]


def test_the_list_is_the_whole_official_one() -> None:
    index = commune_index()
    assert len(index.communes) > 37_000
    assert index.get("08105").name == "Charleville-Mézières"
    assert index.get("2a004").name == "Ajaccio"
    assert index.get("75115").name == "Paris 15e Arrondissement"  # birthplace codes
    assert index.get("97411").name == "Saint-Denis"


@pytest.mark.parametrize(("typed", "first"), [
    ("charleville-mezieres", "Charleville-Mézières"),
    ("CHARLEVILLE MÉZIÈRES", "Charleville-Mézières"),
    ("st etienne", "Saint-Étienne"),
    ("sedan", "Sedan"),
    ("08105", "Charleville-Mézières"),  # INSEE code
    ("08200", "Sedan"),  # postal code
    ("l'abergement-clemenciat", "L'Abergement-Clémenciat"),
    ("lyon 3", "Lyon 3e Arrondissement"),
])
def test_accents_case_and_codes_are_ignored_or_found(typed: str, first: str) -> None:
    assert names(typed)[0] == first


def test_names_that_start_with_the_text_come_before_those_that_contain_it() -> None:
    found = names("mezieres")
    assert found[0].startswith("Mézières")
    assert "Charleville-Mézières" in [c.name for c in commune_index().search("mezieres", 40)]
    assert fold("Saint-Étienne-du-Rouvray") == "saint etienne du rouvray"
    assert names("zzzz") == []


def test_typing_a_commune_and_choosing_it_stores_its_insee_code(qtbot, workspace) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    edit = window.identity_tab.form.birth_place_edit
    assert isinstance(edit, CommuneEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, "charleville m")
    popup = edit.completer().popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "Charleville-Mézières (08) · 08105"
    window.resize(1366, 768)
    window.grab().save("/tmp/h16b_birthplace.png")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.code() == "08105"
    assert edit.text() == "Charleville-Mézières (08) · 08105"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(workspace, patient_id)["birth_place_code"] == "08105"

    window.close()
    again = open_window(qtbot, workspace, patient_id)  # shown as the commune, not a code
    assert again.identity_tab.form.birth_place_edit.text() == \
        "Charleville-Mézières (08) · 08105"


def test_a_postal_code_finds_the_communes_it_serves(qtbot) -> None:
    edit = CommuneEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "08000")
    popup = edit.completer().popup()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown[0] == "Charleville-Mézières (08) · 08105"
    assert "Les Ayvelles (08) · 08040" in shown
    assert edit.code() == ""  # 08000 is a postal code, no INSEE code
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # Esc closes the list only
    assert not popup.isVisible() and edit.text() == "08000"
    assert QApplication.activePopupWidget() is None


def test_a_code_typed_directly_is_taken_and_abroad_too(qtbot) -> None:
    edit = CommuneEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "99350")  # born in Morocco
    assert edit.code() == "99350"
    edit.clear()
    qtbot.keyClicks(edit, "08409")
    assert edit.code() == "08409"
