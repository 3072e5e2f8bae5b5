"""The "Évaluation" tab: AGGIR grid with the GIR computed live, Zarit total and band,
saving through AssessmentService, comparison, and the PPCS needs suggested."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from coordapp.paths import AppPaths
from coordapp.services.assessments import aggir
from coordapp.services.assessments.recording import COMPLEXITY_FACTORS, AssessmentService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.plans.closure import CaseClosureService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from coordapp.ui.plan import AssessmentTab, PlanTab
from coordapp.ui.plan.aggir_form import AggirForm, variable_labels
from coordapp.ui.plan.assessment_form import factor_labels
from coordapp.ui.plan.zarit_form import ZaritForm
from tests.clock import today
from tests.informed import INFORMED


def new_patient(workspace: Workspace) -> str:
    return CaseloadService(workspace).add_patient(
        {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
         "sex": "F", "status": "active"}, allow_duplicate=True, information=INFORMED).id


def open_tab(qtbot, workspace: Workspace, app_paths: AppPaths,
             patient_id: str) -> AssessmentTab:
    tab = AssessmentTab(workspace, patient_id, app_paths)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def fill_grid(form: AggirForm, answers: str) -> None:
    for picker, value in zip(form.pickers.values(), answers, strict=False):
        picker.set_value(value)


def test_every_variable_and_factor_has_a_french_label() -> None:
    assert set(variable_labels()) == set(aggir.ALL_VARIABLES)
    assert set(factor_labels()) == set(COMPLEXITY_FACTORS)


@pytest.mark.parametrize(("answers", "gir"), [("A" * 10, 6), ("C" * 10, 1),
                                              ("CCCCCCCCAA", 1), ("AAAAAAAABB", 6),
                                              ("BBBBABBAAC", 4)])
def test_the_gir_is_computed_as_choices_change(qtbot, answers: str, gir: int) -> None:
    form = AggirForm()
    qtbot.addWidget(form)
    fill_grid(form, answers[:9])
    assert form.gir() is None
    assert form.gir_label.text() == "GIR —"
    assert form.gir_detail.text() == "9 variables discriminantes sur 10 renseignées"
    with qtbot.waitSignal(form.grid_changed):
        form.pickers["communication"].set_value(answers[9])
    assert form.gir() == gir == aggir.compute_gir(form.grid()).gir
    assert form.gir_label.text() == f"GIR {gir}"


def test_the_grid_is_keyed_in_one_letter_per_row(qtbot) -> None:
    form = AggirForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    first = form.pickers["coherence"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for letter in "cccccccccc":
        qtbot.keyClick(form.focusWidget(), letter)
    assert set(form.grid().values()) == {"C"} and len(form.grid()) == 10
    assert form.pickers["gestion"].hasFocus()  # next: the first illustrative variable
    assert form.gir() == 1
    qtbot.keyClick(first, Qt.Key.Key_Delete)
    assert first.value() is None and form.gir() is None


def test_zarit_total_and_band_are_live(qtbot) -> None:
    form = ZaritForm()
    qtbot.addWidget(form)
    assert form.total_label.text() == "Zarit non réalisé"
    form.set_form("full")
    for picker in form.pickers[:21]:
        picker.set_value("2")
    assert form.total_label.text() == "42/88 (partiel)"
    assert form.progress_label.text() == "21 réponses sur 22"
    assert form.result() is None
    with qtbot.waitSignal(form.items_changed):
        form.pickers[21].set_value("3")
    assert form.result().total == 45
    assert (form.total_label.text(), form.band_label.text()) == (
        "45/88", "fardeau modéré à sévère")
    form.pickers[0].set_value("0")
    assert (form.total_label.text(), form.band_label.text()) == (
        "43/88", "fardeau modéré à sévère")
    for picker in form.pickers:
        picker.set_value("0")
    assert form.band_label.text() == "fardeau absent ou léger"

    form.set_form("short")
    assert len(form.active_pickers()) == 4
    assert form.pickers[4].isHidden() and not form.pickers[3].isHidden()
    assert (form.total_label.text(), form.band_label.text()) == ("0/16", "dépistage négatif")
    for picker, value in zip(form.active_pickers(), "2231", strict=True):
        picker.set_value(value)
    assert form.answers() == [2, 2, 3, 1]
    assert form.total_label.text() == "8/16"
    assert form.band_label.text().startswith("dépistage positif")


def test_a_new_assessment_is_saved_and_its_suggestions_offered(
        qtbot, workspace, app_paths) -> None:
    patient_id = new_patient(workspace)
    tab = open_tab(qtbot, workspace, app_paths, patient_id)
    # Never assessed: the tab opens on the new assessment, the cursor on the grid.
    assert tab.model.rowCount() == 0 and tab.stack.currentIndex() == tab.FORM_PAGE
    assert not tab.has_unsaved_changes()
    qtbot.waitUntil(tab.form.aggir.pickers["coherence"].hasFocus)
    form = tab.form
    fill_grid(form.aggir, "C" * 10 + "CCCCCCC")
    assert form.summary_gir.text() == "GIR 1"
    form.zarit.set_form("full")
    for picker in form.zarit.pickers:
        picker.set_value("3")
    assert form.summary_zarit.text() == "Zarit 66/88 : fardeau sévère"
    form.factor_boxes["falls"].setChecked(True)
    form.note_edits["caregiver"].setPlainText("Fille épuisée, dort mal, souhaite du répit")
    assert tab.has_unsaved_changes()

    with qtbot.waitSignal(tab.changed) as changed:
        form.save_button.click()

    assert changed.args == ["assessment"]
    [saved] = AssessmentService(workspace).for_patient(patient_id)
    assert (saved.assessed_on, saved.gir, saved.zarit_total) == (today(), 1, 66)
    assert saved.complexity_factors == ["falls"]
    assert saved.notes == {"caregiver": "Fille épuisée, dort mal, souhaite du répit"}
    assert saved.aggir["activites_temps_libre"] == "C"
    assert tab.stack.currentIndex() == tab.LIST_PAGE and not tab.has_unsaved_changes()
    assert tab.model.index(0, 1).data() == "GIR 1"
    assert tab.model.index(0, 3).data() == "fardeau sévère"

    panel = tab.suggestions
    assert panel.isVisible()
    assert {"caregiver_respite", "fall_prevention", "home_help", "find_gp"} <= set(
        panel.add_buttons)
    with qtbot.waitSignal(tab.changed) as changed:
        panel.add_buttons["caregiver_respite"].click()
    assert changed.args == ["need"]
    plan = PlanVersionService(workspace).show(patient_id, audit=False).plan
    assert [n.text for n in plan.needs] == [
        "Soulager l'aidant épuisé : organiser du répit et soutenir l'aidant"]
    assert panel.state_labels["caregiver_respite"].text() == "Ajouté au PPCS ✓"
    panel.ignore_buttons["fall_prevention"].click()
    assert panel.state_labels["fall_prevention"].text() == "Ignoré"
    assert "fall_prevention" not in panel.add_buttons
    assert len(plan.needs) == 1


def test_an_incomplete_zarit_is_refused_before_saving(qtbot, workspace, app_paths) -> None:
    patient_id = new_patient(workspace)
    tab = open_tab(qtbot, workspace, app_paths, patient_id)
    tab.new_button.click()
    fill_grid(tab.form.aggir, "A" * 10)
    tab.form.zarit.set_form("full")
    tab.form.zarit.pickers[0].set_value("4")
    assert not tab.save()
    assert "1 réponses sur 22" in tab.form.error_label.text()
    assert tab.form.pages.currentIndex() == tab.form.ZARIT_PAGE
    assert AssessmentService(workspace).for_patient(patient_id) == []
    tab.form.zarit.set_form("none")
    assert tab.save()
    [saved] = AssessmentService(workspace).for_patient(patient_id)
    assert (saved.gir, saved.zarit_items) == (6, [])


def test_an_assessment_is_corrected_and_assessments_compared(
        qtbot, workspace, app_paths) -> None:
    patient_id = new_patient(workspace)
    service = AssessmentService(workspace)
    grid = dict.fromkeys(aggir.DISCRIMINANT_VARIABLES, "A")
    first = service.record(patient_id, {"assessed_on": today() - dt.timedelta(days=200),
                                        "aggir": grid}).id
    second = service.record(patient_id, {"assessed_on": today() - dt.timedelta(days=10),
                                         "aggir": grid | {"transferts": "C",
                                                          "deplacements_interieurs": "C"}}).id
    assert service.get(second).gir < 6
    tab = open_tab(qtbot, workspace, app_paths, patient_id)
    assert tab.comparison_model.columnCount() == 2
    assert "perte d'autonomie" in tab.trend.summary.text()
    gir_row = [tab.comparison_model.index(0, c).data() for c in range(2)]
    assert gir_row == ["6", str(service.get(second).gir)]

    tab.table.selectRow(1)  # the oldest (newest first in the list)
    assert tab.selected_ids() == [first]
    tab.edit_button.click()
    assert tab.form.editing_id == first
    assert tab.form.aggir.gir() == 6 and not tab.has_unsaved_changes()
    tab.form.aggir.pickers["alimentation"].set_value("C")
    assert tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.changed):
        assert tab.save()
    assert service.get(first).aggir["alimentation"] == "C"
    assert service.get(first).gir == tab.model.rows[1].gir != 6
    assert len(service.for_patient(patient_id)) == 2


def test_a_closed_case_keeps_its_assessments_read_only(qtbot, workspace, app_paths) -> None:
    patient_id = new_patient(workspace)
    AssessmentService(workspace).record(patient_id, {"aggir": dict.fromkeys(
        aggir.DISCRIMINANT_VARIABLES, "B")})
    CaseClosureService(workspace).close_case(patient_id, "care_home")
    tab = open_tab(qtbot, workspace, app_paths, patient_id)
    tab.table.selectRow(0)
    assert "clôturé" in tab.error_label.text()
    assert not tab.new_button.isEnabled() and not tab.edit_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.stack.currentIndex() == tab.LIST_PAGE


def test_a_suggested_need_shows_in_the_ppcs_tab_when_it_is_shown_again(
        qtbot, workspace, app_paths) -> None:
    patient_id = new_patient(workspace)
    assessment_id = AssessmentService(workspace).record(
        patient_id, {"complexity_factors": ["isolation"]}).id
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    assessment_tab = AssessmentTab(workspace, patient_id, app_paths)
    plan_tab = PlanTab(workspace, patient_id, app_paths)
    tabs.addTab(assessment_tab, "Évaluation")
    tabs.addTab(plan_tab, "PPCS")
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.setCurrentWidget(plan_tab)
    assert plan_tab.document is None  # no plan yet
    tabs.setCurrentWidget(assessment_tab)
    assessment_tab.suggestions.show_for(assessment_id)
    assert assessment_tab.suggestions.accept("break_isolation")
    tabs.setCurrentWidget(plan_tab)
    assert plan_tab.document is not None
    [need] = plan_tab.document.plan.needs
    assert need.domain == "social" and plan_tab.model.index_for(need.id).isValid()
