"""The patient file window: header, identity editing, saving, closing (pytest-qt, real DB)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coordapp.errors import NotFound
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.directory import DirectoryService
from coordapp.services.patient.file import PatientFileService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from tests.informed import INFORMED

ELOISE = {"family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "1941-03-12",
          "sex": "F", "city": "Sedan", "status": "active", "used_name": "Durand"}
VALID_NIR = "241030812345676"  # F, born 03/1941, key 76
WRONG_KEY_NIR = "241030812345699"


def add(workspace: Workspace, **changes) -> str:
    values = {**ELOISE, **changes}
    informed = INFORMED if values.get("status") in ("active", "on_hold") else None
    return CaseloadService(workspace).add_patient(values, information=informed).id


def open_window(qtbot, workspace: Workspace, patient_id: str) -> PatientWindow:
    window = PatientWindow(workspace, patient_id)
    # never leave a "save your changes?" question blocking the teardown
    qtbot.addWidget(window, before_close_func=lambda w: w.identity_tab.revert())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts (Ctrl+S, Ctrl+W) need it
    return window


def stored(workspace: Workspace, patient_id: str) -> dict:
    return PatientFileService(workspace).load(patient_id, audit=False).identity


def test_the_header_shows_who_this_is(qtbot, workspace) -> None:
    window = open_window(qtbot, workspace, add(workspace))
    header = window.header

    assert header.name_label.text() == "LEFÈVRE (DURAND) Éloïse Marie"
    assert "Née le 12/03/1941" in header.details_label.text()
    assert header.identity_badge.text() == "PROV"
    assert header.identity_badge.toolTip() == "Identité provisoire"
    assert header.status_badge.text().startswith("Actif depuis le")
    assert header.gp_label.text() == "Sans médecin traitant"
    status = window.identity_tab.form.edits["identity_status"]
    assert status.currentText() == "PROV · Identité provisoire"
    qual = status.findData("QUAL")
    assert "téléservice INSi" in status.itemData(qual, Qt.ItemDataRole.ToolTipRole)
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Identité et contacts", "Demandes", "Cercle de soins", "Évaluation", "PPCS",
        "Journal", "Ruptures de parcours", "Information et consentement", "Historique"]


def test_a_long_value_shows_its_beginning(qtbot, workspace) -> None:
    """A trusted person or an address longer than its field is read from its start:
    "Mme Arnaud (petite-fille)…", not "…ille), 06 16 74 70 40"."""
    trusted = "Mme Christine Arnaud-Villeneuve (petite-fille), 06 16 74 70 40, le soir"
    window = open_window(qtbot, workspace, add(workspace, trusted_person=trusted,
                                               address="Résidence Les Tilleuls, bâtiment C,"
                                                       " 12 avenue du Général Leclerc"))
    for key in ("trusted_person", "address"):
        edit = window.identity_tab.form.edits[key]
        assert edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width()  # too long
        assert edit.cursorPosition() == 0, key
    window.reload()  # read again after a change made elsewhere: still from the start
    assert window.identity_tab.form.edits["trusted_person"].cursorPosition() == 0


def test_an_unknown_patient_cannot_be_opened(qtbot, workspace) -> None:
    with pytest.raises(NotFound):
        PatientWindow(workspace, "no-such-id")


def test_tab_follows_the_screen_order(qtbot, workspace) -> None:
    window = open_window(qtbot, workspace, add(workspace))
    form = window.identity_tab.form
    expected = ["family_name", "given_names", "birth_date", "sex", "birth_place_code", "nir",
                "identity_status", "identity_document", "identity_checked_on", "used_name",
                "used_given_name", "phone", "phone_alt",
                "email", "address", "postal_code", "city", "status", "opened_on",
                "referent_id"]  # closure fields are hidden while the case is open
    form.edits["family_name"].setFocus()
    seen = []
    for _ in expected:
        focused = QApplication.focusWidget()
        seen.append(next((k for k, w in form.edits.items() if w is focused), focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == expected
    assert QApplication.focusWidget() is form.gp_field.pick_button


def test_nir_is_checked_as_it_is_typed(qtbot, workspace) -> None:
    window = open_window(qtbot, workspace, add(workspace))
    nir = window.identity_tab.form.nir_edit

    qtbot.keyClicks(nir, "24103")
    assert nir.state == "typing" and nir.hint_label.text() == "5/15 caractères"
    nir.setText(WRONG_KEY_NIR)
    assert nir.state == "invalid"
    assert "clé du NIR" in nir.hint_label.text()
    assert "b3261e" in nir.hint_label.styleSheet()  # red
    nir.setText(VALID_NIR)
    assert nir.state == "valid" and "2e7d32" in nir.hint_label.styleSheet()  # green
    window.identity_tab.form.edits["birth_date"].setText("12/03/1951")
    assert nir.state == "warning"
    assert "année de naissance" in nir.hint_label.text()


def test_an_invalid_nir_is_refused_next_to_the_field_then_a_valid_one_saved(
    qtbot, workspace
) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    tab = window.identity_tab
    tab.form.nir_edit.setText("24103081234")  # too short
    tab.form.edits["phone"].setText("06 12 34 56 78")
    assert tab.is_dirty() and window.isWindowModified()

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert "15 caractères" in tab.form.nir_edit.hint_label.text()
    assert tab.form.nir_edit.hint_label.isVisible()
    assert tab.is_dirty()
    assert stored(workspace, patient_id)["nir"] is None
    assert stored(workspace, patient_id)["phone"] is None  # nothing saved at all

    tab.form.nir_edit.setText(VALID_NIR)
    with qtbot.waitSignal(window.patient_changed) as changed:
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert changed.args == [patient_id]
    identity = stored(workspace, patient_id)
    assert (identity["nir"], identity["phone"]) == (VALID_NIR, "+33612345678")
    assert not tab.is_dirty() and not window.isWindowModified()
    assert "Modifications enregistrées" in tab.message_label.text()
    assert tab.form.nir_edit.text() == "2 41 03 08 123 456 76"


def test_nir_warnings_of_the_service_are_shown(qtbot, workspace) -> None:
    patient_id = add(workspace, sex="M")
    window = open_window(qtbot, workspace, patient_id)
    tab = window.identity_tab
    tab.form.nir_edit.setText(VALID_NIR)  # a woman's NIR
    assert tab.save()

    assert stored(workspace, patient_id)["nir"] == VALID_NIR
    assert "sexe indiqué ne correspond pas" in tab.message_label.text()


def test_revert_restores_the_stored_values(qtbot, workspace) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    tab = window.identity_tab
    tab.form.edits["city"].setText("Charleville-Mézières")
    assert tab.revert_button.isEnabled()

    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)

    assert tab.form.edits["city"].text() == "Sedan"
    assert not tab.is_dirty() and not tab.save_button.isEnabled()


def test_the_last_save_can_be_undone(qtbot, workspace) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    tab = window.identity_tab
    tab.form.edits["city"].setText("Rethel")
    assert tab.save()
    assert stored(workspace, patient_id)["city"] == "Rethel"
    assert tab.undo_button.isVisible()

    with qtbot.waitSignal(window.patient_changed):
        qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)

    assert stored(workspace, patient_id)["city"] == "Sedan"
    assert tab.form.edits["city"].text() == "Sedan"


def test_changing_identity_traits_warns_of_a_probable_duplicate(qtbot, workspace) -> None:
    add(workspace)
    other = add(workspace, family_name="Lefebvre", given_names="Élise", birth_date="1941-03-21",
                used_name=None)
    window = open_window(qtbot, workspace, other)
    tab = window.identity_tab
    tab.form.edits["birth_date"].setText("12/03/1941")
    tab.form.edits["given_names"].setText("Eloise")
    assert tab.save()  # a warning, not a refusal

    assert stored(workspace, other)["birth_date"] == dt.date(1941, 3, 12)
    assert "Doublon probable" in tab.message_label.text()
    assert "LEFÈVRE (DURAND) Éloïse" in tab.message_label.text()


def test_closing_a_case_needs_its_reason(qtbot, workspace) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    form = window.identity_tab.form
    status = form.edits["status"]
    status.setCurrentIndex(status.findData("closed"))
    assert form.edits["closure_reason"].isVisibleTo(window)

    assert not window.identity_tab.save()
    assert form.errors["closure_reason"].text() == "Indiquez le motif de clôture du dossier."
    reason = form.edits["closure_reason"]
    reason.setCurrentIndex(reason.findData("moved"))
    assert window.identity_tab.save()

    identity = stored(workspace, patient_id)
    assert (identity["status"], identity["closure_reason"], identity["closed_on"]) == (
        "closed", "moved", dt.date.today())
    assert window.header.status_badge.text().startswith("Clôturé le")


def test_the_gp_is_picked_from_the_directory(qtbot, workspace) -> None:
    directory = DirectoryService(workspace)
    gp = directory.add_professional({"family_name": "Roux", "given_name": "Jean",
                                     "profession": "Médecin généraliste", "city": "Sedan"}).id
    directory.add_professional({"family_name": "Roux", "given_name": "Anne",
                                "profession": "Infirmier(ère) libéral(e)"})
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    tab = window.identity_tab
    qtbot.mouseClick(tab.form.gp_field.pick_button, Qt.MouseButton.LeftButton)
    picker = tab.gp_dialog
    assert picker is not None
    picker.search_edit.setText("roux")
    picker.search()
    assert [row.id for row in picker.model.rows] == [gp]  # GPs only

    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert tab.form.gp_field.name_label.text() == "Dr Jean Roux"
    assert window.save()

    assert stored(workspace, patient_id)["gp_id"] == gp
    assert window.header.gp_label.text() == "Médecin traitant : Dr Jean Roux"


def answer_unsaved_question(qtbot, window: PatientWindow, button_text: str) -> None:
    def click() -> None:
        box = window.unsaved_box
        assert box is not None
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(("answer", "closed", "city"), [
    ("Annuler", False, "Sedan"), ("Ignorer", True, "Sedan"), ("Enregistrer", True, "Givet"),
])
def test_closing_with_unsaved_edits_asks(qtbot, workspace, answer, closed, city) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    window.identity_tab.form.edits["city"].setText("Givet")

    answer_unsaved_question(qtbot, window, answer)
    window.close()

    assert window.isVisible() is not closed
    assert stored(workspace, patient_id)["city"] == city
    assert QApplication.activeModalWidget() is None


def test_closing_without_edits_does_not_ask(qtbot, workspace, monkeypatch) -> None:
    window = open_window(qtbot, workspace, add(workspace))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("asked"))
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_the_history_tab_shows_who_saw_the_file(qtbot, workspace) -> None:
    from coordapp.services.caseload.patients import CaseloadService

    patient_id = CaseloadService(workspace).add_patient(
        {"family_name": "Martin", "given_names": "Paul", "birth_date": "1940-01-01",
         "sex": "M"}).id
    window = PatientWindow(workspace, patient_id)  # opening the file is a "view"
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.history_tab)
    model = window.history_tab.model
    qtbot.waitUntil(lambda: model.rowCount() >= 2)
    actions = {model.index(row, 2).data() for row in range(model.rowCount())}
    assert {"Consultation", "Création"} <= actions
    changes = window.history_tab.changes_model  # the field-level change log, as the CLI
    values = {(changes.index(r, 2).data(), changes.index(r, 4).data())
              for r in range(changes.rowCount())}
    assert ("Dossier", "Martin") in values and ("Dossier", "Paul") in values
    window.close()


def test_validated_identity_names_its_document_and_qual_is_not_offered(qtbot, workspace) -> None:
    patient_id = add(workspace)
    window = open_window(qtbot, workspace, patient_id)
    tab = window.identity_tab
    form = tab.form
    status = form.edits["identity_status"]
    items = status.model()
    assert not items.item(status.findData("QUAL")).isEnabled()
    assert not items.item(status.findData("RECUP")).isEnabled()
    assert items.item(status.findData("VALI")).isEnabled()
    assert "Saisie manuelle" in form.origin_label.text()

    status.setFocus()
    while status.currentData() != "VALI":
        qtbot.keyClick(status, Qt.Key.Key_Down)
    assert not tab.save()
    assert form.errors["identity_document"].isVisible()
    assert "pièce d'identité contrôlée" in form.errors["identity_document"].text()
    assert stored(workspace, patient_id)["identity_status"] == "PROV"

    document = form.edits["identity_document"]
    document.setCurrentIndex(document.findData("PA"))
    form.edits["identity_checked_on"].setFocus()
    qtbot.keyClicks(form.edits["identity_checked_on"], "04/11/2026")
    assert tab.save()
    identity = stored(workspace, patient_id)
    assert (identity["identity_status"], identity["identity_document"],
            identity["identity_checked_on"], identity["identity_method"]) == (
        "VALI", "PA", dt.date(2026, 11, 4), "SM")
    assert form.origin_label.text() == (
        "Saisie manuelle, identité contrôlée sur : Passeport, le 04/11/2026")
