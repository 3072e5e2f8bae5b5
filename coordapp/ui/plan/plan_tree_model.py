"""The PPCS as an outline: the plan's general information, then needs grouped by domain
(domains ordered by their most urgent need, the person's own priority first), each need's
goals, each goal's actions. Columns: Libellé | Responsable | Échéance | Statut."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coordapp.models import ActionStatus, GoalStatus, NeedDomain
from coordapp.services.views import ActionView, CarePlanView, CareTeamMemberView, GoalView
from coordapp.ui.labels import format_date, label
from coordapp.ui.plan.style import ERROR_COLOUR, PERSON_COLOUR, WARNING_COLOUR

AnyIndex = QModelIndex | QPersistentModelIndex
_tr = QCoreApplication.translate
PLAN, DOMAIN, NEED, GOAL, ACTION = "plan", "domain", "need", "goal", "action"
PLAN_KEY = "plan"
OPEN_ACTIONS = (ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value)
PERSON_MARK = "★"


class Column(enum.IntEnum):
    LABEL = 0
    RESPONSIBLE = enum.auto()
    DUE = enum.auto()
    STATUS = enum.auto()


@dataclass(eq=False)
class Node:
    kind: str
    key: str  # the item's id; "plan"; "domain:<code>"
    view: Any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def is_late(action: ActionView, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return action.status in OPEN_ACTIONS and action.due_on is not None and \
        action.due_on < today


class PlanTreeModel(QAbstractItemModel):
    """Read-only outline of one ``CarePlanView``; items are found by id (``KeyRole``)."""

    KeyRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "", None)
        self.plan: CarePlanView | None = None
        self.members: dict[str, CareTeamMemberView] = {}
        self.today = dt.date.today()

    # -- content --------------------------------------------------------------------

    def set_plan(self, plan: CarePlanView | None,
                 members: list[CareTeamMemberView] | None = None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.members = {m.id: m for m in members or []}
        self.today = dt.date.today()
        self.root = Node("root", "", None)
        if plan is not None:
            self.root.add(Node(PLAN, PLAN_KEY, plan))
            for domain, needs in self.domain_groups(plan):
                group = self.root.add(Node(DOMAIN, f"domain:{domain}", domain))
                for need in needs:
                    need_node = group.add(Node(NEED, need.id, need))
                    for goal in need.goals:
                        goal_node = need_node.add(Node(GOAL, goal.id, goal))
                        for action in goal.actions:
                            goal_node.add(Node(ACTION, action.id, action))
        self.endResetModel()

    @staticmethod
    def domain_groups(plan: CarePlanView) -> list[tuple[str, list[Any]]]:
        """Needs by domain; domains in the order of their most urgent need."""
        groups: dict[str, list[Any]] = {}
        for need in sorted(plan.needs, key=lambda n: (n.priority, n.id)):
            groups.setdefault(need.domain, []).append(need)
        return list(groups.items())

    def node(self, index: AnyIndex) -> Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, Node) else None

    def index_for(self, key: str, column: int = 0) -> QModelIndex:
        found = self._find(self.root, key)
        if found is None or found.parent is None:
            return QModelIndex()
        return self.createIndex(found.row, column, found)

    def need_order(self) -> list[str]:
        """The needs' ids as shown (grouped by domain), first = highest priority."""
        return [need.key for group in self.root.children if group.kind == DOMAIN
                for need in group.children]

    def groups(self) -> list[tuple[str, list[str]]]:
        return [(group.view, [n.key for n in group.children])
                for group in self.root.children if group.kind == DOMAIN]

    def _find(self, node: Node, key: str) -> Node | None:
        for child in node.children:
            if child.key == key:
                return child
            if (found := self._find(child, key)) is not None:
                return found
        return None

    # -- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int,
              parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_node = self.node(parent) or self.root
        if 0 <= row < len(parent_node.children) and 0 <= column < len(Column):
            return self.createIndex(row, column, parent_node.children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len((self.node(parent) or self.root).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [_tr("PlanTree", "Libellé"), _tr("PlanTree", "Responsable"),
                _tr("PlanTree", "Échéance"), _tr("PlanTree", "Statut")][section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = Column(index.column())
        if role == self.KeyRole:
            return node.key
        if role == self.KindRole:
            return node.kind
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(node)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(node, column)
        return None

    # -- display --------------------------------------------------------------------

    def _text(self, node: Node, column: Column) -> str:
        view = node.view
        if node.kind == PLAN:
            if column != Column.LABEL:
                return ""
            wishes = (view.wishes or "").replace("\n", " ")
            text = (_tr("PlanTree", "Souhaits de la personne : « {wishes} »").format(
                wishes=wishes) if wishes else _tr(
                "PlanTree", "Souhaits de la personne, procédure d'alerte (à compléter)"))
            if view.review_due:
                text = _tr("PlanTree", "Révision le {date} · {text}").format(
                    date=format_date(view.review_due), text=text)
            return text
        if node.kind == DOMAIN:
            return label(NeedDomain, view) if column == Column.LABEL else ""
        if node.kind == NEED:
            if column == Column.LABEL:
                mark = f"{PERSON_MARK} " if view.raised_by_person else ""
                return f"{mark}{view.text}"
            if column == Column.STATUS and view.unmet:
                return _tr("PlanTree", "Non couvert")
            if column == Column.RESPONSIBLE and not node.children:
                return _tr("PlanTree", "aucun objectif")
            return ""
        if node.kind == GOAL:
            return self._goal_text(view, column)
        return self._action_text(view, column)

    def _goal_text(self, goal: GoalView, column: Column) -> str:
        if column == Column.LABEL:
            return goal.text
        if column == Column.DUE:
            return format_date(goal.target_date)
        if column == Column.STATUS:
            return label(GoalStatus, goal.status)
        return ""

    def _action_text(self, action: ActionView, column: Column) -> str:
        if column == Column.LABEL:
            return action.text
        if column == Column.RESPONSIBLE:
            return action.responsible_name or _tr("PlanTree", "à désigner")
        if column == Column.DUE:
            return format_date(action.due_on) or (action.recurrence or "")
        if column == Column.STATUS:
            if is_late(action, self.today):
                return _tr("PlanTree", "En retard")
            return label(ActionStatus, action.status)
        return ""

    def _tooltip(self, node: Node, column: Column) -> str | None:
        view = node.view
        if node.kind == PLAN:
            parts = [view.wishes or "", view.alert_procedure or ""]
            return "\n\n".join(p for p in parts if p) or None
        if node.kind == NEED and column == Column.LABEL and view.raised_by_person:
            return _tr("PlanTree", "{mark} Priorité exprimée par la personne\n{text}").format(
                mark=PERSON_MARK, text=view.text)
        if node.kind == ACTION:
            if column == Column.RESPONSIBLE and view.responsible_id in self.members:
                member = self.members[view.responsible_id]
                return f"{member.name} — {member.role}"
            if column == Column.STATUS and is_late(view, self.today):
                days = (self.today - view.due_on).days
                return _tr("PlanTree", "{status}, échéance dépassée de %n jour(s)", "", days) \
                    .format(status=label(ActionStatus, view.status))
            if column == Column.DUE and view.recurrence:
                return view.recurrence
            if column == Column.LABEL and view.result:
                return _tr("PlanTree", "Résultat : {result}").format(result=view.result)
        if node.kind in (NEED, GOAL, ACTION) and column == Column.LABEL:
            return view.text
        return None

    def _font(self, node: Node) -> QFont | None:
        if node.kind in (DOMAIN, NEED):
            font = QFont()
            font.setBold(True)
            if node.kind == DOMAIN:
                font.setCapitalization(QFont.Capitalization.AllUppercase)
                font.setPointSizeF(font.pointSizeF() * 0.9)
            return font
        if node.kind == PLAN:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _foreground(self, node: Node, column: Column) -> QBrush | None:
        view = node.view
        if node.kind == DOMAIN:
            return QBrush(QColor(PERSON_COLOUR))
        if node.kind == NEED and column == Column.STATUS and view.unmet:
            return QBrush(QColor(ERROR_COLOUR))
        if node.kind == ACTION:
            if column == Column.STATUS and is_late(view, self.today):
                return QBrush(QColor(ERROR_COLOUR))
            if column == Column.RESPONSIBLE and not view.responsible_name:
                return QBrush(QColor(WARNING_COLOUR))
            if view.status not in OPEN_ACTIONS:
                return QBrush(QColor("#6b6b6b"))
        if node.kind == GOAL and column == Column.STATUS and view.status == "not_reached":
            return QBrush(QColor(ERROR_COLOUR))
        return None
