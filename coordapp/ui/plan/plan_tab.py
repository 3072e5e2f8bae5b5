"""The "PPCS" tab: the plan as an outline (needs by domain → goals → actions) with a
detail form beside it, keyboard-first, and the version commands (template, validation,
new version, history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, NotFound
from coordapp.models import PatientStatus
from coordapp.paths import AppPaths
from coordapp.services.views import CareTeamMemberView, PlanVersionView
from coordapp.services.workspace import Workspace
from coordapp.ui.patient.busy_retry import busy_wait_seconds
from coordapp.ui.plan.item_editors import ItemEditor
from coordapp.ui.plan.outline_commands import OutlineCommands
from coordapp.ui.plan.plan_dialogs import PlanDialogs
from coordapp.ui.plan.plan_header import PlanHeader
from coordapp.ui.plan.plan_tree_model import (
    DOMAIN,
    PLAN_KEY,
    Node,
    PlanTreeModel,
)
from coordapp.ui.plan.plan_tree_view import PlanTreeView
from coordapp.ui.plan.services import PlanServices
from coordapp.ui.plan.start_page import StartPage
from coordapp.ui.plan.style import ERROR_STYLE, MUTED_STYLE


class PlanTab(PlanDialogs, OutlineCommands, QWidget):
    """The PPCS of ``patient_id``; ``changed(entity)`` after every write ("care_plan",
    "need", "goal" or "action")."""

    changed = Signal(str)
    #: "Valider et imprimer" saved the person's PDF: its path.
    pdf_saved = Signal(str)
    #: "Valider et imprimer" asked for the print preview afterwards.
    print_requested = Signal()

    def __init__(self, workspace: Workspace, patient_id: str, paths: AppPaths,
                 parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)
        self.patient_id = patient_id
        self.services = PlanServices.from_workspace(workspace, paths)
        self.document: PlanVersionView | None = None
        self.members: list[CareTeamMemberView] = []
        self.dialog: QDialog | None = None
        self._reloading = False
        self._pending_select: str | None = None
        self._shown = False
        self.header = PlanHeader()
        self.model = PlanTreeModel(self)
        self.tree = PlanTreeView(self.model)
        self.keys_label = QLabel(self.tr(
            "★ priorité exprimée par la personne · Inser : ajouter · F2 : modifier · "
            "Suppr : supprimer · Ctrl+↑/↓ : priorité du besoin"))
        self.keys_label.setStyleSheet(MUTED_STYLE)
        self.keys_label.setWordWrap(True)
        outline = QWidget()
        outline_layout = QVBoxLayout(outline)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.setSpacing(2)
        outline_layout.addWidget(self.tree, 1)
        outline_layout.addWidget(self.keys_label)
        self.editor = ItemEditor(self.services.plans,
                                 busy_wait_s=busy_wait_seconds(paths))
        self.start_page = StartPage()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(outline)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 480])
        self.splitter.setChildrenCollapsible(False)
        self.body = QStackedWidget()
        self.body.addWidget(self.start_page)
        self.body.addWidget(self.splitter)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.body, 1)
        self._build_actions()
        self._connect()
        self.reload(audit=True)

    def _build_actions(self) -> None:
        def action(keys: list[str], slot: Callable[[], object], widget: QWidget,
                   context: Qt.ShortcutContext) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        on_tree = Qt.ShortcutContext.WidgetShortcut
        self.add_action = action(["Ins", "Ctrl+N"], self.add_child, self, children)
        self.validate_print_action = action(["Ctrl+Shift+P"], self._on_validate_print_key,
                                            self, children)
        self.delete_action = action(["Del"], self.delete_current, self.tree, on_tree)
        self.edit_action = action(["F2"], self.edit_current, self.tree, on_tree)
        self.up_action = action(["Ctrl+Up"], lambda: self.move_current(-1), self.tree, on_tree)
        self.down_action = action(["Ctrl+Down"], lambda: self.move_current(1), self.tree,
                                  on_tree)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(self.edit_current)
        self.editor.saved.connect(self._on_saved)
        self.editor.finished.connect(self._on_editor_finished)
        self.start_page.empty_button.clicked.connect(self.start_plan)
        self.start_page.template_button.clicked.connect(self.open_template_dialog)
        h = self.header
        h.template_button.clicked.connect(self.open_template_dialog)
        h.save_template_button.clicked.connect(self.open_save_template_dialog)
        h.validate_button.clicked.connect(self.open_validate_dialog)
        h.validate_print_button.clicked.connect(self.open_validate_print_dialog)
        h.new_version_button.clicked.connect(self.start_new_version)
        h.history_button.clicked.connect(self.open_history)

    # -- entry points -------------------------------------------------------------------

    def reload(self, select: str | None = None, *, audit: bool = False) -> None:
        """Read the plan again; ``select`` (an item id) becomes the current item."""
        try:
            document: PlanVersionView | None = self.services.versions.show(
                self.patient_id, audit=audit)
        except NotFound:
            document = None
        except CoordAppError as exc:
            self.show_error(exc.message)
            return
        try:
            self.members = self.services.care_team(self.patient_id)
        except CoordAppError:
            self.members = []
        current = self.current_node()
        keep = select or (current.key if current else PLAN_KEY)
        self.document = document
        self.header.set_document(document)
        self.editor.plan_id = document.plan.id if document else None
        self._reloading = True
        try:
            self.model.set_plan(document.plan if document else None, self.members)
            self.tree.restore_expansion()
        finally:
            self._reloading = False
        self.body.setCurrentWidget(self.splitter if document else self.start_page)
        if not self.editor.is_dirty():
            self.select(keep if self.model.index_for(keep).isValid() else PLAN_KEY)

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def save(self) -> bool:
        """Save the detail form's pending edits; False (message shown) if refused."""
        return self.editor.save()

    def current_node(self) -> Node | None:
        return self.model.node(self.tree.currentIndex())

    def select(self, key: str, *, show: bool = True) -> bool:
        index = self.model.index_for(key)
        if not index.isValid():
            return False
        self._reloading = True
        try:
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        finally:
            self._reloading = False
        if show:
            self._show_node(self.model.node(index))
        return True

    def add_child(self) -> None:
        """A new item of the right kind under the current one (Inser, Ctrl+N)."""
        if self.document is None and not self.start_plan():
            return
        if not self._check_editable() or not self._save_pending():
            return
        assert self.document is not None
        self.editor.start_child(self.current_node(), self.document, self.members)
        self.editor.focus_form()

    def edit_current(self) -> None:
        """Move the focus to the detail form (F2, Entrée); on a domain, fold it."""
        node = self.current_node()
        if node is not None and node.kind == DOMAIN:
            index = self.tree.currentIndex()
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
        elif not self.editor.focus_form():
            self._check_editable()

    def _on_validate_print_key(self) -> None:
        if self.header.validate_print_button.isEnabled():
            self.open_validate_print_dialog()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (another tab may have written): read again, unless editing."""
        if self._shown and not self.editor.is_dirty() and not self.editor.is_new():
            self.reload()
        self._shown = True
        super().showEvent(event)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("PPCS"), question)
        return answer == QMessageBox.StandardButton.Yes

    # -- internals ------------------------------------------------------------------

    def _show_node(self, node: Node | None) -> None:
        self.show_error("")
        self.editor.show_node(node, self.document, self.members)

    def _save_pending(self) -> bool:
        return self.editor.save()

    def _check_editable(self) -> bool:
        doc = self.document
        if doc is not None and doc.editable:
            return True
        if doc is not None and doc.patient_status == PatientStatus.CLOSED:
            self.show_error(self.tr("Dossier clôturé : le PPCS est en lecture seule."))
        else:
            self.show_error(self.tr("Cette version du PPCS est figée : « Nouvelle version » "
                                    "pour en modifier le contenu."))
        return False

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reloading:
            return
        node = self.model.node(current)
        if self.editor.is_dirty():
            self._pending_select = node.key if node else None
            if not self.editor.save():
                self._pending_select = None
                back = self.model.node(previous)
                if back is not None:
                    QTimer.singleShot(0, lambda: self.select(back.key, show=False))
            return
        self._show_node(node)

    def _on_editor_finished(self) -> None:
        if self.editor.is_new():  # a new item abandoned (Échap): back to the current one
            self._show_node(self.current_node())
        self.tree.setFocus()

    def _on_saved(self, entity: str, item_id: str) -> None:
        select = self._pending_select or (PLAN_KEY if entity == "care_plan" else item_id)
        self._pending_select = None
        self.changed.emit(entity)
        self.reload(select=select)
