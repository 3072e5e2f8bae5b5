"""A PPCS item or an assessment saved while another process holds the write lock: the
window does not freeze for the whole busy timeout, the input stays in the form, the save
says the base is busy and goes through once the base is free (by itself, or with
« Réessayer » past the patience). Nothing typed is lost, nothing is half-written.

The other writer is a real child process holding ``BEGIN IMMEDIATE`` on the same real
encrypted base (see ``test_ui_busy_save``); the patience is the real ``ui.ini`` setting.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, Qt

from coordapp.errors import DatabaseBusy
from coordapp.paths import AppPaths
from coordapp.services.assessments.recording import AssessmentService
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.plans.templates import TemplateService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.workspace import Workspace
from coordapp.ui.patient.busy_retry import BUSY_WAIT_SETTING
from coordapp.ui.plan import PlanTab
from coordapp.ui.plan.assessment_tab import AssessmentTab
from tests.informed import INFORMED
from tests.test_ui_busy_save import LockHolder

PATIENCE_S = 2
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def patient(workspace: Workspace, app_paths: AppPaths) -> str:
    settings = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(BUSY_WAIT_SETTING, PATIENCE_S)
    settings.sync()
    return CaseloadService(workspace).add_patient(
        {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
         "sex": "F", "status": "active"}, allow_duplicate=True, information=INFORMED).id


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts need an active window
    return widget


def need_texts(workspace: Workspace, patient_id: str) -> list[str]:
    plan = PlanVersionService(workspace).show(patient_id, audit=False).plan
    return [need.text for need in plan.needs]


def test_a_ppcs_item_saved_on_a_busy_base_waits_then_goes_through(
        qtbot, workspace: Workspace, app_paths: AppPaths, patient: str) -> None:
    TemplateService(workspace, app_paths).apply(patient, "polymedication")
    first = PlanVersionService(workspace).show(patient, audit=False).plan.needs[0]
    tab = shown(qtbot, PlanTab(workspace, patient, app_paths))
    editor, busy = tab.editor, tab.editor.busy
    assert busy.patience_s == PATIENCE_S
    assert tab.select(first.id)
    edit = editor.need_form.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(edit, " au quotidien")

    holder = LockHolder(workspace.store.path)
    try:
        started = time.monotonic()
        qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)
        # One short try, then the form answers again: waiting, visibly, cancellable.
        assert time.monotonic() - started < PATIENCE_S
        assert busy.isVisible() and busy.waiting and busy.cancel_button.isVisible()
        assert "Base occupée" in busy.label.text()
        assert edit.toPlainText() == first.text + " au quotidien"
        assert editor.is_dirty() and tab.has_unsaved_changes()
        assert not tab.save()  # the patient window's Ctrl+S: refused, nothing lost

        # Past the patience: the busy sentence and « Réessayer », the input still there.
        qtbot.waitUntil(lambda: not busy.waiting, timeout=30_000)
        assert DatabaseBusy.default_message in busy.label.text()
        assert busy.retry_button.isVisible()
        assert edit.toPlainText() == first.text + " au quotidien"
        assert need_texts(workspace, patient)[0] == first.text  # nothing half-written
    finally:
        holder.release()

    with qtbot.waitSignal(tab.changed) as changed:
        qtbot.mouseClick(busy.retry_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["need"]
    assert need_texts(workspace, patient)[0] == first.text + " au quotidien"
    assert not editor.is_dirty() and not busy.isVisible()


def test_an_assessment_saved_on_a_busy_base_is_kept_and_saved_once_free(
        qtbot, workspace: Workspace, app_paths: AppPaths, patient: str) -> None:
    tab = shown(qtbot, AssessmentTab(workspace, patient, app_paths))
    form, busy = tab.form, tab.form.busy
    assert tab.stack.currentIndex() == tab.FORM_PAGE  # never assessed: the form is open
    first = form.aggir.pickers["coherence"]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    for letter in "bbbbbbbbbb":
        qtbot.keyClick(form.focusWidget(), letter)
    assert form.aggir.gir() is not None
    grid = form.aggir.grid()

    holder = LockHolder(workspace.store.path)
    try:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert busy.isVisible() and busy.waiting
        assert tab.stack.currentIndex() == tab.FORM_PAGE
        assert form.aggir.grid() == grid and form.is_dirty()
        assert AssessmentService(workspace).for_patient(patient) == []
    finally:
        holder.release()

    with qtbot.waitSignal(tab.changed, timeout=30_000) as changed:
        pass  # the next try, by itself
    assert changed.args == ["assessment"]
    [saved] = AssessmentService(workspace).for_patient(patient)
    assert saved.aggir == grid
    assert tab.stack.currentIndex() == tab.LIST_PAGE and not busy.isVisible()
    if tab.proposal_dialog is not None:  # the PPCS proposed after a new assessment
        tab.proposal_dialog.done(0)


def test_the_patience_is_set_in_the_preferences(qtbot, app_paths: AppPaths) -> None:
    from coordapp.ui.patient.busy_retry import busy_wait_seconds
    from coordapp.ui.preferences_dialog import PreferencesDialog

    settings = QSettings(str(app_paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.busy_spin.value() == 15  # the default, as for the command line
    dialog.busy_spin.setFocus()
    qtbot.keyClick(dialog.busy_spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.busy_spin, "40")
    dialog.accept()
    settings.sync()
    assert busy_wait_seconds(app_paths) == 40
