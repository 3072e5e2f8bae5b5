"""Fichier › "Imprimer les PPCS à réviser…" (Ctrl+P): the plans of my patients whose
review is due within a week (or overdue), checked by default; the chosen ones are
rendered on a pool thread, with progress and cancel, into one document for the preview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QLocale, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.exports import Audience
from coordapp.services.plans.print_batch import (
    REVIEW_WINDOW_DAYS,
    LeftOut,
    PlanToPrint,
    PrintBatchService,
)
from coordapp.ui.import_task import ServiceTask
from coordapp.ui.printing.audience_choice import AudienceChoice
from coordapp.ui.printing.review_model import ReviewColumn, ReviewTableModel

ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "color: #7a4a00; background: #fff4e0; padding: 4px;"


class ReviewPrintDialog(QDialog):
    #: The chosen plans were rendered: the ``PrintBatch`` to preview.
    batch_rendered = Signal(object)
    #: A document was rendered: ``(done, total)``.
    progressed = Signal(int, int)

    def __init__(self, service: PrintBatchService, audience: Audience = Audience.PERSON,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.today = today or dt.date.today()
        self.until = self.today + dt.timedelta(days=REVIEW_WINDOW_DAYS)
        self.task: ServiceTask | None = None
        self._last_task: ServiceTask | None = None  # alive until the pool is done with it
        self.progress_dialog: QProgressDialog | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Imprimer les PPCS à réviser"))

        until = QLocale().toString(QDate(self.until), "dd/MM/yyyy")
        self.intro_label = QLabel(self.tr(
            "Les PPCS de vos patients dont la révision est prévue d'ici le {date}, ou en "
            "retard. Cochez ceux à imprimer pour préparer la réunion ou les visites.").format(
            date=until))
        self.intro_label.setWordWrap(True)
        self.model = ReviewTableModel(self.today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReviewColumn.PATIENT, QHeaderView.ResizeMode.Stretch)
        for column in (ReviewColumn.DUE, ReviewColumn.VERSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr(
            "Aucun PPCS de vos patients n'est à réviser d'ici le {date}.").format(date=until))
        self.empty_label.setWordWrap(True)
        self.audience_choice = AudienceChoice(audience)
        audience_box = QGroupBox(self.tr("Version à imprimer"))
        QVBoxLayout(audience_box).addWidget(self.audience_choice)
        self.count_label = QLabel()
        #: Who of the checked people the round will leave out, and why (team version).
        self.left_out_label = QLabel()
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setStyleSheet(NOTICE_STYLE)
        self.left_out_label.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.check_all_button = QPushButton(self.tr("&Tout cocher"))
        self.check_none_button = QPushButton(self.tr("Tout &décocher"))
        self.preview_button = QPushButton(self.tr("&Aperçu avant impression…"))
        self.preview_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Fermer"))
        checks = QHBoxLayout()
        checks.addWidget(self.check_all_button)
        checks.addWidget(self.check_none_button)
        checks.addStretch(1)
        checks.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(checks)
        layout.addWidget(audience_box)
        layout.addWidget(self.left_out_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.audience_choice.group.buttonToggled.connect(self._update_left_out)
        self.model.dataChanged.connect(self._on_checks_changed)
        self.model.modelReset.connect(self._on_checks_changed)
        self.check_all_button.clicked.connect(lambda: self.model.set_all_checked(True))
        self.check_none_button.clicked.connect(lambda: self.model.set_all_checked(False))
        self.preview_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.resize(640, 480)
        self.reload()

    # -- entry points -------------------------------------------------------------------

    def reload(self) -> None:
        try:
            rows = self.service.due_for_review(self.today)
        except CoordAppError as exc:
            rows = []
            self._show_error(exc.message)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if len(rows) > 1:
            self.service.prepare()  # the workers start while the plans are chosen

    def start(self) -> bool:
        """Render the checked plans on the pool; False if none is checked or busy."""
        rows = self.model.checked_rows()
        if not rows or self.task is not None:
            return False
        plans = [PlanToPrint(row.patient_id, row.plan_id, row.patient_name) for row in rows]
        audience = self.audience_choice.audience()
        title = self.tr("PPCS à réviser d'ici le {date}").format(
            date=QLocale().toString(QDate(self.until), "dd/MM/yyyy"))
        self._show_error("")
        self.pool.waitForDone()  # the previous task has returned: it may be dropped
        self.task = self._last_task = ServiceTask(lambda progress, cancel: self.service.render(
            plans, audience, progress=progress, cancel=cancel, title=title))
        self.task.signals.progressed.connect(self._on_progressed)
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        progress = QProgressDialog(self.tr("Préparation des PPCS…"), self.tr("Annuler"),
                                   0, len(plans), self)
        progress.setWindowTitle(self.windowTitle())
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(self.cancel)
        self.progress_dialog = progress
        self._set_busy(True)
        progress.open()
        self.pool.start(self.task)
        return True

    def cancel(self) -> None:
        """Stop after the document being rendered; nothing is produced."""
        if self.task is not None:
            self.task.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(self.tr("Annulation…"))

    def is_running(self) -> bool:
        return self.task is not None

    def done(self, result: int) -> None:
        """Closing (or Échap) while rendering cancels and waits for the worker."""
        if self.task is not None:
            self.cancel()
            self.pool.waitForDone()
            self._end()
        super().done(result)

    # -- slots --------------------------------------------------------------------------

    def _on_checks_changed(self, *_args: object) -> None:
        checked, total = len(self.model.checked_rows()), self.model.rowCount()
        self.count_label.setText(self.tr("{checked} sur {total} cochés").format(
            checked=checked, total=total))
        self.preview_button.setEnabled(checked > 0 and self.task is None)
        self.check_all_button.setEnabled(total > 0)
        self.check_none_button.setEnabled(total > 0)
        self._update_left_out()

    def _update_left_out(self, *_args: object) -> None:
        """Say before rendering how many checked people the chosen version leaves out."""
        rows = self.model.checked_rows()
        try:
            by_reason = self.service.left_out_of([row.patient_id for row in rows],
                                                 self.audience_choice.audience())
        except CoordAppError as exc:
            self._show_error(exc.message)
            by_reason = {}
        text = self.left_out_text(by_reason, len(rows)) if by_reason else ""
        self.left_out_label.setText(text)
        self.left_out_label.setVisible(bool(text))

    def left_out_text(self, by_reason: Mapping[LeftOut, int], checked: int, *,
                      done: bool = False) -> str:
        """« 2 personne(s) sur 5 cochées seront laissées de côté : … », a reason each;
        ``done``: said of a rendered round (« ont été laissées de côté »)."""
        reasons = {
            LeftOut.OBJECTION: self.tr(
                "%n opposée(s) au partage de leurs informations (leur PPCS pour la personne "
                "reste imprimable)", "", by_reason.get(LeftOut.OBJECTION, 0)),
            LeftOut.NO_PLAN: self.tr(
                "%n dont le PPCS ou le dossier a été supprimé depuis", "",
                by_reason.get(LeftOut.NO_PLAN, 0)),
        }
        parts = [reasons[reason] for reason in LeftOut if by_reason.get(reason)]
        if done:
            return self.tr("{count} personne(s) sur {checked} cochée(s) ont été laissées "
                           "de côté : {reasons}.").format(
                count=sum(by_reason.values()), checked=checked, reasons=" ; ".join(parts))
        return self.tr("Version pour l'équipe : {count} personne(s) sur {checked} cochée(s) "
                       "seront laissées de côté : {reasons}.").format(
            count=sum(by_reason.values()), checked=checked, reasons=" ; ".join(parts))

    def _on_progressed(self, done: int, total: int, _message: str) -> None:
        if not self._from_current_task():
            return
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)
            self.progress_dialog.setLabelText(self.tr("PPCS {done} sur {total}…").format(
                done=done, total=total))
        self.progressed.emit(done, total)

    def _on_finished(self, batch: object) -> None:
        if not self._from_current_task():
            return  # rendered while the dialog was being closed: dropped
        self._end()
        self.batch_rendered.emit(batch)
        self.accept()

    def _on_failed(self, message: str) -> None:
        if not self._from_current_task():
            return
        self._end()
        self._show_error(message)

    # -- internals ----------------------------------------------------------------------

    def _from_current_task(self) -> bool:
        return self.task is not None and self.sender() is self.task.signals

    def _end(self) -> None:
        self.task = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.table, self.audience_choice, self.check_all_button,
                       self.check_none_button):
            widget.setEnabled(not busy)
        self._on_checks_changed()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
