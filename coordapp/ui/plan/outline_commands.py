"""Deleting and reordering items of the PPCS outline (Suppr, Ctrl+↑/↓). A mixin of
``PlanTab``, kept apart to keep modules small."""

from __future__ import annotations

from typing import Any

from coordapp.errors import CoordAppError
from coordapp.ui.plan.need_order import moved
from coordapp.ui.plan.plan_tree_model import ACTION, DOMAIN, GOAL, NEED, PLAN_KEY

ENTITY = {NEED: "need", GOAL: "goal", ACTION: "action"}


class OutlineCommands:
    """Needs ``services``, ``document``, ``model``, ``tree``, ``editor``, ``changed``,
    ``reload``, ``confirm``, ``show_error``, ``current_node``, ``_check_editable`` and
    ``_save_pending`` from the tab."""

    services: Any
    document: Any
    model: Any
    tree: Any
    editor: Any
    changed: Any
    reload: Any
    confirm: Any
    show_error: Any
    current_node: Any
    tr: Any
    _check_editable: Any
    _save_pending: Any

    def delete_current(self) -> None:
        node = self.current_node()
        if node is None or node.kind not in ENTITY or not self._check_editable():
            return
        goals = node.view.goals if node.kind == NEED else [node.view] \
            if node.kind == GOAL else []
        actions = sum(len(g.actions) for g in goals)
        question = {
            NEED: self.tr("Supprimer le besoin « {text} » avec ses {goals} objectif(s) et "
                          "{actions} action(s) ?"),
            GOAL: self.tr("Supprimer l'objectif « {text} » avec ses {actions} action(s) ?"),
            ACTION: self.tr("Supprimer l'action « {text} » ?"),
        }[node.kind].format(text=node.view.text, goals=len(goals), actions=actions)
        if not self.confirm(question):
            return
        plans = self.services.plans
        delete = {NEED: plans.delete_need, GOAL: plans.delete_goal,
                  ACTION: plans.delete_action}[node.kind]
        siblings = node.parent.children if node.parent else []
        after = next((s.key for s in siblings[node.row + 1:]), None) or next(
            (s.key for s in reversed(siblings[:node.row])), None)
        try:
            delete(node.key)
        except CoordAppError as exc:
            self.show_error(exc.message)
            return
        self.editor.show_nothing()
        self.changed.emit(ENTITY[node.kind])
        self.reload(select=after or (node.parent.key if node.parent else PLAN_KEY))
        self.tree.setFocus()

    def move_current(self, step: int) -> None:
        """Raise (-1) or lower (+1) the current need or domain (Ctrl+↑, Ctrl+↓)."""
        node = self.current_node()
        if node is None or node.kind not in (NEED, DOMAIN) or self.document is None:
            return
        order = moved(self.model.groups(), node.key, step)
        if order is None or not self._check_editable() or not self._save_pending():
            return
        try:
            result = self.services.plans.reorder_needs(self.document.plan.id, order)
        except CoordAppError as exc:
            self.show_error(exc.message)
            return
        self.changed.emit("care_plan")
        self.reload(select=node.key)
        self.show_error("" if result == order else self.tr(
            "Les priorités exprimées par la personne (★) restent en tête du plan."))
