"""People looking for an attending GP, by priority (ALD, over 70, precarity, the
coordinator's priority, then the oldest request): propose a GP of the directory who takes
new patients, note the answer."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.caseload.gp_seekers import GpSeekerService, GpSeekerView
from coordapp.ui.labels import format_date
from coordapp.ui.patient.dialog_parts import error_line

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    RANK = 0
    PATIENT = enum.auto()
    AGE = enum.auto()
    CITY = enum.auto()
    ASKED = enum.auto()
    CRITERIA = enum.auto()
    NOTE = enum.auto()
    PROPOSALS = enum.auto()


class GpSeekersTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1  # the search id
    PatientRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GpSeekerView] = []
        self._headers = {
            Column.RANK: self.tr("Rang"), Column.PATIENT: self.tr("Patient"),
            Column.AGE: self.tr("Âge"), Column.CITY: self.tr("Commune"),
            Column.ASKED: self.tr("Demande le"), Column.CRITERIA: self.tr("Priorité"),
            Column.NOTE: self.tr("Note du coordinateur"),
            Column.PROPOSALS: self.tr("Propositions en attente"),
        }

    def set_rows(self, rows: list[GpSeekerView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_view(self, row: int) -> GpSeekerView:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        seeker = self._rows[index.row()]
        if role == self.IdRole:
            return seeker.search_id
        if role == self.PatientRole:
            return seeker.patient_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        criteria = {"ALD": self.tr("ALD"), "plus de 70 ans": self.tr("plus de 70 ans"),
                    "précarité": self.tr("précarité"),
                    "avis du coordinateur": self.tr("avis du coordinateur")}
        return {
            Column.RANK: str(index.row() + 1),
            Column.PATIENT: seeker.patient_name,
            Column.AGE: str(seeker.age),
            Column.CITY: seeker.city or "",
            Column.ASKED: format_date(seeker.asked_on),
            Column.CRITERIA: ", ".join(criteria[r] for r in seeker.reasons) or "—",
            Column.NOTE: seeker.note or "",
            Column.PROPOSALS: str(seeker.pending_proposals or ""),
        }[Column(index.column())]


class GpSeekersDialog(QDialog):
    def __init__(self, service: GpSeekerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Personnes cherchant un médecin traitant"))
        intro = QLabel(self.tr(
            "Par priorité : ALD, plus de 70 ans, précarité, avis du coordinateur, puis la "
            "demande la plus ancienne."))
        intro.setWordWrap(True)
        self.model = GpSeekersTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            Column.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Personnes cherchant un médecin traitant"))
        self.gp_combo = QComboBox()
        self.gp_combo.setAccessibleName(self.tr("Médecin à proposer"))
        self.propose_button = QPushButton(self.tr("&Proposer ce médecin"))
        self.accepted_button = QPushButton(self.tr("Réponse : &acceptée"))
        self.refused_button = QPushButton(self.tr("Réponse : &refusée"))
        self.pending_label = QLabel()
        self.error_label = error_line()
        close = QPushButton(self.tr("Fermer"))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Médecins acceptant de nouveaux patients :")))
        actions.addWidget(self.gp_combo, 1)
        actions.addWidget(self.propose_button)
        answers = QHBoxLayout()
        answers.addWidget(self.pending_label, 1)
        answers.addWidget(self.accepted_button)
        answers.addWidget(self.refused_button)
        answers.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(answers)
        layout.addWidget(self.error_label)
        self.propose_button.clicked.connect(self._on_propose)
        self.accepted_button.clicked.connect(lambda: self._on_answer(True))
        self.refused_button.clicked.connect(lambda: self._on_answer(False))
        close.clicked.connect(self.accept)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.resize(1000, 520)
        self.refresh()

    def refresh(self) -> None:
        current = self._search_id()
        self.model.set_rows(self.service.seekers())
        self.gp_combo.clear()
        for gp_id, name in self.service.taking_new_patients():
            self.gp_combo.addItem(name, gp_id)
        if self.gp_combo.count() == 0:
            self.gp_combo.addItem(self.tr("Aucun : cochez-les dans l'annuaire"), None)
        row = next((r for r in range(self.model.rowCount())
                    if self.model.row_view(r).search_id == current), 0)
        if self.model.rowCount():
            self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._on_current_changed()

    def _search_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(GpSeekersTableModel.IdRole) if index.isValid() else None

    def _on_current_changed(self, *_args: object) -> None:
        search_id = self._search_id()
        pending = self.service.pending_proposal(search_id) if search_id else None
        self._pending_id = pending[0] if pending else None
        self.pending_label.setText(self.tr("Proposition en attente : {gp}").format(
            gp=pending[1]) if pending else "")
        self.accepted_button.setEnabled(pending is not None)
        self.refused_button.setEnabled(pending is not None)
        self.propose_button.setEnabled(search_id is not None
                                       and self.gp_combo.currentData() is not None)

    def _on_propose(self) -> None:
        search_id, gp_id = self._search_id(), self.gp_combo.currentData()
        if search_id and gp_id:
            self._run(lambda: self.service.propose(search_id, gp_id))

    def _on_answer(self, accepted: bool) -> None:
        if self._pending_id:
            proposal = self._pending_id
            self._run(lambda: self.service.answer(proposal, accepted))

    def _run(self, write: Any) -> None:
        self.error_label.hide()
        try:
            write()
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.refresh()
