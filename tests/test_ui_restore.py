"""Outils › Restaurer une sauvegarde: chosen by date and size, the current file set aside."""

from __future__ import annotations

from conftest import PASSPHRASE
from PySide6.QtCore import Qt

from coordapp.paths import AppPaths
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.restore_dialog import RestoreDialog

PERSON = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
          "sex": "F", "city": "Sedan"}


def test_restore_from_the_dialog(qtbot, workspace: Workspace, app_paths: AppPaths):
    service = CaseloadService(workspace)
    patient_id = service.add_patient(PERSON).id
    workspace.backup("manuelle")
    service.update_patient(patient_id, {"city": "Reims"})

    dialog = RestoreDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "manuelle" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    dialog.secret_edit.setText("pas la bonne phrase de passe")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "incorrect" in dialog.error_label.text()
    assert not workspace.is_locked and service.get(patient_id).city == "Reims"

    dialog.secret_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert service.get(patient_id).city == "Sedan"  # the same workspace, restored file
    aside = list(app_paths.backup_dir.glob("*avant-restauration*.db"))
    assert len(aside) == 1
