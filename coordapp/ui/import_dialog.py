"""Import a caseload or a directory from a workbook (.xlsx, .ods) or a CSV file.

Choose the file (and, for a workbook, the sheet), check how its columns map to our
fields, « Vérifier » (row-by-row report, nothing written), then « Importer N lignes »: the
ready rows only, in one transaction, on a pool thread with a progress bar; interrupting
rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.services.imports.csv_import import (
    CsvImportService,
    ImportReport,
    ImportResult,
    SourceTable,
)
from coordapp.services.imports.csv_mapping import (
    ImportKind,
    auto_mapping,
    check_mapping,
    fields_for,
)
from coordapp.services.imports.sheet_source import is_workbook, read_table, sheet_names
from coordapp.services.workspace import Workspace
from coordapp.ui.import_model import (
    FieldComboDelegate,
    ImportMappingModel,
    ImportReportModel,
    MappingColumn,
    ReportColumn,
)
from coordapp.ui.import_task import TaskRunner, Work

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #2e7d32;"


class ImportDialog(QDialog):
    #: Rows were imported: how many.
    imported = Signal(int)

    def __init__(self, workspace: Workspace, kind: ImportKind | str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ImportKind(kind)
        self.service = CsvImportService(workspace)
        self.source: SourceTable | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Importer une file active")
                            if self.kind == ImportKind.PATIENTS
                            else self.tr("Importer un annuaire"))
        # 1100×760 where it fits; within the screen (title bar included) at 1366×768.
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(760, screen.height() - 60))

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Aucun fichier choisi"))
        self.choose_button = QPushButton(self.tr("&Choisir un fichier…"))
        self.sheet_label = QLabel(self.tr("&Feuille :"))
        self.sheet_combo = QComboBox()
        self.sheet_label.setBuddy(self.sheet_combo)
        self.file_label = _label(self.tr(
            "Classeur Excel (.xlsx), LibreOffice (.ods) ou fichier CSV (séparateur "
            "point-virgule, virgule ou tabulation). La première ligne remplie doit contenir "
            "les intitulés des colonnes."))
        self.path: Path | None = None

        fields = fields_for(self.kind)
        self.mapping_model = ImportMappingModel(fields, self)
        self.mapping_view = _table(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(MappingColumn.FIELD,
                                                   FieldComboDelegate(fields, self))
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(MappingColumn.HEADER, QHeaderView.ResizeMode.Interactive)
        self.mapping_view.setColumnWidth(MappingColumn.HEADER, 220)
        self.mapping_view.setColumnWidth(MappingColumn.FIELD, 330)
        mapping_box = _group(self.tr("1. Correspondance des colonnes"), self.mapping_view)

        self.report_model = ImportReportModel(self)
        self.report_view = _table(self.report_model)
        self.report_view.setWordWrap(False)
        for column, width in ((ReportColumn.LINE, 50), (ReportColumn.STATE, 130),
                              (ReportColumn.LABEL, 220), (ReportColumn.COLUMN, 130)):
            self.report_view.setColumnWidth(column, width)
        self.summary_label = _label("")
        self.hide_ready_box = QCheckBox(self.tr("&Masquer les lignes prêtes"))
        self.duplicates_box = QCheckBox(self.tr("Importer &aussi les doublons probables"))
        report_box = _group(self.tr("2. Vérification"), self.summary_label,
                            _row(self.hide_ready_box, self.duplicates_box, None),
                            self.report_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(report_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.error_label = _label("", ERROR_STYLE)
        self.error_label.hide()
        self.progress_bar = QProgressBar()
        self.runner = TaskRunner(self.progress_bar, self)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.verify_button = QPushButton(self.tr("&Vérifier"))
        self.import_button = QPushButton(self.tr("&Importer"))

        layout = QVBoxLayout(self)
        layout.addLayout(_row(QLabel(self.tr("Fichier :")), self.path_edit, self.sheet_label,
                              self.sheet_combo, self.choose_button))
        self._show_sheets([])
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(_row(self.progress_bar, None, self.close_button, self.verify_button,
                              self.import_button))

        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.mapping_model.mapping_changed.connect(self._on_mapping_changed)
        self.hide_ready_box.toggled.connect(self.report_model.set_hide_ready)
        self.duplicates_box.toggled.connect(lambda _checked: self._update_buttons())
        self.runner.failed.connect(self._show_error)
        self.runner.ended.connect(self._update_buttons)
        self._set_report(None)

    # -- the file and its columns -------------------------------------------------------

    def load_file(self, path: Path, sheet: str | None = None) -> bool:
        """Read ``path`` (``sheet`` of a workbook, else its first one) and map its columns
        automatically; False (and a message) if it cannot be read."""
        self._show_error("")
        try:
            sheets = sheet_names(path) if is_workbook(path) else []
            source = read_table(path, sheet)
        except CoordAppError as exc:
            self._show_error(exc.message)
            return False
        self.source, self.path = source, path
        self.path_edit.setText(str(path))
        self._show_sheets(sheets, source.sheet)
        if source.sheet is not None:
            text = self.tr(
                "{kind}, feuille « {sheet} », {rows} ligne(s) de données. Vérifiez la "
                "correspondance des colonnes : chaque liste propose nos champs, ou "
                "« (ignorer) ».").format(kind=source.encoding[:1].upper() + source.encoding[1:],
                                        sheet=source.sheet,
                                        rows=len(source.rows))
        else:
            text = self.tr(
                "{encoding}, séparateur {delimiter}, {rows} ligne(s) de données. Vérifiez la "
                "correspondance des colonnes : chaque liste propose nos champs, ou "
                "« (ignorer) »."
            ).format(encoding=source.encoding, delimiter=source.delimiter_label,
                     rows=len(source.rows))
        self.file_label.setText(text)
        self.mapping_model.set_source(source, auto_mapping(source.headers, self.kind))
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(
                self.mapping_model.index(row, MappingColumn.FIELD))
        self._set_report(None)
        return True

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le fichier à importer"), str(Path.home()),
            self.tr("Classeurs et fichiers CSV (*.xlsx *.ods *.csv *.txt);;"
                    "Tous les fichiers (*)"))
        if name:
            self.load_file(Path(name))

    def _show_sheets(self, sheets: list[str], current: str | None = None) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if current is not None:
            self.sheet_combo.setCurrentText(current)
        self.sheet_label.setVisible(bool(sheets))
        self.sheet_combo.setVisible(bool(sheets))

    def _on_sheet_chosen(self, index: int) -> None:
        if self.path is not None and self.source is not None \
                and self.sheet_combo.itemText(index) != self.source.sheet:
            self.load_file(self.path, self.sheet_combo.itemText(index))

    def _on_mapping_changed(self) -> None:
        self._set_report(None)  # a report is only valid for the mapping it was made with

    # -- checking and importing ---------------------------------------------------------

    def _on_verify_clicked(self) -> None:
        if self.source is None:
            return
        source, mapping = self.source, self.mapping_model.mapping()
        try:
            check_mapping(mapping, self.kind)
        except CoordAppError as exc:
            self._show_error(exc.message)
            return
        self._run(lambda progress, cancel: self.service.preview(
            source, self.kind, mapping, progress=progress, cancel=cancel), self._set_report)

    def _run(self, work: Work, done: Callable[[Any], None]) -> None:
        self._show_error("")
        self.runner.start(work, done)
        self._update_buttons()

    def _on_import_clicked(self) -> None:
        report, allow = self.report, self.duplicates_box.isChecked()
        if report is None or not report.to_import(allow_duplicates=allow):
            return
        self._run(lambda progress, cancel: self.service.apply(
            report, allow_duplicates=allow, progress=progress, cancel=cancel), self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        self.report = None  # done: importing the same report twice would duplicate
        left_out = result.skipped_errors + result.skipped_duplicates
        text = self.tr("%n ligne(s) importée(s).", "", result.imported)
        if left_out:
            text += " " + self.tr("{errors} ligne(s) en erreur et {duplicates} doublon(s) "
                                  "probable(s) n'ont pas été importés : corrigez-les dans le "
                                  "fichier puis importez ces lignes seules.").format(
                errors=result.skipped_errors, duplicates=result.skipped_duplicates)
        if result.not_included:
            text += " " + self.tr(
                "%n personne(s) importée(s) en demande, pas en suivi actif : le fichier "
                "n'indique pas la date de leur information. Enregistrez-la dans leur "
                "dossier (« Information et consentement »), puis incluez-les.", "",
                result.not_included)
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(OK_STYLE)
        self._update_buttons()
        self.imported.emit(result.imported)

    # -- the background task ------------------------------------------------------------

    def _on_close_clicked(self) -> None:
        if self.runner.busy:
            self.runner.cancel()  # the service rolls back; failed() says so
        else:
            self.reject()

    def reject(self) -> None:
        """Closing while a task runs interrupts it and waits for the rollback."""
        self.runner.cancel(wait=True)
        super().reject()

    # -- state --------------------------------------------------------------------------

    def _set_report(self, report: ImportReport | None) -> None:
        self.report = report
        self.report_model.set_report(report)
        self.summary_label.setStyleSheet("")
        if report is None:
            self.summary_label.setText(self.tr("Cliquez sur « Vérifier » : rien n'est importé "
                                               "avant votre confirmation."))
        else:
            self.summary_label.setText(self.report_model.summary(report))
        self._update_buttons()

    def importable_count(self) -> int:
        if self.report is None:
            return 0
        return len(self.report.to_import(allow_duplicates=self.duplicates_box.isChecked()))

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        count = self.importable_count()
        self.import_button.setText(self.tr("&Importer %n ligne(s)", "", count) if count
                                   else self.tr("&Importer"))
        self.import_button.setEnabled(not busy and count > 0)
        self.verify_button.setEnabled(not busy and self.source is not None)
        self.choose_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy)
        self.mapping_view.setEnabled(not busy)
        self.close_button.setText(self.tr("Interrompre") if busy else self.tr("Fermer"))
        (self.import_button if count else self.verify_button).setDefault(True)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _label(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def _row(*items: QWidget | None) -> QHBoxLayout:
    """Widgets left to right; ``None`` is a stretch."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row


def _group(title: str, *parts: Any) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part, 1 if isinstance(part, QTableView) else 0)
        else:
            layout.addLayout(part)
    return box
