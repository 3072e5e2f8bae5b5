"""The "À faire" screen: late and coming actions, PPCS reviews, unanswered requests and
active patients without a GP, in collapsible sections; Enter or a double-click opens the
patient."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.caseload.dashboard import SECTIONS, Dashboard, DashboardService
from coordapp.ui.app_events import AppEvents
from coordapp.ui.background import BackgroundReader
from coordapp.ui.dashboard_lines import Line
from coordapp.ui.dashboard_model import PREVIEW_LIMIT, Column, DashboardModel, Section

ERROR_STYLE = "color: #b3261e;"
REFRESH_DELAY_MS = 100
MINE_ONLY_SETTING = "dashboard/mine_only"

#: Sample texts sizing the columns (the subject column stretches).
COLUMN_SAMPLES = {
    Column.PATIENT: "DE LA FONTAINE (MARTIN) Marie-Christine",
    Column.WHO: "Dr Marie-Christine Lefèvre-Dupont",
    Column.DATE: "00/00/0000",
    Column.DELAY: "Urgente · depuis 00 jours",
}


class DashboardView(QWidget):
    #: A line was activated (Enter, double-click): open this patient's file.
    patient_activated = Signal(str)
    #: A request left half-typed was activated: reopen the wizard on it (its id).
    draft_activated = Signal(str)

    def __init__(self, service: DashboardService, user_id: str | None,
                 events: AppEvents | None = None, parent: QWidget | None = None,
                 *, settings: QSettings | None = None) -> None:
        """``settings`` keeps the "Seulement mes patients" choice from one session to
        the next (ticked the first time)."""
        super().__init__(parent)
        self._settings = settings
        self._service: DashboardService | None = service
        self._user_id = user_id
        self._dirty = True
        self._loaded_on: dt.date | None = None
        #: Set by ``load_in_background``: the lists are read on its worker.
        self._reader: BackgroundReader | None = None
        self._prepared: dict[str | None, Dashboard] = {}  # by referent filter
        self._prepared_on: dt.date | None = None
        self._asked: set[str | None] = set()  # reads under way
        self._generation = 0  # moved by every change: older reads are dropped
        self._waiting_for: str | bool | None = False  # the filter shown as "Calcul…"
        self._shown_for: str | bool | None = False  # the filter of the lines shown
        self._collapsed: set[Section] = set()
        self.model = DashboardModel(self)
        self.model.read_section = self._read_section

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.mine_check = QCheckBox(self.tr("&Seulement mes patients"))
        self.mine_check.setChecked(user_id is not None and self._mine_only_saved())
        self.mine_check.setEnabled(user_id is not None)
        self.mine_check.setToolTip(self.tr("Patients dont vous êtes le ou la référent(e)"))
        self.refresh_button = QPushButton(self.tr("Actualiser"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Relire la base (F5)"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)  # a double-click opens the patient
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._size_columns()
        self.tree.viewport().installEventFilter(self)
        self.setFocusProxy(self.tree)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.mine_check)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tree, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_due)
        self.mine_check.toggled.connect(self._on_filter_toggled)
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.tree.activated.connect(self._on_line_activated)
        self.done_action = QAction(self.tr("Marquer comme fait…"), self.tree)
        self.done_action.setShortcut(QKeySequence(Qt.Key.Key_F4))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.done_action.triggered.connect(self._on_mark_done)
        self.tree.addAction(self.done_action)
        self.tree.installEventFilter(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.collapsed.connect(self._on_section_collapsed)
        self.tree.expanded.connect(self._on_section_expanded)
        if events is not None:
            events.data_changed.connect(self._on_data_changed)
        # Read when first shown (showEvent): unlocking onto another page costs nothing.

    def _size_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        metrics = self.tree.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("M")
        for column, sample in COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)

    def _fit_columns(self) -> None:
        """Every column but the subject as wide as its longest text (bold lines measured
        bold), the subject taking the rest: nothing cut while the screen has room."""
        header = self.tree.header()
        padding = self.tree.fontMetrics().horizontalAdvance("M")
        widths = {column: self.tree.fontMetrics().horizontalAdvance(
            str(self.model.headerData(column, Qt.Orientation.Horizontal))) + padding
            for column in COLUMN_SAMPLES}
        for section in Section:
            parent = self.model.index(section, 0)
            for row in range(self.model.rowCount(parent)):
                for column in COLUMN_SAMPLES:
                    index = self.model.index(row, column, parent)
                    text = index.data()
                    if not text or self.tree.isFirstColumnSpanned(row, parent):
                        continue
                    font = index.data(Qt.ItemDataRole.FontRole) or self.tree.font()
                    # a line sits one level in, below its section's title
                    extra = 2 * self.tree.indentation() if column == Column.PATIENT else 0
                    widths[column] = max(widths[column], QFontMetrics(font).horizontalAdvance(
                        str(text)) + padding + extra)
        for column, width in widths.items():
            header.resizeSection(column, width)

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read every section again (keeps the collapsed sections and the current line)."""
        self._refresh_timer.stop()
        self._dirty = False
        if self._service is None:
            return
        referent = self._referent()
        today = dt.date.today()
        self.error_label.hide()
        try:
            dashboard = self._service.load(today, referent_id=referent, limit=PREVIEW_LIMIT)
        except CoordAppError as exc:
            self.model.set_dashboard(None)
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self._show(dashboard, referent, today)

    @property
    def waiting(self) -> bool:
        """True while "Calcul…" is shown: the lists asked for are read in the background."""
        return self._waiting_for is not False

    def _referent(self) -> str | None:
        return self._user_id if self.mine_check.isChecked() else None

    # -- read in the background -------------------------------------------------------

    def load_in_background(self, reader: BackgroundReader, *, now: bool = True) -> None:
        """From now on, read the lists on ``reader``'s worker: both filters are prepared
        (at once, or with ``now=False`` when first asked for) and again after each
        change; a list not ready when asked for shows "Calcul…" until it is."""
        self._reader = reader
        if now:
            self._prepare()

    def _prepare(self) -> None:
        if self._reader is None or self._service is None:
            return
        today = dt.date.today()
        if self._prepared_on != today:
            self._prepared, self._prepared_on = {}, today
        service, generation = self._service, self._generation
        choices = [self._referent(), self._user_id if self._referent() is None else None]
        for referent in dict.fromkeys(choices):
            if referent in self._prepared or referent in self._asked:
                continue
            if referent is not None and self._user_id is None:
                continue
            self._asked.add(referent)
            self._reader.submit(
                lambda referent=referent: service.load(today, referent_id=referent,
                                                       limit=PREVIEW_LIMIT),
                lambda dashboard, referent=referent: self._on_prepared(
                    generation, today, referent, dashboard),
                lambda message, referent=referent: self._on_prepare_failed(
                    generation, referent, message))

    def _on_prepared(self, generation: int, today: dt.date, referent: str | None,
                     dashboard: object) -> None:
        self._asked.discard(referent)
        if generation != self._generation or self._service is None:
            self._prepare()  # changed meanwhile: read again
            return
        assert isinstance(dashboard, Dashboard)
        self._prepared[referent] = dashboard
        self._prepared_on = today
        if self._waiting_for is not False and self._waiting_for == self._referent():
            self._show_current()

    def _on_prepare_failed(self, generation: int, referent: str | None, message: str
                           ) -> None:
        self._asked.discard(referent)
        if generation == self._generation and self._waiting_for == referent:
            self._waiting_for = False
            self.hint_label.hide()
            self.error_label.setText(message)
            self.error_label.show()

    def _show_current(self) -> None:
        """What the filter asks for: prepared, else "Calcul…" while read in the
        background, else read now (no worker)."""
        if self._reader is None:
            self.refresh()
            return
        self._refresh_timer.stop()
        self._dirty = False
        referent, today = self._referent(), dt.date.today()
        dashboard = self._prepared.get(referent) if self._prepared_on == today else None
        if dashboard is None:
            if self._shown_for != referent:
                self.model.set_dashboard(None)  # not the other filter's lines meanwhile
            self._waiting_for = referent
            self.hint_label.setText(self.tr("Calcul des listes…"))
            self.hint_label.show()
            self._prepare()
            return
        self.error_label.hide()
        self._show(dashboard, referent, today)

    def _show(self, dashboard: Dashboard, referent: str | None, today: dt.date) -> None:
        self._waiting_for = False
        current = self.tree.currentIndex()
        kept = (current.data(DashboardModel.SectionRole), current.row(),
                current.parent().isValid()) if current.isValid() else None
        self._loaded_on, self._shown_for = today, referent
        self.model.set_dashboard(dashboard)
        self.title_label.setText(self.tr("À faire — {date}").format(
            date=QLocale().toString(QDate(today), QLocale.FormatType.LongFormat)))
        self._apply_tree_state()
        self._show_hint(referent is not None)
        if kept is not None:
            self._restore_current(*kept)

    def _apply_tree_state(self) -> None:
        """Spans and folding, to set again after every model reset."""
        for section in Section:
            row = self.model.index(section, 0)
            self.tree.setFirstColumnSpanned(section, QModelIndex(), True)
            if self.model.is_truncated(section):
                self.tree.setFirstColumnSpanned(self.model.preview, row, True)
            self.tree.setExpanded(row, section not in self._collapsed)
        self._fit_columns()

    def _fit_preview(self) -> None:
        """As many lines per section as the height allows with every section visible."""
        row_height = max(self.tree.sizeHintForRow(0), self.tree.fontMetrics().height(), 1)
        rows = self.tree.viewport().height() // row_height
        sections = len(Section)
        lines = (rows - sections) // sections - 1  # each section: its title and "more" rows
        if lines != self.model.preview and lines >= 0:
            self.model.set_preview(lines)
            self._apply_tree_state()

    def _restore_current(self, section: Section, row: int, is_line: bool) -> None:
        parent = self.model.index(section, 0)
        count = self.model.rowCount(parent)
        line = min(row, count - 1)
        index = self.model.index(line, 0, parent) if is_line and count else parent
        self.tree.setCurrentIndex(index)

    def _show_hint(self, mine_only: bool) -> None:
        empty = all(self.model.count(section) == 0 for section in Section)
        if empty and mine_only:
            self.hint_label.setText(self.tr(
                "Rien à faire parmi vos patients. Décochez « Seulement mes patients » pour "
                "voir toute la file active."))
        elif empty:
            self.hint_label.setText(self.tr("Rien à faire aujourd'hui."))
        self.hint_label.setVisible(empty)

    def detach(self) -> None:
        """Drop every line and the service (before the workspace closes)."""
        self._refresh_timer.stop()
        self._service = None
        self._prepared, self._generation = {}, self._generation + 1
        self.model.set_dashboard(None)

    def _read_section(self, section: Section) -> list[Line]:
        """Every line of ``section`` ("show the others"), read when asked."""
        if self._service is None:
            return []
        referent = self._user_id if self.mine_check.isChecked() else None
        try:
            dashboard = self._service.section(SECTIONS[section], self._loaded_on
                                              or dt.date.today(), referent_id=referent)
        except CoordAppError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return []
        return self.model.section_lines(dashboard, section)

    # -- slots ------------------------------------------------------------------------

    def _mine_only_saved(self) -> bool:
        if self._settings is None:
            return True
        return str(self._settings.value(MINE_ONLY_SETTING, "true")).lower() == "true"

    def _on_filter_toggled(self, checked: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(MINE_ONLY_SETTING, "true" if checked else "false")
        self._show_current()

    def _on_data_changed(self, _entity: str, _entity_id: str) -> None:
        self._generation += 1
        self._prepared = {}
        if self.isVisible() or self._reader is not None:
            self._refresh_timer.start()  # in the background: prepared again, even hidden
        else:
            self._dirty = True  # read again when shown

    def _on_refresh_clicked(self) -> None:
        if self._reader is None:
            self.refresh()
            return
        self._generation += 1
        self._prepared = {}
        self._show_current()

    def _on_refresh_due(self) -> None:
        if self.isVisible():
            self._show_current()
        else:
            self._dirty = True
            self._prepare()

    def _on_line_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.parent().isValid():  # a section: Enter folds or unfolds it
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        if self.model.is_more(index):
            self.tree.setFirstColumnSpanned(index.row(), index.parent(), False)
            self.model.show_all(Section(index.parent().row()))
            return
        draft_id = index.data(DashboardModel.DraftRole)
        if draft_id:
            self.draft_activated.emit(draft_id)
            return
        patient_id = index.data(DashboardModel.IdRole)
        if patient_id:
            self.patient_activated.emit(patient_id)

    def _on_context_menu(self, position: object) -> None:
        index = self.tree.indexAt(position)  # type: ignore[arg-type]
        if index.isValid() and index.data(DashboardModel.TaskRole):
            self.tree.setCurrentIndex(index)
            menu = QMenu(self)
            menu.addAction(self.done_action)
            menu.exec(self.tree.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def _on_mark_done(self) -> None:
        """A coordination task is done: ask what was said, log it, refresh the list."""
        from coordapp.ui.task_done_dialog import TaskDoneDialog

        index = self.tree.currentIndex()
        task_id = index.data(DashboardModel.TaskRole) if index.isValid() else None
        if not task_id or self._service is None:
            return
        service = self._service
        title = index.siblingAtColumn(Column.SUBJECT).data()
        dialog = TaskDoneDialog(title, lambda note: service.complete_task(task_id, note), self)
        self.task_dialog = dialog  # reachable while open (tests drive it)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _on_section_collapsed(self, index: QModelIndex) -> None:
        if not index.parent().isValid():
            self._collapsed.add(Section(index.row()))

    def _on_section_expanded(self, index: QModelIndex) -> None:
        if not index.parent().isValid():
            self._collapsed.discard(Section(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_preview()
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_F4):  # type: ignore[attr-defined]
            self._on_mark_done()  # the key reached the list: its shortcut did not fire
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty or self._loaded_on != dt.date.today():
            self._show_current()
