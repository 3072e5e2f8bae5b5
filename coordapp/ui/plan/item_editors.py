"""The detail panel of the PPCS tab: one form per kind of item (a ``QStackedWidget``),
saved through ``PlanService`` with only the fields that changed. A save that finds the
base busy waits and tries again by itself, the input kept in the form (``busy``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, DatabaseBusy, InvalidInput
from coordapp.services.plans.editing import PlanService
from coordapp.services.views import CareTeamMemberView, PlanVersionView
from coordapp.ui.patient.busy_retry import DEFAULT_BUSY_WAIT_S, BusyRetry
from coordapp.ui.plan.action_form import ActionForm
from coordapp.ui.plan.item_form import ItemForm
from coordapp.ui.plan.item_forms import GoalForm, NeedForm, PlanForm
from coordapp.ui.plan.plan_tree_model import ACTION, DOMAIN, GOAL, NEED, PLAN, Node
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE

#: What each kind of item is recorded as in ``changed(entity)``.
ENTITIES = {PLAN: "care_plan", NEED: "need", GOAL: "goal", ACTION: "action"}


class ItemEditor(QWidget):
    """Shows the selected item; ``save()`` writes the pending edits."""

    #: An item was written: (entity, id).
    saved = Signal(str, str)
    #: The user is done with the form (saved with Ctrl+Entrée, or Échap).
    finished = Signal()

    def __init__(self, plans: PlanService, parent: QWidget | None = None, *,
                 busy_wait_s: int = DEFAULT_BUSY_WAIT_S) -> None:
        super().__init__(parent)
        self.plans = plans
        #: Shown while the base is busy: the save waits, tries again, can be cancelled.
        self.busy = BusyRetry(busy_wait_s)
        #: Ctrl+Entrée asked to be done with the form once the pending save goes through.
        self._finish_when_saved = False
        self.plan_id: str | None = None
        self.kind: str | None = None
        self.key: str | None = None  # the item shown (None for a new one)
        self.parent_key: str | None = None  # the parent of a new item
        self._reshow: Callable[[], None] | None = None
        self.plan_form = PlanForm()
        self.need_form = NeedForm()
        self.goal_form = GoalForm()
        self.action_form = ActionForm()
        self.forms: dict[str, ItemForm] = {PLAN: self.plan_form, NEED: self.need_form,
                                           GOAL: self.goal_form, ACTION: self.action_form}
        self.empty_label = QLabel(self.tr(
            "<b>Choisissez un élément du plan</b><br><br>"
            "Inser ou Ctrl+N : ajouter (un besoin, un objectif sous le besoin, une action "
            "sous l'objectif)<br>F2 ou Entrée : modifier l'élément<br>"
            "Suppr : supprimer<br>Ctrl+↑ / Ctrl+↓ : changer la priorité d'un besoin<br>"
            "Ctrl+Entrée : enregistrer, Échap : annuler"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(MUTED_STYLE)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.pages: dict[str, QScrollArea] = {}
        for kind, form in self.forms.items():
            scroll = QScrollArea()
            self.pages[kind] = scroll
            scroll.setWidget(form)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(scroll)
            form.edited.connect(self._refresh_buttons)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Ctrl+Entrée"))
        self.revert_button = QPushButton(self.tr("Annuler"))
        self.revert_button.setToolTip(self.tr("Échap"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self._on_submit)
        self.revert_button.clicked.connect(self._on_cancel)
        self.action_form.action_closed.connect(self.save)
        for keys, slot in (("Ctrl+Return", self._on_submit), ("Ctrl+Enter", self._on_submit),
                           ("Escape", self._on_cancel)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.show_nothing()

    # -- showing ----------------------------------------------------------------------

    def form(self) -> ItemForm | None:
        return self.forms.get(self.kind or "")

    def show_nothing(self) -> None:
        self._forget_pending_save()
        self.kind = self.key = self.parent_key = None
        self._reshow = None
        self.stack.setCurrentWidget(self.empty_label)
        self._error("")
        self._refresh_buttons()

    def show_form(self, kind: str, key: str | None, loader: Callable[[], None], *,
                  parent_key: str | None = None) -> None:
        """Show the form of ``kind`` filled by ``loader`` (kept to revert)."""
        self._forget_pending_save()
        self.kind, self.key, self.parent_key = kind, key, parent_key
        self._reshow = loader
        loader()
        self.stack.setCurrentWidget(self.pages[kind])
        self._error("")
        self._refresh_buttons()

    def show_node(self, node: Node | None, doc: PlanVersionView | None,
                  members: list[CareTeamMemberView]) -> None:
        """Show the form of the outline item ``node`` of ``doc``."""
        if doc is None or node is None or node.kind == DOMAIN:
            self.show_nothing()
            return
        editable, trackable, view = doc.editable, doc.trackable, node.view
        parent_text = node.parent.view.text if node.kind in (GOAL, ACTION) and node.parent \
            else ""
        loaders: dict[str, Callable[[], None]] = {
            PLAN: lambda: self.plan_form.load_plan(doc.plan, editable=editable),
            NEED: lambda: self.need_form.load_need(view, editable=editable,
                                                   trackable=trackable),
            GOAL: lambda: self.goal_form.load_goal(view, parent_text, editable=editable,
                                                   trackable=trackable),
            ACTION: lambda: self.action_form.load_action(
                view, parent_text, members, editable=editable, trackable=trackable),
        }
        self.show_form(node.kind, doc.plan.id if node.kind == PLAN else node.key,
                       loaders[node.kind])

    def start_child(self, node: Node | None, doc: PlanVersionView,
                    members: list[CareTeamMemberView]) -> None:
        """A new item of the right kind under ``node``: a need under the plan or a
        domain, a goal under a need, an action under a goal (or beside an action)."""
        trackable = doc.trackable
        if node is None or node.kind in (PLAN, DOMAIN):
            domain = node.view if node is not None and node.kind == DOMAIN else None
            self.show_form(NEED, None, lambda: self.need_form.load_need(
                None, editable=True, trackable=trackable, domain=domain))
        elif node.kind == NEED:
            self.show_form(GOAL, None, lambda: self.goal_form.load_goal(
                None, node.view.text, editable=True, trackable=trackable),
                parent_key=node.key)
        else:
            goal = node if node.kind == GOAL else node.parent
            assert goal is not None
            self.show_form(ACTION, None, lambda: self.action_form.load_action(
                None, goal.view.text, members, editable=True, trackable=trackable),
                parent_key=goal.key)

    def focus_form(self) -> bool:
        form = self.form()
        widget = form.first_writable() if form else None
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def is_dirty(self) -> bool:
        form = self.form()
        return form is not None and form.is_dirty()

    def is_new(self) -> bool:
        form = self.form()
        return form is not None and form.new

    # -- writing ----------------------------------------------------------------------

    def save(self) -> bool:
        """Write the pending edits; False (message shown under the field) if refused.
        While the base is busy: False, the edits kept, and tried again (see ``busy``)."""
        form = self.form()
        if form is None or self.kind is None or not form.is_dirty():
            self._forget_pending_save()
            return True
        self._error("")
        return self.busy.run(self._attempt_save)

    def _attempt_save(self) -> bool:
        """One try; raises ``DatabaseBusy`` (nothing written, the edits kept)."""
        form, kind = self.form(), self.kind
        if form is None or kind is None or not form.is_dirty():
            return True
        try:
            item_id = self._write(kind, form.changes())
        except InvalidInput as exc:
            if not form.show_error(exc.field, exc.message):
                self._error(exc.message)
            return False
        except DatabaseBusy:
            raise
        except CoordAppError as exc:
            self._error(exc.message)
            return False
        self.key = item_id
        form.load(form.values(), editable=form.editable, trackable=form.trackable)
        self._refresh_buttons()
        self.saved.emit(ENTITIES[kind], item_id)
        if self._finish_when_saved:  # the save Ctrl+Entrée asked for, gone through later
            self._finish_when_saved = False
            self.finished.emit()
        return True

    def revert(self) -> None:
        self._forget_pending_save()
        if self._reshow is not None:
            self._reshow()
        self._error("")
        self._refresh_buttons()

    def _write(self, kind: str, changes: dict[str, Any]) -> str:
        plans, new = self.plans, self.key is None
        if kind == PLAN:
            assert self.plan_id is not None
            return plans.update_plan(self.plan_id, changes).id
        if kind == NEED:
            if new:
                assert self.plan_id is not None
                return plans.add_need(self.plan_id, changes).id
            return plans.update_need(str(self.key), changes).id
        if kind == GOAL:
            if new:
                return plans.add_goal(str(self.parent_key), changes).id
            return plans.update_goal(str(self.key), changes).id
        if new:
            return plans.add_action(str(self.parent_key), changes).id
        return plans.update_action(str(self.key), changes).id

    # -- internals ------------------------------------------------------------------

    def _forget_pending_save(self) -> None:
        self.busy.clear()
        self._finish_when_saved = False

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _refresh_buttons(self) -> None:
        form = self.form()
        writable = form is not None and form.writable()
        self.save_button.setVisible(writable)
        self.revert_button.setVisible(writable)
        self.save_button.setEnabled(self.is_dirty())
        self.revert_button.setEnabled(self.is_dirty() or self.is_new())

    def _on_submit(self) -> None:
        if self.save():
            self.finished.emit()
        elif self.busy.waiting:
            self._finish_when_saved = True

    def _on_cancel(self) -> None:
        self.revert()
        self.finished.emit()
