"""The FHIR import dialog: check (nothing written), then import; errors in French."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from coordapp.ui.fhir_import_dialog import FhirImportDialog

DATA = Path(__file__).parent / "data" / "fr_core"


def test_check_then_import_an_fr_core_bundle(qtbot: QtBot, workspace: Workspace):
    dialog = FhirImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.verify_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.load_file(DATA / "example-bundle-valid-nir.json")
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    text = dialog.report_view.toPlainText()
    assert text.startswith("Vérification : dossier de DURAND Pierre Yves (25/12/1974).")
    assert "• Patient créé." in text and "Non repris :" in text
    assert CaseloadService(workspace).count() == 0  # the check wrote nothing
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert CaseloadService(workspace).count() == 1
    assert imported.args[0] == CaseloadService(workspace).search("durand")[0].id
    assert dialog.report_view.toPlainText().startswith("Dossier de DURAND Pierre Yves")
    assert not dialog.import_button.isEnabled()  # importing twice needs a new check


def test_a_refused_bundle_is_explained(qtbot: QtBot, workspace: Workspace):
    dialog = FhirImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(DATA / "example-bundle.json")
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and "clé" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    assert CaseloadService(workspace).count() == 0
