"""The detail form of an action: what, who (a member of the care circle), when, and its
follow-up. Choosing "Réalisée" or "Annulée" asks for the result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from coordapp.models import ActionStatus
from coordapp.services.views import ActionView, CareTeamMemberView
from coordapp.ui.labels import fill_combo, format_date
from coordapp.ui.plan.close_action_dialog import CloseActionDialog
from coordapp.ui.plan.dates import DateField
from coordapp.ui.plan.item_form import ItemForm, text_edit

CLOSED = (ActionStatus.DONE.value, ActionStatus.CANCELLED.value)


def member_text(member: CareTeamMemberView) -> str:
    text = f"{member.name} — {member.role}" if member.name else member.role
    if member.ended_on:
        text += QCoreApplication.translate("ActionForm", " (jusqu'au {date})").format(
            date=format_date(member.ended_on))
    return text


class ActionForm(ItemForm):
    #: The user closed the action in the dialog (status, result and date are set).
    action_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.close_dialog: CloseActionDialog | None = None
        self._status = ActionStatus.PLANNED.value
        self.text_edit = text_edit(3, self.tr("Ce qui est fait, concrètement"))
        self.responsible_combo = QComboBox()
        self.responsible_combo.setMinimumContentsLength(18)
        self.responsible_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.start_edit = DateField()
        self.due_edit = DateField()
        self.recurrence_edit = QLineEdit()
        self.recurrence_edit.setPlaceholderText(self.tr("ex. chaque semaine"))
        self.status_combo = QComboBox()
        fill_combo(self.status_combo, ActionStatus)
        self.done_edit = DateField(relative=False)
        self.result_edit = text_edit(2, self.tr("Ce qui a été obtenu, ou pourquoi l'action "
                                                "a été annulée"))
        self.close_button = QPushButton(self.tr("C&lore l'action…"))
        self.add("text", self.tr("&Action :"), self.text_edit)
        self.add("responsible_id", self.tr("&Responsable :"), self.responsible_combo)
        self.add("start_on", self.tr("&Début :"), self.start_edit)
        self.add("due_on", self.tr("Éc&héance :"), self.due_edit)
        self.add("recurrence", self.tr("&Fréquence :"), self.recurrence_edit)
        self.add("status", self.tr("S&tatut :"), self.status_combo, tracking=True)
        self.add("done_on", self.tr("Réalisée l&e :"), self.done_edit, tracking=True)
        self.add("result", self.tr("Résu&ltat :"), self.result_edit, tracking=True)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        self.form.addRow("", row)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)
        self.close_button.clicked.connect(self._on_close_clicked)

    def set_members(self, members: list[CareTeamMemberView], current: str | None) -> None:
        """The care circle as choices: current members, plus the one already chosen."""
        self._loading = True
        try:
            self.responsible_combo.clear()
            self.responsible_combo.addItem(self.tr("— à désigner —"), None)
            for member in members:
                if member.ended_on is None or member.id == current:
                    self.responsible_combo.addItem(member_text(member), member.id)
                    self.responsible_combo.setItemData(
                        self.responsible_combo.count() - 1, member_text(member),
                        Qt.ItemDataRole.ToolTipRole)
        finally:
            self._loading = False

    def load_action(self, action: ActionView | None, goal_text: str,
                    members: list[CareTeamMemberView], *, editable: bool,
                    trackable: bool) -> None:
        self.set_members(members, action.responsible_id if action else None)
        self.context_label.setText(self.tr("Objectif : {goal}").format(goal=goal_text))
        if action is None:
            self.title_label.setText(self.tr("Nouvelle action"))
            self._status = ActionStatus.PLANNED.value
            self.load({"status": self._status}, editable=editable, trackable=trackable,
                      new=True)
        else:
            self.title_label.setText(self.tr("Action"))
            self._status = action.status
            self.load({"text": action.text, "responsible_id": action.responsible_id,
                       "start_on": action.start_on, "due_on": action.due_on,
                       "recurrence": action.recurrence, "status": action.status,
                       "done_on": action.done_on, "result": action.result},
                      editable=editable, trackable=trackable)
        self.close_button.setVisible(action is not None)
        self.close_button.setEnabled(trackable and self._status not in CLOSED)

    # -- closing --------------------------------------------------------------------

    def _on_close_clicked(self) -> None:
        self._ask_result(ActionStatus.DONE.value)

    def _on_status_changed(self, _index: int) -> None:
        status = self.status_combo.currentData()
        if self._loading or status == self._status:
            return
        if status in CLOSED and not self.result_edit.toPlainText().strip():
            self._ask_result(status)
            return
        self._status = status
        if status not in CLOSED:
            self.done_edit.set_date(None)

    def _ask_result(self, status: str) -> None:
        dialog = CloseActionDialog(self.text_edit.toPlainText(), status,
                                   self.result_edit.toPlainText(), self)
        self.close_dialog = dialog
        dialog.finished.connect(self._on_close_dialog_finished)
        dialog.open()

    def _on_close_dialog_finished(self, result: int) -> None:
        dialog, self.close_dialog = self.close_dialog, None
        if dialog is None:
            return
        if result == CloseActionDialog.DialogCode.Accepted:
            self._status = dialog.status()
            self._set_status_quietly(self._status)
            self.result_edit.setPlainText(dialog.result())
            self.done_edit.set_date(dialog.done_on() or dt.date.today()
                                    if self._status == ActionStatus.DONE else None)
            self.edited.emit()
            self.action_closed.emit()
        else:
            self._set_status_quietly(self._status)
        dialog.deleteLater()

    def _set_status_quietly(self, status: str) -> None:
        self._loading = True
        try:
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        finally:
            self._loading = False
