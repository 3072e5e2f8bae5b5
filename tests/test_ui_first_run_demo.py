"""First run: a demonstration database beside the working one, never mixed with it."""

from __future__ import annotations

from conftest import PASSPHRASE
from PySide6.QtCore import Qt

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.setup import demo_db_path
from coordapp.ui.first_run_dialog import FirstRunDialog


def test_the_demonstration_is_created_apart_with_fictitious_patients(qtbot,
                                                                    app_paths: AppPaths):
    dialog = FirstRunDialog(app_paths.default_db, app_paths)
    qtbot.addWidget(dialog)
    assert not dialog.reopen_demo_button.isVisibleTo(dialog)
    dialog.demo_check.setChecked(True)
    assert dialog.create_button.text() == "Créer la démonstration"
    assert "demonstration.db" in dialog.location_label.text()
    dialog.name_edit.setText("Anne Martin")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None
    try:
        assert CaseloadService(dialog.workspace).count() == 200
    finally:
        dialog.workspace.close()
    assert demo_db_path(app_paths).exists() and not app_paths.default_db.exists()

    again = FirstRunDialog(app_paths.default_db, app_paths)
    qtbot.addWidget(again)
    assert again.reopen_demo_button.isVisibleTo(again)
    assert not again.demo_check.isVisibleTo(again)
    again.reopen_demo_button.click()
    assert again.reopen_demo and again.result() == 0
