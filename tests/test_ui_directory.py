"""The directory page: search as you type, add and edit dialogs with the service's checks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from coordapp.errors import InvalidInput
from coordapp.models import Change
from coordapp.services.directory import DirectoryService
from coordapp.services.workspace import Workspace
from coordapp.ui.app_events import AppEvents
from coordapp.ui.directory_dialogs import ProfessionalDialog, StructureDialog
from coordapp.ui.directory_model import ProfessionalColumn, StructureColumn
from coordapp.ui.directory_page import SEARCH_DELAY_MS
from coordapp.ui.directory_view import DirectoryView

BAD_LUHN_RPPS = "10003456789"  # 11 digits, check key wrong: a warning, not a refusal
GOOD_LUHN_RPPS = "10101010105"


@pytest.fixture
def view(qtbot, workspace: Workspace) -> DirectoryView:
    DirectoryService(workspace).preload_structures()
    events = AppEvents()
    view = DirectoryView(DirectoryService(workspace), events)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def column(page, col: int) -> list[str]:
    model = page.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_structures_are_preloaded_and_found_without_accents(qtbot, view: DirectoryView) -> None:
    view.tabs.setCurrentIndex(DirectoryView.STRUCTURES)
    page = view.structures
    assert page.model.rowCount() > 10
    assert "DAC des Ardennes" in column(page, StructureColumn.NAME)
    qtbot.keyClicks(page.search_edit, "meziere")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 20)
    assert column(page, StructureColumn.NAME) == ["DAC des Ardennes"]
    row = 0
    assert page.model.index(row, StructureColumn.CITY).data() == "08000 Charleville-Mézières"
    assert page.model.index(row, StructureColumn.PHONE).data() == "03 24 35 12 52"
    assert page.model.index(row, StructureColumn.KIND).data() == "DAC"
    assert page.count_label.text() == "1 résultat"

    page.search_edit.setText("zzzz introuvable")
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "Aucun résultat"


def fill_professional(dialog: ProfessionalDialog, rpps: str) -> None:
    dialog.edits["family_name"].setText("Lefèvre")  # accents: setText, not keyClicks
    dialog.edits["given_name"].setText("Hélène")
    dialog.profession_combo.setCurrentText("Médecin généraliste")
    dialog.edits["rpps"].setText(rpps)
    dialog.edits["phone"].setText("03 24 56 78 90")


def test_a_doubtful_rpps_is_shown_then_saved(
    qtbot, workspace: Workspace, view: DirectoryView
) -> None:
    page = view.professionals
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ProfessionalDialog) and dialog.isVisible()
    fill_professional(dialog, BAD_LUHN_RPPS)

    dialog.save_button.click()  # first click: the warning, nothing saved yet
    note = dialog.notes["rpps"]
    assert not note.isHidden()
    assert "RPPS inhabituel" in note.text()
    assert dialog.isVisible()
    assert DirectoryService(workspace).search_professionals("lefevre") == []
    assert dialog.save_button.text() == "Enregistrer quand même"

    with qtbot.waitSignal(dialog.finished, timeout=1000):
        dialog.save_button.click()
    saved = DirectoryService(workspace).search_professionals("lefevre")
    assert [(p.family_name, p.rpps, p.phone) for p in saved] == [
        ("Lefèvre", BAD_LUHN_RPPS, "+33324567890")]
    assert view.dialog is None
    assert column(page, ProfessionalColumn.NAME) == ["LEFÈVRE Hélène"]
    assert page.current_id() == saved[0].id
    assert "RPPS inhabituel" in view.info_label.text()
    assert not view.info_label.isHidden()


def test_a_warning_seen_when_leaving_the_field_does_not_ask_twice(
    qtbot, workspace: Workspace, view: DirectoryView
) -> None:
    dialog = ProfessionalDialog(DirectoryService(workspace), parent=view)
    qtbot.addWidget(dialog)
    fill_professional(dialog, BAD_LUHN_RPPS)
    dialog.edits["rpps"].editingFinished.emit()  # leaving the field checks it
    assert "RPPS inhabituel" in dialog.notes["rpps"].text()
    dialog.save_button.click()
    assert dialog.saved_id is not None
    assert dialog.warnings == ["Numéro RPPS inhabituel (clé de contrôle) : vérifiez-le."]


def test_a_malformed_value_is_refused_next_to_its_field(
    qtbot, workspace: Workspace, view: DirectoryView
) -> None:
    dialog = ProfessionalDialog(DirectoryService(workspace), parent=view)
    qtbot.addWidget(dialog)
    fill_professional(dialog, "12345")
    dialog.save_button.click()
    assert dialog.notes["rpps"].text() == "Le numéro RPPS doit comporter 11 chiffres."
    assert dialog.saved_id is None
    dialog.edits["rpps"].setText(GOOD_LUHN_RPPS)
    dialog.edits["phone"].setText("12 34")
    dialog.edits["phone"].editingFinished.emit()
    assert dialog.notes["phone"].text().startswith("Numéro de téléphone invalide")
    assert dialog.notes["rpps"].isHidden()
    dialog.edits["family_name"].setText("")
    dialog.edits["phone"].setText("")
    dialog.save_button.click()
    assert dialog.notes["family_name"].text() == "Le nom du professionnel est obligatoire."
    assert DirectoryService(workspace).search_professionals() == []


def test_editing_a_structure_updates_it_and_its_search(
    qtbot, workspace: Workspace, view: DirectoryView
) -> None:
    service = DirectoryService(workspace)
    structure = next(s for s in service.search_structures("ardennes")
                     if s.name == "DAC des Ardennes")
    view.tabs.setCurrentIndex(DirectoryView.STRUCTURES)
    page = view.structures
    row = page.model.row_of(structure.id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.edit_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = view.dialog
    assert isinstance(dialog, StructureDialog)
    assert dialog.windowTitle() == "Modifier une structure"
    assert dialog.edits["name"].text() == "DAC des Ardennes"
    assert dialog.edits["phone"].text() == "03 24 35 12 52"
    assert dialog.kind_combo.currentData() == "DAC"

    dialog.edits["finess"].setText("ABC")
    dialog.save_button.click()
    assert dialog.notes["finess"].text().startswith("Le numéro FINESS doit comporter")
    dialog.edits["finess"].setText("")
    dialog.edits["city"].setText("Sedan")
    dialog.edits["postal_code"].setText("08200")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        dialog.save_button.click()

    assert [s.id for s in service.search_structures("sedan dac")] == [structure.id]
    assert service.search_structures("meziere ardennes") == []
    assert page.model.index(page.model.row_of(structure.id), StructureColumn.CITY).data() == \
        "08200 Sedan"
    assert view.info_label.text() == "Fiche enregistrée."


def test_update_professional_records_changes_and_clears_fields(workspace: Workspace) -> None:
    service = DirectoryService(workspace)
    structure = service.add_structure({"name": "MSP de Sedan", "kind": "MSP"}).id
    added = service.add_professional({"family_name": "Roux", "profession": "Infirmier",
                                      "rpps": GOOD_LUHN_RPPS, "city": "Sedan"})
    result = service.update_professional(added.id, {
        "family_name": "Roux-Lefèvre", "profession": "Infirmier", "rpps": "",
        "adeli": "123456789", "structure_id": structure, "city": "Sedan"})

    assert result.changed == ["adeli", "family_name", "rpps", "structure_id"]
    assert [w.field for w in result.warnings] == ["adeli"]  # 123456789: wrong check key
    fields = service.professional_fields(added.id)
    assert (fields["rpps"], fields["adeli"], fields["structure_id"]) == (
        None, "123456789", structure)
    assert [p.id for p in service.search_professionals("roux lefevre")] == [added.id]
    assert service.search_professionals(GOOD_LUHN_RPPS) == []
    assert service.get_professional(added.id).structure_name == "MSP de Sedan"
    with workspace.unit_of_work() as uow:
        logged = uow.session.scalars(select(Change).where(
            Change.entity_id == added.id, Change.kind == "update")).all()
    assert [sorted(c.values) for c in logged] == [result.changed]

    assert service.update_professional(added.id, {
        "family_name": "Roux-Lefèvre", "profession": "Infirmier", "adeli": "123456789",
        "structure_id": structure, "city": "Sedan"}).changed == []
    with pytest.raises(InvalidInput) as refused:
        service.update_professional(added.id, {"family_name": "Roux", "profession": "IDE",
                                               "structure_id": "inconnue"})
    assert refused.value.field == "structure_id"
