"""Add or edit a directory entry: a professional, a structure (see ``DirectoryFormDialog``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QWidget,
)

from coordapp.models import StructureKind
from coordapp.services.directory import DirectoryService
from coordapp.services.views import Warning, WriteResult
from coordapp.ui.directory_form import DirectoryFormDialog
from coordapp.ui.labels import fill_combo, select_data


class ProfessionalDialog(DirectoryFormDialog):
    required = ("family_name", "profession")
    choice_fields = ("structure_id",)

    def __init__(self, service: DirectoryService, professional_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, professional_id, parent)
        self.setWindowTitle(self.tr("Modifier un professionnel") if professional_id
                            else self.tr("Nouveau professionnel"))
        self.profession_combo = QComboBox()
        self.profession_combo.setEditable(True)
        self.profession_combo.addItems([
            self.tr("Médecin généraliste"), self.tr("Médecin spécialiste"),
            self.tr("Infirmier(ère) libéral(e)"), self.tr("Pharmacien(ne)"),
            self.tr("Masseur-kinésithérapeute"), self.tr("Assistant(e) social(e)"),
            self.tr("Ergothérapeute"), self.tr("Orthophoniste"), self.tr("Psychologue"),
            self.tr("Diététicien(ne)")])
        self.profession_combo.setCurrentIndex(-1)
        self.structure_combo = QComboBox()
        self.structure_combo.setEditable(True)
        self.structure_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.structure_combo.addItem(self.tr("(aucune)"), None)
        for structure in service.search_structures(limit=5000):
            self.structure_combo.addItem(structure.name, structure.id)
        completer = self.structure_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        self.add_row("family_name", self.tr("&Nom *"), self.line("family_name"))
        self.add_row("given_name", self.tr("&Prénom"), self.line("given_name"))
        self.add_row("profession", self.tr("P&rofession *"), self.profession_combo)
        self.add_row("specialty", self.tr("Spécialité"), self.line("specialty"))
        self.add_row("rpps", self.tr("RPPS"), self.line("rpps", self.tr("11 chiffres")))
        self.add_row("adeli", self.tr("ADELI"), self.line("adeli", self.tr("9 chiffres")))
        self.add_row("structure_id", self.tr("Structure"), self.structure_combo)
        self.add_row("phone", self.tr("&Téléphone"), self.line("phone", "03 24 00 00 00"))
        self.add_row("email", self.tr("&Courriel"),
                     self.line("email", self.tr("adresse MSSanté de préférence")))
        self.add_row("address", self.tr("Adresse"), self.line("address"))
        self.add_row("postal_code", self.tr("Code postal"), self.line("postal_code"))
        self.add_row("city", self.tr("Commune"), self.line("city"))
        self.add_row("accepts_new_patients", "", QCheckBox(self.tr(
            "Accepte de nouveaux patients comme médecin traitant")))
        if professional_id:
            self.fill(service.professional_fields(professional_id))
        else:  # most often of the user's territory (Préférences › Mon profil)
            home = service.home_territory()
            self.fill({"postal_code": home.postal_code, "city": home.city})

    def check(self, raw: Mapping[str, Any]) -> list[Warning]:
        return self.service.check_professional(raw)

    def save(self, raw: Mapping[str, Any]) -> WriteResult:
        if self.record_id:
            return self.service.update_professional(self.record_id, raw)
        return self.service.add_professional(raw)


class StructureDialog(DirectoryFormDialog):
    required = ("name",)
    choice_fields = ("kind",)

    def __init__(self, service: DirectoryService, structure_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, structure_id, parent)
        self.setWindowTitle(self.tr("Modifier une structure") if structure_id
                            else self.tr("Nouvelle structure"))
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, StructureKind)
        select_data(self.kind_combo, StructureKind.OTHER.value)
        self.add_row("name", self.tr("&Nom *"), self.line("name"))
        self.add_row("kind", self.tr("T&ype"), self.kind_combo)
        self.add_row("operator", self.tr("&Gestionnaire"), self.line("operator"))
        self.add_row("finess", self.tr("FINESS"), self.line("finess", self.tr("9 caractères")))
        self.add_row("phone", self.tr("&Téléphone"), self.line("phone", "03 24 00 00 00"))
        self.add_row("email", self.tr("&Courriel"), self.line("email"))
        self.add_row("address", self.tr("Adresse"), self.line("address"))
        self.add_row("postal_code", self.tr("Code postal"), self.line("postal_code"))
        self.add_row("city", self.tr("Commune"), self.line("city"))
        self.add_row("note", self.tr("Ce qu'elle fait"),
                     self.line("note", self.tr("Ex. : aide aux démarches, portage de repas")))
        self.add_row("hours", self.tr("&Horaires"),
                     self.line("hours", self.tr("Ex. : du lundi au vendredi, 9 h – 17 h")))
        if structure_id:
            self.fill(service.structure_fields(structure_id))

    def check(self, raw: Mapping[str, Any]) -> list[Warning]:
        return self.service.check_structure(raw)

    def save(self, raw: Mapping[str, Any]) -> WriteResult:
        if self.record_id:
            return self.service.update_structure(self.record_id, raw)
        return self.service.add_structure(raw)
