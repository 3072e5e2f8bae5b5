"""The PPCS outline view: read-only, whole rows selected, long labels elided (the full
text is in the tooltip and the detail form), collapsed branches kept across reloads."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from coordapp.ui.plan.plan_tree_model import Column, PlanTreeModel


class PlanTreeView(QTreeView):
    def __init__(self, model: PlanTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_model = model
        self.collapsed_keys: set[str] = set()
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(18)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Plan : besoins, objectifs et actions"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.LABEL, QHeaderView.ResizeMode.Stretch)
        for column, sample in ((Column.RESPONSIBLE, "Antoinette Dupont-Roth"),
                               (Column.DUE, "00/00/00000"), (Column.STATUS, "Non couvert")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 16)
        self.collapsed.connect(self._on_collapsed)
        self.expanded.connect(self._on_expanded)

    def key(self, index: QModelIndex) -> str | None:
        return self.plan_model.data(index, PlanTreeModel.KeyRole)

    def restore_expansion(self, parent: QModelIndex | None = None) -> None:
        """Expand every branch but those the user collapsed; top rows span the columns."""
        parent = parent or QModelIndex()
        model = self.plan_model
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.rowCount(index):
                self.setExpanded(index, self.key(index) not in self.collapsed_keys)
                self.restore_expansion(index)
            if not parent.isValid():  # the plan's and the domains' rows
                self.setFirstColumnSpanned(row, parent, True)

    def _on_collapsed(self, index: QModelIndex) -> None:
        if (key := self.key(index)) is not None:
            self.collapsed_keys.add(key)

    def _on_expanded(self, index: QModelIndex) -> None:
        if (key := self.key(index)) is not None:
            self.collapsed_keys.discard(key)
