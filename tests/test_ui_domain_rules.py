"""On screen: AGGIR adverbs and overrides, the mini-Zarit, the consent banner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.patient.follow_up import FollowUpService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient import PatientWindow
from coordapp.ui.plan.aggir_form import AggirForm
from coordapp.ui.plan.zarit_form import ZaritForm
from tests.clock import today
from tests.test_ui_assessment import new_patient, open_tab


def toggle(qtbot, box) -> None:
    """A real key press: Space on the focused tick box (it has no text to click on)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def tick_all(form: AggirForm) -> None:
    for boxes in form.adverb_grid.boxes.values():
        for box in boxes.values():
            box.setChecked(True)


def test_adverbs_ticked_give_the_letters_and_the_gir(qtbot) -> None:
    form = AggirForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    tick_all(form)
    assert {v: form.pickers[v].value() for v in form.reasons} == {
        v: "A" for v in form.reasons}
    assert form.gir() == 6
    grid = form.adverb_grid
    toggle(qtbot, grid.boxes["toilette_bas"]["spontanement"])
    assert grid.letters["toilette_bas"].text() == "B"
    assert form.pickers["toilette"].value() == "B"  # A + B → B
    toggle(qtbot, grid.none_boxes["elimination_fecale"])
    assert not any(b.isChecked() for b in grid.boxes["elimination_fecale"].values())
    assert form.pickers["elimination"].value() == "C"  # A + C → C (the guide's table)
    detail = form.detail()
    assert detail["adverbs"]["elimination_fecale"] == []
    assert detail["adverbs"]["toilette_bas"] == ["totalement", "correctement",
                                                 "habituellement"]
    assert "overrides" not in detail


def test_typing_another_letter_is_an_override_asking_for_its_reason(qtbot) -> None:
    form = AggirForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    tick_all(form)
    toggle(qtbot, form.adverb_grid.boxes["transferts"]["habituellement"])
    assert form.pickers["transferts"].value() == "B"
    assert not form.reasons["transferts"].isVisible()
    form.pickers["transferts"].setFocus()
    qtbot.keyClick(form.pickers["transferts"], Qt.Key.Key_A)
    assert form.reasons["transferts"].isVisible()
    assert not form.hints["transferts"].isVisible()
    qtbot.keyClicks(form.reasons["transferts"], "Grille APA du 12/11")
    assert form.detail()["overrides"] == {
        "transferts": {"letter": "A", "reason": "Grille APA du 12/11"}}
    # Back to the derived letter: no override any more.
    form.pickers["transferts"].set_value("B")
    assert not form.reasons["transferts"].isVisible() and "overrides" not in form.detail()


def test_a_grid_coded_with_adverbs_is_saved_and_reloaded(qtbot, workspace: Workspace,
                                                         app_paths) -> None:
    patient_id = new_patient(workspace)
    tab = open_tab(qtbot, workspace, app_paths, patient_id)
    tab.start_new()
    form = tab.form
    tick_all(form.aggir)
    form.aggir.adverb_grid.boxes["habillage_bas"]["totalement"].setChecked(False)
    form.aggir.pickers["habillage"].set_value("C")
    form.save_button.click()
    assert "motif du forçage" in form.error_label.text()  # override without a reason
    form.aggir.reasons["habillage"].setText("Ne s'habille plus seul depuis sa chute")
    with qtbot.waitSignal(tab.changed):
        form.save_button.click()
    [saved] = AssessmentService(workspace).for_patient(patient_id)
    assert saved.aggir["habillage"] == "C"
    assert saved.aggir_coding is not None
    assert saved.aggir_coding["habillage"]["derived"] == "B"
    assert saved.aggir_coding["habillage"]["override_reason"] == \
        "Ne s'habille plus seul depuis sa chute"
    form.load(saved)
    assert form.aggir.reasons["habillage"].text() == "Ne s'habille plus seul depuis sa chute"
    assert not form.aggir.adverb_grid.boxes["habillage_bas"]["totalement"].isChecked()
    assert not tab.has_unsaved_changes()


def test_the_mini_zarit_is_keyed_and_scored_in_half_points(qtbot) -> None:
    form = ZaritForm()
    qtbot.addWidget(form)
    form.show()
    form.set_form("mini")
    assert form.mini_box.isVisible() and not form.items_box.isVisible()
    form.mini_pickers[0].setFocus()
    for key in (Qt.Key.Key_S, Qt.Key.Key_S, Qt.Key.Key_P, Qt.Key.Key_S, Qt.Key.Key_J,
                Qt.Key.Key_P, Qt.Key.Key_J):
        qtbot.keyClick(form.focusWidget(), key)
    assert form.answers() == [1.0, 1.0, 0.5, 1.0, 0.0, 0.5, 0.0]
    assert form.total_label.text() == "4/7"
    assert form.band_label.text() == "fardeau modéré à sévère"
    form.set_items([0.5] * 7)
    assert form.form() == "mini" and form.total_label.text() == "3,5/7"


def test_the_file_shows_a_banner_while_an_objection_is_in_force(qtbot,
                                                               workspace: Workspace) -> None:
    patient_id = CaseloadService(workspace).add_patient(
        {"family_name": "Nguyen", "given_names": "Thi Lan", "birth_date": "1950-01-15",
         "sex": "F"}).id  # a request: not informed yet
    window = PatientWindow(workspace, patient_id)
    qtbot.addWidget(window, before_close_func=lambda w: w.identity_tab.revert())
    window.show()
    banner = window.header.consent_banner
    assert banner.isVisible() and "non enregistrée" in banner.text()
    follow_up = FollowUpService(workspace)
    follow_up.record_consent(patient_id, "information_given", how="Oral")
    follow_up.record_consent(patient_id, "objection", how="Oral")
    window.consent_tab.written.emit()
    assert banner.isVisible()
    assert f"Opposition au partage depuis le {today():%d/%m/%Y}" in banner.text()
    assert "Seul le PPCS pour la personne" in banner.text()
    follow_up.record_consent(patient_id, "objection_withdrawn", how="Écrit signé")
    window.consent_tab.written.emit()
    assert not banner.isVisible()
