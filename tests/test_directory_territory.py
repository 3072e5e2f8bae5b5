"""The territory of the user's structure (Mon profil): a new professional is prefilled
with its commune, and the directory's search shows the professionals there first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coordapp.services.directory import DirectoryService, Territory
from coordapp.services.profile import ProfileService
from coordapp.services.workspace import Workspace
from coordapp.ui.directory_dialogs import ProfessionalDialog as DirectoryProfessionalDialog
from coordapp.ui.patient.professional_dialog import ProfessionalDialog
from coordapp.ui.profile_form import ProfileForm


def set_home(workspace: Workspace) -> None:
    ProfileService(workspace).update({"postal_code": "08200", "city": "Sedan"})


def test_the_profile_keeps_the_structures_postal_code_and_commune(workspace) -> None:
    set_home(workspace)
    profile = ProfileService(workspace).get()
    assert (profile.postal_code, profile.city) == ("08200", "Sedan")
    assert DirectoryService(workspace).home_territory() == Territory("08200", "Sedan")
    assert Territory("97411", "").department == "974"


def test_the_search_ranks_the_territorys_professionals_first(workspace) -> None:
    directory = DirectoryService(workspace)
    for family, postal in (("Aubert", "75011"), ("Bernard", "51100"), ("Colin", "08000"),
                           ("Dupont", "08200"), ("Étienne", "13001")):
        directory.add_professional({"family_name": family, "profession": "Infirmier(ère)",
                                    "postal_code": postal})
    before = [p.family_name for p in directory.search_professionals("infirm")]
    assert before == ["Aubert", "Bernard", "Colin", "Dupont", "Étienne"]  # no territory yet
    set_home(workspace)
    after = [p.family_name for p in directory.search_professionals("infirm")]
    assert after == ["Colin", "Dupont", "Aubert", "Bernard", "Étienne"]


def test_a_new_professional_is_prefilled_with_the_territory(qtbot, workspace) -> None:
    set_home(workspace)
    dialog = ProfessionalDialog(DirectoryService(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog.postal_edit.text(), dialog.city_edit.text()) == ("08200", "Sedan")
    qtbot.keyClicks(dialog.family_edit, "Colin")
    qtbot.keyClicks(dialog.profession_combo.lineEdit(), "Pharmacien")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    added = DirectoryService(workspace).professional_fields(dialog.result_id)
    assert (added["postal_code"], added["city"]) == ("08200", "Sedan")

    full = DirectoryProfessionalDialog(DirectoryService(workspace))
    qtbot.addWidget(full)
    assert full.edits["postal_code"].text() == "08200"
    assert full.edits["city"].text() == "Sedan"


def test_an_untouched_prefill_is_no_unsaved_input(qtbot, workspace) -> None:
    set_home(workspace)
    dialog = ProfessionalDialog(DirectoryService(workspace))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.family_edit, Qt.Key.Key_Escape)  # nothing typed: no question
    assert not dialog.isVisible()


def test_the_profile_page_edits_the_territory(qtbot, workspace, app_paths) -> None:
    form = ProfileForm(ProfileService(workspace))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.edits["postal_code"], "08200")
    qtbot.keyClicks(form.edits["city"], "Sedan")
    assert form.save()
    assert ProfileService(workspace).get().city == "Sedan"
    form.edits["postal_code"].setText("8200")
    assert not form.save()  # a wrong postal code is refused, said under the field
    assert form.fields.labels["postal_code"].text()
