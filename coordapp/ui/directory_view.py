"""The directory screen (annuaire): professionals and structures, searched as you type
(accents and case ignored), added and edited in dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.directory import DirectoryService
from coordapp.ui.app_events import DIRECTORY_ENTITIES, AppEvents
from coordapp.ui.directory_dialogs import ProfessionalDialog, StructureDialog
from coordapp.ui.directory_model import (
    ProfessionalColumn,
    ProfessionalTableModel,
    StructureColumn,
    StructureTableModel,
)
from coordapp.ui.directory_page import DirectoryPage

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"


class DirectoryView(QWidget):
    PROFESSIONALS, STRUCTURES = range(2)

    def __init__(self, service: DirectoryService, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: DirectoryService | None = service
        self._events = events
        self.dialog: ProfessionalDialog | StructureDialog | None = None
        self.professionals = DirectoryPage(
            ProfessionalTableModel(self), self._search_professionals,
            placeholder=self.tr("Rechercher un nom, une profession, une commune, un RPPS…"),
            add_text=self.tr("&Nouveau professionnel…"),
            samples={ProfessionalColumn.NAME: "DE LA FONTAINE Marie-Christine",
                     ProfessionalColumn.PROFESSION: "Médecin gériatre (Gériatrie)",
                     ProfessionalColumn.STRUCTURE: "Maison de santé pluriprofessionnelle",
                     ProfessionalColumn.CITY: "Charleville-Mézières",
                     ProfessionalColumn.PHONE: "03 00 00 00 00",
                     ProfessionalColumn.RPPS: "00000000000"})
        self.structures = DirectoryPage(
            StructureTableModel(self), self._search_structures,
            placeholder=self.tr("Rechercher un nom, un type, une commune, un FINESS…"),
            add_text=self.tr("&Nouvelle structure…"),
            samples={StructureColumn.NAME: "Maison de santé pluriprofessionnelle de Montigny",
                     StructureColumn.KIND: "Établissement de santé",
                     StructureColumn.CITY: "00000 Charleville-Mézières",
                     StructureColumn.PHONE: "03 00 00 00 00",
                     StructureColumn.FINESS: "000000000"})
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.professionals, self.tr("&Professionnels"))
        self.tabs.addTab(self.structures, self.tr("&Structures"))
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.info_label)

        self.professionals.add_requested.connect(self._on_add_professional_requested)
        self.professionals.edit_requested.connect(self._on_edit_professional_requested)
        self.structures.add_requested.connect(self._on_add_structure_requested)
        self.structures.edit_requested.connect(self._on_edit_structure_requested)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setFocusProxy(self.professionals)
        if events is not None:
            events.data_changed.connect(self._on_data_changed)
        self.professionals.refresh()
        self.structures.refresh()

    def detach(self) -> None:
        """Drop every row and the service (before the workspace closes)."""
        self.service = None
        self.professionals.clear()
        self.structures.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def _search_professionals(self, text: str, limit: int) -> Sequence[Any]:
        return self.service.search_professionals(text, limit) if self.service else []

    def _search_structures(self, text: str, limit: int) -> Sequence[Any]:
        return self.service.search_structures(text, limit) if self.service else []

    # -- dialogs ----------------------------------------------------------------------

    def _open(self, dialog: ProfessionalDialog | StructureDialog, entity: str) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._on_dialog_finished(dialog, entity, result))
        dialog.open()

    def _on_dialog_finished(self, dialog: ProfessionalDialog | StructureDialog, entity: str,
                            result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return
        page = self.professionals if entity == "professional" else self.structures
        page.refresh(select_id=dialog.saved_id)
        if self._events is not None:
            self._events.notify(entity, dialog.saved_id)
        if dialog.warnings:
            self.info_label.setStyleSheet(WARNING_STYLE)
            self.info_label.setText(self.tr("Fiche enregistrée. À vérifier : {warnings}").format(
                warnings=" ".join(dialog.warnings)))
        else:
            self.info_label.setStyleSheet("")
            self.info_label.setText(self.tr("Fiche enregistrée."))
        self.info_label.show()

    def _opened(self, factory: Callable[[], ProfessionalDialog | StructureDialog],
                entity: str) -> None:
        if self.service is None:
            return
        try:
            dialog = factory()
        except CoordAppError as exc:
            self.info_label.setStyleSheet(ERROR_STYLE)
            self.info_label.setText(exc.message)
            self.info_label.show()
            return
        self._open(dialog, entity)

    # -- slots ------------------------------------------------------------------------

    def _on_add_professional_requested(self) -> None:
        service = self.service
        if service is not None:
            self._opened(lambda: ProfessionalDialog(service, None, self), "professional")

    def _on_edit_professional_requested(self, professional_id: str) -> None:
        service = self.service
        if service is not None:
            self._opened(lambda: ProfessionalDialog(service, professional_id, self),
                         "professional")

    def _on_add_structure_requested(self) -> None:
        service = self.service
        if service is not None:
            self._opened(lambda: StructureDialog(service, None, self), "structure")

    def _on_edit_structure_requested(self, structure_id: str) -> None:
        service = self.service
        if service is not None:
            self._opened(lambda: StructureDialog(service, structure_id, self), "structure")

    def _on_tab_changed(self, index: int) -> None:
        self.info_label.hide()
        page = self.tabs.widget(index)
        if page is not None:
            self.setFocusProxy(page)
            page.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_data_changed(self, entity: str, _entity_id: str) -> None:
        if entity not in DIRECTORY_ENTITIES or self.service is None:
            return
        if entity == "professional":
            self.professionals.refresh()
        else:
            self.structures.refresh()
            self.professionals.refresh()  # professionals show their structure's name
